// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace spil {

// Time in Spil: instants are UTC milliseconds; every event also keeps the IANA zone it was
// planned in, and every view names the zone it is read in.

// A valid zone for an IANA id, or Error(BadInput) naming the id.
QTimeZone zoneOrFail(const QString &ianaId);
bool isValidZone(const QString &ianaId);

// Parses "2026-11-27T09:00" (read in zone), "2026-11-27T09:00:00+01:00" or "...Z" (the
// offset wins), and a bare date "2026-11-27" (midnight in zone). Error(BadInput) otherwise.
qint64 parseInstant(const QString &text, const QTimeZone &zone);
QDate parseDate(const QString &text);

// ISO 8601 with the offset that zone has at that instant, e.g. 2026-11-27T09:00:00+01:00.
QString formatInstant(qint64 utcMs, const QTimeZone &zone);

// Midnight of date in zone as UTC ms. A day is not always 24 hours: DST days have 23 or 25.
qint64 startOfDay(const QDate &date, const QTimeZone &zone);
QDate dateIn(qint64 utcMs, const QTimeZone &zone);
// The instant a wall clock in zone shows minutes after midnight on date (09:00 is 540),
// right on DST days too, where midnight plus nine hours is 08:00 or 10:00.
qint64 atWallClock(const QDate &date, int minutes, const QTimeZone &zone);
// Minutes after midnight that a wall clock in zone shows at an instant.
int wallClockMinutes(qint64 utcMs, const QTimeZone &zone);

} // namespace spil
