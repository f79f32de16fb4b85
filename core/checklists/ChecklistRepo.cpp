// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklists/ChecklistRepo.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/personnel/PersonnelRepo.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"

#include <QMap>
#include <algorithm>

namespace spil {

namespace {
const QString kTemplates = QStringLiteral("checklist_templates");
const QString kTemplateItems = QStringLiteral("checklist_template_items");
const QString kRuns = QStringLiteral("checklist_runs");
const QString kItems = QStringLiteral("checklist_items");
const QString kIncidents = QStringLiteral("checklist_incidents");

qint64 optionalTime(const QVariant &v)
{
    return v.isValid() ? v.toLongLong() : -1;
}

ChecklistItem itemFromRecord(const QVariantMap &r)
{
    ChecklistItem i;
    i.id = r.value(QStringLiteral("id")).toString();
    i.runId = r.value(QStringLiteral("run_id")).toString();
    i.phase = r.value(QStringLiteral("phase")).toString();
    i.phaseOrder = r.value(QStringLiteral("phase_order")).toInt();
    i.position = r.value(QStringLiteral("position")).toInt();
    i.title = r.value(QStringLiteral("title")).toString();
    i.responsible = r.value(QStringLiteral("responsible")).toString();
    i.dueUtc = optionalTime(r.value(QStringLiteral("due_utc")));
    // A word this version does not know (a newer device's) counts as not done yet.
    i.status = fromText<ChecklistItemStatus>(r.value(QStringLiteral("status")).toString())
                   .value_or(ChecklistItemStatus::Open);
    i.notes = r.value(QStringLiteral("notes")).toString();
    i.doneBy = r.value(QStringLiteral("done_by")).toString();
    i.doneAt = optionalTime(r.value(QStringLiteral("done_at")));
    return i;
}

ChecklistRun runFromRecord(const QVariantMap &r)
{
    ChecklistRun run;
    run.id = r.value(QStringLiteral("id")).toString();
    run.templateId = r.value(QStringLiteral("template_id")).toString();
    run.title = r.value(QStringLiteral("title")).toString();
    run.dayUtc = r.value(QStringLiteral("day_utc")).toLongLong();
    run.tz = r.value(QStringLiteral("tz")).toString();
    run.createdBy = r.value(QStringLiteral("created_by")).toString();
    run.createdAt = r.value(QStringLiteral("created_at")).toLongLong();
    return run;
}

} // namespace

QString ChecklistRepo::addTemplate(const ChecklistTemplate &t)
{
    if (t.name.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a checklist template needs a name"));
    for (const TemplateItem &item : t.items) {
        if (item.title.trimmed().isEmpty() || item.phase.trimmed().isEmpty())
            fail(ErrorKind::BadInput,
                 QStringLiteral("every checklist item needs a phase and a title"));
    }
    Database::Transaction tx(m_db);
    const QString id = m_db.insert(kTemplates, {{QStringLiteral("name"), t.name},
                                                {QStringLiteral("description"), t.description}});
    for (const TemplateItem &item : t.items) {
        m_db.insert(kTemplateItems, {{QStringLiteral("template_id"), id},
                                     {QStringLiteral("phase"), item.phase},
                                     {QStringLiteral("phase_order"), item.phaseOrder},
                                     {QStringLiteral("position"), item.position},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("responsible"), item.responsible},
                                     {QStringLiteral("due_offset_min"), item.dueOffsetMin}});
    }
    tx.commit();
    return id;
}

QList<TemplateItem> ChecklistRepo::templateItems(const QString &templateId)
{
    QList<TemplateItem> out;
    for (const QVariantMap &r :
         m_db.liveRecords(kTemplateItems, QStringLiteral("AND template_id = ?"), {templateId})) {
        TemplateItem i;
        i.id = r.value(QStringLiteral("id")).toString();
        i.phase = r.value(QStringLiteral("phase")).toString();
        i.phaseOrder = r.value(QStringLiteral("phase_order")).toInt();
        i.position = r.value(QStringLiteral("position")).toInt();
        i.title = r.value(QStringLiteral("title")).toString();
        i.responsible = r.value(QStringLiteral("responsible")).toString();
        i.dueOffsetMin = r.value(QStringLiteral("due_offset_min")).toInt();
        out << i;
    }
    std::sort(out.begin(), out.end(), [](const TemplateItem &a, const TemplateItem &b) {
        return std::tie(a.phaseOrder, a.position) < std::tie(b.phaseOrder, b.position);
    });
    return out;
}

QList<ChecklistTemplate> ChecklistRepo::templates()
{
    QList<ChecklistTemplate> out;
    for (const QVariantMap &r : m_db.liveRecords(kTemplates, QStringLiteral("ORDER BY name"), {})) {
        ChecklistTemplate t;
        t.id = r.value(QStringLiteral("id")).toString();
        t.name = r.value(QStringLiteral("name")).toString();
        t.description = r.value(QStringLiteral("description")).toString();
        t.items = templateItems(t.id);
        out << t;
    }
    return out;
}

ChecklistTemplate ChecklistRepo::resolveTemplate(const QString &ref)
{
    QList<ChecklistTemplate> matches;
    for (const ChecklistTemplate &t : templates()) {
        if (t.id == ref)
            return t;
        if (t.name.compare(ref, Qt::CaseInsensitive) == 0 ||
            (ref.size() >= 4 && (t.id.startsWith(ref) || t.id.endsWith(ref))))
            matches << t;
    }
    if (matches.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no checklist template '%1'").arg(ref));
    if (matches.size() > 1)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' names more than one template").arg(ref));
    return matches.first();
}

QString ChecklistRepo::startRun(const QString &templateId, const QString &title, const QDate &date,
                                const QString &tz, const QString &createdBy)
{
    Database::Transaction tx(m_db);
    const QString runId = startRunWithin(templateId, title, date, tz, createdBy);
    tx.commit();
    return runId;
}

QString ChecklistRepo::startRunWithin(const QString &templateId, const QString &title,
                                      const QDate &date, const QString &tz,
                                      const QString &createdBy)
{
    const ChecklistTemplate t = resolveTemplate(templateId);
    const QTimeZone zone = zoneOrFail(tz);
    const qint64 day = startOfDay(date, zone);
    const QString runId =
        m_db.insert(kRuns, {{QStringLiteral("template_id"), t.id},
                            {QStringLiteral("title"), title.isEmpty() ? t.name : title},
                            {QStringLiteral("day_utc"), day},
                            {QStringLiteral("tz"), tz},
                            {QStringLiteral("created_by"), createdBy},
                            {QStringLiteral("created_at"), m_db.clock().nowMs()}});
    const QList<qint64> due = dueTimes(t, date, zone);
    for (qsizetype i = 0; i < t.items.size(); ++i) {
        const TemplateItem &item = t.items.at(i);
        m_db.insert(kItems, {{QStringLiteral("run_id"), runId},
                             {QStringLiteral("phase"), item.phase},
                             {QStringLiteral("phase_order"), item.phaseOrder},
                             {QStringLiteral("position"), item.position},
                             {QStringLiteral("title"), item.title},
                             {QStringLiteral("responsible"), item.responsible},
                             {QStringLiteral("due_utc"), due.at(i)}});
    }
    return runId;
}

QList<qint64> ChecklistRepo::dueTimes(const ChecklistTemplate &checklistTemplate, const QDate &date,
                                      const QTimeZone &zone)
{
    constexpr int minutesPerDay = 24 * 60;
    QList<qint64> out;
    for (const TemplateItem &item : checklistTemplate.items) {
        // The day first, then the clock time on it: 09:00 stays 09:00 on a day the clocks
        // change (always a Sunday), and "two weeks before" lands on the same clock time.
        // Floor division: -1 minute is 23:59 the day before.
        const int offset = item.dueOffsetMin;
        const int days = offset / minutesPerDay - (offset % minutesPerDay < 0 ? 1 : 0);
        const int minute = offset - days * minutesPerDay;
        QDate day = date.addDays(days);
        const int away = day < date ? -1 : 1;
        while (day != date && day.dayOfWeek() > Qt::Friday)
            day = day.addDays(away);
        out << atWallClock(day, minute, zone);
    }
    return out;
}

QList<ChecklistRun> ChecklistRepo::runs()
{
    QList<ChecklistRun> out;
    for (const QVariantMap &r : m_db.liveRecords(kRuns, QStringLiteral("ORDER BY day_utc"), {}))
        out << runFromRecord(r);
    return out;
}

std::optional<ChecklistRun> ChecklistRepo::runById(const QString &id)
{
    const auto r = m_db.get(kRuns, id);
    if (!r)
        return std::nullopt;
    return runFromRecord(*r);
}

QList<ChecklistItem> ChecklistRepo::items(const QString &runId)
{
    QList<ChecklistItem> out;
    for (const QVariantMap &r : m_db.liveRecords(kItems, QStringLiteral("AND run_id = ?"), {runId}))
        out << itemFromRecord(r);
    std::sort(out.begin(), out.end(), [](const ChecklistItem &a, const ChecklistItem &b) {
        return std::tie(a.phaseOrder, a.position, a.id) < std::tie(b.phaseOrder, b.position, b.id);
    });
    return out;
}

std::optional<ChecklistItem> ChecklistRepo::itemById(const QString &id)
{
    const auto r = m_db.get(kItems, id);
    if (!r)
        return std::nullopt;
    return itemFromRecord(*r);
}

void ChecklistRepo::tick(const QString &itemId, const QString &by)
{
    const auto item = itemById(itemId);
    if (!item)
        fail(ErrorKind::NotFound, QStringLiteral("no checklist item %1").arg(itemId));
    if (item->status == ChecklistItemStatus::Done)
        return;
    Database::Transaction tx(m_db);
    m_db.update(kItems, itemId,
                {{QStringLiteral("status"), toText(ChecklistItemStatus::Done)},
                 {QStringLiteral("done_by"), by},
                 {QStringLiteral("done_at"), m_db.clock().nowMs()}});
    tx.commit();
}

void ChecklistRepo::handTo(const QString &itemId, const QString &personId)
{
    const auto item = itemById(itemId);
    if (!item)
        fail(ErrorKind::NotFound, QStringLiteral("no checklist item %1").arg(itemId));
    if (item->status == ChecklistItemStatus::Done)
        fail(ErrorKind::Refused, QStringLiteral("'%1' is done already").arg(item->title));
    if (!personId.isEmpty() && !PeopleRepo(m_db).byId(personId))
        fail(ErrorKind::BadInput, QStringLiteral("no person %1 in the office").arg(personId));
    if (item->responsible == personId)
        return;
    Database::Transaction tx(m_db);
    m_db.update(kItems, itemId, {{QStringLiteral("responsible"), personId}});
    tx.commit();
}

QSet<QString> ChecklistRepo::itemsOfAbsent(const ChecklistRun &run,
                                           const QList<ChecklistItem> &items, const QDate &today)
{
    QSet<QString> out;
    const QList<Absence> absences = PersonnelRepo(m_db).absences();
    const QTimeZone zone = zoneOrFail(run.tz);
    for (const ChecklistItem &item : items) {
        if (item.status == ChecklistItemStatus::Done || item.responsible.isEmpty())
            continue;
        const QDate day =
            std::max(today, dateIn(item.dueUtc >= 0 ? item.dueUtc : run.dayUtc, zone));
        if (std::any_of(absences.begin(), absences.end(), [&](const Absence &a) {
                return a.personId == item.responsible && isAbsentOn(a, day);
            }))
            out.insert(item.id);
    }
    return out;
}

void ChecklistRepo::untick(const QString &itemId)
{
    if (!itemById(itemId))
        fail(ErrorKind::NotFound, QStringLiteral("no checklist item %1").arg(itemId));
    Database::Transaction tx(m_db);
    m_db.update(kItems, itemId,
                {{QStringLiteral("status"), toText(ChecklistItemStatus::Open)},
                 {QStringLiteral("done_by"), QString()},
                 {QStringLiteral("done_at"), QVariant()}});
    tx.commit();
}

void ChecklistRepo::setNotes(const QString &itemId, const QString &notes)
{
    Database::Transaction tx(m_db);
    m_db.update(kItems, itemId, {{QStringLiteral("notes"), notes}});
    tx.commit();
}

QString ChecklistRepo::addIncident(const QString &runId, const QString &text, const QString &by)
{
    if (!runById(runId))
        fail(ErrorKind::NotFound, QStringLiteral("no checklist run %1").arg(runId));
    if (text.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("an incident needs a description"));
    Database::Transaction tx(m_db);
    const QString id = m_db.insert(kIncidents, {{QStringLiteral("run_id"), runId},
                                                {QStringLiteral("at_utc"), m_db.clock().nowMs()},
                                                {QStringLiteral("text"), text},
                                                {QStringLiteral("reported_by"), by}});
    tx.commit();
    return id;
}

QList<Incident> ChecklistRepo::incidents(const QString &runId)
{
    QList<Incident> out;
    for (const QVariantMap &r :
         m_db.liveRecords(kIncidents, QStringLiteral("AND run_id = ? ORDER BY at_utc"), {runId})) {
        out << Incident{r.value(QStringLiteral("id")).toString(), runId,
                        r.value(QStringLiteral("at_utc")).toLongLong(),
                        r.value(QStringLiteral("text")).toString(),
                        r.value(QStringLiteral("reported_by")).toString()};
    }
    return out;
}

Progress ChecklistRepo::progress(const QString &runId)
{
    if (!runById(runId))
        fail(ErrorKind::NotFound, QStringLiteral("no checklist run %1").arg(runId));
    Progress p;
    QMap<QString, ProgressCount> people;
    for (const ChecklistItem &item : items(runId)) {
        const bool done = item.status == ChecklistItemStatus::Done;
        if (p.phases.isEmpty() || p.phases.last().key != item.phase)
            p.phases << ProgressCount{item.phase, 0, 0};
        for (ProgressCount *c : {&p.overall, &p.phases.last(), &people[item.responsible]}) {
            ++c->total;
            c->done += done ? 1 : 0;
        }
    }
    for (auto it = people.begin(); it != people.end(); ++it) {
        it->key = it.key();
        p.people << it.value();
    }
    return p;
}

} // namespace spil
