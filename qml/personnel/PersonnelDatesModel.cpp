// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/personnel/PersonnelDatesModel.h"

#include "core/checklists/ChecklistRepo.h"
#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/personnel/PersonnelRepo.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <QLocale>

namespace spil::qml {

QString PersonnelDateRow::key() const
{
    return toText(event) + QLatin1Char('/') + personId;
}

PersonnelDatesModel::PersonnelDatesModel(QObject *parent) : RowList(parent) {}

PersonnelDatesModel::PersonnelDatesModel(OfficeStore *office, PeopleDirectory *people,
                                         QObject *parent)
    : PersonnelDatesModel(parent)
{
    link(office, people);
}

void PersonnelDatesModel::setDays(int days)
{
    if (days == m_days)
        return;
    m_days = days;
    Q_EMIT daysChanged();
    reload();
}

void PersonnelDatesModel::reload()
{
    QList<Row> rows;
    readGuarded("PersonnelDatesModel", [&] {
        if (!open() || !keepsPersonnel(people()->me().role))
            return;
        Database &db = *office()->store();
        PersonnelRepo repo(db);
        ChecklistRepo checklists(db);
        const QDate today = dateIn(db.clock().nowMs(), office()->localZone());
        for (const PersonnelDate &date : upcoming(repo.personnel(), today, m_days)) {
            const QString name = people()->nameOf(date.personId);
            bool onboarding = false;
            if (date.event == PersonnelEvent::Start) {
                const auto record = repo.personnelOf(date.personId);
                onboarding = record && !record->onboardingRunId.isEmpty() &&
                             checklists.runById(record->onboardingRunId).has_value();
            }
            rows << Row{date.personId,
                        name,
                        display::initials(name),
                        date.event,
                        display::dayRelative(date.date, today),
                        int(today.daysTo(date.date)),
                        date.years,
                        onboarding};
        }
    });
    setRows(std::move(rows), [](const Row &r) { return r.key(); });
}

int PersonnelDatesModel::makeReminders()
{
    if (!office() || !people() || !keepsPersonnel(people()->me().role))
        return 0;
    const Person &me = people()->me();
    // The reminders are the office manager's work: an admin makes them for her.
    QString assignee = me.id;
    if (me.role != Role::OfficeManager) {
        for (const Person &p : people()->all()) {
            if (p.role == Role::OfficeManager && (assignee == me.id || p.id < assignee))
                assignee = p.id;
        }
    }
    const QTimeZone zone = office()->localZone();
    const QString language =
        QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
    int made = 0;
    office()->act([&](Database &db) {
        made = int(PersonnelRepo(db)
                       .makeReminderTasks(dateIn(db.clock().nowMs(), zone), assignee, me.id, zone,
                                          language)
                       .size());
    });
    return made;
}

bool PersonnelDatesModel::startOnboarding(const QString &personId, const QString &templateId)
{
    if (!office() || !people())
        return false;
    const QString me = people()->me().id;
    const QString tz = office()->localZoneId();
    return office()
        ->act(
            [&](Database &db) { PersonnelRepo(db).startOnboarding(personId, templateId, tz, me); })
        .isEmpty();
}

namespace {
QString dayText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

QString PersonnelDatesModel::birthDateOf(const QString &personId) const
{
    if (!office() || !office()->store())
        return {};
    const auto r = PersonnelRepo(*office()->store()).personnelOf(personId);
    return r ? dayText(r->birthDate) : QString();
}

QString PersonnelDatesModel::startDateOf(const QString &personId) const
{
    if (!office() || !office()->store())
        return {};
    const auto r = PersonnelRepo(*office()->store()).personnelOf(personId);
    return r ? dayText(r->startDate) : QString();
}

QString PersonnelDatesModel::setDates(const QString &personId, const QString &birthDate,
                                      const QString &startDate, const QString &birthWas,
                                      const QString &startWas)
{
    if (!office() || !people())
        return tr("No office is open.");
    if (personId.isEmpty())
        return tr("Choose the colleague.");
    // Empty clears a date (an invalid QDate); anything else must be a day.
    const auto day = [](const QString &text, QDate &out) {
        out = QDate::fromString(text.trimmed(), Qt::ISODate);
        return text.trimmed().isEmpty() || (out.isValid() && text.trimmed().size() == 10);
    };
    QDate birth, start;
    if (!day(birthDate, birth) || !day(startDate, start))
        return tr("Give the dates as year-month-day, e.g. 2027-01-04.");
    // Only what was changed since the form opened is written: a date another device set
    // meanwhile stays.
    PersonnelChange change;
    if (dayText(birth) != birthWas.trimmed())
        change.birthDate = birth;
    if (dayText(start) != startWas.trimmed())
        change.startDate = start;
    if (change == PersonnelChange{})
        return {};
    return office()->act([&](Database &db) { PersonnelRepo(db).setPersonnel(personId, change); });
}

} // namespace spil::qml
