// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tasks/TaskRepo.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/secretariat/Service.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace spil {

namespace {
QString tasksTable()
{
    return QStringLiteral("tasks");
}

QVariant optionalTime(qint64 ms)
{
    return ms < 0 ? QVariant() : QVariant(ms);
}

void validate(const Task &t)
{
    if (t.title.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a task needs a title"));
}

QVariantMap columnsOf(const TaskChange &change)
{
    QVariantMap fields;
    if (change.title)
        fields.insert(QStringLiteral("title"), *change.title);
    if (change.notes)
        fields.insert(QStringLiteral("notes"), *change.notes);
    if (change.assignee)
        fields.insert(QStringLiteral("assignee"), *change.assignee);
    if (change.dueUtc)
        fields.insert(QStringLiteral("due_utc"), optionalTime(*change.dueUtc));
    if (change.urgent)
        fields.insert(QStringLiteral("urgent"), *change.urgent);
    if (change.contactId)
        fields.insert(QStringLiteral("contact_id"), *change.contactId);
    return fields;
}

// A task made from a service request carries the request's id (ServiceRepo::handTo): its
// being struck off or reopened reaches the request in the same action, so whoever asked
// sees it done without reading the secretary's task.
void carryToServiceRequest(Database &db, const QString &id, const QVariantMap &fields)
{
    const auto status = fromText<TaskStatus>(fields.value(QStringLiteral("status")).toString());
    if (!status || *status == TaskStatus::Cancelled)
        return;
    const QString requests = QStringLiteral("service_requests");
    const auto request = db.get(requests, id);
    if (!request ||
        request->value(QStringLiteral("state")).toString() == toText(ServiceState::Cancelled))
        return;
    const ServiceState state =
        *status == TaskStatus::Done ? ServiceState::Done : ServiceState::Open;
    db.update(requests, id, {{QStringLiteral("state"), toText(state)}});
}

// What standsBefore compares, in its order.
auto standing(const Task &t)
{
    return std::tuple(listTime(t), t.createdAt, t.title);
}

// The store's lists: open first, then as the task stands, then by id so that the order is
// one and the same on every device.
bool listOrder(const Task &a, const Task &b)
{
    const auto key = [](const Task &t) {
        return std::tuple_cat(std::tuple(t.status != TaskStatus::Open), standing(t),
                              std::tuple(t.id));
    };
    return key(a) < key(b);
}
} // namespace

bool standsBefore(const Task &a, const Task &b)
{
    return standing(a) < standing(b);
}

qint64 listTime(const Task &task)
{
    if (task.dueUtc >= 0)
        return task.dueUtc;
    return task.urgent ? task.createdAt : std::numeric_limits<qint64>::max();
}

qint64 nextWorkingMorning(qint64 nowMs, const QTimeZone &zone)
{
    QDate day = dateIn(nowMs, zone).addDays(1);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return atWallClock(day, 9 * 60, zone);
}

int endOfWorkingDay(int workEndMin)
{
    return workEndMin > 0 ? workEndMin : 17 * 60;
}

std::optional<qint64> dueFor(TaskDue choice, qint64 nowMs, const QTimeZone &zone, int workEndMin)
{
    // The title's day is known only with the title: dueOnTitleDay.
    if (choice == TaskDue::Keep || choice == TaskDue::TitleDay)
        return std::nullopt;
    if (choice == TaskDue::None)
        return -1;
    const QDate today = dateIn(nowMs, zone);
    const int endOfDay = endOfWorkingDay(workEndMin);
    if (choice == TaskDue::Today) {
        // After working hours "today" still means today, before midnight.
        const qint64 end = atWallClock(today, endOfDay, zone);
        return nowMs < end ? end : std::max(nowMs, atWallClock(today, 23 * 60 + 59, zone));
    }
    if (choice == TaskDue::Tomorrow)
        return atWallClock(today.addDays(1), 9 * 60, zone);
    // "this week": Friday at the end of the day; from Friday evening on, next Friday.
    int toFriday = (5 - today.dayOfWeek() + 7) % 7;
    if (toFriday == 0 && nowMs >= atWallClock(today, endOfDay, zone))
        toFriday = 7;
    return atWallClock(today.addDays(toFriday), endOfDay, zone);
}

Task TaskRepo::fromRecord(const QVariantMap &r)
{
    Task t;
    t.id = r.value(QStringLiteral("id")).toString();
    t.title = r.value(QStringLiteral("title")).toString();
    t.notes = r.value(QStringLiteral("notes")).toString();
    t.assignee = r.value(QStringLiteral("assignee")).toString();
    t.delegatedBy = r.value(QStringLiteral("delegated_by")).toString();
    t.handedBy = r.value(QStringLiteral("handed_by")).toStringList();
    t.createdBy = r.value(QStringLiteral("created_by")).toString();
    const QVariant due = r.value(QStringLiteral("due_utc"));
    t.dueUtc = due.isValid() ? due.toLongLong() : -1;
    t.urgent = r.value(QStringLiteral("urgent")).toBool();
    // A word this version does not know (a newer device's) reads as closed, and as no
    // particular source, rather than hiding the office's other tasks.
    t.status = fromText<TaskStatus>(r.value(QStringLiteral("status")).toString())
                   .value_or(TaskStatus::Cancelled);
    t.source = fromText<TaskSource>(r.value(QStringLiteral("source")).toString())
                   .value_or(TaskSource::Self);
    t.createdAt = r.value(QStringLiteral("created_at")).toLongLong();
    const QVariant done = r.value(QStringLiteral("done_at"));
    t.doneAt = done.isValid() ? done.toLongLong() : -1;
    t.contactId = r.value(QStringLiteral("contact_id")).toString();
    return t;
}

QVariantMap TaskRepo::toRecord(const Task &t)
{
    return {
        {QStringLiteral("title"), t.title},
        {QStringLiteral("notes"), t.notes},
        {QStringLiteral("assignee"), t.assignee},
        {QStringLiteral("delegated_by"), t.delegatedBy},
        {QStringLiteral("handed_by"), t.handedBy},
        {QStringLiteral("created_by"), t.createdBy},
        {QStringLiteral("due_utc"), optionalTime(t.dueUtc)},
        {QStringLiteral("urgent"), t.urgent},
        {QStringLiteral("status"), toText(t.status)},
        {QStringLiteral("source"), toText(t.source)},
        {QStringLiteral("created_at"), t.createdAt},
        {QStringLiteral("done_at"), optionalTime(t.doneAt)},
        {QStringLiteral("contact_id"), t.contactId},
    };
}

QString TaskRepo::add(Task task)
{
    Database::Transaction tx(m_db);
    const QString id = addWithin(std::move(task));
    tx.commit();
    return id;
}

QString TaskRepo::addWithin(Task task)
{
    task.createdAt = m_db.clock().nowMs();
    if (!task.delegatedBy.isEmpty() && task.handedBy.isEmpty())
        task.handedBy = {task.delegatedBy};
    if (task.status == TaskStatus::Done && task.doneAt < 0)
        task.doneAt = task.createdAt;
    validate(task);
    QVariantMap record = toRecord(task);
    if (!task.id.isEmpty())
        record.insert(QStringLiteral("id"), task.id);
    return m_db.insert(tasksTable(), record);
}

void TaskRepo::update(const QString &id, const TaskChange &change)
{
    write(id, columnsOf(change));
}

void TaskRepo::write(const QString &id, const QVariantMap &fields)
{
    const auto current = m_db.get(tasksTable(), id);
    if (!current)
        fail(ErrorKind::NotFound, QStringLiteral("no task %1").arg(id));
    QVariantMap merged = *current;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    validate(fromRecord(merged));
    Database::Transaction tx(m_db);
    m_db.update(tasksTable(), id, fields);
    carryToServiceRequest(m_db, id, fields);
    tx.commit();
}

void TaskRepo::updateWithin(const QString &id, const TaskChange &change)
{
    if (!byId(id))
        fail(ErrorKind::NotFound, QStringLiteral("no task %1").arg(id));
    m_db.update(tasksTable(), id, columnsOf(change));
}

void TaskRepo::markDoneWithin(const QString &id)
{
    const auto task = byId(id);
    if (!task)
        fail(ErrorKind::NotFound, QStringLiteral("no task %1").arg(id));
    if (task->status == TaskStatus::Done)
        return;
    const QVariantMap fields{{QStringLiteral("status"), toText(TaskStatus::Done)},
                             {QStringLiteral("done_at"), m_db.clock().nowMs()}};
    m_db.update(tasksTable(), id, fields);
    carryToServiceRequest(m_db, id, fields);
}

QStringList TaskRepo::hands(const Task &task)
{
    if (task.handedBy.isEmpty() && !task.delegatedBy.isEmpty())
        return {task.delegatedBy};
    return task.handedBy;
}

void TaskRepo::handTo(const QString &id, const QString &to, const QString &by,
                      const TaskChange &alsoChange)
{
    const auto task = byId(id);
    if (!task)
        fail(ErrorKind::NotFound, QStringLiteral("no task %1").arg(id));
    if (to.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("hand the task to whom?"));
    QVariantMap fields = columnsOf(alsoChange);
    fields.insert(QStringLiteral("assignee"), to);
    // Taking a task back is no hand: whoever handed it on before still waits for it.
    if (to != by && !by.isEmpty()) {
        QStringList chain = hands(*task);
        if (!chain.contains(by))
            chain << by;
        fields.insert(QStringLiteral("delegated_by"), by);
        fields.insert(QStringLiteral("handed_by"), chain);
    }
    write(id, fields);
}

void TaskRepo::markDone(const QString &id)
{
    const auto task = byId(id);
    if (task && task->status == TaskStatus::Done)
        return;
    write(id, {{QStringLiteral("status"), toText(TaskStatus::Done)},
               {QStringLiteral("done_at"), m_db.clock().nowMs()}});
}

void TaskRepo::reopen(const QString &id)
{
    write(id, {{QStringLiteral("status"), toText(TaskStatus::Open)},
               {QStringLiteral("done_at"), QVariant()}});
}

void TaskRepo::remove(const QString &id)
{
    m_db.removeOne(tasksTable(), id, QStringLiteral("task"));
}

void TaskRepo::restore(const QString &id)
{
    m_db.restoreOne(tasksTable(), id);
}

void TaskRepo::setDue(const QString &id, qint64 dueUtc)
{
    update(id, TaskChange{.dueUtc = dueUtc});
}

void TaskRepo::setUrgent(const QString &id, bool urgent)
{
    update(id, TaskChange{.urgent = urgent});
}

qint64 TaskRepo::postpone(const QString &id, const QTimeZone &zone)
{
    const auto task = byId(id);
    if (!task)
        fail(ErrorKind::NotFound, QStringLiteral("no task %1").arg(id));
    setDue(id, nextWorkingMorning(m_db.clock().nowMs(), zone));
    return task->dueUtc;
}

std::optional<Task> TaskRepo::byId(const QString &id)
{
    const auto r = m_db.get(tasksTable(), id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

QList<Task> TaskRepo::query(const QString &where, const QVariantList &args)
{
    const EntityDef &def = entity(tasksTable());
    auto &q = m_db.run(QStringLiteral("SELECT %1 FROM tasks WHERE deleted = 0 %2")
                           .arg(Database::selectColumns(def), where),
                       args);
    QList<Task> out;
    while (q.next())
        out << fromRecord(Database::decodeRow(def, q));
    std::sort(out.begin(), out.end(), listOrder);
    return out;
}

QList<Task> TaskRepo::list(const QString &assignee, bool includeClosed)
{
    QString where;
    QVariantList args;
    if (!includeClosed) {
        where += QStringLiteral(" AND status = ?");
        args << toText(TaskStatus::Open);
    }
    if (!assignee.isEmpty()) {
        where += QStringLiteral(" AND assignee = ?");
        args << assignee;
    }
    return query(where, args);
}

QList<Task> TaskRepo::waitingFor(const QString &delegator, qint64 doneSince)
{
    QList<Task> out = query(QStringLiteral("AND (status = ? OR (status = ? AND done_at >= ?)) AND "
                                           "assignee <> ? AND (delegated_by = ? OR "
                                           "EXISTS (SELECT 1 FROM json_each(tasks.handed_by) "
                                           "WHERE json_each.value = ?))"),
                            {toText(TaskStatus::Open), toText(TaskStatus::Done),
                             doneSince < 0 ? std::numeric_limits<qint64>::max() : doneSince,
                             delegator, delegator, delegator});
    // Done ones stand in their places among the open (query() puts them after).
    std::stable_sort(out.begin(), out.end(), standsBefore);
    return out;
}

QList<ReviewItem> TaskRepo::review(const QString &assignee, const QTimeZone &zone)
{
    const qint64 now = m_db.clock().nowMs();
    const qint64 tomorrow = startOfDay(dateIn(now, zone).addDays(1), zone);
    QList<ReviewItem> out;
    // Today's and overdue work, and urgent work without a date: it is due now.
    for (const Task &t : query(QStringLiteral("AND status = ? AND assignee = ? AND "
                                              "((due_utc IS NOT NULL AND due_utc < ?) OR "
                                              "(due_utc IS NULL AND urgent <> 0))"),
                               {toText(TaskStatus::Open), assignee, tomorrow}))
        out << ReviewItem{t, t.dueUtc >= 0 && t.dueUtc < now};
    std::stable_sort(out.begin(), out.end(), [](const ReviewItem &a, const ReviewItem &b) {
        return a.task.urgent && !b.task.urgent;
    });
    return out;
}

void TaskRepo::markSeen(const QStringList &ids)
{
    // A local note, not a user action: no outbox change, so no Database::Transaction.
    for (const QString &id : ids)
        m_db.run(QStringLiteral("INSERT OR IGNORE INTO seen_tasks (task_id) VALUES (?)"), {id});
}

void TaskRepo::markAllSeen()
{
    QStringList ids;
    for (const Task &t : list({}, true))
        ids << t.id;
    markSeen(ids);
}

void TaskRepo::markPastSeen()
{
    const qint64 now = m_db.clock().nowMs();
    QStringList ids;
    for (const Task &t : list({}, true)) {
        if (t.createdAt < now - 24 * 3600 * 1000 || (t.dueUtc >= 0 && t.dueUtc < now))
            ids << t.id;
    }
    markSeen(ids);
}

bool TaskRepo::isNews(const Task &task, const QString &me, const QSet<QString> &seen)
{
    return !me.isEmpty() && task.assignee == me && !task.delegatedBy.isEmpty() &&
           task.delegatedBy != me && task.status == TaskStatus::Open && !seen.contains(task.id);
}

QSet<QString> TaskRepo::seen()
{
    QSet<QString> out;
    auto &q = m_db.run(QStringLiteral("SELECT task_id FROM seen_tasks"));
    while (q.next())
        out.insert(q.value(0).toString());
    q.finish();
    return out;
}

} // namespace spil
