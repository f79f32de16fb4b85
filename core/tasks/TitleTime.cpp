// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tasks/TitleTime.h"

#include "core/common/Time.h"

#include <QRegularExpression>

namespace spil {

namespace {
using Opt = QRegularExpression::PatternOption;

std::optional<int> minuteOfDay(int hour, int minute)
{
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    return hour * 60 + minute;
}

// "3pm", "11 a.m.", "12:30 pm": the half of the day said.
std::optional<int> withHalfOfDay(const QString &title)
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w:.])(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![\w']))"),
        Opt::CaseInsensitiveOption);
    for (auto it = re.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        const int hour = m.captured(1).toInt();
        if (hour < 1 || hour > 12)
            continue;
        const bool pm = m.captured(3).startsWith(QLatin1Char('p'), Qt::CaseInsensitive);
        if (const auto at = minuteOfDay(hour % 12 + (pm ? 12 : 0), m.captured(2).toInt()))
            return at;
    }
    return std::nullopt;
}

// What follows an hour said: a unit ("uur", "h"), the evening named, the end of a clause.
struct Tail {
    bool unit = false;
    bool evening = false;
    bool clauseEnds = false;
};

Tail tailOf(QString rest)
{
    static const QRegularExpression unit(QStringLiteral(R"(^\s*(?:uur|u|h)\b)"),
                                         Opt::CaseInsensitiveOption);
    static const QRegularExpression evening(
        QStringLiteral(R"(^\s*(?:'s\s*(?:avonds|middags)|in the (?:evening|afternoon))\b)"),
        Opt::CaseInsensitiveOption);
    static const QRegularExpression clauseEnd(QStringLiteral(R"(^\s*(?:$|[,;!?)]|\.(?!\d)))"));
    Tail tail;
    if (const auto u = unit.match(rest); u.hasMatch()) {
        tail.unit = true;
        rest = rest.mid(u.capturedEnd());
    }
    if (const auto e = evening.match(rest); e.hasMatch()) {
        tail.evening = true;
        rest = rest.mid(e.capturedEnd());
    }
    tail.clauseEnds = clauseEnd.match(rest).hasMatch();
    return tail;
}

// An hour of a 12-hour clock as said in an office: 1 to 6 without a leading zero is the
// afternoon, any hour said with the evening is after noon.
int saidHour(int hour, bool leadingZero, bool evening)
{
    if (evening)
        return hour < 12 ? hour + 12 : hour;
    return hour >= 1 && hour <= 6 && !leadingZero ? hour + 12 : hour;
}

// "om 14.30", "om 9 uur 's avonds", "at 10h30", "before 5": a time said after a word for
// "at". A bare hour counts only at the end of the title or of a clause ("om 2 redenen",
// "at 2 locations" are no times).
std::optional<int> spoken(const QString &title)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:om|at|before|rond|around)\s+(\d{1,2})(?:[:.uh](\d{2}))?)"),
        Opt::CaseInsensitiveOption);
    for (auto it = re.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        const QString rest = title.mid(m.capturedEnd());
        if (rest.startsWith(QLatin1Char(':')) || (!rest.isEmpty() && rest.at(0).isDigit()) ||
            (rest.size() > 1 && rest.at(0) == QLatin1Char('.') && rest.at(1).isDigit()))
            continue; // "om 2026", "at 14:3", "om 3.505"
        const Tail tail = tailOf(rest);
        if (m.capturedLength(2) == 0 && !tail.unit && !tail.evening && !tail.clauseEnds)
            continue;
        const int hour = saidHour(m.captured(1).toInt(), m.captured(1).startsWith(QLatin1Char('0')),
                                  tail.evening);
        if (const auto at = minuteOfDay(hour, m.captured(2).toInt()))
            return at;
    }
    return std::nullopt;
}

// "om half 3" (14:30), "kwart over 4", "kwart voor 9 's avonds", "at half past 3", "a
// quarter to 5": an hour of the clock and a part of it. Without a word for "at" before it,
// only where a clause ends ("half 3 liter melk" is no time).
std::optional<int> partOfHour(const QString &title)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((\b(?:om|at|before|rond|around)\s+)?\b(?:(half\s+past|(?:a\s+)?quarter\s+past|kwart\s+over)|(half)|((?:a\s+)?quarter\s+to|kwart\s+voor))\s+(\d{1,2})(?!\d|[:.]\d))"),
        Opt::CaseInsensitiveOption);
    for (auto it = re.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        const int said = m.captured(5).toInt();
        if (said < 1 || said > 12)
            continue;
        const Tail tail = tailOf(title.mid(m.capturedEnd()));
        if (m.capturedLength(1) == 0 && !tail.evening && !tail.clauseEnds)
            continue;
        // Past the hour said, or before it: Dutch "half 3" is half an hour before three.
        const bool past = m.capturedLength(2) > 0;
        const int minutesFromHour =
            past ? (m.captured(2).startsWith(QLatin1String("half"), Qt::CaseInsensitive) ? 30 : 15)
                 : (m.capturedLength(3) > 0 ? -30 : -15);
        const int hour = saidHour(said, false, tail.evening);
        return (hour * 60 + minutesFromHour + 24 * 60) % (24 * 60);
    }
    return std::nullopt;
}

// "Taxi 06:30", "zaal 14:00-15:30": a clock time as written.
std::optional<int> written(const QString &title)
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\w:.])(\d{1,2}):(\d{2})(?![\d:]))"));
    for (auto it = re.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        if (const auto at = minuteOfDay(m.captured(1).toInt(), m.captured(2).toInt()))
            return at;
    }
    return std::nullopt;
}
} // namespace

std::optional<int> timeInTitle(const QString &title)
{
    if (const auto at = withHalfOfDay(title))
        return at;
    if (const auto at = partOfHour(title))
        return at;
    if (const auto at = spoken(title))
        return at;
    return written(title);
}

std::optional<TaskDue> dayInTitle(const QString &title)
{
    static const QRegularExpression tomorrow(
        QStringLiteral(R"(\b(?:morgen(?:ochtend|middag|avond|vroeg)?|tomorrow)\b)"),
        Opt::CaseInsensitiveOption);
    static const QRegularExpression today(
        QStringLiteral(
            R"(\b(?:vandaag|vanavond|vanmiddag|vanochtend|vanmorgen|today|tonight|this (?:morning|afternoon|evening))\b)"),
        Opt::CaseInsensitiveOption);
    static const QRegularExpression week(QStringLiteral(R"(\b(?:deze week|this week)\b)"),
                                         Opt::CaseInsensitiveOption);
    // Said first wins: "vandaag bellen, morgen langs" is today.
    std::optional<TaskDue> day;
    qsizetype at = title.size();
    const auto earliest = [&](const QRegularExpression &re, TaskDue choice) {
        const auto m = re.match(title);
        if (m.hasMatch() && m.capturedStart() < at) {
            at = m.capturedStart();
            day = choice;
        }
    };
    earliest(tomorrow, TaskDue::Tomorrow);
    earliest(today, TaskDue::Today);
    earliest(week, TaskDue::ThisWeek);
    return day;
}

std::optional<qint64> dueAtTitleTime(TaskDue choice, int minuteOfDay, qint64 nowMs,
                                     const QTimeZone &zone)
{
    const QDate today = dateIn(nowMs, zone);
    if (choice == TaskDue::Today)
        return atWallClock(today, minuteOfDay, zone);
    if (choice == TaskDue::Tomorrow)
        return atWallClock(today.addDays(1), minuteOfDay, zone);
    return std::nullopt;
}

} // namespace spil
