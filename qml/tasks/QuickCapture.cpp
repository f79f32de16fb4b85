// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickCapture.h"

#include "DueChoice.h"
#include "app/AppServices.h"
#include "common/Clock.h"
#include "common/Time.h"
#include "store/Database.h"
#include "tasks/TaskRepo.h"

namespace spil::app {

QuickCapture::QuickCapture(QObject *parent) : QObject(parent) {}

void QuickCapture::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

qint64 QuickCapture::dueFor(const QString &due) const
{
    auto *app = AppServices::instance();
    return app ? dueForChoice(*app, due) : -1;
}

bool QuickCapture::capture(const QString &title, const QString &assigneeId, const QString &due,
                           bool urgent)
{
    auto *app = AppServices::instance();
    if (!app || !app->ready())
        return false;
    if (title.trimmed().isEmpty()) {
        setError(tr("What is the task?"));
        return false;
    }
    Task t;
    t.title = title.trimmed();
    t.assignee = assigneeId.isEmpty() ? app->personId() : assigneeId;
    t.createdBy = app->personId();
    t.delegatedBy = t.assignee == app->personId() ? QString() : app->personId();
    t.dueUtc = dueFor(due);
    t.urgent = urgent;
    t.source = QStringLiteral("in_passing");
    QString id;
    const QString error = app->act([&](Database &db) { id = TaskRepo(db).add(t); });
    setError(error);
    if (!error.isEmpty())
        return false;
    Q_EMIT captured(id);
    return true;
}

} // namespace spil::app
