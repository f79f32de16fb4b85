// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/agenda/AppointmentDetails.h"

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/AgendaRules.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/contacts/ContactRepo.h"
#include "core/meetings/MeetingRepo.h"
#include "core/store/Database.h"
#include "qml/agenda/BookingForm.h"
#include "qml/agenda/TimelineModel.h"
#include "qml/contacts/ContactDetails.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

namespace spil::qml {

AppointmentDetails::AppointmentDetails(QObject *parent) : OfficeView(parent)
{
    m_link.watch(OfficeLink::Data | OfficeLink::AgendaPerson);
    connect(&m_ticker, &MinuteTicker::ticked, this, &AppointmentDetails::reload); // the countdown
}

AppointmentDetails::AppointmentDetails(OfficeStore *office, PeopleDirectory *people,
                                       QObject *parent)
    : AppointmentDetails(parent)
{
    link(office, people);
}

void AppointmentDetails::setAppointmentId(const QString &id)
{
    if (id != m_id) {
        m_id = id;
        reload();
    }
}

void AppointmentDetails::setStartUtc(double start)
{
    if (qint64(start) != m_start) {
        m_start = qint64(start);
        reload();
    }
}

void AppointmentDetails::setFollowNext(bool on)
{
    if (on != m_followNext) {
        m_followNext = on;
        reload();
    }
}

QString AppointmentDetails::kindLabel(AppointmentKind kind)
{
    switch (kind) {
    case AppointmentKind::Presentation:
        return tr("Presentation");
    case AppointmentKind::Travel:
        return tr("Travel");
    case AppointmentKind::Prep:
        return tr("Prep time");
    case AppointmentKind::Personal:
        return tr("Personal");
    case AppointmentKind::Meeting:
        break;
    }
    return tr("Meeting");
}

void AppointmentDetails::reload()
{
    std::optional<Occurrence> hit;
    bool instanceCancelled = false;
    m_found = false;
    m_warnings.clear();
    m_canCancel = false;
    m_canEdit = m_canSetConfidential = false;
    m_originalStart = -1;
    m_hitId.clear();
    m_attendeeIds.clear();
    readGuarded("AppointmentDetails", [&] {
        if (open()) {
            AgendaRepo agenda(*office()->store());
            const qint64 now = office()->clock().nowMs();
            const QTimeZone local = office()->localZone();
            if (m_followNext) {
                const QString person = people()->agendaPersonId();
                for (const Occurrence &o :
                     agenda.occurrences(person, now, now + 7LL * 24 * 3600 * 1000, local)) {
                    if (o.isBusy() && o.endUtc > now) {
                        hit = o;
                        break;
                    }
                }
            } else if (!m_id.isEmpty()) {
                if (const auto a = agenda.byId(m_id)) {
                    Occurrence o;
                    o.appointment = *a;
                    o.startUtc = m_start > 0 ? m_start : a->startUtc;
                    o.endUtc = o.startUtc + (a->endUtc - a->startUtc);
                    // One of a series: as the timeline has it (moved, or cancelled and gone).
                    if (!a->rrule.isEmpty()) {
                        instanceCancelled = true;
                        for (const Occurrence &t :
                             agenda.occurrences(a->owner, o.startUtc, o.endUtc, local)) {
                            if (t.appointment.id == a->id && t.startUtc == o.startUtc) {
                                o = t;
                                instanceCancelled = false;
                            }
                        }
                    }
                    hit = o;
                }
            }
            m_found = hit.has_value();
            if (hit) {
                const Appointment &a = hit->appointment;
                const Person owner = people()->person(a.owner);
                // Home is the home of the person whose agenda is read, as on the timeline.
                const Person reader = people()->person(people()->agendaPersonId(), owner);
                const QTimeZone home = zoneOrFail(reader.tz.isEmpty() ? a.tz : reader.tz);
                m_running = hit->startUtc <= now && now < hit->endUtc;
                m_title = a.title;
                // An all-day item read by itself holds midnight UTC of its date; one from the
                // timeline was placed at midnight of its date here.
                const QDate day = a.allDay && hit->startUtc == a.startUtc && m_start == 0
                                      ? dateIn(a.startUtc, QTimeZone::utc())
                                      : dateIn(hit->startUtc, local);
                m_dayText = display::dayHeading(day, dateIn(now, local));
                m_timeText = a.allDay ? tr("All day")
                                      : display::timeRange(hit->startUtc, hit->endUtc, local);
                m_homeTimeText =
                    a.allDay ? QString()
                             : display::homeTimeRange(hit->startUtc, hit->endUtc, home, local);
                m_localZoneLabel = display::zoneCity(QString::fromUtf8(local.id()));
                m_homeZoneLabel = display::zoneCity(QString::fromUtf8(home.id()));
                m_timeLeft = m_running
                                 ? tr("now · %1").arg(display::timeRemaining(now, hit->endUtc))
                             : hit->startUtc > now ? display::startsAt(now, hit->startUtc, local)
                                                   : QString();
                m_startsIn =
                    hit->startUtc > now ? display::timeLeft(now, hit->startUtc) : QString();
                m_place = a.location;
                m_attendees.clear();
                for (const QString &attendee : a.attendees)
                    m_attendees << people()->nameOf(attendee);
                m_kindText = kindLabel(a.kind);
                m_readFirst = a.notes;
                m_ownerName = owner.name;
                m_contactId = a.contactId;
                m_contactName.clear();
                m_gateText.clear();
                if (!a.contactId.isEmpty()) {
                    ContactRepo contacts(*office()->store());
                    if (const auto contact = contacts.byId(a.contactId)) {
                        m_contactName = contact->name;
                        if (keepsGateOf(people()->me(), a.owner))
                            m_gateText = ContactDetails::bookingText(
                                contacts.gate(a.owner, a.contactId), contact->name,
                                people()->firstNameOf(a.owner));
                    }
                }
                const bool cancelled =
                    instanceCancelled || a.status == AppointmentStatus::Cancelled;
                m_statusText = cancelled                                  ? tr("Cancelled")
                               : a.status == AppointmentStatus::Tentative ? tr("Tentative")
                                                                          : QString();
                m_confidential = a.confidential;
                m_recurring = !a.rrule.isEmpty();
                m_originalStart = hit->recurrenceIdUtc >= 0 ? hit->recurrenceIdUtc : hit->startUtc;
                m_hitId = a.id;
                m_ownerId = a.owner;
                m_occurrenceStart = hit->startUtc;
                m_minutes = int((hit->endUtc - hit->startUtc) / 60000);
                m_dayOffset = int(dateIn(now, local).daysTo(day));
                m_attendeeIds = a.attendees;
                const bool serves = people()->serves(a.owner);
                const bool writes = people()->writesAgendaOf(a.owner, a.confidential);
                // Cancelling is writing it too: staff looking at a director's day may not.
                m_canCancel = writes && !cancelled && hit->endUtc > now;
                m_canEdit = writes && !cancelled && !a.allDay;
                m_canSetConfidential = m_canEdit && serves && a.rrule.isEmpty();
                if (!cancelled && !a.allDay) {
                    AgendaRules rules(*office()->store(), agenda);
                    QStringList lines;
                    const auto isHit = [&](const Occurrence &o) {
                        return o.appointment.id == a.id && o.startUtc == hit->startUtc;
                    };
                    for (const Conflict &c : rules.conflicts(a.owner, hit->startUtc, hit->endUtc)) {
                        if (isHit(c.first) || isHit(c.second))
                            lines << TimelineModel::conflictText(c, isHit(c.first) ? c.first
                                                                                   : c.second);
                    }
                    m_warnings = lines.join(QLatin1Char('\n'));
                }
            }
        } else {
            m_found = false;
        }
    });
    Q_EMIT changed();
}

bool AppointmentDetails::cancel()
{
    if (!office() || !m_canCancel || m_hitId.isEmpty())
        return false;
    const QString reason = office()->act([&](Database &db) {
        AgendaRepo agenda(db);
        const auto a = agenda.byId(m_hitId);
        if (!a)
            return;
        m_undoStatus.reset();
        m_undoException.clear();
        if (!a->rrule.isEmpty())
            m_undoException = agenda.cancelInstance(a->id, m_originalStart);
        else
            m_undoStatus = agenda.cancel(a->id);
    });
    // The action's change has read it again already, as every view watching the office.
    return reason.isEmpty();
}

void AppointmentDetails::undoCancel()
{
    if (!office() || m_hitId.isEmpty())
        return;
    office()->act([&](Database &db) {
        AgendaRepo agenda(db);
        if (!m_undoException.isEmpty())
            agenda.restoreInstance(m_undoException);
        else if (m_undoStatus)
            agenda.restore(m_hitId, *m_undoStatus);
    });
    m_undoStatus.reset();
    m_undoException.clear();
}

bool AppointmentDetails::moveTo(double startUtc, int minutes, bool force)
{
    if (!open() || minutes <= 0)
        return false;
    const qint64 start = qint64(startUtc);
    return change({.startUtc = start, .endUtc = start + minutes * 60000LL}, force,
                  tr("Moved to %1")
                      .arg(display::dayShort(dateIn(start, office()->localZone())) +
                           QLatin1Char(' ') + display::time(start, office()->localZone())));
}

bool AppointmentDetails::edit(const QString &title, const QString &place, int minutes,
                              const QString &notes, bool confidential, bool force)
{
    // Only what differs is written: each field is a change of its own on every device.
    AppointmentEdit edit;
    if (title.trimmed() != m_title)
        edit.title = title.trimmed();
    if (place.trimmed() != m_place)
        edit.location = place.trimmed();
    if (minutes > 0 && minutes != m_minutes)
        edit.endUtc = m_occurrenceStart + minutes * 60000LL;
    if (!m_recurring && notes.trimmed() != m_readFirst)
        edit.notes = notes.trimmed();
    if (m_canSetConfidential && confidential != m_confidential)
        edit.confidential = confidential;
    if (edit.isEmpty())
        return true;
    return change(edit, force, tr("Changed: %1").arg(title.trimmed()));
}

bool AppointmentDetails::change(const AppointmentEdit &edit, bool force, const QString &done)
{
    m_refusal.clear();
    if (!open() || !m_canEdit || m_hitId.isEmpty())
        return false;
    const qint64 start = edit.startUtc.value_or(m_occurrenceStart);
    const qint64 end = edit.endUtc.value_or(start + m_minutes * 60000LL);
    // The page follows the occurrence to its new time, also when it showed "the next one":
    // what was just changed stays in sight. Set before the change so the views' reload
    // after it reads the new time; put back when it is refused.
    const auto shown = std::tuple(m_undoStart, m_undoId, m_undoFollow, m_id, m_start, m_followNext);
    m_undoStart = m_start;
    m_undoId = m_id;
    m_undoFollow = m_followNext;
    m_id = m_hitId;
    m_start = start;
    m_followNext = false;
    if (const std::optional<Error> e = office()->attempt([&](Database &db) {
            m_undoChange = MeetingRepo(db).changeOccurrence(m_hitId, m_originalStart, edit, force);
        })) {
        std::tie(m_undoStart, m_undoId, m_undoFollow, m_id, m_start, m_followNext) = shown;
        m_refusal = refusalText(*e, start, end);
        Q_EMIT changed();
        return false;
    }
    Q_EMIT changeDone(done);
    return true;
}

QString AppointmentDetails::refusalText(const Error &e, qint64 startUtc, qint64 endUtc) const
{
    if (e.kind() != ErrorKind::Refused)
        return e.message();
    AgendaRepo agenda(*office()->store());
    Occurrence candidate;
    if (const auto a = agenda.byId(m_hitId))
        candidate.appointment = *a;
    candidate.appointment.startUtc = candidate.startUtc = startUtc;
    candidate.appointment.endUtc = candidate.endUtc = endUtc;
    candidate.appointment.rrule.clear();
    candidate.recurrenceIdUtc = m_recurring ? m_originalStart : -1;
    QString why = BookingForm::prepTimeText(candidate.appointment, *office(), *people());
    if (why.isEmpty()) {
        if (const auto other = AgendaRules(*office()->store(), agenda).doubleBooking(candidate)) {
            const QTimeZone local = office()->localZone();
            why = tr("This overlaps “%1” (%2, %3).")
                      .arg(other->appointment.title,
                           display::dayShort(dateIn(other->startUtc, local)),
                           display::timeRange(other->startUtc, other->endUtc, local));
        }
    }
    return why.isEmpty() ? e.message()
                         : why + QLatin1Char(' ') + tr("Choose another time, or go ahead anyway.");
}

void AppointmentDetails::undoChange()
{
    if (!office() || !m_undoChange)
        return;
    const OccurrenceChange undo = *m_undoChange;
    m_undoChange.reset();
    m_start = m_undoStart;
    m_id = m_undoId;
    m_followNext = m_undoFollow;
    office()->act([&](Database &db) { AgendaRepo(db).undoChange(undo); });
}

} // namespace spil::qml
