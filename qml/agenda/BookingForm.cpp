// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/agenda/BookingForm.h"

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/AgendaRules.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/contacts/ContactRepo.h"
#include "core/store/Database.h"
#include "qml/contacts/ContactDetails.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <algorithm>

namespace spil::qml {

namespace {
constexpr int kDays = 14;
constexpr qint64 kMinute = 60 * 1000;

QDate today(const OfficeStore &office)
{
    return dateIn(office.clock().nowMs(), office.localZone());
}
} // namespace

BookingForm::BookingForm(QObject *parent) : OfficeView(parent) {}

BookingForm::BookingForm(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : BookingForm(parent)
{
    link(office, people);
}

void BookingForm::reload()
{
    if (!m_placed && office()) {
        placeStart();
        m_placed = true;
    }
    Q_EMIT changed();
}

void BookingForm::placeStart()
{
    // A booking never starts in the past: the next half hour today, or 09:00 of the next
    // working day once today's working hours are over.
    const qint64 now = office()->clock().nowMs();
    const int nowMinutes = wallClockMinutes(now, office()->localZone());
    const int next = (nowMinutes / 30 + 1) * 30;
    if (next <= 17 * 60) {
        m_startMinutes = std::max(next, 9 * 60);
        return;
    }
    QDate day = today(*office()).addDays(1);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    m_dayIndex = int(today(*office()).daysTo(day));
    m_startMinutes = 9 * 60;
}

QString BookingForm::ownerId() const
{
    return m_ownerId.isEmpty() && people() ? people()->agendaPersonId() : m_ownerId;
}

void BookingForm::edited()
{
    m_refusal.clear();
    m_error.clear();
    Q_EMIT changed();
}

void BookingForm::setOwnerId(const QString &id)
{
    if (id != m_ownerId) {
        m_ownerId = id;
        edited();
    }
}

void BookingForm::setContactId(const QString &id)
{
    if (id != m_contactId) {
        m_contactId = id;
        edited();
    }
}

GateRule BookingForm::gate() const
{
    GateRule rule = GateRule::Straight;
    readGuarded("BookingForm", [&] {
        if (open() && !m_contactId.isEmpty() && office()->store())
            rule = ContactRepo(*office()->store()).gate(ownerId(), m_contactId);
    });
    return rule;
}

QString BookingForm::gateText() const
{
    if (!open() || m_contactId.isEmpty() || !keepsGateOf(people()->me(), ownerId()))
        return {};
    const auto contact = ContactRepo(*office()->store()).byId(m_contactId);
    if (!contact)
        return {};
    return ContactDetails::bookingText(gate(), contact->name, people()->firstNameOf(ownerId()));
}

void BookingForm::setTitle(const QString &title)
{
    if (title != m_title) {
        m_title = title;
        edited();
    }
}

void BookingForm::setKind(AppointmentKind kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        edited();
    }
}

void BookingForm::setPlace(const QString &place)
{
    if (place != m_place) {
        m_place = place;
        edited();
    }
}

void BookingForm::setDayIndex(int index)
{
    if (index != m_dayIndex && index >= 0 && index < kDays) {
        m_dayIndex = index;
        edited();
    }
}

void BookingForm::setStartMinutes(int minutes)
{
    if (minutes != m_startMinutes && minutes >= 0 && minutes < 24 * 60) {
        m_startMinutes = minutes;
        edited();
    }
}

void BookingForm::setMinutes(int minutes)
{
    if (minutes != m_minutes && minutes > 0) {
        m_minutes = minutes;
        edited();
    }
}

void BookingForm::setAttendees(const QStringList &ids)
{
    if (ids != m_attendees) {
        m_attendees = ids;
        edited();
    }
}

void BookingForm::toggleAttendee(const QString &personId)
{
    QStringList ids = m_attendees;
    if (!ids.removeOne(personId))
        ids << personId;
    setAttendees(ids);
}

QStringList BookingForm::dayChoices() const
{
    QStringList out;
    if (!office())
        return out;
    const QDate first = today(*office());
    for (int i = 0; i < kDays; ++i) {
        QString label = display::dayRelative(first.addDays(i), first);
        out << label.left(1).toUpper() + label.mid(1);
    }
    return out;
}

qint64 BookingForm::startUtc() const
{
    if (!office())
        return 0;
    const QDate day = today(*office()).addDays(m_dayIndex);
    return atWallClock(day, m_startMinutes, office()->localZone());
}

QString BookingForm::whenText() const
{
    if (!open())
        return {};
    const qint64 start = startUtc();
    return display::dayLong(today(*office()).addDays(m_dayIndex)) + QStringLiteral(", ") +
           display::timeRange(start, start + m_minutes * kMinute, office()->localZone());
}

QString BookingForm::bookedText() const
{
    if (!open() || ownerId().isEmpty() || !m_movingId.isEmpty())
        return {};
    Occurrence candidate;
    candidate.appointment.owner = ownerId();
    candidate.startUtc = startUtc();
    candidate.endUtc = candidate.startUtc + m_minutes * kMinute;
    std::optional<Occurrence> other;
    readGuarded("BookingForm", [&] {
        AgendaRepo agenda(*office()->store());
        other = AgendaRules(*office()->store(), agenda).doubleBooking(candidate);
    });
    if (!other)
        return {};
    return other->appointment.title.isEmpty()
               ? tr("Booked then.")
               : tr("Booked then: %1.").arg(other->appointment.title);
}

QString BookingForm::prepTimeText(const Appointment &a, const OfficeStore &office,
                                  const PeopleDirectory &people)
{
    // The core's reason, said in the app's language: whose prep time, before what, when.
    AgendaRepo agenda(*office.store());
    AgendaRules rules(*office.store(), agenda);
    QStringList involved{a.owner};
    involved += a.attendees;
    for (const QString &id : std::as_const(involved)) {
        const Person person = people.person(id);
        if (person.prepMinutes <= 0)
            continue;
        for (const PrepWindow &w : rules.prepWindows(person, a.startUtc, a.endUtc)) {
            if (w.presentation.appointment.id == a.id)
                continue;
            const QDate day = dateIn(w.presentation.startUtc, office.localZone());
            return tr("This falls in the %n minute(s) %1 keeps free to prepare “%2” (%3, %4).",
                      nullptr, person.prepMinutes)
                .arg(people.firstNameOf(person.id), w.presentation.appointment.title,
                     display::dayShort(day),
                     display::time(w.presentation.startUtc, office.localZone()));
        }
    }
    return {};
}

bool BookingForm::book(bool force)
{
    m_refusal.clear();
    m_error.clear();
    if (!open()) {
        m_error = tr("No office is open.");
        Q_EMIT changed();
        return false;
    }
    Appointment a;
    a.owner = ownerId();
    a.title = m_title.trimmed();
    a.kind = m_kind;
    a.location = m_place.trimmed();
    a.startUtc = startUtc();
    a.endUtc = a.startUtc + m_minutes * kMinute;
    a.tz = office()->localZoneId();
    a.attendees = m_attendees;
    a.createdBy = people()->me().id;
    a.contactId = m_contactId;
    if (a.title.isEmpty()) {
        m_error = tr("Give the appointment a title.");
        Q_EMIT changed();
        return false;
    }
    if (!force && !gateText().isEmpty() && !bookingAllowed(gate())) {
        m_refusal =
            gateText() + QLatin1Char(' ') + tr("Book it anyway only at the director's request.");
        Q_EMIT changed();
        return false;
    }
    QString id;
    const std::optional<Error> e =
        office()->attempt([&](Database &db) { id = AgendaRepo(db).add(a, force); });
    if (!e) {
        Q_EMIT booked(id);
        Q_EMIT changed();
        return true;
    }
    if (e->kind() == ErrorKind::Refused) {
        const QString why = prepTimeText(a, *office(), *people());
        m_refusal = why.isEmpty()
                        ? e->message()
                        : why + QLatin1Char(' ') + tr("Choose another time, or book it anyway.");
    } else {
        m_error = e->message();
    }
    Q_EMIT changed();
    return false;
}

void BookingForm::findSlots()
{
    m_slots.clear();
    m_picked = -1;
    const bool hadError = !m_error.isEmpty();
    m_error.clear();
    if (hadError)
        Q_EMIT changed();
    try {
        if (open()) {
            QStringList who{ownerId()};
            for (const QString &id : m_attendees) {
                if (people()->all().contains(id) && !who.contains(id))
                    who << id;
            }
            AgendaRepo agenda(*office()->store());
            AgendaRules rules(*office()->store(), agenda);
            // From the day chosen on, to the end of the days offered.
            const QDate first = today(*office());
            const QDate from = first.addDays(m_dayIndex);
            const QTimeZone local = office()->localZone();
            std::optional<Occurrence> moving;
            if (!m_movingId.isEmpty()) {
                moving.emplace();
                moving->appointment.id = m_movingId;
                moving->recurrenceIdUtc = m_movingRecurrence;
            }
            for (const Interval &free :
                 rules.freeSlots(who, from, first.addDays(kDays - 1), m_minutes, local, moving)) {
                const QDate day = dateIn(free.start, local);
                const qint64 start = free.start;
                m_slots << FreeSlot{display::dayRelative(day, first),
                                    display::timeRange(start, free.end, local),
                                    int(first.daysTo(day)), wallClockMinutes(start, local)};
                if (m_slots.size() == 8)
                    break;
            }
        }
    } catch (const Error &e) {
        m_error = e.message();
        Q_EMIT changed();
    }
    m_searched = true;
    Q_EMIT slotsChanged();
}

void BookingForm::setMoving(const QString &appointmentId, double recurrenceIdUtc)
{
    m_movingId = appointmentId;
    m_movingRecurrence = qint64(recurrenceIdUtc);
}

void BookingForm::startAt(double utc)
{
    if (!open())
        return;
    const QTimeZone local = office()->localZone();
    const int index = int(today(*office()).daysTo(dateIn(qint64(utc), local)));
    if (index < 0 || index >= kDays)
        return;
    m_dayIndex = index;
    m_startMinutes = wallClockMinutes(qint64(utc), local);
    edited();
}

void BookingForm::pickSlot(int index)
{
    if (index < 0 || index >= m_slots.size())
        return;
    m_dayIndex = m_slots[index].dayIndex;
    m_startMinutes = m_slots[index].startMinutes;
    m_picked = index;
    edited();
    Q_EMIT slotsChanged();
}

} // namespace spil::qml
