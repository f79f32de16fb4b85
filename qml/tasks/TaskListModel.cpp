// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/tasks/TaskListModel.h"

#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/meetings/MeetingTasks.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <QHash>

#include <algorithm>

namespace spil::qml {

namespace {
// Who passed the task to whoever holds it. One taken back after it was handed on (an Undo)
// names its holder as its delegator, since a device may name only its own user: then it is
// the last other hand of its chain.
QString handedFrom(const Task &t)
{
    if (t.delegatedBy != t.assignee)
        return t.delegatedBy;
    for (auto it = t.handedBy.crbegin(); it != t.handedBy.crend(); ++it) {
        if (*it != t.assignee)
            return *it;
    }
    return {};
}

QString sourceText(TaskSource source)
{
    switch (source) {
    case TaskSource::InPassing:
        return TaskListModel::tr("in passing");
    case TaskSource::Meeting:
        return TaskListModel::tr("from a meeting");
    case TaskSource::Request:
        return TaskListModel::tr("request");
    case TaskSource::Email:
        return TaskListModel::tr("e-mail");
    case TaskSource::Self:
        break;
    }
    return {};
}
} // namespace

TaskListModel::TaskListModel(QObject *parent) : RowList(parent) {}

TaskListModel::TaskListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : TaskListModel(parent)
{
    link(office, people);
}

void TaskListModel::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    m_reviewOrder.clear();
    Q_EMIT viewChanged();
    reload();
}

void TaskListModel::reload()
{
    QList<Row> rows;
    m_openCount = m_newCount = m_urgentCount = m_overdueCount = 0;
    if (!open())
        m_reviewOrder.clear(); // another office, or none: its places mean nothing
    readGuarded("TaskListModel", [&] {
        if (open() && !people()->me().id.isEmpty()) {
            TaskRepo repo(*office()->store());
            const QString me = people()->me().id;
            const qint64 now = office()->clock().nowMs();
            const QTimeZone zone = office()->localZone();
            // Abroad, a due time also at home (an unknown or unset home zone: here only).
            const QTimeZone home = people()->homeZone(zone);
            const qint64 todayStart = startOfDay(dateIn(now, zone), zone);
            const qint64 tomorrow = startOfDay(dateIn(now, zone).addDays(1), zone);
            const QSet<QString> seen = repo.seen();
            QList<Task> tasks;
            if (m_view == View::Waiting) {
                // What the others struck off today shows crossed out until the day ends.
                tasks = repo.waitingFor(me, todayStart);
            } else if (m_view == View::Review) {
                for (const ReviewItem &item : repo.review(me, zone))
                    tasks << item.task;
                tasks = keptInPlace(repo, tasks, me, todayStart, tomorrow);
            } else {
                for (const Task &t : repo.list(me, true)) {
                    if (t.status == TaskStatus::Open ||
                        (t.status == TaskStatus::Done && t.doneAt >= todayStart))
                        tasks << t;
                }
                // Like a list on paper: a task struck off today stays where it was, crossed out,
                // so the rows under the thumb do not move and undo puts it back in place.
                std::stable_sort(tasks.begin(), tasks.end(), standsBefore);
            }
            for (const Task &t : std::as_const(tasks)) {
                Row r;
                r.id = t.id;
                r.title = t.title;
                if (t.source == TaskSource::Meeting) {
                    if (const auto words = meetingTaskWords(*office()->store(), t.id))
                        r.title = words->title;
                }
                r.done = t.status != TaskStatus::Open;
                r.moved = m_view == View::Review && !r.done && t.dueUtc >= tomorrow;
                r.urgent = t.urgent;
                r.overdue = !r.done && t.dueUtc >= 0 && t.dueUtc < now;
                if (t.dueUtc >= 0) {
                    r.dueText = display::due(t.dueUtc, now, zone);
                    r.homeDueText = display::homeDue(t.dueUtc, now, zone, home);
                }
                r.isNew = m_view == View::Inbox && TaskRepo::isNews(t, me, seen);
                const QString from = handedFrom(t);
                // Handed on by someone else along the chain: say who has it now and who
                // passed it there.
                if (m_view == View::Waiting && r.done) {
                    // When it was done matters now, not when it was due.
                    r.dueText.clear();
                    r.homeDueText.clear();
                    r.whoText = tr("done by %1 · %2")
                                    .arg(people()->firstNameOf(t.assignee),
                                         display::due(t.doneAt, now, zone));
                } else if (m_view == View::Waiting && !from.isEmpty() && from != me) {
                    r.whoText =
                        tr("with %1 · via %2")
                            .arg(people()->firstNameOf(t.assignee), people()->firstNameOf(from));
                } else if (m_view == View::Waiting) {
                    r.whoText = tr("with %1").arg(people()->firstNameOf(t.assignee));
                } else if (!from.isEmpty() && from != me) {
                    r.whoText = tr("from %1").arg(people()->firstNameOf(from));
                }
                r.sourceText = sourceText(t.source);
                m_openCount += r.done || r.moved ? 0 : 1;
                m_newCount += r.isNew ? 1 : 0;
                m_urgentCount += r.urgent && !r.done ? 1 : 0;
                m_overdueCount += r.overdue ? 1 : 0;
                rows << r;
            }
        }
    });
    setRows(std::move(rows), [](const Row &r) { return r.id; });
    Q_EMIT loaded();
}

QList<Task> TaskListModel::keptInPlace(TaskRepo &repo, const QList<Task> &fresh, const QString &me,
                                       qint64 todayStart, qint64 tomorrow)
{
    QHash<QString, Task> byId;
    for (const Task &t : fresh)
        byId.insert(t.id, t);
    QStringList order;
    for (const QString &id : std::as_const(m_reviewOrder)) {
        if (byId.contains(id)) {
            order << id;
            continue;
        }
        // Gone from today's work: kept if this user struck it off today or moved it on;
        // one deleted or handed to someone else leaves.
        const auto t = repo.byId(id);
        if (!t || t->assignee != me)
            continue;
        const bool struck = t->status == TaskStatus::Done && t->doneAt >= todayStart;
        const bool moved = t->status == TaskStatus::Open && t->dueUtc >= tomorrow;
        if (struck || moved) {
            byId.insert(id, *t);
            order << id;
        }
    }
    // A task new to the review goes after the one before it in today's order.
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        if (order.contains(fresh[i].id))
            continue;
        order.insert(i == 0 ? 0 : order.indexOf(fresh[i - 1].id) + 1, fresh[i].id);
    }
    m_reviewOrder = order;
    QList<Task> out;
    for (const QString &id : std::as_const(order))
        out << byId.value(id);
    return out;
}

void TaskListModel::settle()
{
    if (m_reviewOrder.isEmpty())
        return;
    m_reviewOrder.clear();
    reload();
}

void TaskListModel::strike(const QString &taskId)
{
    if (!office())
        return;
    // Struck off, it was dealt with: reopened later it is no news again.
    readGuarded("strike", [&] { TaskRepo(*office()->store()).markSeen({taskId}); });
    office()->act([&](Database &db) { TaskRepo(db).markDone(taskId); });
}

void TaskListModel::undo(const QString &taskId)
{
    if (office())
        office()->act([&](Database &db) { TaskRepo(db).reopen(taskId); });
}

double TaskListModel::postpone(const QString &taskId)
{
    if (!office())
        return -1;
    qint64 before = -1;
    office()->act(
        [&](Database &db) { before = TaskRepo(db).postpone(taskId, office()->localZone()); });
    return double(before);
}

void TaskListModel::setDue(const QString &taskId, double dueUtc)
{
    if (office())
        office()->act([&](Database &db) { TaskRepo(db).setDue(taskId, qint64(dueUtc)); });
}

void TaskListModel::handTo(const QString &taskId, const QString &personId)
{
    if (office() && people())
        office()->act(
            [&](Database &db) { TaskRepo(db).handTo(taskId, personId, people()->me().id); });
}

void TaskListModel::restore(const QString &taskId)
{
    if (office())
        office()->act([&](Database &db) { TaskRepo(db).restore(taskId); });
}

void TaskListModel::toggleUrgent(const QString &taskId)
{
    if (office()) {
        office()->act([&](Database &db) {
            TaskRepo repo(db);
            if (const auto t = repo.byId(taskId))
                repo.setUrgent(taskId, !t->urgent);
        });
    }
}

void TaskListModel::markSeen()
{
    if (!open() || m_newCount == 0)
        return;
    QStringList ids;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.isNew)
            ids << r.id;
    }
    readGuarded("markSeen", [&] { TaskRepo(*office()->store()).markSeen(ids); });
    // Seen stays on this device: nothing goes up.
    office()->reloadViews();
}

QString TaskListModel::titleOf(const QString &taskId) const
{
    for (const Row &r : m_rows) {
        if (r.id == taskId)
            return r.title;
    }
    return {};
}

} // namespace spil::qml
