// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/calendar/CalendarData.h"

#include <limits>

namespace spil {

class Database;

struct ExportOptions {
    // What overlaps [fromUtc, toUtc) goes out: one-offs in it, series with an instance in
    // it (whole, with their rule), tasks due in it or without a due time.
    qint64 fromUtc = std::numeric_limits<qint64>::min();
    qint64 toUtc = std::numeric_limits<qint64>::max();
    bool tasks = false; // the person's tasks too, as VTODO
};

// The agenda of a person as this device's store holds it (what they own or attend), for
// writeIcs. The store holds only what its user may read: a confidential appointment they
// may only see as busy is there as a redacted copy (isBusyBlock) and goes out busy-only.
CalendarData calendarFromStore(Database &db, const QString &personId,
                               const ExportOptions &options = {});

} // namespace spil
