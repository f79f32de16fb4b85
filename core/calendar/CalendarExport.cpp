// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/calendar/CalendarExport.h"

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/Recurrence.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"

namespace spil {

namespace {
bool inWindow(AgendaRepo &agenda, const Appointment &a, QList<InstanceChange> *instances,
              const ExportOptions &o)
{
    if (a.rrule.isEmpty())
        return a.startUtc < o.toUtc && a.endUtc > o.fromUtc;
    *instances = agenda.instanceChanges(a.id);
    for (const InstanceChange &c : *instances) {
        if (c.moved() && c.startUtc < o.toUtc && c.endUtc > o.fromUtc)
            return true;
    }
    if (a.startUtc >= o.toUtc)
        return false;
    const QTimeZone zone = a.allDay || !isValidZone(a.tz) ? QTimeZone::utc() : zoneOrFail(a.tz);
    return !expandRecurrence(a.rrule, a.startUtc, a.endUtc - a.startUtc, zone, o.fromUtc, o.toUtc,
                             1)
                .isEmpty();
}
} // namespace

CalendarData calendarFromStore(Database &db, const QString &personId, const ExportOptions &o)
{
    PeopleRepo people(db);
    const auto person = people.byId(personId);
    if (!person)
        fail(ErrorKind::NotFound, QStringLiteral("no person %1").arg(personId));
    CalendarData data;
    data.name = person->name;
    for (const Person &p : people.all())
        data.people.insert(p.id, {p.name, p.email});

    AgendaRepo agenda(db);
    for (const Appointment &a : agenda.appointmentsOf(personId)) {
        CalendarEvent e;
        e.appointment = a;
        if (!inWindow(agenda, a, &e.instances, o))
            continue;
        e.busyOnly = isBusyBlock(a);
        data.events << e;
    }
    if (o.tasks) {
        for (const Task &t : TaskRepo(db).list(personId, true)) {
            if (t.dueUtc < 0 || (t.dueUtc >= o.fromUtc && t.dueUtc < o.toUtc))
                data.tasks << t;
        }
    }
    return data;
}

} // namespace spil
