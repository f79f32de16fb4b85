// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agenda/AgendaRules.h"

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/Recurrence.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

namespace spil {

namespace {
constexpr qint64 kMinute = 60 * 1000LL;
constexpr qint64 kDay = 24 * 60 * kMinute;

QString describe(qint64 utcMs, const QString &tz)
{
    const QTimeZone zone = isValidZone(tz) ? zoneOrFail(tz) : QTimeZone::utc();
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

QList<Occurrence> AgendaRules::day(const QString &personId, const QDate &date,
                                   const QTimeZone &zone)
{
    return m_agenda.occurrences(personId, startOfDay(date, zone), startOfDay(date.addDays(1), zone),
                                zone);
}

namespace {
// The prep windows of principal before the presentations in timeline.
QList<PrepWindow> prepWindowsIn(const Person &principal, const QList<Occurrence> &timeline)
{
    QList<PrepWindow> out;
    if (principal.prepMinutes <= 0)
        return out;
    const qint64 prep = principal.prepMinutes * kMinute;
    for (const Occurrence &o : timeline) {
        if (o.appointment.kind == AppointmentKind::Presentation && o.isBusy())
            out << PrepWindow{o, {o.startUtc - prep, o.startUtc}};
    }
    return out;
}
} // namespace

QList<PrepWindow> AgendaRules::prepWindows(const Person &principal, qint64 fromUtc, qint64 toUtc)
{
    if (principal.prepMinutes <= 0)
        return {};
    const qint64 prep = principal.prepMinutes * kMinute;
    QList<PrepWindow> out;
    for (const PrepWindow &w :
         prepWindowsIn(principal, m_agenda.occurrences(principal.id, fromUtc, toUtc + prep,
                                                       zoneOrFail(principal.tz)))) {
        if (w.span.start < toUtc && w.span.end > fromUtc)
            out << w;
    }
    return out;
}

QList<Conflict> AgendaRules::conflicts(const QString &personId, qint64 fromUtc, qint64 toUtc)
{
    PeopleRepo people(m_db);
    const auto person = people.byId(personId);
    if (!person)
        fail(ErrorKind::NotFound, QStringLiteral("no person %1").arg(personId));
    // One timeline serves both checks; it reaches past the range by the prep time so that
    // a presentation just after it still guards its window inside the range.
    const qint64 prep = std::max(0, person->prepMinutes) * kMinute;
    QList<Occurrence> busy;
    for (const Occurrence &o :
         m_agenda.occurrences(personId, fromUtc, toUtc + prep, zoneOrFail(person->tz))) {
        if (o.isBusy())
            busy << o;
    }
    QList<Conflict> out;
    for (qsizetype i = 0; i < busy.size(); ++i) {
        if (busy[i].startUtc >= toUtc)
            break;
        for (qsizetype j = i + 1;
             j < busy.size() && busy[j].startUtc < busy[i].endUtc && busy[j].startUtc < toUtc;
             ++j) {
            out << Conflict{ConflictType::Overlap,
                            busy[i],
                            busy[j],
                            {busy[j].startUtc, std::min(busy[i].endUtc, busy[j].endUtc)}};
        }
    }
    for (const PrepWindow &w : prepWindowsIn(*person, busy)) {
        if (w.span.start >= toUtc || w.span.end <= fromUtc)
            continue;
        for (const Occurrence &o : busy) {
            if (o.startUtc >= w.span.end || o.endUtc <= w.span.start ||
                o.appointment.kind == AppointmentKind::Prep ||
                o.appointment.kind == AppointmentKind::Presentation)
                continue;
            out << Conflict{ConflictType::PrepTime,
                            w.presentation,
                            o,
                            {std::max(o.startUtc, w.span.start), std::min(o.endUtc, w.span.end)}};
        }
    }
    std::sort(out.begin(), out.end(), [](const Conflict &x, const Conflict &y) {
        return x.overlap.start < y.overlap.start;
    });
    return out;
}

QString AgendaRules::prepTimeRefusal(const Appointment &candidate)
{
    if (candidate.kind == AppointmentKind::Prep ||
        candidate.kind == AppointmentKind::Presentation || candidate.allDay ||
        candidate.status == AppointmentStatus::Cancelled)
        return {};
    QList<Interval> instances;
    const qint64 duration = candidate.endUtc - candidate.startUtc;
    if (candidate.rrule.isEmpty()) {
        instances << Interval{candidate.startUtc, candidate.endUtc};
    } else {
        // A series is judged over its coming year; later instances are rarely planned yet.
        for (qint64 s : expandRecurrence(candidate.rrule, candidate.startUtc, duration,
                                         zoneOrFail(candidate.tz), candidate.startUtc,
                                         candidate.startUtc + 366 * kDay, 400))
            instances << Interval{s, s + duration};
    }
    PeopleRepo people(m_db);
    QStringList involved{candidate.owner};
    involved += candidate.attendees;
    for (const QString &id : std::as_const(involved)) {
        const auto principal = people.byId(id);
        if (!principal || principal->prepMinutes <= 0)
            continue;
        for (const Interval &instance : std::as_const(instances)) {
            for (const PrepWindow &w : prepWindows(*principal, instance.start, instance.end)) {
                if (w.presentation.appointment.id == candidate.id)
                    continue;
                return QStringLiteral(
                           "'%1' at %2 falls in the %3 minutes of prep time that %4 keeps "
                           "free before '%5' at %6")
                    .arg(candidate.title, describe(instance.start, candidate.tz))
                    .arg(principal->prepMinutes)
                    .arg(principal->name, w.presentation.appointment.title,
                         describe(w.presentation.startUtc, w.presentation.appointment.tz));
            }
        }
    }
    return {};
}

std::optional<Occurrence> AgendaRules::doubleBooking(const Occurrence &candidate)
{
    if (!candidate.isBusy())
        return std::nullopt;
    const auto owner = PeopleRepo(m_db).byId(candidate.appointment.owner);
    const QTimeZone zone = owner ? zoneOrFail(owner->tz) : QTimeZone::utc();
    for (const Occurrence &o : m_agenda.occurrences(candidate.appointment.owner, candidate.startUtc,
                                                    candidate.endUtc, zone)) {
        const bool itself = o.appointment.id == candidate.appointment.id &&
                            o.recurrenceIdUtc == candidate.recurrenceIdUtc;
        if (!itself && o.isBusy() && o.startUtc < candidate.endUtc && o.endUtc > candidate.startUtc)
            return o;
    }
    return std::nullopt;
}

QList<Interval> AgendaRules::workingHours(const Person &person, const Interval &window)
{
    const QTimeZone zone = zoneOrFail(person.tz);
    QList<Interval> out;
    const QDate last = dateIn(window.end, zone);
    for (QDate d = dateIn(window.start, zone); d <= last; d = d.addDays(1)) {
        if (!person.workDays.contains(d.dayOfWeek()))
            continue;
        const QDateTime start(d, QTime(person.workStartMin / 60, person.workStartMin % 60), zone);
        const QDateTime end =
            person.workEndMin >= 24 * 60
                ? d.addDays(1).startOfDay(zone)
                : QDateTime(d, QTime(person.workEndMin / 60, person.workEndMin % 60), zone);
        out << Interval{start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()};
    }
    return intersected(normalized(out), {window});
}

QList<Interval> AgendaRules::freeSlots(const QStringList &personIds, const QDate &fromDate,
                                       const QDate &toDate, int minutes, const QTimeZone &zone,
                                       const std::optional<Occurrence> &moving)
{
    if (personIds.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("name at least one person"));
    if (minutes <= 0 || minutes > 24 * 60)
        fail(ErrorKind::BadInput, QStringLiteral("a slot is 1 to 1440 minutes long"));
    if (toDate < fromDate || fromDate.daysTo(toDate) > 92)
        fail(ErrorKind::BadInput,
             QStringLiteral("search from a date to a later one, at most 92 days"));

    // Never offer the past: slots start at the next quarter hour at the earliest.
    const qint64 quarter = 15 * kMinute;
    const qint64 now = m_db.clock().nowMs();
    const qint64 earliest = (now + quarter - 1) / quarter * quarter;
    Interval window{std::max(startOfDay(fromDate, zone), earliest),
                    startOfDay(toDate.addDays(1), zone)};
    if (window.start >= window.end)
        return {};

    PeopleRepo people(m_db);
    QList<Interval> free{window};
    for (const QString &id : personIds) {
        const auto person = people.byId(id);
        if (!person)
            fail(ErrorKind::NotFound, QStringLiteral("no person %1").arg(id));
        free = intersected(free, workingHours(*person, window));
        QList<Interval> busy;
        for (const Occurrence &o :
             m_agenda.occurrences(id, window.start, window.end, zoneOrFail(person->tz))) {
            const bool itself = moving && o.appointment.id == moving->appointment.id &&
                                o.recurrenceIdUtc == moving->recurrenceIdUtc;
            if (o.isBusy() && !itself)
                busy << Interval{o.startUtc, o.endUtc};
        }
        for (const PrepWindow &w : prepWindows(*person, window.start, window.end))
            busy << w.span;
        free = subtracted(free, normalized(busy));
    }
    QList<Interval> out;
    for (const Interval &slot : std::as_const(free)) {
        if (slot.end - slot.start >= minutes * kMinute)
            out << slot;
    }
    return out;
}

} // namespace spil
