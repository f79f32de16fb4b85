// SPDX-License-Identifier: GPL-3.0-or-later
// A director's day with no free time left, and a request for that day only: what "Make
// room" for a request is tried on, in the model and Qt Quick tests on the demo office.
#pragma once

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/AgendaRules.h"
#include "core/common/Time.h"
#include "core/contacts/ContactRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/requests/RequestRepo.h"
#include "core/store/Database.h"

#include <algorithm>

namespace spil::test {

// Fills every free span of director's day (in his zone) with one-off low-priority meetings
// of at most an hour, then adds a high request of minutes for that day only, asked by
// contact (a name the contacts resolve) and noted by by. Returns the request's id.
inline QString addRequestInABookedDay(Database &db, const QString &director, const QDate &day,
                                      int minutes, const QString &contact, const QString &by)
{
    const Person person = *PeopleRepo(db).byId(director);
    const QTimeZone zone = zoneOrFail(person.tz);
    AgendaRepo agenda(db);
    const QList<Interval> free = AgendaRules(db, agenda).freeSlots({director}, day, day, 5, zone);
    constexpr qint64 hour = 3600 * 1000LL;
    for (const Interval &span : free) {
        for (qint64 start = span.start; start < span.end; start += hour) {
            Appointment a;
            a.owner = director;
            a.title = QStringLiteral("Werkoverleg");
            a.priority = AppointmentPriority::Low;
            a.startUtc = start;
            a.endUtc = std::min(start + hour, span.end);
            a.tz = person.tz;
            a.createdBy = by;
            agenda.add(a);
        }
    }
    Request r;
    r.director = director;
    r.contactId = ContactRepo(db).resolve(contact).id;
    r.subject = QStringLiteral("Tweede gesprek overname");
    r.minutes = minutes;
    r.fromDate = r.toDate = day;
    r.importance = RequestImportance::High;
    r.via = by;
    r.createdBy = by;
    return RequestRepo(db).add(r);
}

} // namespace spil::test
