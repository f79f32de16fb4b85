// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tasks/Task.h"

#include <QString>
#include <QTimeZone>
#include <optional>

namespace spil {

// The time of day a task's title names, in minutes after midnight: "Bel Jan om 14:00",
// "lunch at 1pm", "om 9 uur", "om 8 uur 's avonds", "taxi 06:30". A time said after "om",
// "at", "before", "rond" or "around" may be a bare hour only where a clause ends ("om 2
// redenen", "rond 20 personen" are no times); said so, an hour from 1 to 6 without a
// leading zero is in the afternoon ("om 3 uur" is 15:00). A part of the hour is read on the
// clock first, then the same way ("om half 3" is 14:30, "om half 7" 18:30, "vijf voor half
// 3" 14:25, "at a quarter to 5"; British "at half 3" is 15:30). "Vanavond", "tonight" make
// an hour the evening's. A time written with a colon alone is taken as written. Of several
// times, the first said counts. Numbers that are not plainly a time ("3.50 declareren",
// "Q3 PM review") are none.
std::optional<int> timeInTitle(const QString &title);

// The day a task's title names, as a capture's choice: "morgen", "tomorrow",
// "morgenochtend" are tomorrow; "vandaag", "vanavond", "today", "tonight" today; "deze week",
// "this week" this week; a weekday or a date ("vrijdag", "maandag morgen", "friday", "11
// december") TitleDay, also with "deze week" ("deze week woensdag").
// "'s morgens" (in the mornings), "overmorgen", "goedemorgen" and "the day after tomorrow"
// are no day of these; "deze morgen" is today. Of several, the first said counts. Nullopt
// when it names none.
std::optional<TaskDue> dayInTitle(const QString &title);

// The day a title names, seen from today. A date said ("11 december", "3 dec.", "1 april
// 2027", "December 11", "op 11-12", "vrijdag 11/12"): that day, next year's when it has gone
// this year and no year is said; bare numbers only after a word that makes them a date ("3/4
// liter" is none). Else a weekday: the coming one, today's own included ("vrijdag",
// "vrijdagmiddag", "on Friday"); with "volgende week" or "next week" said next to it the one
// of next week. A weekday that is no coming one names none: "elke vrijdag", "every Friday",
// "vorige vrijdag", "vorige week vrijdag", "last Friday", "sinds maandag", "'s vrijdags".
std::optional<QDate> dateInTitle(const QString &title, const QDate &today);

// The due time of a capture on the day its title names (dateInTitle): at the time it says,
// else at the end of that working day (workEndMin, 17:00 when unknown); today's weekday
// once that time has gone is next week's. Nullopt when the title names no weekday.
std::optional<qint64> dueOnTitleDay(const QString &title, qint64 nowMs, const QTimeZone &zone,
                                    int workEndMin);

// The due time of a capture whose title names a time: today or tomorrow at that time; the
// other choices (this week, no date) stay as they are and give nullopt.
std::optional<qint64> dueAtTitleTime(TaskDue choice, int minuteOfDay, qint64 nowMs,
                                     const QTimeZone &zone);

} // namespace spil
