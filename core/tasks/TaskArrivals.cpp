// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tasks/TaskArrivals.h"

#include "core/tasks/TaskRepo.h"

namespace spil {

QList<Task> TaskArrivals::take(Database &db, const QStringList &taskIds, const QString &me)
{
    QList<Task> out;
    if (me.isEmpty())
        return out;
    TaskRepo tasks(db);
    const QSet<QString> seen = tasks.seen();
    for (const QString &id : taskIds) {
        if (m_announced.contains(id))
            continue;
        const auto task = tasks.byId(id);
        if (!task || !TaskRepo::isNews(*task, me, seen))
            continue;
        m_announced.insert(id);
        out << *task;
    }
    return out;
}

} // namespace spil
