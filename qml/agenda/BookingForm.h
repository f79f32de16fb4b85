// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/Appointment.h"
#include "core/contacts/Contact.h"
#include "qml/shell/OfficeView.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// A free slot the booking form offers: where it is in words, and the day and start
// picking it puts in the form.
struct FreeSlot {
    Q_GADGET
    QML_VALUE_TYPE(freeSlot)
    Q_PROPERTY(QString label MEMBER label)           // "today", "Wed 2 Dec"
    Q_PROPERTY(QString time MEMBER time)             // "12:00 – 15:00"
    Q_PROPERTY(int dayIndex MEMBER dayIndex)         // as BookingForm.dayIndex
    Q_PROPERTY(int startMinutes MEMBER startMinutes) // as BookingForm.startMinutes
public:
    QString label, time;
    int dayIndex = 0;
    int startMinutes = 0;
    bool operator==(const FreeSlot &) const = default;
};

// Booking an appointment for a principal with taps only: a day from the next two weeks,
// a start time, a length and attendees, or a free slot found for all of them. A booking in
// protected prep time is refused with the reason; the assistant may book it anyway.
class BookingForm : public OfficeView {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString ownerId READ ownerId WRITE setOwnerId NOTIFY changed)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY changed)
    Q_PROPERTY(spil::AppointmentEnums::Kind kind READ kind WRITE setKind NOTIFY changed)
    Q_PROPERTY(QString place READ place WRITE setPlace NOTIFY changed)
    Q_PROPERTY(int dayIndex READ dayIndex WRITE setDayIndex NOTIFY changed)
    Q_PROPERTY(int startMinutes READ startMinutes WRITE setStartMinutes NOTIFY changed)
    Q_PROPERTY(int minutes READ minutes WRITE setMinutes NOTIFY changed)
    Q_PROPERTY(QStringList attendees READ attendees WRITE setAttendees NOTIFY changed)
    // The contact it is with (empty: none), and how that contact gets through to the owner
    // in words, for who keeps the owner's gate (empty otherwise). A contact the owner does
    // not see is refused like prep time: the assistant may book it anyway.
    Q_PROPERTY(QString contactId READ contactId WRITE setContactId NOTIFY changed)
    Q_PROPERTY(QString gateText READ gateText NOTIFY changed)
    Q_PROPERTY(spil::ContactEnums::Gate gate READ gate NOTIFY changed)
    Q_PROPERTY(QStringList dayChoices READ dayChoices NOTIFY changed)
    Q_PROPERTY(QString whenText READ whenText NOTIFY changed)
    // What the owner has at the chosen time already, in words (empty: nothing, or while
    // moving): the page offers to make room for the booking instead.
    Q_PROPERTY(QString bookedText READ bookedText NOTIFY changed)
    Q_PROPERTY(QString refusal READ refusal NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QList<spil::qml::FreeSlot> freeSlots READ freeSlots NOTIFY slotsChanged)
    Q_PROPERTY(bool searched READ searched NOTIFY slotsChanged)
    // The free slot picked last (-1: none): the form keeps showing which one it was.
    Q_PROPERTY(int pickedSlot READ pickedSlot NOTIFY slotsChanged)

public:
    explicit BookingForm(QObject *parent = nullptr);
    BookingForm(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    // The days and times offered follow the office's clock and zone.
    void reload() override;

    QString ownerId() const;
    void setOwnerId(const QString &id);
    QString title() const { return m_title; }
    void setTitle(const QString &title);
    AppointmentKind kind() const { return m_kind; }
    void setKind(AppointmentKind kind);
    QString place() const { return m_place; }
    void setPlace(const QString &place);
    int dayIndex() const { return m_dayIndex; }
    void setDayIndex(int index);
    int startMinutes() const { return m_startMinutes; }
    void setStartMinutes(int minutes);
    int minutes() const { return m_minutes; }
    void setMinutes(int minutes);
    QStringList attendees() const { return m_attendees; }
    void setAttendees(const QStringList &ids);
    Q_INVOKABLE void toggleAttendee(const QString &personId);
    QString contactId() const { return m_contactId; }
    void setContactId(const QString &id);
    QString gateText() const;
    GateRule gate() const;
    QStringList dayChoices() const;
    QString whenText() const;
    QString bookedText() const;
    QString refusal() const { return m_refusal; }
    QString error() const { return m_error; }
    QList<FreeSlot> freeSlots() const { return m_slots; }
    bool searched() const { return m_searched; }
    int pickedSlot() const { return m_picked; }

    // Stores the appointment; false with refusal or error set when it was not booked.
    Q_INVOKABLE bool book(bool force = false);
    // Free slots of the owner and every attendee from the chosen day to the end of the next
    // two weeks, at least minutes long.
    Q_INVOKABLE void findSlots();
    Q_INVOKABLE void pickSlot(int index);
    // Free slots leave this occurrence's own time free: the one being moved.
    Q_INVOKABLE void setMoving(const QString &appointmentId, double recurrenceIdUtc);
    // Puts the day and start on an instant, when it is among the days offered.
    Q_INVOKABLE void startAt(double utc);
    // The start chosen, as an instant.
    Q_INVOKABLE double chosenStartUtc() const { return double(startUtc()); }

    // Why a falls in someone's protected prep time, in the user's language; empty if not.
    static QString prepTimeText(const Appointment &a, const OfficeStore &office,
                                const PeopleDirectory &people);

Q_SIGNALS:
    void changed();
    void slotsChanged();
    void booked(const QString &appointmentId);

private:
    void edited();
    void placeStart();
    qint64 startUtc() const;
    QString m_ownerId, m_title, m_place;
    AppointmentKind m_kind = AppointmentKind::Meeting;
    int m_dayIndex = 0;
    int m_startMinutes = 10 * 60;
    int m_minutes = 60;
    QStringList m_attendees;
    QString m_contactId;
    QString m_refusal, m_error;
    QList<FreeSlot> m_slots;
    bool m_searched = false;
    int m_picked = -1;
    QString m_movingId;
    qint64 m_movingRecurrence = -1;
    bool m_placed = false; // the start was put after now, once the office was there
};

} // namespace spil::qml
