// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/meetings/CarriedActionsModel.h"

#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/meetings/MinutesRepo.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"
#include "qml/shell/Display.h"
#include "qml/shell/OfficeStore.h"
#include "qml/shell/PeopleDirectory.h"
#include "qml/shell/ReadGuard.h"

namespace spil::qml {

CarriedActionsModel::CarriedActionsModel(OfficeStore *office, PeopleDirectory *people,
                                         QObject *parent)
    : CarriedActionsModel(parent)
{
    link(office, people);
}

void CarriedActionsModel::reload()
{
    QList<CarriedActionRow> rows;
    readGuarded("CarriedActionsModel", [&] {
        // Only a later occurrence of a series has earlier meetings to carry from.
        if (!open() || meeting().appointmentId.isEmpty() || meeting().occurrenceUtc < 0)
            return;
        Database &db = *office()->store();
        TaskRepo tasks(db);
        const qint64 now = office()->clock().nowMs();
        const QTimeZone zone = office()->localZone();
        for (const CarriedAction &c : MinutesRepo(db).openActionsFor(meeting())) {
            // The task's status, read through: it may have moved on since the minutes.
            const auto task = tasks.byId(c.action.taskId);
            const qint64 due = task ? task->dueUtc : c.action.dueUtc;
            CarriedActionRow row;
            row.id = c.action.id;
            row.text = c.action.text;
            row.owner = people()->nameOf(c.action.owner);
            row.detailText =
                tr("%1 · agreed %2")
                    .arg(c.itemTitle, display::dayShort(dateIn(c.occurrenceUtc, zone)));
            row.overdue = due >= 0 && due < now;
            const QString dueText = due >= 0 ? display::dayShort(dateIn(due, zone)) : QString();
            if (row.overdue)
                row.statusText = tr("Open · overdue since %1").arg(dueText);
            else
                row.statusText = dueText.isEmpty() ? tr("Open") : tr("Open · due %1").arg(dueText);
            rows << row;
        }
    });
    setRows(std::move(rows), [](const CarriedActionRow &r) { return r.id; });
}

} // namespace spil::qml
