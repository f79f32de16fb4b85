// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/DavXml.h"

#include <QDateTime>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace spil::server {

namespace {
QString reasonOf(int code)
{
    switch (code) {
    case 200:
        return QStringLiteral("OK");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    default:
        return QStringLiteral("Error");
    }
}

void writeStatus(QXmlStreamWriter &w, int code)
{
    w.writeTextElement(kDavNs, QStringLiteral("status"),
                       QStringLiteral("HTTP/1.1 %1 %2").arg(code).arg(reasonOf(code)));
}

// 20261130T101500Z as RFC 4791 writes a time-range's ends (UTC only).
std::optional<qint64> utcTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!t.isValid())
        return std::nullopt;
    t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}
} // namespace

std::optional<DavQuery> readDavQuery(const QByteArray &body)
{
    DavQuery q;
    if (body.trimmed().isEmpty()) {
        q.allProps = true;
        return q;
    }
    QXmlStreamReader r(body);
    QStringList path; // the open elements, Clark notation
    const QString prop = davName(kDavNs, QStringLiteral("prop"));
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = davName(r.namespaceUri().toString(), r.name().toString());
            const QString parent = path.value(path.size() - 1);
            if (path.isEmpty())
                q.root = name;
            if (parent == prop)
                q.props << name;
            if (name == davName(kDavNs, QStringLiteral("allprop")))
                q.allProps = true;
            if (name == davName(kDavNs, QStringLiteral("propname")))
                q.propNames = true;
            if (name == davName(kCalDavNs, QStringLiteral("comp-filter"))) {
                const QString comp = r.attributes().value(QStringLiteral("name")).toString();
                if (comp != QStringLiteral("VCALENDAR"))
                    q.components << comp.toUpper();
            }
            if (name == davName(kCalDavNs, QStringLiteral("time-range"))) {
                const auto a = r.attributes();
                if (a.hasAttribute(QStringLiteral("start"))) {
                    q.rangeStart = utcTime(a.value(QStringLiteral("start")).toString());
                    if (!q.rangeStart)
                        return std::nullopt;
                }
                if (a.hasAttribute(QStringLiteral("end"))) {
                    q.rangeEnd = utcTime(a.value(QStringLiteral("end")).toString());
                    if (!q.rangeEnd)
                        return std::nullopt;
                }
            }
            if (name == davName(kCalDavNs, QStringLiteral("expand"))) {
                const auto a = r.attributes();
                const auto from = utcTime(a.value(QStringLiteral("start")).toString());
                const auto to = utcTime(a.value(QStringLiteral("end")).toString());
                if (!from || !to || *from >= *to)
                    return std::nullopt;
                q.expand = {*from, *to};
            }
            if (name == davName(kDavNs, QStringLiteral("sync-token")) &&
                parent == davName(kDavNs, QStringLiteral("sync-collection")))
                q.syncToken = QString();
            path << name;
        } else if (token == QXmlStreamReader::Characters) {
            const QString current = path.value(path.size() - 1);
            if (current == davName(kDavNs, QStringLiteral("href")) &&
                path.value(path.size() - 2) != prop)
                q.hrefs << r.text().toString().trimmed();
            else if (current == davName(kDavNs, QStringLiteral("sync-token")) && q.syncToken)
                q.syncToken = *q.syncToken + r.text().toString().trimmed();
        } else if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (r.hasError() || q.root.isEmpty())
        return std::nullopt;
    q.hrefs.removeAll(QString());
    return q;
}

Multistatus::Multistatus() : m_w(&m_out)
{
    m_w.writeStartDocument();
    m_w.writeNamespace(kDavNs, QStringLiteral("d"));
    m_w.writeNamespace(kCalDavNs, QStringLiteral("c"));
    m_w.writeNamespace(kCalServerNs, QStringLiteral("cs"));
    m_w.writeNamespace(kAppleNs, QStringLiteral("ic"));
    m_w.writeStartElement(kDavNs, QStringLiteral("multistatus"));
}

void Multistatus::startElement(QXmlStreamWriter &w, const QString &clark)
{
    const int close = int(clark.indexOf(QLatin1Char('}')));
    w.writeStartElement(clark.mid(1, close - 1), clark.mid(close + 1));
}

void Multistatus::href(QXmlStreamWriter &w, const QString &path)
{
    w.writeTextElement(kDavNs, QStringLiteral("href"), path);
}

void Multistatus::response(const QString &path, const QList<DavProp> &found,
                           const QStringList &missing, int missingStatus)
{
    m_w.writeStartElement(kDavNs, QStringLiteral("response"));
    href(m_w, path);
    if (!found.isEmpty()) {
        m_w.writeStartElement(kDavNs, QStringLiteral("propstat"));
        m_w.writeStartElement(kDavNs, QStringLiteral("prop"));
        for (const DavProp &p : found) {
            startElement(m_w, p.name);
            if (p.children)
                p.children(m_w);
            else if (!p.text.isEmpty())
                m_w.writeCharacters(p.text);
            m_w.writeEndElement();
        }
        m_w.writeEndElement();
        writeStatus(m_w, 200);
        m_w.writeEndElement();
    }
    if (!missing.isEmpty()) {
        m_w.writeStartElement(kDavNs, QStringLiteral("propstat"));
        m_w.writeStartElement(kDavNs, QStringLiteral("prop"));
        for (const QString &name : missing) {
            startElement(m_w, name);
            m_w.writeEndElement();
        }
        m_w.writeEndElement();
        writeStatus(m_w, missingStatus);
        m_w.writeEndElement();
    }
    m_w.writeEndElement();
}

void Multistatus::status(const QString &path, int code)
{
    m_w.writeStartElement(kDavNs, QStringLiteral("response"));
    href(m_w, path);
    writeStatus(m_w, code);
    m_w.writeEndElement();
}

void Multistatus::syncToken(const QString &token)
{
    m_w.writeTextElement(kDavNs, QStringLiteral("sync-token"), token);
}

QByteArray Multistatus::finish()
{
    m_w.writeEndElement();
    m_w.writeEndDocument();
    return m_out;
}

QByteArray davError(const QString &condition, const QString &sentence)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(kDavNs, QStringLiteral("d"));
    w.writeNamespace(kCalDavNs, QStringLiteral("c"));
    w.writeStartElement(kDavNs, QStringLiteral("error"));
    if (!condition.isEmpty()) {
        Multistatus::startElement(w, condition);
        w.writeEndElement();
    }
    w.writeTextElement(QStringLiteral("http://spil.invalid/ns/"), QStringLiteral("message"),
                       sentence);
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace spil::server
