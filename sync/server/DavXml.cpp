// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/DavXml.h"

#include <QDateTime>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace spil::server {

namespace {
// The names every answer writes, made once.
struct Names {
    QString response = davName(kDavNs, QStringLiteral("response"));
    QString href = davName(kDavNs, QStringLiteral("href"));
    QString propstat = davName(kDavNs, QStringLiteral("propstat"));
    QString prop = davName(kDavNs, QStringLiteral("prop"));
    QString status = davName(kDavNs, QStringLiteral("status"));
    QString multistatus = davName(kDavNs, QStringLiteral("multistatus"));
    QString syncToken = davName(kDavNs, QStringLiteral("sync-token"));
    QString error = davName(kDavNs, QStringLiteral("error"));
    QString message = davName(QStringLiteral("http://spil.invalid/ns/"), QStringLiteral("message"));
};
const Names &names()
{
    static const Names n;
    return n;
}

QString statusLine(int code)
{
    switch (code) {
    case 200:
        return QStringLiteral("HTTP/1.1 200 OK");
    case 403:
        return QStringLiteral("HTTP/1.1 403 Forbidden");
    case 404:
        return QStringLiteral("HTTP/1.1 404 Not Found");
    default:
        return QStringLiteral("HTTP/1.1 %1 Error").arg(code);
    }
}

void writeStatus(XmlOut &w, int code)
{
    w.textElement(names().status, statusLine(code));
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
            const bool expand = name == davName(kCalDavNs, QStringLiteral("expand"));
            if (expand || name == davName(kCalDavNs, QStringLiteral("limit-recurrence-set"))) {
                const auto a = r.attributes();
                const auto from = utcTime(a.value(QStringLiteral("start")).toString());
                const auto to = utcTime(a.value(QStringLiteral("end")).toString());
                if (!from || !to || *from >= *to)
                    return std::nullopt;
                (expand ? q.expand : q.limitRecurrence) = std::pair{*from, *to};
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

Multistatus::Multistatus() : m_w(m_out)
{
    m_w.startDocument();
    m_w.start(names().multistatus);
    m_w.declareKnown();
}

void Multistatus::href(XmlOut &w, const QString &path)
{
    w.textElement(names().href, path);
}

void Multistatus::response(const QString &path, const QList<DavProp> &found,
                           const QStringList &missing, int missingStatus)
{
    m_w.start(names().response);
    href(m_w, path);
    if (!found.isEmpty()) {
        m_w.start(names().propstat);
        m_w.start(names().prop);
        for (const DavProp &p : found) {
            m_w.start(p.name);
            if (p.children)
                p.children(m_w);
            else if (!p.text.isEmpty())
                m_w.utf8(p.text);
            m_w.end();
        }
        m_w.end();
        writeStatus(m_w, 200);
        m_w.end();
    }
    if (!missing.isEmpty()) {
        m_w.start(names().propstat);
        m_w.start(names().prop);
        for (const QString &name : missing)
            m_w.empty(name);
        m_w.end();
        writeStatus(m_w, missingStatus);
        m_w.end();
    }
    m_w.end();
}

void Multistatus::status(const QString &path, int code)
{
    m_w.start(names().response);
    href(m_w, path);
    writeStatus(m_w, code);
    m_w.end();
}

void Multistatus::syncToken(const QString &token)
{
    m_w.textElement(names().syncToken, token);
}

QByteArray Multistatus::finish()
{
    m_w.endDocument();
    return m_out;
}

QByteArray davError(const QString &condition, const QString &sentence)
{
    QByteArray out;
    XmlOut w(out);
    w.startDocument();
    w.start(names().error);
    w.declareKnown();
    if (!condition.isEmpty())
        w.empty(condition);
    w.textElement(names().message, sentence);
    w.endDocument();
    return out;
}

} // namespace spil::server
