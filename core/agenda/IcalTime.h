// SPDX-License-Identifier: GPL-3.0-or-later
// The one bridge between Qt's times and libical's, for the recurrence rules and the .ics
// files alike.
#pragma once

#include <QDateTime>
#include <libical/ical.h>

namespace spil {

// The wall-clock time of local with no zone attached: libical expands rules and writes
// VTIMEZONE observances in local time, and the zone is applied on the way back.
inline icaltimetype toFloating(const QDateTime &local)
{
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    t.is_date = 0;
    return t;
}

} // namespace spil
