// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/MinutesRepo.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/meetings/MeetingRecords.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/MeetingTasks.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace spil {

using namespace meetings;

namespace {
void refuseFinal(const Minutes &minutes)
{
    if (minutes.state == MinutesState::Final)
        fail(ErrorKind::Refused,
             QStringLiteral("version %1 of these minutes is final; correct it in a new version")
                 .arg(minutes.version));
}

bool mayMove(MinutesState from, MinutesState to)
{
    switch (from) {
    case MinutesState::Draft:
        return to == MinutesState::Review;
    case MinutesState::Review:
        return to == MinutesState::Draft || to == MinutesState::Final;
    case MinutesState::Final:
        return false;
    }
    return false;
}
} // namespace

Minutes MinutesRepo::minutesFromRecord(const QVariantMap &r)
{
    Minutes m;
    m.id = r.value(QStringLiteral("id")).toString();
    m.meeting = {r.value(QStringLiteral("appointment_id")).toString(),
                 optionalTime(r.value(QStringLiteral("occurrence_utc")))};
    m.version = r.value(QStringLiteral("version")).toInt();
    // A state a newer device wrote and this one does not know is treated as final: read
    // only, never edited over.
    m.state = fromText<MinutesState>(r.value(QStringLiteral("state")).toString())
                  .value_or(MinutesState::Final);
    m.createdBy = r.value(QStringLiteral("created_by")).toString();
    return m;
}

MinutesEntry MinutesRepo::entryFromRecord(const QVariantMap &r)
{
    MinutesEntry e;
    e.id = r.value(QStringLiteral("id")).toString();
    e.itemId = r.value(QStringLiteral("item_id")).toString();
    e.minutesId = r.value(QStringLiteral("minutes_id")).toString();
    // An unknown kind reads as a note: its text still shows.
    e.kind = fromText<MinutesEntryKind>(r.value(QStringLiteral("kind")).toString())
                 .value_or(MinutesEntryKind::Note);
    e.text = r.value(QStringLiteral("text")).toString();
    e.owner = r.value(QStringLiteral("owner")).toString();
    e.dueUtc = optionalTime(r.value(QStringLiteral("due_utc")));
    e.taskId = r.value(QStringLiteral("task_id")).toString();
    e.createdBy = r.value(QStringLiteral("created_by")).toString();
    e.createdAt = optionalTime(r.value(QStringLiteral("created_at")));
    return e;
}

QVariantMap MinutesRepo::toRecord(const MinutesEntry &e)
{
    return {{QStringLiteral("item_id"), e.itemId},
            {QStringLiteral("minutes_id"), e.minutesId},
            {QStringLiteral("kind"), toText(e.kind)},
            {QStringLiteral("text"), e.text},
            {QStringLiteral("owner"), e.owner},
            {QStringLiteral("due_utc"), storedTime(e.dueUtc)},
            {QStringLiteral("task_id"), e.taskId},
            {QStringLiteral("created_by"), e.createdBy},
            {QStringLiteral("created_at"), storedTime(e.createdAt)}};
}

MinutesComment MinutesRepo::commentFromRecord(const QVariantMap &r)
{
    MinutesComment c;
    c.id = r.value(QStringLiteral("id")).toString();
    c.minutesId = r.value(QStringLiteral("minutes_id")).toString();
    c.itemId = r.value(QStringLiteral("item_id")).toString();
    c.entryId = r.value(QStringLiteral("entry_id")).toString();
    c.text = r.value(QStringLiteral("text")).toString();
    c.author = r.value(QStringLiteral("author")).toString();
    c.createdAt = optionalTime(r.value(QStringLiteral("created_at")));
    return c;
}

QVariantMap MinutesRepo::toRecord(const MinutesComment &c)
{
    return {{QStringLiteral("item_id"), c.itemId},
            {QStringLiteral("minutes_id"), c.minutesId},
            {QStringLiteral("entry_id"), c.entryId},
            {QStringLiteral("text"), c.text},
            {QStringLiteral("author"), c.author},
            {QStringLiteral("created_at"), storedTime(c.createdAt)}};
}

std::optional<Minutes> MinutesRepo::current(const MeetingRef &meeting)
{
    std::optional<Minutes> newest;
    for (const QVariantMap &r : select(m_db, kMinutes, meetingWhere(), meetingArgs(meeting))) {
        const Minutes m = minutesFromRecord(r);
        if (!newest || std::tie(m.version, m.id) > std::tie(newest->version, newest->id))
            newest = m;
    }
    return newest;
}

Minutes MinutesRepo::open(const MeetingRef &meeting, const QString &by)
{
    Database::Transaction tx(m_db);
    const Minutes minutes = openWithin(meeting, by);
    tx.commit();
    return minutes;
}

Minutes MinutesRepo::openWithin(const MeetingRef &meeting, const QString &by)
{
    if (const auto existing = current(meeting))
        return *existing;
    Minutes m{{}, meeting, 1, MinutesState::Draft, by};
    m.id = m_db.insert(kMinutes,
                       {{QStringLiteral("appointment_id"), meeting.appointmentId},
                        {QStringLiteral("occurrence_utc"), storedTime(meeting.occurrenceUtc)},
                        {QStringLiteral("version"), m.version},
                        {QStringLiteral("state"), toText(m.state)},
                        {QStringLiteral("created_by"), by}});
    return m;
}

std::optional<Minutes> MinutesRepo::byId(const QString &id)
{
    const auto r = m_db.get(kMinutes, id);
    return r ? std::optional(minutesFromRecord(*r)) : std::nullopt;
}

Minutes MinutesRepo::writableFor(const QString &itemId, const QString &by)
{
    const auto item = MeetingRepo(m_db).itemById(itemId);
    if (!item)
        fail(ErrorKind::NotFound, QStringLiteral("no agenda item %1").arg(itemId));
    const Minutes minutes = openWithin(item->meeting, by);
    refuseFinal(minutes);
    return minutes;
}

QString MinutesRepo::insertEntry(const MinutesEntry &entry)
{
    if (entry.text.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a line of the minutes needs a text"));
    return m_db.insert(kEntries, toRecord(entry));
}

QString MinutesRepo::addEntry(const QString &itemId, MinutesEntryKind kind, const QString &text,
                              const QString &by)
{
    if (kind == MinutesEntryKind::Action)
        fail(ErrorKind::BadInput, QStringLiteral("an action needs an owner: add it as an action"));
    Database::Transaction tx(m_db);
    MinutesEntry e;
    e.itemId = itemId;
    e.minutesId = writableFor(itemId, by).id;
    e.kind = kind;
    e.text = text;
    e.createdBy = by;
    e.createdAt = m_db.clock().nowMs();
    const QString id = insertEntry(e);
    tx.commit();
    return id;
}

QString MinutesRepo::addAction(const QString &itemId, const QString &text, const QString &owner,
                               qint64 dueUtc, const QString &by)
{
    if (owner.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("an action needs an owner"));
    Database::Transaction tx(m_db);
    MinutesEntry e;
    e.itemId = itemId;
    e.minutesId = writableFor(itemId, by).id;
    e.kind = MinutesEntryKind::Action;
    e.text = text;
    e.owner = owner;
    e.dueUtc = dueUtc;
    e.createdBy = by;
    e.createdAt = m_db.clock().nowMs();
    if (!text.trimmed().isEmpty()) {
        const auto item = MeetingRepo(m_db).itemById(itemId);
        if (!item)
            fail(ErrorKind::NotFound, QStringLiteral("no agenda item %1").arg(itemId));
        const auto meeting = AgendaRepo(m_db).byId(item->meeting.appointmentId);
        if (!meeting)
            fail(ErrorKind::NotFound,
                 QStringLiteral("no meeting %1").arg(item->meeting.appointmentId));
        const MeetingTaskWords words = actionTaskWords(*meeting, *item, text);
        Task task;
        task.title = words.title;
        task.notes = words.notes;
        task.assignee = owner;
        task.delegatedBy = owner == by ? QString() : by;
        task.createdBy = by;
        task.dueUtc = dueUtc;
        task.source = TaskSource::Meeting;
        e.taskId = TaskRepo(m_db).addWithin(task);
    }
    const QString id = insertEntry(e);
    tx.commit();
    return id;
}

void MinutesRepo::editEntry(const QString &entryId, const QString &text)
{
    const auto r = m_db.get(kEntries, entryId);
    if (!r)
        fail(ErrorKind::NotFound, QStringLiteral("no line of the minutes %1").arg(entryId));
    const MinutesEntry entry = entryFromRecord(*r);
    if (const auto minutes = byId(entry.minutesId))
        refuseFinal(*minutes);
    if (text.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a line of the minutes needs a text"));
    Database::Transaction tx(m_db);
    m_db.update(kEntries, entryId, {{QStringLiteral("text"), text}});
    tx.commit();
}

void MinutesRepo::removeEntry(const QString &entryId)
{
    const auto r = m_db.get(kEntries, entryId);
    if (!r)
        fail(ErrorKind::NotFound, QStringLiteral("no line of the minutes %1").arg(entryId));
    const MinutesEntry entry = entryFromRecord(*r);
    if (const auto minutes = byId(entry.minutesId))
        refuseFinal(*minutes);
    Database::Transaction tx(m_db);
    m_db.remove(kEntries, entryId);
    // An action taken out of the minutes was not agreed: its owner's task goes with it.
    if (!entry.taskId.isEmpty() && m_db.get(QStringLiteral("tasks"), entry.taskId))
        m_db.remove(QStringLiteral("tasks"), entry.taskId);
    tx.commit();
}

void MinutesRepo::restoreEntry(const QString &entryId)
{
    // A removed line is a tombstone, which get() does not return.
    QSqlQuery &q = m_db.run(
        QStringLiteral("SELECT minutes_id, task_id FROM minutes_entries WHERE id = ?"), {entryId});
    if (!q.next())
        fail(ErrorKind::NotFound, QStringLiteral("no line of the minutes %1").arg(entryId));
    const QString minutesId = q.value(0).toString();
    const QString taskId = q.value(1).toString();
    q.finish();
    if (const auto minutes = byId(minutesId))
        refuseFinal(*minutes);
    Database::Transaction tx(m_db);
    m_db.restore(kEntries, entryId);
    if (!taskId.isEmpty() &&
        m_db.scalar(QStringLiteral("SELECT 1 FROM tasks WHERE id = ? AND deleted = 1"), {taskId})
            .isValid())
        m_db.restore(QStringLiteral("tasks"), taskId);
    tx.commit();
}

QString MinutesRepo::addComment(const QString &itemId, const QString &entryId, const QString &text,
                                const QString &by)
{
    if (text.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a comment needs a text"));
    const auto item = MeetingRepo(m_db).itemById(itemId);
    if (!item)
        fail(ErrorKind::NotFound, QStringLiteral("no agenda item %1").arg(itemId));
    const auto minutes = current(item->meeting);
    if (!minutes || minutes->state != MinutesState::Review) {
        if (minutes)
            refuseFinal(*minutes);
        fail(ErrorKind::Refused,
             QStringLiteral("minutes take comments only in review; these are %1")
                 .arg(minutes ? toText(minutes->state) : QStringLiteral("not begun")));
    }
    if (!entryId.isEmpty()) {
        const auto r = m_db.get(kEntries, entryId);
        if (!r || entryFromRecord(*r).minutesId != minutes->id ||
            entryFromRecord(*r).itemId != itemId)
            fail(ErrorKind::NotFound,
                 QStringLiteral("no line %1 of item %2 in these minutes").arg(entryId, itemId));
    }
    Database::Transaction tx(m_db);
    const QString id = m_db.insert(
        kComments,
        toRecord(MinutesComment{{}, minutes->id, itemId, entryId, text, by, m_db.clock().nowMs()}));
    tx.commit();
    return id;
}

void MinutesRepo::removeComment(const QString &commentId, const QString &by)
{
    const auto r = m_db.get(kComments, commentId);
    if (!r)
        fail(ErrorKind::NotFound, QStringLiteral("no comment %1").arg(commentId));
    refuseOthersComment(commentFromRecord(*r), by);
    Database::Transaction tx(m_db);
    m_db.remove(kComments, commentId);
    tx.commit();
}

void MinutesRepo::restoreComment(const QString &commentId, const QString &by)
{
    // A removed comment is a tombstone, which get() does not return.
    QSqlQuery &q = m_db.run(
        QStringLiteral(
            "SELECT author, minutes_id FROM minutes_comments WHERE id = ? AND deleted = 1"),
        {commentId});
    if (!q.next())
        fail(ErrorKind::NotFound, QStringLiteral("no removed comment %1").arg(commentId));
    MinutesComment removed;
    removed.author = q.value(0).toString();
    removed.minutesId = q.value(1).toString();
    q.finish();
    refuseOthersComment(removed, by);
    Database::Transaction tx(m_db);
    m_db.restore(kComments, commentId);
    tx.commit();
}

void MinutesRepo::refuseOthersComment(const MinutesComment &comment, const QString &by)
{
    if (comment.author != by)
        fail(ErrorKind::Refused, QStringLiteral("only its author takes a comment back"));
    if (const auto minutes = byId(comment.minutesId))
        refuseFinal(*minutes);
}

QHash<QString, int> MinutesRepo::itemPositions(const MeetingRef &meeting)
{
    QHash<QString, int> order;
    for (const MeetingItem &item : MeetingRepo(m_db).items(meeting))
        order.insert(item.id, item.position);
    return order;
}

QList<MinutesComment> MinutesRepo::comments(const MeetingRef &meeting)
{
    const auto minutes = current(meeting);
    if (!minutes)
        return {};
    const QHash<QString, int> order = itemPositions(meeting);
    QList<MinutesComment> out;
    for (const QVariantMap &r :
         select(m_db, kComments, QStringLiteral("minutes_id = ?"), {minutes->id})) {
        const MinutesComment c = commentFromRecord(r);
        if (order.contains(c.itemId))
            out << c;
    }
    std::sort(out.begin(), out.end(), [&](const MinutesComment &a, const MinutesComment &b) {
        return std::tuple(order.value(a.itemId), a.createdAt, a.id) <
               std::tuple(order.value(b.itemId), b.createdAt, b.id);
    });
    return out;
}

void MinutesRepo::setState(const QString &minutesId, MinutesState state)
{
    const auto minutes = byId(minutesId);
    if (!minutes)
        fail(ErrorKind::NotFound, QStringLiteral("no minutes %1").arg(minutesId));
    if (minutes->state == state)
        return;
    refuseFinal(*minutes);
    if (!mayMove(minutes->state, state))
        fail(ErrorKind::Refused, QStringLiteral("minutes go from %1 to %2 only through review")
                                     .arg(toText(minutes->state), toText(state)));
    Database::Transaction tx(m_db);
    m_db.update(kMinutes, minutesId, {{QStringLiteral("state"), toText(state)}});
    tx.commit();
}

QString MinutesRepo::correct(const MeetingRef &meeting, const QString &by)
{
    const auto final = current(meeting);
    if (!final || final->state != MinutesState::Final)
        fail(ErrorKind::Refused, QStringLiteral("only final minutes are corrected in a new "
                                                "version; these can still be edited"));
    Database::Transaction tx(m_db);
    const QString id = m_db.insert(
        kMinutes, {{QStringLiteral("appointment_id"), meeting.appointmentId},
                   {QStringLiteral("occurrence_utc"), storedTime(meeting.occurrenceUtc)},
                   {QStringLiteral("version"), final->version + 1},
                   {QStringLiteral("state"), toText(MinutesState::Draft)},
                   {QStringLiteral("created_by"), by}});
    for (const QVariantMap &r :
         select(m_db, kEntries, QStringLiteral("minutes_id = ?"), {final->id})) {
        // The new version's lines are written by whoever corrects them: a record names
        // only its own writer (the final version keeps who wrote what).
        MinutesEntry copy = entryFromRecord(r);
        copy.minutesId = id;
        copy.createdBy = by;
        m_db.insert(kEntries, toRecord(copy));
    }
    tx.commit();
    return id;
}

QList<MinutesLine> MinutesRepo::lines(const MeetingRef &meeting)
{
    const auto minutes = current(meeting);
    if (!minutes)
        return {};
    const QHash<QString, int> order = itemPositions(meeting);
    QList<MinutesLine> out;
    TaskRepo tasks(m_db);
    for (const QVariantMap &r :
         select(m_db, kEntries, QStringLiteral("minutes_id = ?"), {minutes->id})) {
        MinutesLine line{entryFromRecord(r), std::nullopt};
        // An item the device does not hold (closed to its user) keeps its lines away too.
        if (!order.contains(line.entry.itemId))
            continue;
        if (!line.entry.taskId.isEmpty()) {
            if (const auto task = tasks.byId(line.entry.taskId))
                line.taskStatus = task->status;
        }
        out << line;
    }
    // Lines written in one millisecond (an import, the demo) read notes, decisions, actions.
    std::sort(out.begin(), out.end(), [&](const MinutesLine &a, const MinutesLine &b) {
        return std::tuple(order.value(a.entry.itemId), a.entry.createdAt, a.entry.kind,
                          a.entry.id) <
               std::tuple(order.value(b.entry.itemId), b.entry.createdAt, b.entry.kind, b.entry.id);
    });
    return out;
}

QList<CarriedAction> MinutesRepo::openActionsFor(const MeetingRef &next)
{
    // Each earlier meeting of the series counts by its newest minutes only.
    QHash<qint64, Minutes> newest;
    for (const QVariantMap &r :
         select(m_db, kMinutes, QStringLiteral("appointment_id = ? AND occurrence_utc < ?"),
                {next.appointmentId, next.occurrenceUtc})) {
        const Minutes m = minutesFromRecord(r);
        const auto it = newest.find(m.meeting.occurrenceUtc);
        if (it == newest.end() || m.version > it->version)
            newest.insert(m.meeting.occurrenceUtc, m);
    }
    QList<CarriedAction> out;
    TaskRepo tasks(m_db);
    MeetingRepo agenda(m_db);
    for (const Minutes &m : newest) {
        for (const QVariantMap &r :
             select(m_db, kEntries, QStringLiteral("minutes_id = ? AND kind = ?"),
                    {m.id, toText(MinutesEntryKind::Action)})) {
            const MinutesEntry action = entryFromRecord(r);
            const auto task = tasks.byId(action.taskId);
            const auto item = agenda.itemById(action.itemId);
            if (task && task->status == TaskStatus::Open && item)
                out << CarriedAction{action, item->title, m.meeting.occurrenceUtc};
        }
    }
    std::sort(out.begin(), out.end(), [](const CarriedAction &a, const CarriedAction &b) {
        return std::tie(a.occurrenceUtc, a.action.createdAt, a.action.id) <
               std::tie(b.occurrenceUtc, b.action.createdAt, b.action.id);
    });
    return out;
}

} // namespace spil
