// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/MeetingRepo.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/documents/DocumentRepo.h"
#include "core/meetings/MeetingRecords.h"
#include "core/meetings/MeetingTasks.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"

#include <algorithm>
#include <limits>

namespace spil {

using namespace meetings;

namespace {
void validate(const MeetingItem &item)
{
    if (item.title.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("an agenda item needs a title"));
    if (item.minutesAllotted < 0)
        fail(ErrorKind::BadInput, QStringLiteral("an agenda item's minutes cannot be negative"));
}

QVariantMap columnsOf(const MeetingItemChange &change)
{
    QVariantMap fields;
    if (change.title)
        fields.insert(QStringLiteral("title"), *change.title);
    if (change.presenter)
        fields.insert(QStringLiteral("presenter"), *change.presenter);
    if (change.minutesAllotted)
        fields.insert(QStringLiteral("minutes_allotted"), *change.minutesAllotted);
    if (change.position)
        fields.insert(QStringLiteral("position"), *change.position);
    if (change.closedTo)
        fields.insert(QStringLiteral("closed_to"), *change.closedTo);
    return fields;
}

} // namespace

MeetingItem MeetingRepo::itemFromRecord(const QVariantMap &r)
{
    MeetingItem i;
    i.id = r.value(QStringLiteral("id")).toString();
    i.meeting = {r.value(QStringLiteral("appointment_id")).toString(),
                 optionalTime(r.value(QStringLiteral("occurrence_utc")))};
    i.position = r.value(QStringLiteral("position")).toInt();
    i.title = r.value(QStringLiteral("title")).toString();
    i.presenter = r.value(QStringLiteral("presenter")).toString();
    i.minutesAllotted = r.value(QStringLiteral("minutes_allotted")).toInt();
    i.closedTo = r.value(QStringLiteral("closed_to")).toStringList();
    return i;
}

QVariantMap MeetingRepo::toRecord(const MeetingItem &i)
{
    return {{QStringLiteral("appointment_id"), i.meeting.appointmentId},
            {QStringLiteral("occurrence_utc"), storedTime(i.meeting.occurrenceUtc)},
            {QStringLiteral("position"), i.position},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("presenter"), i.presenter},
            {QStringLiteral("minutes_allotted"), i.minutesAllotted},
            {QStringLiteral("closed_to"), i.closedTo}};
}

MeetingPaper MeetingRepo::paperFromRecord(const QVariantMap &r)
{
    MeetingPaper p;
    p.id = r.value(QStringLiteral("id")).toString();
    p.itemId = r.value(QStringLiteral("item_id")).toString();
    p.title = r.value(QStringLiteral("title")).toString();
    p.deliverer = r.value(QStringLiteral("deliverer")).toString();
    p.dueUtc = optionalTime(r.value(QStringLiteral("due_utc")));
    p.documentId = r.value(QStringLiteral("document_id")).toString();
    p.taskId = r.value(QStringLiteral("task_id")).toString();
    p.createdBy = r.value(QStringLiteral("created_by")).toString();
    return p;
}

QVariantMap MeetingRepo::toRecord(const MeetingPaper &p)
{
    return {{QStringLiteral("item_id"), p.itemId},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("deliverer"), p.deliverer},
            {QStringLiteral("due_utc"), storedTime(p.dueUtc)},
            {QStringLiteral("document_id"), p.documentId},
            {QStringLiteral("task_id"), p.taskId},
            {QStringLiteral("created_by"), p.createdBy}};
}

QString MeetingRepo::addItem(MeetingItem item)
{
    validate(item);
    if (!AgendaRepo(m_db).byId(item.meeting.appointmentId))
        fail(ErrorKind::NotFound, QStringLiteral("no meeting %1").arg(item.meeting.appointmentId));
    if (item.position < 0) {
        const QList<MeetingItem> agenda = items(item.meeting);
        item.position = agenda.isEmpty() ? 1 : agenda.last().position + 1;
    }
    Database::Transaction tx(m_db);
    const QString id = m_db.insert(kItems, toRecord(item));
    tx.commit();
    return id;
}

void MeetingRepo::updateItem(const QString &id, const MeetingItemChange &change)
{
    const auto current = itemById(id);
    if (!current)
        fail(ErrorKind::NotFound, QStringLiteral("no agenda item %1").arg(id));
    const QVariantMap fields = columnsOf(change);
    QVariantMap merged = toRecord(*current);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    validate(itemFromRecord(merged));
    Database::Transaction tx(m_db);
    m_db.update(kItems, id, fields);
    if (change.closedTo) {
        MeetingItem now = itemFromRecord(merged);
        now.id = id;
        quietTasksOf(now);
    }
    tx.commit();
}

OccurrenceChange MeetingRepo::changeOccurrence(const QString &appointmentId,
                                               qint64 originalStartUtc, const AppointmentEdit &edit,
                                               bool force)
{
    Database::Transaction tx(m_db);
    const OccurrenceChange change =
        AgendaRepo(m_db).changeOccurrenceWithin(appointmentId, originalStartUtc, edit, force);
    quietTasksIfConfidential(appointmentId, edit);
    tx.commit();
    return change;
}

void MeetingRepo::update(const QString &appointmentId, const AppointmentEdit &edit, bool force)
{
    Database::Transaction tx(m_db);
    AgendaRepo(m_db).updateWithin(appointmentId, edit, force);
    quietTasksIfConfidential(appointmentId, edit);
    tx.commit();
}

void MeetingRepo::quietTasksIfConfidential(const QString &appointmentId,
                                           const AppointmentEdit &edit)
{
    if (!edit.confidential.value_or(false))
        return;
    for (const QVariantMap &item :
         select(m_db, kItems, QStringLiteral("appointment_id = ?"), {appointmentId}))
        quietTasksOf(itemFromRecord(item));
}

void MeetingRepo::quietTasksOf(const MeetingItem &item)
{
    const auto meeting = AgendaRepo(m_db).byId(item.meeting.appointmentId);
    if (!meeting || namesItsItem(*meeting, item))
        return;
    // The tasks made while the item was open named it: now closed, they say nothing more.
    TaskRepo tasks(m_db);
    const auto quiet = [&](const QString &taskId, const MeetingTaskWords &words) {
        if (!taskId.isEmpty() && tasks.byId(taskId))
            tasks.updateWithin(taskId, {.title = words.title, .notes = words.notes});
    };
    for (const MeetingPaper &paper : papers(item.id))
        quiet(paper.taskId, paperTaskWords(*meeting, item, paper.title, meeting->startUtc));
    for (const QVariantMap &entry :
         select(m_db, kEntries, QStringLiteral("item_id = ?"), {item.id}))
        quiet(entry.value(QStringLiteral("task_id")).toString(),
              actionTaskWords(*meeting, item, entry.value(QStringLiteral("text")).toString()));
}

std::optional<MeetingItem> MeetingRepo::itemById(const QString &id)
{
    const auto r = m_db.get(kItems, id);
    return r ? std::optional(itemFromRecord(*r)) : std::nullopt;
}

QList<MeetingItem> MeetingRepo::items(const MeetingRef &meeting)
{
    QList<MeetingItem> out;
    for (const QVariantMap &r : select(m_db, kItems, meetingWhere(), meetingArgs(meeting)))
        out << itemFromRecord(r);
    std::sort(out.begin(), out.end(), [](const MeetingItem &a, const MeetingItem &b) {
        return std::tie(a.position, a.id) < std::tie(b.position, b.id);
    });
    return out;
}

QString MeetingRepo::addPaper(MeetingPaper paper, const QString &by)
{
    if (paper.title.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a paper needs a title"));
    const auto item = itemById(paper.itemId);
    if (!item)
        fail(ErrorKind::NotFound, QStringLiteral("no agenda item %1").arg(paper.itemId));
    const auto meeting = AgendaRepo(m_db).byId(item->meeting.appointmentId);
    if (!meeting)
        fail(ErrorKind::NotFound, QStringLiteral("no meeting %1").arg(item->meeting.appointmentId));
    paper.createdBy = by;
    paper.documentId.clear();
    Database::Transaction tx(m_db);
    if (!paper.deliverer.isEmpty()) {
        const MeetingTaskWords words = paperTaskWords(
            *meeting, *item, paper.title,
            item->meeting.occurrenceUtc >= 0 ? item->meeting.occurrenceUtc : meeting->startUtc);
        Task task;
        task.title = words.title;
        task.notes = words.notes;
        task.assignee = paper.deliverer;
        task.delegatedBy = paper.deliverer == by ? QString() : by;
        task.createdBy = by;
        task.dueUtc = paper.dueUtc;
        task.source = TaskSource::Meeting;
        paper.taskId = TaskRepo(m_db).addWithin(task);
    }
    const QString id = m_db.insert(kPapers, toRecord(paper));
    tx.commit();
    return id;
}

void MeetingRepo::attachPaper(const QString &paperId, const QString &documentId)
{
    const auto paper = paperById(paperId);
    if (!paper)
        fail(ErrorKind::NotFound, QStringLiteral("no paper %1").arg(paperId));
    if (documentId.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("attach which document?"));
    DocumentRepo documents(m_db);
    if (!documents.byId(documentId))
        fail(ErrorKind::NotFound, QStringLiteral("no document %1").arg(documentId));
    const auto item = itemById(paper->itemId);
    if (!item)
        fail(ErrorKind::NotFound, QStringLiteral("no agenda item %1").arg(paper->itemId));
    Database::Transaction tx(m_db);
    // The document becomes the item's: it reaches only who may read the item (not those it
    // is closed to), wherever it was before.
    documents.updateWithin(documentId,
                           {.appointmentId = item->meeting.appointmentId, .itemId = item->id});
    m_db.update(kPapers, paperId, {{QStringLiteral("document_id"), documentId}});
    TaskRepo tasks(m_db);
    if (!paper->taskId.isEmpty() && tasks.byId(paper->taskId))
        tasks.markDoneWithin(paper->taskId);
    tx.commit();
}

std::optional<MeetingPaper> MeetingRepo::paperById(const QString &id)
{
    const auto r = m_db.get(kPapers, id);
    return r ? std::optional(paperFromRecord(*r)) : std::nullopt;
}

QList<MeetingPaper> MeetingRepo::papers(const QString &itemId)
{
    QList<MeetingPaper> out;
    for (const QVariantMap &r : select(m_db, kPapers, QStringLiteral("item_id = ?"), {itemId}))
        out << paperFromRecord(r);
    // The first due first; those without a due time last, in the order they were added.
    std::sort(out.begin(), out.end(), [](const MeetingPaper &a, const MeetingPaper &b) {
        const qint64 aDue = a.dueUtc < 0 ? std::numeric_limits<qint64>::max() : a.dueUtc;
        const qint64 bDue = b.dueUtc < 0 ? std::numeric_limits<qint64>::max() : b.dueUtc;
        return std::tie(aDue, a.id) < std::tie(bDue, b.id);
    });
    return out;
}

QList<MeetingPaper> MeetingRepo::papersOf(const MeetingRef &meeting)
{
    QList<MeetingPaper> out;
    for (const MeetingItem &item : items(meeting))
        out << papers(item.id);
    return out;
}

PapersIn MeetingRepo::papersIn(const MeetingRef &meeting)
{
    PapersIn count;
    for (const MeetingPaper &p : papersOf(meeting)) {
        ++count.total;
        count.in += p.isIn() ? 1 : 0;
    }
    return count;
}

QList<LatePaper> MeetingRepo::latePapers(const std::optional<MeetingRef> &meeting)
{
    const qint64 now = m_db.clock().nowMs();
    QList<LatePaper> out;
    const auto collect = [&](const MeetingItem &item) {
        for (const MeetingPaper &p : papers(item.id)) {
            if (p.isLate(now))
                out << LatePaper{p, item};
        }
    };
    if (meeting) {
        for (const MeetingItem &item : items(*meeting))
            collect(item);
    } else {
        for (const QVariantMap &r : select(m_db, kItems, QStringLiteral("1"), {}))
            collect(itemFromRecord(r));
    }
    std::sort(out.begin(), out.end(), [](const LatePaper &a, const LatePaper &b) {
        return std::tie(a.paper.dueUtc, a.paper.id) < std::tie(b.paper.dueUtc, b.paper.id);
    });
    return out;
}

std::optional<MeetingRef> MeetingRepo::nextWithAgenda()
{
    const qint64 now = m_db.clock().nowMs();
    AgendaRepo agenda(m_db);
    std::optional<MeetingRef> next;
    qint64 nextStart = 0;
    for (const QVariantMap &r : select(m_db, kItems, QStringLiteral("1"), {})) {
        const MeetingRef ref = itemFromRecord(r).meeting;
        const auto a = agenda.byId(ref.appointmentId);
        if (!a || a->status == AppointmentStatus::Cancelled)
            continue;
        const qint64 start = ref.occurrenceUtc >= 0 ? ref.occurrenceUtc : a->startUtc;
        const qint64 end = start + (a->endUtc - a->startUtc);
        if (end > now && (!next || start < nextStart)) {
            next = ref;
            nextStart = start;
        }
    }
    return next;
}

std::optional<MeetingRef> MeetingRepo::nextWithPapers(const QString &person)
{
    const qint64 now = m_db.clock().nowMs();
    AgendaRepo agenda(m_db);
    std::optional<MeetingRef> next;
    qint64 nextStart = 0;
    for (const QVariantMap &r : select(m_db, kItems, QStringLiteral("1"), {})) {
        const MeetingItem item = itemFromRecord(r);
        const MeetingRef ref = item.meeting;
        const auto a = agenda.byId(ref.appointmentId);
        if (!a || a->status == AppointmentStatus::Cancelled)
            continue;
        if (!person.isEmpty() && a->owner != person && !a->attendees.contains(person))
            continue;
        const qint64 start = ref.occurrenceUtc >= 0 ? ref.occurrenceUtc : a->startUtc;
        const qint64 end = start + (a->endUtc - a->startUtc);
        if (end <= now || (next && start >= nextStart) || papers(item.id).isEmpty())
            continue;
        next = ref;
        nextStart = start;
    }
    return next;
}

} // namespace spil
