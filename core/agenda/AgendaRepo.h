// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/Appointment.h"

#include <QList>
#include <QTimeZone>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// A change to an appointment: only the fields set are written, each a change of its own on
// every device (a field set to the value it has already is not sent at all). Written with
// designated initializers: update(id, {.status = AppointmentStatus::Cancelled}).
struct AppointmentEdit {
    std::optional<QString> title = {};
    std::optional<QString> location = {};
    std::optional<QString> notes = {};
    std::optional<bool> confidential = {};
    std::optional<qint64> startUtc = {};
    std::optional<qint64> endUtc = {};
    std::optional<AppointmentStatus> status = {};
    // What an import from another calendar changes besides (the app does not edit these).
    std::optional<AppointmentKind> kind = {};
    std::optional<AppointmentPriority> priority = {};
    std::optional<QString> tz = {};
    std::optional<bool> allDay = {};
    std::optional<QStringList> attendees = {};
    std::optional<QString> rrule = {};
    // The contact it is with (empty: none); the whole series for one of a series.
    std::optional<QString> contactId = {};

    bool isEmpty() const
    {
        return !title && !location && !notes && !confidential && !startUtc && !endUtc && !status &&
               !kind && !priority && !tz && !allDay && !attendees && !rrule && !contactId;
    }
};

// What AgendaRepo::changeOccurrence() replaced, so that undoChange() puts it back.
struct OccurrenceChange {
    QString entity; // appointments, or appointment_exceptions for one of a series
    QString id;
    bool created = false; // a new exception: undoing removes it
    QVariantMap before;   // the changed fields as they were
};

// A bump as it is applied: the new appointment, and each appointment moved for it to its
// new time.
struct BumpMoveTo {
    QString appointmentId;
    qint64 startUtc = 0;
    qint64 endUtc = 0;
};
struct Bump {
    Appointment booking;
    QList<BumpMoveTo> moves;
};

// What applyBump() changed, so that undoBump() puts it all back.
struct BumpUndo {
    QString bookingId;
    QList<OccurrenceChange> moved;
};

// The agenda's records and the timeline built from them. Rules that judge a timeline
// (conflicts, prep time, free slots) live beside it in AgendaRules.
class AgendaRepo {
public:
    explicit AgendaRepo(Database &db) : m_db(db) {}

    // Validates and stores; refuses (Error Refused, with the reason) a booking into a
    // principal's protected prep time unless force is set.
    QString add(const Appointment &appointment, bool force = false);
    void update(const QString &id, const AppointmentEdit &edit, bool force = false);
    // The same inside a user action the caller holds open (a meeting made confidential by
    // an import quiets its tasks in the same action).
    void updateWithin(const QString &id, const AppointmentEdit &edit, bool force = false);
    // Cancelling frees time, so it is never refused; the status it had is returned for
    // restore() to put back.
    AppointmentStatus cancel(const QString &id);
    void restore(const QString &id, AppointmentStatus status);
    void remove(const QString &id);
    std::optional<Appointment> byId(const QString &id);
    // The appointment of owner's agenda an iCalendar UID names: the one imported with it,
    // or (for a file Spil exported) the one whose id it is.
    std::optional<Appointment> byIcalUid(const QString &owner, const QString &uid);
    // The records (not the timeline) of a person's agenda: what they own or attend, series
    // as one record each, oldest first.
    QList<Appointment> appointmentsOf(const QString &personId);
    // The instances of a series that differ from its rule, by original start.
    QList<InstanceChange> instanceChanges(const QString &seriesId);

    // One instance of a series: cancel it (returns the exception's id, which
    // restoreInstance() takes to undo it), or move it to another time.
    QString cancelInstance(const QString &seriesId, qint64 originalStartUtc);
    void restoreInstance(const QString &exceptionId);
    void moveInstance(const QString &seriesId, qint64 originalStartUtc, qint64 newStartUtc,
                      qint64 newEndUtc);

    // Changes one occurrence as the app edits it: a one-off appointment itself, or only
    // this instance of a series (an exception keyed by its original start, which takes
    // title, location and times; notes and confidentiality belong to the whole series).
    // Its status is not changed here (cancel() does that). A new time that double-books the
    // owner or falls in protected prep time is refused (Error Refused, with the reason)
    // unless force is set.
    OccurrenceChange changeOccurrence(const QString &id, qint64 originalStartUtc,
                                      const AppointmentEdit &edit, bool force = false);
    // The same inside a user action the caller holds open (a meeting made confidential
    // quiets its tasks in the same action).
    OccurrenceChange changeOccurrenceWithin(const QString &id, qint64 originalStartUtc,
                                            const AppointmentEdit &edit, bool force = false);
    void undoChange(const OccurrenceChange &change);

    // Makes room for a more important appointment in one user action (one transaction, one
    // sync mutation, all or nothing on every device): moves each appointment to its new
    // time, marking it bumped (when, for the booking, by the booking's creator, from which
    // start), and books the new appointment. Refused (Error Refused, with the reason, and
    // nothing written) unless force is set when, after the moves, the booking or a moved
    // appointment double-books its owner or falls in prep time; only one-off appointments
    // of the booking's owner are moved (BadInput otherwise).
    BumpUndo applyBump(const Bump &bump, bool force = false);
    // The same inside a user action the caller holds open, which other writes join (a
    // request booked in the room made).
    BumpUndo applyBumpWithin(const Bump &bump, bool force = false);
    // Puts everything back in one user action: the moved appointments at their times and no
    // longer bumped, the booking removed.
    void undoBump(const BumpUndo &undo);
    void undoBumpWithin(const BumpUndo &undo);
    // The undo of the bump that booked bookingId, read from the store (for a device that no
    // longer holds what applyBump() returned, as spilctl): every appointment bumped for it
    // goes back to the start it had, keeping its length, and is no longer bumped.
    BumpUndo undoFor(const QString &bookingId);
    // The appointments of personId's agenda (owned or attended) bumped in [fromUtc, toUtc),
    // most recent bump first.
    QList<Appointment> bumpedBetween(const QString &personId, qint64 fromUtc, qint64 toUtc);

    // The timeline of a person (owner or attendee) overlapping [fromUtc, toUtc), sorted by
    // start. All-day items are placed on their dates in viewZone.
    QList<Occurrence> occurrences(const QString &personId, qint64 fromUtc, qint64 toUtc,
                                  const QTimeZone &viewZone);
    // The same for everyone in the store.
    QList<Occurrence> allOccurrences(qint64 fromUtc, qint64 toUtc, const QTimeZone &viewZone);

    static Appointment fromRecord(const QVariantMap &record);
    static QVariantMap toRecord(const Appointment &appointment);
    static InstanceChange instanceFromRecord(const QVariantMap &record);
    // The store's fields of the edit: its columns and their values.
    static QVariantMap toRecord(const AppointmentEdit &edit);
    static void validate(const Appointment &appointment);

private:
    QList<Occurrence> collect(const QString &personId, qint64 fromUtc, qint64 toUtc,
                              const QTimeZone &viewZone);
    void expandSeries(const Appointment &series, qint64 fromUtc, qint64 toUtc,
                      const QTimeZone &viewZone, QList<Occurrence> *out);
    void checkPrepTime(const Appointment &candidate, bool force);
    void checkNewTime(const Occurrence &candidate, bool force);
    Database &m_db;
};

} // namespace spil
