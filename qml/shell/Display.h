// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

// Turns instants and dates into the short texts the pages show, in the language the app
// runs in (QLocale's default, set at start).
namespace spil::qml::display {

QString time(qint64 utcMs, const QTimeZone &zone);                      // "09:30"
QString timeRange(qint64 fromUtc, qint64 toUtc, const QTimeZone &zone); // "09:30 – 10:00"
QString dayLong(const QDate &date);                                     // "Friday 27 November"
QString dayShort(const QDate &date);                                    // "Fri 27 Nov"
QString daySpan(const QDate &from, const QDate &to); // "Fri 27 Nov – Mon 30 Nov", or one day
// "today", "tomorrow", "yesterday" or dayShort, relative to today.
QString dayRelative(const QDate &date, const QDate &today);
// A day as a heading: "today · Monday 30 November" near today, "Friday 11 December" else.
QString dayHeading(const QDate &date, const QDate &today);
// A due time as the lists show it: "16:00" today, "tomorrow 12:00", "Mon 30 Nov 09:00".
QString due(qint64 utcMs, qint64 nowMs, const QTimeZone &zone);
// Abroad, when a due time is at home: "22:00" on the day it is here, else as due() reads it
// at home ("tomorrow 00:30"); "" when the clocks agree.
QString homeDue(qint64 utcMs, qint64 nowMs, const QTimeZone &here, const QTimeZone &home);
// A due time as due() gives it here, and abroad also at home: "16:00 · home 22:00".
QString dueWithHome(qint64 utcMs, qint64 nowMs, const QTimeZone &here, const QTimeZone &home);
// "in 25 min", "in 2 h 10 min", "in 3 days".
QString timeLeft(qint64 fromMs, qint64 toMs);
// What is left of something running: "25 min left", "1 h 10 min left".
QString timeRemaining(qint64 fromMs, qint64 toMs);
// When something starts, as a traveller reads it: "in 25 min" today, "tomorrow at 09:00",
// "Fri 4 Dec at 09:00" later.
QString startsAt(qint64 nowMs, qint64 startMs, const QTimeZone &zone);
// Abroad: whether the clocks at home and here read differently at utcMs. A home that
// cannot be read (an unknown zone id) is taken as here.
bool clocksDiffer(const QTimeZone &home, const QTimeZone &here, qint64 utcMs);
// The time range at home beside the one here ("15:30 – 16:30"), with the weekday at home
// where it is another day there ("Tue 01:00 – 02:00"); "" when the clocks agree.
QString homeTimeRange(qint64 fromUtc, qint64 toUtc, const QTimeZone &home, const QTimeZone &here);
// "Amsterdam", "New York": the city of an IANA zone id.
QString zoneCity(const QString &ianaId);
QString initials(const QString &name);
// Whole cents as euros in the app's language: "€ 1.250,00" in Dutch, "€1,250.00" in English.
QString money(qint64 cents);

} // namespace spil::qml::display
