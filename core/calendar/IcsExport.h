// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/calendar/CalendarData.h"

#include <QByteArray>
#include <optional>

namespace spil {

// The word a busy block is shown by: it says nothing of what the time is taken for.
inline constexpr const char *kBusySummary = "Busy";

// An RFC 5545 calendar (CRLF lines, folded at 75 octets) of data: a VTIMEZONE for each zone
// its timed events use, one VEVENT per appointment (a series with its RRULE, its cancelled
// instances as EXDATE and each moved or retitled instance as a VEVENT of its own with a
// RECURRENCE-ID), one VTODO per task. A busy-only event carries its times and "Busy" and
// nothing else; a cancelled one is left out, since it takes no time. stampUtc is the
// DTSTAMP of every component.
// A file to share or a feed to subscribe to says METHOD:PUBLISH (as Outlook and Google
// export); a CalDAV calendar object resource must not carry a METHOD (RFC 4791, 4.1).
enum class IcsUse { Publish, CalDavResource };
// A CalDAV client that cannot recur a rule itself asks for the instances in a window
// (RFC 4791, 9.6.5): each instance of a series that overlaps [fromUtc, toUtc) becomes a
// VEVENT of its own with its RECURRENCE-ID, no rule, no EXDATE; a one-off is written if it
// overlaps the window. Times are in UTC (all-day items keep their dates) and no VTIMEZONE is
// written. What has nothing in the window is written with no VEVENT at all.
struct IcsExpansion {
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
};
QByteArray writeIcs(const CalendarData &data, qint64 stampUtc, IcsUse use = IcsUse::Publish,
                    const std::optional<IcsExpansion> &expand = std::nullopt);

} // namespace spil
