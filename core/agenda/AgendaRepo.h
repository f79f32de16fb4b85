// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/Appointment.h"

#include <QList>
#include <QTimeZone>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// What AgendaRepo::changeOccurrence() replaced, so that undoChange() puts it back.
struct OccurrenceChange {
    QString entity; // appointments, or appointment_exceptions for one of a series
    QString id;
    bool created = false; // a new exception: undoing removes it
    QVariantMap before;   // the changed fields as they were
};

// The agenda's records and the timeline built from them. Rules that judge a timeline
// (conflicts, prep time, free slots) live beside it in AgendaRules.
class AgendaRepo {
public:
    explicit AgendaRepo(Database &db) : m_db(db) {}

    // Validates and stores; refuses (Error Refused, with the reason) a booking into a
    // principal's protected prep time unless force is set.
    QString add(const Appointment &appointment, bool force = false);
    void update(const QString &id, const QVariantMap &fields, bool force = false);
    void remove(const QString &id);
    std::optional<Appointment> byId(const QString &id);

    // One instance of a series: cancel it (returns the exception's id, which
    // restoreInstance() takes to undo it), or move it to another time.
    QString cancelInstance(const QString &seriesId, qint64 originalStartUtc);
    void restoreInstance(const QString &exceptionId);
    void moveInstance(const QString &seriesId, qint64 originalStartUtc, qint64 newStartUtc,
                      qint64 newEndUtc);

    // Changes one occurrence as the app edits it: a one-off appointment itself, or only
    // this instance of a series (an exception keyed by its original start, which takes
    // title, location and times; notes and confidentiality belong to the whole series).
    // fields: title, location, notes, confidential, start_utc, end_utc. A new time that
    // double-books the owner or falls in protected prep time is refused (Error Refused,
    // with the reason) unless force is set.
    OccurrenceChange changeOccurrence(const QString &id, qint64 originalStartUtc,
                                      const QVariantMap &fields, bool force = false);
    void undoChange(const OccurrenceChange &change);

    // The timeline of a person (owner or attendee) overlapping [fromUtc, toUtc), sorted by
    // start. All-day items are placed on their dates in viewZone.
    QList<Occurrence> occurrences(const QString &personId, qint64 fromUtc, qint64 toUtc,
                                  const QTimeZone &viewZone);
    // The same for everyone in the store.
    QList<Occurrence> allOccurrences(qint64 fromUtc, qint64 toUtc, const QTimeZone &viewZone);

    static Appointment fromRecord(const QVariantMap &record);
    static QVariantMap toRecord(const Appointment &appointment);
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
