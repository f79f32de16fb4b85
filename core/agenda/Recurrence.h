// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/Appointment.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace spil {

// True when libical accepts rule as an RRULE value; *why says what is wrong otherwise.
bool isValidRrule(const QString &rule, QString *why = nullptr);

// Whether [startUtc, endUtc) meets the window [fromUtc, toUtc), as a CalDAV time-range asks
// (RFC 4791, 9.9): an event of no length counts where it starts.
inline bool meetsWindow(qint64 startUtc, qint64 endUtc, qint64 fromUtc, qint64 toUtc)
{
    return startUtc < toUtc && (endUtc > fromUtc || (endUtc == startUtc && startUtc >= fromUtc));
}

// The original starts (UTC ms) of the instances of a series that overlap [fromUtc, toUtc).
// Instances recur in wall-clock time of zone, as RFC 5545 asks: a weekly 09:00 meeting in
// Amsterdam stays at 09:00 across DST. Expansion is libical's; at most maxInstances.
QList<qint64> expandRecurrence(const QString &rule, qint64 firstStartUtc, qint64 durationMs,
                               const QTimeZone &zone, qint64 fromUtc, qint64 toUtc,
                               int maxInstances = 5000);

// The instances of a series after its changes, in order of their original start: moved,
// retitled or relocated as changed, cancelled ones left out. Those made are the instances
// whose original start overlaps [fromUtc, toUtc) and those moved into it from elsewhere; the
// caller keeps those it shows (one may have been moved out). zone: the series' wall-clock
// zone.
QList<Occurrence> seriesInstances(const Appointment &series, const QList<InstanceChange> &changes,
                                  const QTimeZone &zone, qint64 fromUtc, qint64 toUtc);

} // namespace spil
