// SPDX-License-Identifier: GPL-3.0-or-later
// A compaction that fails halfway leaves the store as it was, on both backends, and the
// store keeps working afterwards.
#include "PgCluster.h"
#include "ServerProcess.h"

#include "core/common/Error.h"
#include "core/store/SqlConnection.h"
#include "core/store/Uuid7.h"
#include "sync/server/OpenStorage.h"
#include "sync/server/PgConnection.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace spil;
using namespace spil::test;

namespace {
class Compaction : public ::testing::Test {
protected:
    Compaction()
        : postgres(ServerProcess::backendFromEnvironment() == ServerProcess::Backend::Postgres)
    {
        db = postgres ? PgCluster::shared().newDatabase()
                      : dir.filePath(QStringLiteral("server.db"));
        server::createStorage(db);
        storage = server::openStorage(db);
        workspace = storage->defaultWorkspace();
    }

    qint64 write(const server::StoredRecord &record)
    {
        storage->beginWrite(workspace);
        server::StoredRecord r = record;
        r.version = storage->takeNextVersion(workspace);
        r.newest = QStringLiteral("stamp-%1").arg(r.version);
        storage->saveRecord(workspace, r);
        storage->commit();
        return r.version;
    }

    // The store refuses to raise the horizon: compaction fails after it dropped the
    // tombstones, the step before.
    void refuseHorizon(bool refuse)
    {
        if (postgres) {
            server::PgConnection sql(server::PgAddress::parse(db));
            sql.script(
                refuse
                    ? QStringList{QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger "
                                                 "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION "
                                                 "'refused'; END $$"),
                                  QStringLiteral("CREATE TRIGGER refuse_horizon BEFORE UPDATE OF "
                                                 "horizon ON workspaces FOR EACH ROW EXECUTE "
                                                 "FUNCTION refuse()")}
                    : QStringList{QStringLiteral("DROP TRIGGER refuse_horizon ON workspaces")});
        } else {
            SqlConnection sql(db, {});
            sql.script({refuse ? QStringLiteral("CREATE TRIGGER refuse_horizon BEFORE UPDATE OF "
                                                "horizon ON workspaces BEGIN SELECT "
                                                "RAISE(ABORT, 'refused'); END")
                               : QStringLiteral("DROP TRIGGER refuse_horizon")});
        }
    }

    bool holds(const QString &id)
    {
        for (const server::StoredRecord &r : storage->recordsSince(workspace, 0, 1000)) {
            if (r.id == id)
                return true;
        }
        return false;
    }

    bool postgres;
    QTemporaryDir dir;
    QString db;
    std::unique_ptr<server::ServerStorage> storage;
    QString workspace;
};
} // namespace

TEST_F(Compaction, ThatFailsHalfwayLeavesTheStoreAsItWas)
{
    const QString id = makeUuid7(QDateTime::currentMSecsSinceEpoch());
    const qint64 deleted = write({QStringLiteral("tasks"), id, 0, true, {}, {}, {}});
    write({QStringLiteral("people"),
           makeUuid7(QDateTime::currentMSecsSinceEpoch()),
           0,
           false,
           {{QStringLiteral("name"), QStringLiteral("Later")}},
           {},
           {}});
    const qint64 horizon = storage->horizon(workspace);
    storage->endReads();

    refuseHorizon(true);
    EXPECT_THROW(storage->compact(workspace, deleted + 1), Error);
    storage->endReads();
    EXPECT_TRUE(holds(id)) << "the tombstone dropped before the failure came back";
    EXPECT_EQ(storage->horizon(workspace), horizon);

    // No transaction is left open: the next compaction runs and is stored.
    storage->endReads();
    refuseHorizon(false);
    EXPECT_EQ(storage->compact(workspace, deleted + 1), 1);
    storage->endReads();
    EXPECT_FALSE(holds(id));
    EXPECT_EQ(storage->horizon(workspace), deleted + 1);
}

// A CalDAV write reads the workspace's epoch, version and horizon in one statement; they
// are the same three the separate reads give, the horizon moved by a compaction too.
TEST_F(Compaction, ThePositionIsTheEpochVersionAndHorizonReadTogether)
{
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const qint64 deleted = write({QStringLiteral("tasks"), makeUuid7(at), 0, true, {}, {}, {}});
    write({QStringLiteral("people"),
           makeUuid7(at + 1),
           0,
           false,
           {{QStringLiteral("name"), QStringLiteral("Later")}},
           {},
           {}});
    ASSERT_EQ(storage->compact(workspace, deleted + 1), 1);
    storage->endReads();
    const server::ServerStorage::Position position = storage->position(workspace);
    EXPECT_EQ(position.epoch, storage->epoch());
    EXPECT_FALSE(position.epoch.isEmpty());
    EXPECT_EQ(position.version, storage->currentVersion(workspace));
    EXPECT_EQ(position.version, deleted + 1);
    EXPECT_EQ(position.horizon, deleted + 1);
    // A workspace with nothing in it yet, and one that is not there, stand at the start.
    const QString other = storage->addWorkspace(QStringLiteral("Tweede kantoor"));
    EXPECT_EQ(storage->position(other).version, 0);
    EXPECT_EQ(storage->position(other).epoch, position.epoch);
    EXPECT_EQ(storage->position(QStringLiteral("no-such-workspace")).version, 0);
    EXPECT_EQ(storage->position(QStringLiteral("no-such-workspace")).horizon, 0);
}
