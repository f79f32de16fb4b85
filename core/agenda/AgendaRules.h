// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/Appointment.h"
#include "core/agenda/Intervals.h"

#include <QDate>
#include <QList>
#include <QTimeZone>
#include <optional>

namespace spil {

class AgendaRepo;
class Database;
struct Person;

// Overlap: two busy appointments of one person at the same time (recurring instances
// included); PrepTime: a busy appointment inside the protected prep time before a presentation.
struct Conflict {
    ConflictType type = ConflictType::Overlap;
    Occurrence first;  // for PrepTime: the presentation
    Occurrence second; // for PrepTime: what intrudes
    Interval overlap;
};

// The protected prep time of a principal before one presentation.
struct PrepWindow {
    Occurrence presentation;
    Interval span;
};

class AgendaRules {
public:
    AgendaRules(Database &db, AgendaRepo &agenda) : m_db(db), m_agenda(agenda) {}

    // The agenda of one day in zone: from that day's midnight to the next (23 or 25 hours
    // on DST days), so a travelling director reads their day where they are.
    QList<Occurrence> day(const QString &personId, const QDate &date, const QTimeZone &zone);

    QList<Conflict> conflicts(const QString &personId, qint64 fromUtc, qint64 toUtc);
    QList<PrepWindow> prepWindows(const Person &principal, qint64 fromUtc, qint64 toUtc);

    // Why candidate may not be booked (empty when it may): it falls in the protected prep
    // time of a principal it involves. Prep blocks and presentations are never refused.
    QString prepTimeRefusal(const Appointment &candidate);

    // The first busy occurrence of candidate's owner that overlaps candidate, other than
    // candidate itself (the same appointment and, for one of a series, the same instance).
    std::optional<Occurrence> doubleBooking(const Occurrence &candidate);

    // Spans of at least minutes where every one of people is within working hours (each in
    // their own zone), not busy and not in protected prep time, between the starts of
    // fromDate and the end of toDate in zone, and not in the past. The occurrence being
    // moved (moving: its appointment id and recurrence id) does not count as busy.
    QList<Interval> freeSlots(const QStringList &personIds, const QDate &fromDate,
                              const QDate &toDate, int minutes, const QTimeZone &zone,
                              const std::optional<Occurrence> &moving = std::nullopt);

    // The spans of window within person's working hours (their zone and working days).
    QList<Interval> workingHours(const Person &person, const Interval &window);

private:
    Database &m_db;
    AgendaRepo &m_agenda;
};

} // namespace spil
