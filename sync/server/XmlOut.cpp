// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/XmlOut.h"

#include "sync/server/DavXml.h"

#include <QHash>

namespace spil::server {

namespace {
// The namespaces every answer declares on its root, with their prefixes.
const QList<std::pair<QString, QByteArray>> &knownNamespaces()
{
    static const QList<std::pair<QString, QByteArray>> known{
        {kDavNs, "d"}, {kCalDavNs, "c"}, {kCalServerNs, "cs"}, {kAppleNs, "ic"}};
    return known;
}

QByteArray knownPrefix(QStringView ns)
{
    for (const auto &[uri, prefix] : knownNamespaces()) {
        if (ns == uri)
            return prefix;
    }
    return {};
}

// XML 1.0 has no way to write most control characters, even escaped: they are left out,
// so a title pasted with one still gives a document every client can read.
bool writable(unsigned char c)
{
    return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20;
}

const char *escapeOf(char c)
{
    switch (c) {
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '&':
        return "&amp;";
    case '"':
        return "&quot;";
    default:
        return nullptr;
    }
}
} // namespace

void XmlOut::declareKnown()
{
    for (const auto &[uri, prefix] : knownNamespaces()) {
        m_out += " xmlns:" + prefix + "=\"";
        escaped(QStringView(uri));
        m_out += '"';
    }
}

void XmlOut::closeStartTag()
{
    if (m_startTagOpen) {
        m_out += '>';
        m_startTagOpen = false;
    }
}

void XmlOut::start(const QString &clark)
{
    closeStartTag();
    // The qualified names of known namespaces, made once per name: an answer repeats a few
    // dozen of them thousands of times. Bounded, as clients name properties too.
    thread_local QHash<QString, QByteArray> known;
    QByteArray qualified = known.value(clark);
    if (qualified.isEmpty()) {
        const qsizetype close = clark.indexOf(u'}');
        const QStringView ns = close > 0 ? QStringView(clark).mid(1, close - 1) : QStringView();
        const QByteArray local = QStringView(clark).mid(close + 1).toUtf8();
        const QByteArray prefix = knownPrefix(ns);
        if (prefix.isEmpty() && !ns.isEmpty()) {
            const QByteArray own = "n" + QByteArray::number(++m_prefixes);
            m_out += '<' + own + ':' + local + " xmlns:" + own + "=\"";
            escaped(ns);
            m_out += '"';
            m_open.append(own + ':' + local);
            m_startTagOpen = true;
            return;
        }
        qualified = prefix.isEmpty() ? local : prefix + ':' + local;
        if (known.size() < 512)
            known.insert(clark, qualified);
    }
    m_out += '<';
    m_out += qualified;
    m_open.append(qualified);
    m_startTagOpen = true;
}

void XmlOut::attribute(QByteArrayView name, QStringView value)
{
    m_out += ' ';
    m_out += name;
    m_out += "=\"";
    escaped(value);
    m_out += '"';
}

void XmlOut::end()
{
    const QByteArray qualified = m_open.takeLast();
    if (m_startTagOpen) {
        m_out += "/>";
        m_startTagOpen = false;
        return;
    }
    m_out += "</";
    m_out += qualified;
    m_out += '>';
}

void XmlOut::text(QStringView value)
{
    closeStartTag();
    escaped(value);
}

void XmlOut::utf8(QByteArrayView value)
{
    closeStartTag();
    escaped(value);
}

void XmlOut::textElement(const QString &clark, QStringView value)
{
    start(clark);
    if (!value.isEmpty())
        text(value);
    end();
}

void XmlOut::endDocument()
{
    while (!m_open.isEmpty())
        end();
    m_out += '\n';
}

void XmlOut::escaped(QByteArrayView value)
{
    // Runs of plain bytes are copied whole; only the few that need it are looked at.
    qsizetype from = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        const char *escape = escapeOf(char(c));
        qsizetype skip = 0;
        if (c < 0x20 && !writable(c))
            skip = 1;
        else if (c == 0xEF && i + 2 < value.size() &&
                 static_cast<unsigned char>(value[i + 1]) == 0xBF &&
                 (static_cast<unsigned char>(value[i + 2]) & 0xFE) == 0xBE)
            skip = 3; // U+FFFE, U+FFFF
        if (!escape && !skip)
            continue;
        m_out.append(value.data() + from, i - from);
        if (escape) {
            m_out += escape;
            from = i + 1;
        } else {
            from = i + skip;
            i += skip - 1;
        }
    }
    m_out.append(value.data() + from, value.size() - from);
}

void XmlOut::escaped(QStringView value)
{
    const QByteArray bytes = value.toUtf8();
    escaped(QByteArrayView(bytes));
}

} // namespace spil::server
