// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/calendar/IcsImport.h"
#include "core/store/Hlc.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/DavCalendars.h"
#include "sync/server/SyncService.h"

#include <QHash>
#include <memory>

namespace spil {
class Database;
}

namespace spil::server {

// The write side of CalDAV: a PUT or DELETE of a calendar app becomes the changes a Spil
// device would have made for the same edit, pushed as an ordinary mutation of the app
// password's own device (client id, stamps, mutation numbers), so it merges by the same
// rules, is refused by the same checks and pokes every device like any push.
//
// The changes are made by the core itself: the records the edit touches are put into a
// scratch device store in memory, the .ics goes through the core's import (or a task's
// typed writes), and what that store's outbox then holds is what goes up.
class DavWrites {
public:
    // cache: told of each write's records as they are stored.
    DavWrites(SyncService &service, DavCache &cache);
    ~DavWrites();

    struct Outcome {
        bool created = false;
        bool changed = false; // nothing pushed when the text changes nothing
        QString recordId;
    };
    // SyncError 400 for a text that is no event (or to-do) of this resource, 403 for what
    // the rules refuse (a busy-only item, prep time, no right). calendars: the request's
    // view, as read before the write (the collection and resource were found in it).
    Outcome put(const Session &session, DavCalendars &calendars, const DavCollection &collection,
                const std::optional<DavResource> &existing, const QByteArray &body);
    void remove(const Session &session, DavCalendars &calendars, const DavCollection &collection,
                const DavResource &resource);

private:
    class Scratch;
    Outcome putEvent(const Session &session, DavCalendars &calendars,
                     const DavCollection &collection, const std::optional<DavResource> &existing,
                     const QByteArray &body);
    Outcome putTodo(const Session &session, DavCalendars &calendars,
                    const DavCollection &collection, const std::optional<DavResource> &existing,
                    const QByteArray &body);
    // One mutation of the session's device, stamped after every stamp the records it
    // touches carry.
    void push(const Session &session, const QList<protocol::Change> &changes,
              const QList<StoredRecord> &touched);
    // How an event for owner's agenda is read (core's importOptions over the people the
    // scratch store holds), kept until the people are held again.
    const IcsReadOptions &readOptions(const QString &owner);

    SyncService &m_service;
    DavCache &m_cache;
    QHash<QString, HlcStamp> m_lastStamp;         // by client id
    std::unique_ptr<Database> m_scratch;          // each write undone after it but its people
    quint64 m_heldPeople = 0;                     // the generation of the people it holds; 0: none
    QHash<QString, IcsReadOptions> m_readOptions; // by owner, for the people held
};

} // namespace spil::server
