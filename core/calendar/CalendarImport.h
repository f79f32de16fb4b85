// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/calendar/IcsImport.h"

namespace spil {

class Database;

// What an import did, or (when it was refused for the problems) would have done.
struct ImportReport {
    bool applied = false;
    int valid = 0; // events that could be taken
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QList<IcsProblem> problems; // components skipped, and why
    QList<IcsProblem> ignored;  // components an agenda does not take (tasks, journals)
};

// Imports an .ics text into owner's agenda as actor (the person acting on this device),
// through the agenda's typed writes, so each event goes up like any edit (one action
// each). An event is found again by its UID (AgendaRepo::byIcalUid): a second import
// updates what changed, and a series' instances become what the file says. The file's
// times are kept as they are: double bookings and prep time are not refused (the agenda
// shows them as conflicts). With problems, nothing is imported unless takeValid is set,
// in which case the rest is.
ImportReport importIcs(Database &db, const QByteArray &text, const QString &owner,
                       const QString &actor, bool takeValid);

// How that import reads a text: floating times in the owner's zone, attendees found among
// the people by id or address. NotFound when there is no such owner.
IcsReadOptions importOptions(Database &db, const QString &owner);
// The import of a text read already with importOptions (for a caller that looks at what
// it holds first).
ImportReport importIcs(Database &db, const IcsContents &contents, const QString &owner,
                       const QString &actor, bool takeValid);

} // namespace spil
