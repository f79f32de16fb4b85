// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/calendar/CalendarData.h"
#include "sync/server/ServerStorage.h"

#include <QByteArray>
#include <optional>

namespace spil {
class Clock;
}

namespace spil::server {

// A user's subscribable calendar: a read-only .ics behind a token of its own (a calendar
// app cannot sign in), of the agendas the user reads: their own (what they own or attend)
// and those of the directors they serve. What each record shows follows the same read
// rules as a pull (Access and EntityPolicy): what the user may only see as busy is busy
// and nothing more. The text is the core's exporter (writeIcs) on the records as held.
class CalendarFeed {
public:
    CalendarFeed(ServerStorage &storage, const Clock &clock) : m_storage(storage), m_clock(clock) {}

    // A new token for the user's feed, handed out once; the one before stops working.
    QString replaceToken(const User &user);
    void revokeToken(const User &user);
    // When the user's current token was made; nothing when they have none.
    std::optional<qint64> tokenCreated(const User &user);

    struct Answer {
        QByteArray etag; // weak: the workspace's version and what decides the user's reading
        QByteArray body; // empty when notModified
        bool notModified = false;
    };
    // The feed a path's last part names ("TOKEN.ics"); ifNoneMatch is the request's header.
    // SyncError 400 for a name that is no feed's, 404 for a token that is not current.
    Answer answer(const QString &fileName, const QString &ifNoneMatch);

    // What the feed holds for a user, as the exporter takes it.
    CalendarData calendarOf(const User &user);

private:
    QByteArray etagOf(const User &user);
    ServerStorage &m_storage;
    const Clock &m_clock;
};

} // namespace spil::server
