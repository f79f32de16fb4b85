// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tasks/Task.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace spil {

class Database;

// "A task arrived": of the tasks a sync brought to this device, those that are news to
// its user (TaskRepo::isNews), each announced once while the office stays open, however
// often later syncs bring it again.
class TaskArrivals {
public:
    // The tasks among taskIds to announce to `me` now, in the order given.
    QList<Task> take(Database &db, const QStringList &taskIds, const QString &me);
    // Another office, or another user: nothing was announced to them yet.
    void clear() { m_announced.clear(); }

private:
    QSet<QString> m_announced;
};

} // namespace spil
