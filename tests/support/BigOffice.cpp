// SPDX-License-Identifier: GPL-3.0-or-later
#include "BigOffice.h"

#include "ServerProcess.h"
#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"
#include "sync/client/SyncClient.h"

#include <QTemporaryDir>

namespace spil::test {

QString addTasks(const ServerProcess &server, const QString &user, int count)
{
    QTemporaryDir dir;
    SystemClock clock;
    Database db(dir.filePath(QStringLiteral("filler.db")), clock);
    client::SyncClient client(db);
    client.setRetrying(false);
    QString error = QStringLiteral("no answer to the login");
    bool done = false;
    client.login(server.url(), user, QStringLiteral("spil-demo"), QStringLiteral("filler"),
                 [&](const QString &e) {
                     error = e;
                     done = true;
                 });
    if (!waitFor([&] { return done; }, 30000) || !error.isEmpty())
        return error;
    const QString person = client.engine().login()->personId;
    TaskRepo tasks(db);
    for (int i = 0; i < count; ++i) {
        Task t;
        t.title = QStringLiteral("Dossier %1 nakijken").arg(i + 1);
        t.assignee = person;
        t.createdBy = person;
        tasks.add(t);
    }
    bool finished = false;
    error = QStringLiteral("the sync did not end");
    QObject::connect(&client, &client::SyncClient::synced, [&] {
        error.clear();
        finished = true;
    });
    QObject::connect(&client, &client::SyncClient::failed, [&](const QString &e) {
        error = e;
        finished = true;
    });
    client.syncNow();
    waitFor([&] { return finished; }, 120000);
    if (error.isEmpty() && db.pendingCount() != 0)
        error = QStringLiteral("%1 changes were not pushed").arg(db.pendingCount());
    return error;
}

} // namespace spil::test
