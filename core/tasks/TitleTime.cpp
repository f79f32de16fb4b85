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

// "om 14.30", "om 9 uur 's avonds", "at 10h30", "before 5": a time said after a word for
// "at". A bare hour counts only at the end of the title or of a clause ("om 2 redenen",
// "at 2 locations" are no times); 1 to 6 without a leading zero is the afternoon.
std::optional<int> spoken(const QString &title)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:om|at|before|rond|around)\s+(\d{1,2})(?:[:.uh](\d{2}))?)"),
        Opt::CaseInsensitiveOption);
    static const QRegularExpression unit(QStringLiteral(R"(^\s*(?:uur|u|h)\b)"),
                                         Opt::CaseInsensitiveOption);
    static const QRegularExpression evening(
        QStringLiteral(R"(^\s*(?:'s\s*(?:avonds|middags)|in the (?:evening|afternoon))\b)"),
        Opt::CaseInsensitiveOption);
    static const QRegularExpression clauseEnd(QStringLiteral(R"(^\s*(?:$|[,;!?)]|\.(?!\d)))"));
    for (auto it = re.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        QString rest = title.mid(m.capturedEnd());
        if (rest.startsWith(QLatin1Char(':')) || (!rest.isEmpty() && rest.at(0).isDigit()) ||
            (rest.size() > 1 && rest.at(0) == QLatin1Char('.') && rest.at(1).isDigit()))
            continue; // "om 2026", "at 14:3", "om 3.505"
        const bool hasMinutes = m.capturedLength(2) > 0;
        const auto u = unit.match(rest);
        if (u.hasMatch())
            rest = rest.mid(u.capturedEnd());
        const auto e = evening.match(rest);
        if (e.hasMatch())
            rest = rest.mid(e.capturedEnd());
        if (!hasMinutes && !u.hasMatch() && !e.hasMatch() && !clauseEnd.match(rest).hasMatch())
            continue;
        int hour = m.captured(1).toInt();
        if (e.hasMatch() ? hour < 12 : hour >= 1 && hour <= 6 && !m.captured(1).startsWith('0'))
            hour += 12;
        if (const auto at = minuteOfDay(hour, m.captured(2).toInt()))
            return at;
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
    if (const auto at = spoken(title))
        return at;
    return written(title);
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
