// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reception/Visitor.h"

#include <QDate>
#include <QTimeZone>
#include <QVariantMap>

namespace spil {

class Database;

// The reception's visitors and the office's retention of their names. Every write is one
// user action (one mutation).
class ReceptionRepo {
public:
    explicit ReceptionRepo(Database &db) : m_db(db) {}

    // A visitor entered by hand (a walk-in): a name, a host who is a person of the office,
    // an expected time. Returns its id.
    QString add(Visitor visitor);
    // The day's list in zone: the outside attendees of the day's appointments (cancelled
    // ones left out) merged with the visitor records of the day (mergeDay); rows past the
    // office's retention (nameForgotten) without name or organisation.
    QList<ExpectedVisitor> day(const QDate &date, const QTimeZone &zone);
    // Checking in is an intent: the row's record gets when and by whom, made first (under
    // the row's id) for an appointment's attendee; a visitor checked in already keeps the
    // first time. Returns the record's id.
    QString checkIn(const ExpectedVisitor &row, const QString &by);
    // The app's undo: the visitor is expected again.
    void undoCheckIn(const QString &id);
    std::optional<Visitor> visitor(const QString &id);
    // The live visitor records, expected first.
    QList<Visitor> visitors();

    // How many days after their visit the office keeps visitor names (an office setting,
    // synced: the server removes the names once they passed it).
    int retentionDays();
    void setRetentionDays(int days);
    static QString settingsId();

    static Visitor fromRecord(const QVariantMap &record);

private:
    Database &m_db;
};

} // namespace spil
