// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <utility>

#include "sync/server/XmlOut.h"

namespace spil::server {

// Property names in Clark notation: "{DAV:}getetag".
inline const QString kDavNs = QStringLiteral("DAV:");
inline const QString kCalDavNs = QStringLiteral("urn:ietf:params:xml:ns:caldav");
inline const QString kCalServerNs = QStringLiteral("http://calendarserver.org/ns/");
inline const QString kAppleNs = QStringLiteral("http://apple.com/ns/ical/");
inline QString davName(const QString &ns, const QString &local)
{
    return QLatin1Char('{') + ns + QLatin1Char('}') + local;
}

// What a PROPFIND or REPORT body asks, read by one pass over any of the bodies CalDAV
// clients send (RFC 4918 propfind, RFC 4791 calendar-query and calendar-multiget, RFC 6578
// sync-collection).
struct DavQuery {
    QString root;          // the body's root element, Clark notation; empty for no body
    bool allProps = false; // allprop, or no body at all
    bool propNames = false;
    QStringList props;
    QStringList hrefs;                          // calendar-multiget
    QStringList components;                     // comp-filter names below VCALENDAR (VEVENT, VTODO)
    std::optional<qint64> rangeStart, rangeEnd; // time-range, UTC ms
    // calendar-data's expand (RFC 4791, 9.6.5): the window a series is given as instances.
    std::optional<std::pair<qint64, qint64>> expand;
    // limit-recurrence-set (9.6.6): a series with only the changed instances in the window.
    std::optional<std::pair<qint64, qint64>> limitRecurrence;
    std::optional<QString> syncToken; // sync-collection; empty: the first sync
};

// Nothing when the body is not well-formed XML or its time-range, expand or
// limit-recurrence-set cannot be read (the last two need both ends, the start before the end).
std::optional<DavQuery> readDavQuery(const QByteArray &body);

// One property's value as written under <prop>: text, or elements of its own.
struct DavProp {
    QString name;    // Clark notation
    QByteArray text; // UTF-8
    std::function<void(XmlOut &)> children;
};

// A 207 Multi-Status body: each response with the properties found (200) and those not
// (404, or another status: 403 for properties a PROPPATCH may not set), a response of one
// status (a removed member in a sync report), the sync token.
class Multistatus {
public:
    Multistatus();
    void response(const QString &href, const QList<DavProp> &found, const QStringList &missing,
                  int missingStatus = 404);
    void status(const QString &href, int code);
    void syncToken(const QString &token);
    QByteArray finish();

    static void href(XmlOut &w, const QString &path);

private:
    QByteArray m_out;
    XmlOut m_w;
};

// An RFC 4918 error body naming the precondition that failed, with a sentence for people.
QByteArray davError(const QString &condition, const QString &sentence);

} // namespace spil::server
