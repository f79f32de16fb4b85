// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/secretariat/WorkDistributionModel.h"

#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/secretariat/ServiceRepo.h"
#include "core/tasks/TaskRepo.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <algorithm>

namespace spil::qml {

WorkDistributionModel::WorkDistributionModel(QObject *parent) : RowList(parent) {}

WorkDistributionModel::WorkDistributionModel(OfficeStore *office, PeopleDirectory *people,
                                             QObject *parent)
    : WorkDistributionModel(parent)
{
    link(office, people);
}

bool WorkDistributionModel::canReassign() const
{
    return people() && handsOnRequests(people()->me().role);
}

void WorkDistributionModel::reload()
{
    QList<SecretaryLoadRow> rows;
    m_weekPeak = 0;
    m_todayIndex = -1;
    readGuarded("WorkDistributionModel", [&] {
        if (!open())
            return;
        const QTimeZone zone = office()->localZone();
        const int weekday = dateIn(office()->clock().nowMs(), zone).dayOfWeek();
        m_todayIndex = weekday <= 5 ? weekday - 1 : -1;
        for (const SecretaryLoad &l : ServiceRepo(*office()->store()).distribution(zone)) {
            QVariantList week;
            for (int n : l.week) {
                week << n;
                m_weekPeak = std::max(m_weekPeak, n);
            }
            rows << SecretaryLoadRow{l.personId, l.name,    l.directors.join(QStringLiteral(", ")),
                                     l.open,     l.overdue, l.urgent,
                                     week};
        }
    });
    setRows(std::move(rows), [](const SecretaryLoadRow &r) { return r.personId; });
    Q_EMIT loaded();
}

QVariantList WorkDistributionModel::openTasksOf(const QString &personId) const
{
    QVariantList out;
    readGuarded("WorkDistributionModel", [&] {
        if (!open())
            return;
        const qint64 now = office()->clock().nowMs();
        QList<Task> tasks;
        for (const Task &t : TaskRepo(*office()->store()).list(personId)) {
            if (t.status == TaskStatus::Open)
                tasks << t;
        }
        const auto overdue = [now](const Task &t) { return t.dueUtc >= 0 && t.dueUtc < now; };
        std::stable_sort(tasks.begin(), tasks.end(), [&](const Task &a, const Task &b) {
            return std::pair(!overdue(a), !a.urgent) < std::pair(!overdue(b), !b.urgent);
        });
        for (const Task &t : tasks)
            out << QVariantMap{
                {QStringLiteral("taskId"), t.id},
                {QStringLiteral("title"), t.title},
                {QStringLiteral("dueText"),
                 t.dueUtc < 0 ? QString() : display::due(t.dueUtc, now, office()->localZone())},
                {QStringLiteral("urgent"), t.urgent},
                {QStringLiteral("overdue"), overdue(t)}};
    });
    return out;
}

bool WorkDistributionModel::reassign(const QString &taskId, const QString &toPersonId)
{
    if (!office() || !people())
        return false;
    QString before;
    const QString error =
        office()->act([&](Database &db) { before = ServiceRepo(db).reassign(taskId, toPersonId); });
    if (!error.isEmpty())
        return false;
    m_undoTask = taskId;
    m_undoTo = before;
    m_undoText = tr("Moved to %1").arg(people()->nameOf(toPersonId));
    Q_EMIT undoChanged();
    return true;
}

bool WorkDistributionModel::undoReassign()
{
    if (m_undoTask.isEmpty() || !office())
        return false;
    const QString task = std::exchange(m_undoTask, QString());
    const QString to = std::exchange(m_undoTo, QString());
    m_undoText.clear();
    Q_EMIT undoChanged();
    return office()->act([&](Database &db) { ServiceRepo(db).reassign(task, to); }).isEmpty();
}

} // namespace spil::qml
