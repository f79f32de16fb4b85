// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/calendar/CalendarData.h"
#include "sync/server/ServerStorage.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <map>

namespace spil::server {

// What CalDAV reads again and again, kept for the life of the server so that a calendar
// app's first sync costs about what serving stored files costs: each workspace's
// appointments, their instances and the people they name, as the change log leaves them,
// and each resource's iCalendar text per version and view.
//
// The records are brought up to date before use from the records written since, the way a
// device pulls (so what another instance or an admin command wrote is seen too); a new
// epoch, a moved horizon (compaction drops tombstones without a version) or a version that
// went back (a restore) reads them all again.
class DavCache {
public:
    struct Agenda {
        QString epoch;
        qint64 version = 0;
        qint64 horizon = 0;
        QMap<QString, StoredRecord> appointments;   // the live ones, by id (in id order)
        QHash<QString, QSet<QString>> byIcalUid;    // a calendar app's UID: the live ones
        QMap<QString, StoredRecord> exceptions;     // by id, tombstones too
        QHash<QString, QSet<QString>> exceptionsOf; // by the series_id they name
        QMap<QString, StoredRecord> people;         // the live ones, by id
        QSet<QString> presentations;                // the live appointments of that kind
        // Changes whenever the people do; never the same for two workspaces or two reads
        // of everything, so a copy of them elsewhere knows when it is stale. Never 0 once
        // read.
        quint64 peopleGeneration = 0;
    };
    // The workspace's appointments as they stand now. The reference lives as long as the
    // cache; the next call may change what it holds.
    const Agenda &agenda(ServerStorage &storage, const QString &workspace);
    // Records a push of this server stored at version, the workspace at before until then
    // (a CalDAV write): taken in at once when the agenda stood at before, so the write's
    // answer reads nothing of the change log. Otherwise the next agenda() reads them.
    void follow(const QString &workspace, qint64 before, qint64 version,
                const QList<StoredRecord> &records);

    // A resource's text as written for one view (who reads it how, in which calendar, in
    // which year for its time zones): kept with the version it was written at and the
    // people it names, since a renamed attendee changes the text but not the version.
    struct Text {
        qint64 version = 0;
        QByteArray text;
        QHash<QString, CalendarPerson> people;
    };
    const Text *text(const QString &view, qint64 version) const;
    void keep(const QString &view, const Text &text);

private:
    // Whether the record was a person.
    static bool apply(Agenda &a, const StoredRecord &r);
    std::map<QString, Agenda> m_agendas; // by workspace; a node's address never moves
    quint64 m_peopleGenerations = 0;
    QHash<QString, Text> m_texts;
};

} // namespace spil::server
