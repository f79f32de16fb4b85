// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/requests/RequestRanking.h"

#include "core/common/Time.h"

#include <algorithm>
#include <numeric>

namespace spil {

namespace {
constexpr int kBonusStep = 5;   // points per full working week waited
constexpr int kBonusWeeks = 3;  // weeks that count at most
constexpr int kWorkingWeek = 5; // working days in a week
} // namespace

int importanceWeight(RequestImportance importance)
{
    switch (importance) {
    case RequestImportance::Low:
        return 0;
    case RequestImportance::Normal:
        return 10;
    case RequestImportance::High:
        return 20;
    case RequestImportance::Urgent:
        return 30;
    }
    return 10;
}

int waitingBonus(int workingDaysWaited)
{
    return std::min(kBonusWeeks, std::max(0, workingDaysWaited) / kWorkingWeek) * kBonusStep;
}

int workingDaysBetween(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const qint64 days = from.daysTo(to);
    qint64 count = days / 7 * kWorkingWeek;
    // The days of the last part week, after from's weekday.
    int weekday = from.dayOfWeek();
    for (qint64 i = 0; i < days % 7; ++i) {
        weekday = weekday % 7 + 1;
        if (weekday <= 5)
            ++count;
    }
    return int(count);
}

QList<RankedRequest> rankRequests(const QList<Request> &requests, const QDate &today,
                                  const QTimeZone &zone)
{
    // The starts of the days back from today in zone, newest first, as far back as the
    // oldest request: each request's day is then a binary search, not a zone conversion.
    qint64 oldest = std::numeric_limits<qint64>::max();
    for (const Request &r : requests)
        oldest = std::min(oldest, r.createdAt);
    QList<qint64> dayStarts; // dayStarts[i]: midnight of today - i
    for (QDate d = today;; d = d.addDays(-1)) {
        dayStarts << startOfDay(d, zone);
        if (requests.isEmpty() || dayStarts.last() <= oldest || dayStarts.size() > 3660)
            break;
    }
    QList<RankedRequest> out;
    out.reserve(requests.size());
    for (const Request &r : requests) {
        // The first day start (going back) at or before its creation is its day.
        const auto at =
            std::lower_bound(dayStarts.cbegin(), dayStarts.cend(), r.createdAt,
                             [](qint64 start, qint64 created) { return start > created; });
        const qint64 back = std::min<qint64>(at - dayStarts.cbegin(), dayStarts.size() - 1);
        const int waited = workingDaysBetween(today.addDays(-back), today);
        out << RankedRequest{r, importanceWeight(r.importance) + waitingBonus(waited), waited};
    }
    std::sort(out.begin(), out.end(), [](const RankedRequest &a, const RankedRequest &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.request.createdAt != b.request.createdAt)
            return a.request.createdAt < b.request.createdAt;
        return a.request.id < b.request.id;
    });
    return out;
}

} // namespace spil
