// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/MeetingPlanner.h"

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/AgendaRules.h"
#include "core/common/Error.h"
#include "core/common/Time.h"

namespace spil {

namespace {
QStringList everyone(const MeetingRequest &request)
{
    QStringList people{request.owner};
    for (const QString &p : request.attendees) {
        if (!people.contains(p))
            people << p;
    }
    return people;
}
} // namespace

QList<Interval> MeetingPlanner::slots(const MeetingRequest &request)
{
    if (request.owner.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("whose meeting is it?"));
    AgendaRepo agenda(m_db);
    return AgendaRules(m_db, agenda)
        .freeSlots(everyone(request), request.fromDate, request.toDate, request.minutes,
                   request.zone);
}

QString MeetingPlanner::book(const MeetingRequest &request, qint64 startUtc)
{
    const qint64 endUtc = startUtc + qint64(request.minutes) * 60 * 1000;
    bool free = false;
    for (const Interval &slot : slots(request))
        free = free || (slot.start <= startUtc && endUtc <= slot.end);
    if (!free)
        fail(ErrorKind::Refused,
             QStringLiteral("not everyone is free from %1 for %2 minutes")
                 .arg(formatInstant(startUtc, request.zone), QString::number(request.minutes)));
    Appointment a;
    a.owner = request.owner;
    a.title = request.title;
    a.kind = AppointmentKind::Meeting;
    a.startUtc = startUtc;
    a.endUtc = endUtc;
    a.tz = QString::fromUtf8(request.zone.id());
    a.location = request.location;
    a.attendees = request.attendees;
    a.attendees.removeAll(request.owner);
    a.confidential = request.confidential;
    a.createdBy = request.createdBy;
    return AgendaRepo(m_db).add(a);
}

} // namespace spil
