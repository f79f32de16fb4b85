#pragma once

#include "agenda/Appointment.h"

#include <QList>
#include <QTimeZone>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

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
    Database &m_db;
};

} // namespace spil
