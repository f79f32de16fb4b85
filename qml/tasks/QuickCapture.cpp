// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/tasks/QuickCapture.h"

#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"

namespace spil::qml {

QuickCapture::QuickCapture(QObject *parent) : OfficeView(parent) {}

QuickCapture::QuickCapture(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : QuickCapture(parent)
{
    link(office, people);
}

void QuickCapture::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

qint64 QuickCapture::dueFor(TaskDue due) const
{
    if (!office() || !people())
        return -1;
    return spil::dueFor(due, office()->clock().nowMs(), office()->localZone(),
                        people()->me().workEndMin)
        .value_or(-1);
}

bool QuickCapture::capture(const QString &title, const QString &assigneeId, TaskDue due,
                           bool urgent)
{
    if (!open())
        return false;
    if (title.trimmed().isEmpty()) {
        setError(tr("What is the task?"));
        return false;
    }
    Task t;
    t.title = title.trimmed();
    t.assignee = assigneeId.isEmpty() ? people()->me().id : assigneeId;
    t.createdBy = people()->me().id;
    t.delegatedBy = t.assignee == people()->me().id ? QString() : people()->me().id;
    t.dueUtc = dueFor(due);
    t.urgent = urgent;
    t.source = TaskSource::InPassing;
    QString id;
    const QString error = office()->act([&](Database &db) { id = TaskRepo(db).add(t); });
    setError(error);
    if (!error.isEmpty())
        return false;
    Q_EMIT captured(id);
    return true;
}

} // namespace spil::qml
