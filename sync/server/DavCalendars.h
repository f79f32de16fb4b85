// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/calendar/CalendarData.h"
#include "core/calendar/IcsExport.h"
#include "sync/server/Access.h"
#include "sync/server/DavCache.h"
#include "sync/server/ServerStorage.h"

#include <QByteArray>
#include <optional>

namespace spil {
class Clock;
}

namespace spil::server {

// A calendar collection as CalDAV clients see it: the user's own agenda and task list, and
// the agenda of each director the user serves (a delegate's calendar).
struct DavCollection {
    enum class Holds { Events, Todos };
    QString slug; // the last part of its path: "agenda", "tasks", a director's login
    QString displayName;
    QString person; // whose agenda or tasks
    Holds holds = Holds::Events;
    // The user's own agenda also shows what they attend in others' agendas, as far as the
    // read rules let them see it.
    bool withAttended = false;
};

// One .ics resource: an appointment with its changed instances, or a task.
struct DavResource {
    QString name; // the last part of its path, "UID.ics"
    QString uid;
    QString recordId;
    QString owner;      // whose agenda holds it (an appointment the user attends is another's)
    qint64 version = 0; // the newest version of the record and of its instances
    bool busyOnly = false;
    bool deleted = false;
    qint64 startUtc = 0, endUtc = 0; // of a one-off, or of a series' first instance
    QString rrule;                   // a series' rule; empty for a one-off
    QString zone;                    // the zone a series recurs in (wall-clock time)
    bool allDay = false;             // its days are UTC midnights, recurring in UTC
    // Where the series' moved instances now lie: one moved into a range brings it along.
    QList<std::pair<qint64, qint64>> moved;
    QByteArray etag() const;
    // Whether an event (a one-off, or an instance of a series by its rule or moved) overlaps
    // [fromUtc, toUtc), as a CalDAV time-range asks (RFC 4791, 9.9; an event of no length
    // where it starts). An instance moved or cancelled away still counts at its original
    // time: a series sent once too often is harmless, one left out is not.
    bool overlaps(qint64 fromUtc, qint64 toUtc) const;
};

// The read side of CalDAV over the server's records: what collections a user has, what
// they hold and each resource's text, all by the same read rules as a pull (Access): a
// confidential appointment the user may only see as busy is busy and nothing more. The
// appointments are read from the cache, brought up to date when first asked for (one
// request's view: made again after a write to see it).
class DavCalendars {
public:
    DavCalendars(ServerStorage &storage, const Clock &clock, const User &user, DavCache &cache)
        : m_storage(storage), m_clock(clock), m_user(user), m_access(m_user), m_cache(cache)
    {
    }

    QList<DavCollection> collections();
    std::optional<DavCollection> collection(const QString &slug);
    // The live resources of a collection, and those removed from it since a version.
    // since: only those whose version may be above it (0: all).
    QList<DavResource> resources(const DavCollection &c, qint64 since = 0);
    QList<DavResource> removedSince(const DavCollection &c, qint64 version);
    std::optional<DavResource> resource(const DavCollection &c, const QString &name);
    // A series as a report may ask for it, in a window of its own (neither is kept in the
    // cache: each client asks its own window): expand, as its instances (RFC 4791, 9.6.5);
    // limit, with only the changed instances that touch the window (9.6.6).
    struct Shape {
        std::optional<IcsExpansion> expand;
        std::optional<IcsExpansion> limit;
    };
    QByteArray text(const DavCollection &c, const DavResource &r, const Shape &shape = {});
    // The records a resource stands for (an appointment and its instances, or a task).
    QList<StoredRecord> records(const DavCollection &c, const DavResource &r);
    QString personName(const QString &personId);

    static QString nameFor(const QString &uid);
    // The workspace's appointments and people as this request sees them.
    const DavCache::Agenda &agenda();

private:
    DavResource appointmentResource(const StoredRecord &r, ReadAccess read);
    static bool holds(const DavCollection &c, const StoredRecord &appointment);
    QByteArray render(const DavCollection &c, const QList<StoredRecord> &held,
                      QHash<QString, CalendarPerson> *people);
    ServerStorage &m_storage;
    const Clock &m_clock;
    User m_user;
    Access m_access;
    DavCache &m_cache;
    const DavCache::Agenda *m_agenda = nullptr;
};

} // namespace spil::server
