// SPDX-License-Identifier: GPL-3.0-or-later
// SyncService::pushBatch, the group commit, on the backend the suite runs on: pushes that
// share a transaction are refused one by one, and a push alone in its transaction (which
// takes no savepoint) leaves nothing behind when refused.
#include "Harness.h"
#include "PgCluster.h"

#include "common/Clock.h"
#include "server/OpenStorage.h"
#include "server/SyncService.h"
#include "store/Uuid7.h"

#include <QDateTime>
#include <limits>

using namespace spil;
using namespace spil::test;

namespace {
class GroupCommit : public ::testing::Test {
protected:
    GroupCommit()
    {
        const QString db =
            ServerProcess::backendFromEnvironment() == ServerProcess::Backend::Postgres
                ? PgCluster::shared().newDatabase()
                : dir.filePath(QStringLiteral("server.db"));
        server::createStorage(db);
        storage = server::openStorage(db);
        service =
            std::make_unique<server::SyncService>(*storage, clock, server::SyncService::Options{});
    }

    // A device of its own user, whose tasks are its own.
    struct Pusher {
        server::Session session;
        QString clientId;
        QString person;
    };
    Pusher pusher(int n)
    {
        Pusher p;
        p.person = makeUuid7(1'700'000'000'000 + n);
        p.clientId = makeUuid7(1'700'000'000'300 + n);
        const server::User user{makeUuid7(1'700'000'000'100 + n),
                                storage->defaultWorkspace(),
                                QStringLiteral("u%1").arg(n),
                                QStringLiteral("office-manager"),
                                p.person,
                                {},
                                QStringLiteral("-")};
        storage->addUser(user);
        p.session = {user, server::Device{makeUuid7(1'700'000'000'200 + n), user.id,
                                          QStringLiteral("test"), QString(), 0,
                                          std::numeric_limits<qint64>::max(), 0}};
        return p;
    }
    // A whole new task, or (whole = false) a new task with only its title: refused.
    protocol::PushRequest newTask(const Pusher &p, const QString &taskId, bool whole = true)
    {
        QList<protocol::Change> changes =
            newTaskChanges(taskId, p.person, QStringLiteral("Taak"), p.clientId);
        if (!whole)
            changes = {changes.first()};
        return protocol::PushRequest{p.clientId, 0, {{1, changes}}};
    }
    bool stored(const QString &taskId)
    {
        return storage->hasRecord(storage->defaultWorkspace(), QStringLiteral("tasks"), taskId);
    }

    QTemporaryDir dir;
    ManualClock clock{QDateTime::currentMSecsSinceEpoch()};
    std::unique_ptr<server::ServerStorage> storage;
    std::unique_ptr<server::SyncService> service;
};
} // namespace

TEST_F(GroupCommit, ARefusedPushInABatchLeavesTheOthersStoredEachWithItsOwnVersion)
{
    const Pusher a = pusher(1), b = pusher(2), c = pusher(3);
    const QString taskA = makeUuid7(1'790'000'000'001), taskB = makeUuid7(1'790'000'000'002),
                  taskC = makeUuid7(1'790'000'000'003);
    const protocol::PushRequest pushA = newTask(a, taskA), pushB = newTask(b, taskB, false),
                                pushC = newTask(c, taskC);
    const QList<server::SyncService::PushResult> results =
        service->pushBatch({{&a.session, &pushA}, {&b.session, &pushB}, {&c.session, &pushC}});

    ASSERT_EQ(results.size(), 3);
    EXPECT_FALSE(results[0].error.has_value());
    ASSERT_TRUE(results[1].error.has_value());
    EXPECT_EQ(results[1].error->code, QStringLiteral("incomplete_record"));
    EXPECT_FALSE(results[2].error.has_value());
    EXPECT_EQ(results[0].reply.applied, 1);
    EXPECT_EQ(results[2].reply.applied, 1);
    EXPECT_EQ(results[2].reply.version, results[0].reply.version + 1);
    EXPECT_TRUE(stored(taskA));
    EXPECT_FALSE(stored(taskB));
    EXPECT_TRUE(stored(taskC));
    const QString workspace = storage->defaultWorkspace();
    EXPECT_EQ(storage->lastMutation(workspace, b.clientId), 0);
    EXPECT_EQ(storage->currentVersion(workspace), results[2].reply.version);
}

TEST_F(GroupCommit, ARefusedLonePushStoresNothingAndLeavesNoTransactionOpen)
{
    const Pusher a = pusher(1);
    const QString workspace = storage->defaultWorkspace();
    const qint64 before = storage->currentVersion(workspace);
    const QString refused = makeUuid7(1'790'000'000'001);
    const protocol::PushRequest incomplete = newTask(a, refused, false);
    const auto results = service->pushBatch({{&a.session, &incomplete}});
    ASSERT_TRUE(results.first().error.has_value());
    EXPECT_EQ(results.first().error->status, 400);
    EXPECT_FALSE(stored(refused));
    EXPECT_EQ(storage->currentVersion(workspace), before);
    // Nor is any mutation of it on record: the device may send it again, corrected.
    EXPECT_EQ(storage->lastMutation(workspace, a.clientId), 0);

    // The next push starts a transaction of its own and is stored.
    const QString kept = makeUuid7(1'790'000'000'002);
    const protocol::PushRequest whole = newTask(a, kept);
    const protocol::PushReply reply = service->push(a.session, whole);
    EXPECT_EQ(reply.applied, 1);
    EXPECT_EQ(reply.version, before + 1);
    EXPECT_TRUE(stored(kept));
}
