// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/personnel/PersonnelRepo.h"

#include "core/checklists/ChecklistRepo.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Sha256.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"

#include <QDateTime>
#include <algorithm>

namespace spil {

namespace {
const QString kPersonnel = QStringLiteral("personnel");
const QString kAbsences = QStringLiteral("absences");
const QString kDetails = QStringLiteral("absence_details");

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString(QLatin1String(""));
}

QDate dateOf(const QVariantMap &r, const char *field)
{
    return QDate::fromString(r.value(QLatin1String(field)).toString(), Qt::ISODate);
}

// A record id made from a text: a UUID of version 8 from its SHA-256.
QString namedId(const QString &name)
{
    Sha256 hash;
    hash.addData(name.toUtf8());
    QString hex = hash.hex().left(32);
    hex[12] = QLatin1Char('8');
    hex[16] = QLatin1Char("89ab"[hex[16].digitValue() & 3]);
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

void validateVisits(const QStringList &visits)
{
    for (const QString &v : visits) {
        if (v.size() != 16 ||
            !QDateTime::fromString(v, QStringLiteral("yyyy-MM-ddTHH:mm")).isValid())
            fail(ErrorKind::BadInput,
                 QStringLiteral("a doctor's visit is a date and time as YYYY-MM-DDTHH:MM, not "
                                "'%1'")
                     .arg(v));
    }
}

bool exists(Database &db, const QString &entity, const QString &id)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(entity), {id}).isValid();
}
} // namespace

QString PersonnelRepo::personnelId(const QString &personId)
{
    return namedId(QStringLiteral("personnel\n%1").arg(personId));
}

QString PersonnelRepo::detailsId(const QString &absenceId)
{
    return namedId(QStringLiteral("absence_details\n%1").arg(absenceId));
}

PersonnelRecord PersonnelRepo::personnelFromRecord(const QVariantMap &r)
{
    return {r.value(QStringLiteral("id")).toString(),
            r.value(QStringLiteral("person_id")).toString(), dateOf(r, "birth_date"),
            dateOf(r, "start_date"), r.value(QStringLiteral("onboarding_run_id")).toString()};
}

Absence PersonnelRepo::absenceFromRecord(const QVariantMap &r)
{
    return {r.value(QStringLiteral("id")).toString(),
            r.value(QStringLiteral("person_id")).toString(), dateOf(r, "from_date"),
            dateOf(r, "until_date"), r.value(QStringLiteral("created_by")).toString()};
}

AbsenceDetails PersonnelRepo::detailsFromRecord(const QVariantMap &r)
{
    return {r.value(QStringLiteral("id")).toString(),
            r.value(QStringLiteral("absence_id")).toString(),
            r.value(QStringLiteral("reason")).toString(),
            r.value(QStringLiteral("doctor_visits")).toStringList()};
}

void PersonnelRepo::requirePerson(const QString &personId)
{
    if (personId.isEmpty() || !PeopleRepo(m_db).byId(personId))
        fail(ErrorKind::NotFound, QStringLiteral("no person %1").arg(personId));
}

void PersonnelRepo::setPersonnel(const QString &personId, const PersonnelChange &change)
{
    requirePerson(personId);
    const QDate today = m_db.clock().now().date();
    if (change.birthDate && change.birthDate->isValid() && *change.birthDate > today)
        fail(ErrorKind::BadInput, QStringLiteral("a birth date cannot lie ahead"));
    QVariantMap fields;
    if (change.birthDate)
        fields.insert(QStringLiteral("birth_date"), dateText(*change.birthDate));
    if (change.startDate)
        fields.insert(QStringLiteral("start_date"), dateText(*change.startDate));
    const QString id = personnelId(personId);
    Database::Transaction tx(m_db);
    const QVariant deleted =
        m_db.scalar(QStringLiteral("SELECT deleted FROM personnel WHERE id = ?"), {id});
    if (!deleted.isValid()) {
        fields.insert(QStringLiteral("id"), id);
        fields.insert(QStringLiteral("person_id"), personId);
        m_db.insert(kPersonnel, fields);
    } else {
        if (deleted.toBool())
            m_db.restore(kPersonnel, id);
        m_db.update(kPersonnel, id, fields);
    }
    tx.commit();
}

std::optional<PersonnelRecord> PersonnelRepo::personnelOf(const QString &personId)
{
    const auto r = m_db.get(kPersonnel, personnelId(personId));
    return r ? std::optional(personnelFromRecord(*r)) : std::nullopt;
}

QList<PersonnelRecord> PersonnelRepo::personnel()
{
    QList<PersonnelRecord> out;
    for (const QVariantMap &r : m_db.liveRecords(kPersonnel, QStringLiteral("ORDER BY id")))
        out << personnelFromRecord(r);
    return out;
}

QString PersonnelRepo::addAbsence(Absence absence, const AbsenceDetails &details)
{
    requirePerson(absence.personId);
    if (!absence.from.isValid())
        fail(ErrorKind::BadInput, QStringLiteral("a sick leave needs its first day"));
    if (!absence.isOpen() && absence.until < absence.from)
        fail(ErrorKind::BadInput, QStringLiteral("a sick leave cannot end before it begins"));
    validateVisits(details.doctorVisits);
    Database::Transaction tx(m_db);
    QVariantMap record{{QStringLiteral("person_id"), absence.personId},
                       {QStringLiteral("from_date"), dateText(absence.from)},
                       {QStringLiteral("until_date"), dateText(absence.until)},
                       {QStringLiteral("created_by"), absence.createdBy}};
    if (!absence.id.isEmpty())
        record.insert(QStringLiteral("id"), absence.id);
    const QString id = m_db.insert(kAbsences, record);
    m_db.insert(kDetails, {{QStringLiteral("id"), detailsId(id)},
                           {QStringLiteral("absence_id"), id},
                           {QStringLiteral("reason"), details.reason.trimmed()},
                           {QStringLiteral("doctor_visits"), details.doctorVisits}});
    tx.commit();
    return id;
}

Absence PersonnelRepo::requireAbsence(const QString &id)
{
    const auto a = absence(id);
    if (!a)
        fail(ErrorKind::NotFound, QStringLiteral("no sick leave %1").arg(id));
    return *a;
}

void PersonnelRepo::endAbsence(const QString &id, const QDate &until)
{
    const Absence a = requireAbsence(id);
    if (!until.isValid() || until < a.from)
        fail(ErrorKind::BadInput,
             QStringLiteral("a sick leave from %1 cannot end on %2")
                 .arg(dateText(a.from), until.isValid() ? dateText(until) : QStringLiteral("?")));
    Database::Transaction tx(m_db);
    m_db.update(kAbsences, id, {{QStringLiteral("until_date"), dateText(until)}});
    tx.commit();
}

void PersonnelRepo::updateDetails(const QString &absenceId, const AbsenceDetailsChange &change)
{
    requireAbsence(absenceId);
    QVariantMap fields;
    if (change.reason)
        fields.insert(QStringLiteral("reason"), change.reason->trimmed());
    if (change.doctorVisits) {
        validateVisits(*change.doctorVisits);
        QStringList visits = *change.doctorVisits;
        visits.sort();
        fields.insert(QStringLiteral("doctor_visits"), visits);
    }
    const QString id = detailsId(absenceId);
    Database::Transaction tx(m_db);
    if (m_db.get(kDetails, id)) {
        m_db.update(kDetails, id, fields);
    } else {
        fields.insert(QStringLiteral("id"), id);
        fields.insert(QStringLiteral("absence_id"), absenceId);
        m_db.insert(kDetails, fields);
    }
    tx.commit();
}

void PersonnelRepo::removeAbsence(const QString &id)
{
    requireAbsence(id);
    Database::Transaction tx(m_db);
    if (m_db.get(kDetails, detailsId(id)))
        m_db.remove(kDetails, detailsId(id));
    m_db.remove(kAbsences, id);
    tx.commit();
}

void PersonnelRepo::restoreAbsence(const QString &id)
{
    Database::Transaction tx(m_db);
    m_db.restore(kAbsences, id);
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM absence_details WHERE id = ? AND deleted = 1"),
                    {detailsId(id)})
            .isValid())
        m_db.restore(kDetails, detailsId(id));
    tx.commit();
}

std::optional<Absence> PersonnelRepo::absence(const QString &id)
{
    const auto r = m_db.get(kAbsences, id);
    return r ? std::optional(absenceFromRecord(*r)) : std::nullopt;
}

QList<Absence> PersonnelRepo::absences()
{
    QList<Absence> out;
    for (const QVariantMap &r :
         m_db.liveRecords(kAbsences, QStringLiteral("ORDER BY from_date DESC, id")))
        out << absenceFromRecord(r);
    return out;
}

QList<Absence> PersonnelRepo::absentOn(const QDate &day)
{
    // Dates are stored as YYYY-MM-DD, so they compare as text; an empty until is open.
    QList<Absence> out;
    for (const QVariantMap &r : m_db.liveRecords(
             kAbsences,
             QStringLiteral("AND from_date <> '' AND from_date <= ? AND (until_date = '' OR "
                            "until_date >= ?) ORDER BY from_date, id"),
             {dateText(day), dateText(day)}))
        out << absenceFromRecord(r);
    return out;
}

std::optional<AbsenceDetails> PersonnelRepo::detailsOf(const QString &absenceId)
{
    const auto r = m_db.get(kDetails, detailsId(absenceId));
    return r ? std::optional(detailsFromRecord(*r)) : std::nullopt;
}

QStringList PersonnelRepo::makeReminderTasks(const QDate &today, const QString &assignee,
                                             const QString &createdBy, const QTimeZone &zone,
                                             const QString &language)
{
    requirePerson(assignee);
    const QList<Reminder> due = remindersDue(personnel(), absences(), today);
    PeopleRepo people(m_db);
    TaskRepo tasks(m_db);
    QStringList made;
    Database::Transaction tx(m_db);
    for (const Reminder &r : due) {
        const QString id = reminderTaskId(r);
        // A reminder struck off or removed stays so: its record, tombstone or not, is there.
        if (exists(m_db, QStringLiteral("tasks"), id))
            continue;
        const auto person = people.byId(r.what.personId);
        Task task;
        task.id = id;
        task.title = reminderTitle(r, person ? person->name : r.what.personId, language);
        task.assignee = assignee;
        task.createdBy = createdBy;
        task.dueUtc = atWallClock(r.due, 9 * 60, zone);
        task.source = TaskSource::Self;
        made << tasks.addWithin(task);
    }
    tx.commit();
    return made;
}

QString PersonnelRepo::startOnboarding(const QString &personId, const QString &templateId,
                                       const QString &tz, const QString &createdBy)
{
    const auto record = personnelOf(personId);
    if (!record || !record->startDate.isValid())
        fail(ErrorKind::Refused, QStringLiteral("an onboarding needs the colleague's start date"));
    ChecklistRepo checklists(m_db);
    if (!record->onboardingRunId.isEmpty() && checklists.runById(record->onboardingRunId))
        fail(ErrorKind::Refused, QStringLiteral("this colleague's onboarding has started already"));
    const auto person = PeopleRepo(m_db).byId(personId);
    const ChecklistTemplate t = checklists.resolveTemplate(templateId);
    Database::Transaction tx(m_db);
    const QString runId = checklists.startRunWithin(
        t.id, QStringLiteral("%1: %2").arg(t.name, person->name), record->startDate, tz, createdBy);
    m_db.update(kPersonnel, record->id, {{QStringLiteral("onboarding_run_id"), runId}});
    tx.commit();
    return runId;
}

} // namespace spil
