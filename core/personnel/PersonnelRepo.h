// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/personnel/Personnel.h"

#include <QList>
#include <QTimeZone>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// What one edit of a person's personnel data changes; a field left empty stays as it is,
// an invalid date clears it.
struct PersonnelChange {
    std::optional<QDate> birthDate = std::nullopt;
    std::optional<QDate> startDate = std::nullopt;
    bool operator==(const PersonnelChange &) const = default;
};

// What one edit of a sick leave's details changes.
struct AbsenceDetailsChange {
    std::optional<QString> reason = std::nullopt;
    std::optional<QStringList> doctorVisits = std::nullopt;
    bool operator==(const AbsenceDetailsChange &) const = default;
};

// Personnel data, sick leaves and the reminders they bring. Every write is one user action
// (one mutation).
class PersonnelRepo {
public:
    explicit PersonnelRepo(Database &db) : m_db(db) {}

    // A person's birth and start dates, in the one record their id makes (personnelId), so
    // two devices entering them offline meet in one record.
    void setPersonnel(const QString &personId, const PersonnelChange &change);
    std::optional<PersonnelRecord> personnelOf(const QString &personId);
    QList<PersonnelRecord> personnel();
    static QString personnelId(const QString &personId);

    // A sick leave with its details, in one action. Validates: a person of the office, a
    // from date, an until date not before it; each doctor's visit as YYYY-MM-DDTHH:MM.
    QString addAbsence(Absence absence, const AbsenceDetails &details = {});
    // The leave ends: until is its last day absent (not before its first).
    void endAbsence(const QString &id, const QDate &until);
    void updateDetails(const QString &absenceId, const AbsenceDetailsChange &change);
    // The leave and its details go, and come back with restoreAbsence (the app's undo).
    void removeAbsence(const QString &id);
    void restoreAbsence(const QString &id);
    std::optional<Absence> absence(const QString &id);
    // Live leaves, latest first.
    QList<Absence> absences();
    // The leaves covering day, by the person's name order of their ids' leaves' start.
    QList<Absence> absentOn(const QDate &day);
    // Only on a device that may read them (an office manager's or an admin's).
    std::optional<AbsenceDetails> detailsOf(const QString &absenceId);
    static QString detailsId(const QString &absenceId);

    // Makes the office manager's tasks for the reminders due today (remindersDue) that no
    // task stands for yet, removed or struck off ones included, in one action; returns their
    // ids. Due at 09:00 in zone of their day; titled in language ("nl" or "en").
    QStringList makeReminderTasks(const QDate &today, const QString &assignee,
                                  const QString &createdBy, const QTimeZone &zone,
                                  const QString &language);

    // A new colleague's onboarding: a checklist run from templateId on their start date,
    // noted on their personnel record, in one action. Refused without a start date, and
    // while a run stands for them already.
    QString startOnboarding(const QString &personId, const QString &templateId, const QString &tz,
                            const QString &createdBy);

    static PersonnelRecord personnelFromRecord(const QVariantMap &record);
    static Absence absenceFromRecord(const QVariantMap &record);
    static AbsenceDetails detailsFromRecord(const QVariantMap &record);

private:
    Absence requireAbsence(const QString &id);
    void requirePerson(const QString &personId);
    Database &m_db;
};

} // namespace spil
