// SPDX-License-Identifier: GPL-3.0-or-later
// Database::staging, the server's store for judging one write by the app's rules: it holds
// records as the server does, without checking that what they name is there, in every
// transaction, and a device's store still checks; and its trials, which undo a write's
// actions all at once.
#include "TestStore.h"

#include "core/common/Error.h"
#include "core/store/Uuid7.h"
#include "core/tasks/TaskRepo.h"

#include <QJsonObject>

using namespace spil;
using namespace spil::test;

namespace {
Task titled(const QString &title)
{
    Task t;
    t.title = title;
    return t;
}

// An item of a checklist run the store does not hold.
void addOrphanItem(Database &db, qint64 at = utc("2026-11-26T08:00:00Z"))
{
    Database::Transaction tx(db);
    db.applyRemote(QStringLiteral("checklist_items"), makeUuid7(at),
                   {{QStringLiteral("run_id"), makeUuid7(at + 1)},
                    {QStringLiteral("title"), QStringLiteral("Sleutels inleveren")}},
                   false);
    tx.commit();
}

class StagingStore : public StoreTest {};
} // namespace

TEST_F(StagingStore, ADevicesStoreRefusesARecordWhoseParentIsMissing)
{
    try {
        addOrphanItem(*db);
        ADD_FAILURE() << "the item was stored";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("FOREIGN KEY"))) << qPrintable(e.message());
    }
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT COUNT(*) FROM checklist_items")).toInt(), 0);
}

TEST_F(StagingStore, HoldsARecordWhoseParentIsMissingInAnyTransaction)
{
    const auto staging = Database::staging(clock);
    addOrphanItem(*staging);
    {
        // A transaction that trusts the server's order leaves the checks off, not on.
        Database::Transaction tx(*staging, Database::Transaction::TrustServerOrder);
        tx.commit();
    }
    addOrphanItem(*staging, utc("2026-11-27T08:00:00Z"));
    EXPECT_EQ(staging->scalar(QStringLiteral("SELECT COUNT(*) FROM checklist_items")).toInt(), 2);
    EXPECT_EQ(staging->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 0);
}

TEST_F(StagingStore, ATrialUndoesEveryActionInItAndKeepsWhatCameBefore)
{
    const auto staging = Database::staging(clock);
    addOrphanItem(*staging);
    {
        Database::Trial trial(*staging);
        addOrphanItem(*staging, utc("2026-11-27T08:00:00Z"));
        TaskRepo(*staging).add(titled(QStringLiteral("Verhuisdozen bestellen")));
        EXPECT_EQ(staging->scalar(QStringLiteral("SELECT COUNT(*) FROM checklist_items")).toInt(),
                  2);
        EXPECT_GT(staging->pendingCount(), 0);
    }
    EXPECT_EQ(staging->scalar(QStringLiteral("SELECT COUNT(*) FROM checklist_items")).toInt(), 1);
    EXPECT_EQ(staging->scalar(QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt(), 0);
    EXPECT_EQ(staging->pendingCount(), 0);
    // The store takes ordinary transactions, and another trial, again.
    addOrphanItem(*staging, utc("2026-11-28T08:00:00Z"));
    EXPECT_EQ(staging->scalar(QStringLiteral("SELECT COUNT(*) FROM checklist_items")).toInt(), 2);
    Database::Trial again(*staging);
}

TEST_F(StagingStore, AnActionThatFailsInATrialIsUndoneAloneAndTheTrialGoesOn)
{
    const auto staging = Database::staging(clock);
    Database::Trial trial(*staging);
    TaskRepo tasks(*staging);
    const QString kept = tasks.add(titled(QStringLiteral("Sleutels ophalen")));
    try {
        Database::Transaction tx(*staging);
        staging->insert(QStringLiteral("tasks"), {{QStringLiteral("title"), QStringLiteral("x")}});
        staging->insert(QStringLiteral("tasks"), {{QStringLiteral("no_such_field"), 1}});
        tx.commit();
        ADD_FAILURE() << "an unknown field was stored";
    } catch (const Error &) {
    }
    EXPECT_EQ(staging->scalar(QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt(), 1);
    EXPECT_TRUE(tasks.byId(kept).has_value());
    tasks.markDone(kept);
    EXPECT_EQ(tasks.byId(kept)->status, TaskStatus::Done);
}

TEST_F(StagingStore, OnlyAStagingStoreWithNothingOpenTakesATrial)
{
    EXPECT_THROW(Database::Trial{*db}, Error);
    const auto staging = Database::staging(clock);
    Database::Trial trial(*staging);
    EXPECT_THROW(Database::Trial{*staging}, Error);
}

TEST_F(StagingStore, ATrialSaysWhenItCouldNotUndoEverything)
{
    const auto staging = Database::staging(clock);
    {
        Database::Trial trial(*staging);
        addOrphanItem(*staging);
        EXPECT_TRUE(trial.end());
    }
    EXPECT_EQ(staging->scalar(QStringLiteral("SELECT COUNT(*) FROM checklist_items")).toInt(), 0);
    // The transaction ends under the trial, as SQLite ends it itself after some errors:
    // what came after it stays, and the trial says so.
    Database::Trial trial(*staging);
    staging->scalar(QStringLiteral("COMMIT"));
    addOrphanItem(*staging);
    EXPECT_FALSE(trial.end());
    EXPECT_EQ(staging->scalar(QStringLiteral("SELECT COUNT(*) FROM checklist_items")).toInt(), 1);
}
