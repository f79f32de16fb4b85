// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"
#include "core/people/Person.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace spil {

// What the office manager keeps a calendar of for her colleagues; QML reads them as
// Personnel.Birthday, Personnel.Anniversary, ...
struct PersonnelEnums {
    Q_GADGET
public:
    // Birthday and Anniversary (years since the start date) come back every year; Start is
    // a new colleague's first day; Absence is a sick leave that passed a week.
    enum class Event { Birthday, Anniversary, Start, Absence };
    Q_ENUM(Event)
};
using PersonnelEvent = PersonnelEnums::Event;

inline constexpr EnumText<PersonnelEvent> personnelEventTexts[] = {
    {PersonnelEvent::Birthday, "birthday"},
    {PersonnelEvent::Anniversary, "anniversary"},
    {PersonnelEvent::Start, "start"},
    {PersonnelEvent::Absence, "absence"}};
template <>
inline constexpr std::span<const EnumText<PersonnelEvent>> enumTexts<PersonnelEvent>{
    personnelEventTexts};

// A person's personnel data: one record per person, read by office managers and admins
// only (a birth year is nobody else's business).
struct PersonnelRecord {
    QString id = {};
    QString personId = {};
    QDate birthDate = {}; // invalid: not known
    QDate startDate = {}; // the first working day; invalid: not known
    QString onboardingRunId = {};
};

// A sick leave as every colleague may see it: who, from and until. Until is the last day
// absent, inclusive; invalid while nobody knows when it ends.
struct Absence {
    QString id = {};
    QString personId = {};
    QDate from = {};
    QDate until = {};
    QString createdBy = {};
    bool isOpen() const { return !until.isValid(); }
};

// What stays with the office manager: the reason and the company doctor's visits, as the
// wall clock reads them ("2026-12-03T10:00").
struct AbsenceDetails {
    QString id = {};
    QString absenceId = {};
    QString reason = {};
    QStringList doctorVisits = {};
};

// An event on the office manager's calendar: a birthday, an anniversary of years, a start.
struct PersonnelDate {
    PersonnelEvent event = PersonnelEvent::Birthday;
    QString personId = {};
    QDate date = {};
    int years = 0; // the age or the years of service; 0 for a start
    bool operator==(const PersonnelDate &) const = default;
};

// A reminder to become the office manager's task (flowers, a card). Its key names the
// event once, so every device that finds it due makes the same task (reminderTaskId).
struct Reminder {
    PersonnelDate what = {};
    QString subjectId = {}; // the absence, for a sick leave; else the person
    QDate due = {};
    QString key() const;
};

// How many days ahead a birthday, anniversary or start becomes a reminder, and how long
// a sick leave runs before one.
inline constexpr int kReminderLeadDays = 7;
inline constexpr int kAbsenceReminderDays = 7;

// The day a date's day and month fall on in year: 29 February is kept on 28 February in a
// year without one.
QDate sameDayIn(const QDate &date, int year);
// The first birthday on or after today, with the age it brings.
std::optional<PersonnelDate> nextBirthday(const PersonnelRecord &record, const QDate &today);
// The first anniversary of the start date on or after today, at least one year after it.
std::optional<PersonnelDate> nextAnniversary(const PersonnelRecord &record, const QDate &today);
// Birthdays, anniversaries and starts from today through today + days, by date, then by
// birthday, anniversary, start.
QList<PersonnelDate> upcoming(const QList<PersonnelRecord> &records, const QDate &today, int days);
bool isAbsentOn(const Absence &absence, const QDate &day);
// The reminders due today: birthdays, anniversaries and starts within kReminderLeadDays
// (due the day before, or today), and sick leaves that are running and began at least
// kAbsenceReminderDays ago (due today).
QList<Reminder> remindersDue(const QList<PersonnelRecord> &records, const QList<Absence> &absences,
                             const QDate &today);
// The task id of a reminder: a UUID of version 8 made from its key, so two devices that
// find one reminder due offline meet in one record and neither makes it twice.
QString reminderTaskId(const Reminder &reminder);
// A task's words for a reminder, Dutch ("nl") or English, naming the person only: never a
// reason, since a task travels to whoever it is handed on to.
QString reminderTitle(const Reminder &reminder, const QString &name, const QString &language);

// Who keeps personnel matters: office managers and admins (the server holds to the same).
inline bool keepsPersonnel(Role role)
{
    return role == Role::OfficeManager || role == Role::Admin;
}

} // namespace spil
