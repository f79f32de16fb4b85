// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/tasks/DueChoice.h"

#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "qml/shell/OfficeStore.h"
#include "qml/shell/PeopleDirectory.h"

#include <algorithm>

namespace spil::qml {

qint64 dueForChoice(const OfficeStore &office, const PeopleDirectory &people, Due::Choice choice)
{
    if (choice == Due::Choice::Keep || choice == Due::Choice::None)
        return -1;
    const QTimeZone zone = office.localZone();
    const qint64 now = office.clock().nowMs();
    const QDate today = dateIn(now, zone);
    const int endOfDay = people.me().workEndMin > 0 ? people.me().workEndMin : 17 * 60;
    if (choice == Due::Choice::Today) {
        // After working hours "today" still means today, before midnight.
        const qint64 end = atWallClock(today, endOfDay, zone);
        return now < end ? end : std::max(now, atWallClock(today, 23 * 60 + 59, zone));
    }
    if (choice == Due::Choice::Tomorrow)
        return atWallClock(today.addDays(1), 9 * 60, zone);
    // "this week": Friday at the end of the day; from Friday evening on, next Friday.
    int toFriday = (5 - today.dayOfWeek() + 7) % 7;
    if (toFriday == 0 && now >= atWallClock(today, endOfDay, zone))
        toFriday = 7;
    return atWallClock(today.addDays(toFriday), endOfDay, zone);
}

} // namespace spil::qml
