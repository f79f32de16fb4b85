// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tasks/TitleTime.h"

#include "core/common/Time.h"

#include <QRegularExpression>

namespace spil {

namespace {
// An hour as written, its minutes (-1: none) and whether am/pm said which half of the day.
std::optional<int> clock(const QString &hourText, const QString &minuteText,
                         const QString &halfOfDay)
{
    int hour = hourText.toInt();
    const int minute = minuteText.isEmpty() ? 0 : minuteText.toInt();
    const QString half = halfOfDay.toLower().remove(QLatin1Char('.'));
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (half == QLatin1String("pm") ? 12 : 0);
    } else if (hour >= 1 && hour <= 6 && !hourText.startsWith(QLatin1Char('0'))) {
        hour += 12;
    }
    if (hour > 23 || minute > 59)
        return std::nullopt;
    return hour * 60 + minute;
}
} // namespace

std::optional<int> timeInTitle(const QString &title)
{
    // In the order they are tried: am/pm, "om 14.30" (a word for "at" before it), 14:30.
    static const QRegularExpression halfDay(
        QStringLiteral(R"((?<![\d:.])(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?!\w))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression afterAt(
        QStringLiteral(R"(\b(?:om|at|before|rond|around)\s+(\d{1,2})(?:[:.](\d{2}))?)"
                       R"((?:\s*(?:uur|u|h)\b)?(?![\d:.]))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression colon(
        QStringLiteral(R"((?<![\d:.])(\d{1,2}):(\d{2})(?![\d:]))"));
    if (const auto m = halfDay.match(title); m.hasMatch())
        return clock(m.captured(1), m.captured(2), m.captured(3));
    if (const auto m = afterAt.match(title); m.hasMatch())
        return clock(m.captured(1), m.captured(2), {});
    if (const auto m = colon.match(title); m.hasMatch())
        return clock(m.captured(1), m.captured(2), {});
    return std::nullopt;
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
