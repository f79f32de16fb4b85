// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/Intervals.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace spil {

class Database;

// "New meeting": who meets, for how long, within which days.
struct MeetingRequest {
    QString title;
    QString owner;         // whose agenda holds it (a person id)
    QStringList attendees; // person ids besides the owner
    int minutes = 60;
    QDate fromDate;
    QDate toDate;
    QTimeZone zone = QTimeZone::utc(); // where the days are read, and the meeting planned
    QString location;
    bool confidential = false;
    QString createdBy;
};

// Finds the times all of a meeting's people are free (AgendaRules::freeSlots over the owner
// and the attendees) and books the meeting for all of them at one of those times.
class MeetingPlanner {
public:
    explicit MeetingPlanner(Database &db) : m_db(db) {}

    QList<Interval> slots(const MeetingRequest &request);
    // The meeting at startUtc, for request.minutes, in one user action; refused (Error
    // Refused) unless that time lies within one of slots(request).
    QString book(const MeetingRequest &request, qint64 startUtc);

private:
    Database &m_db;
};

} // namespace spil
