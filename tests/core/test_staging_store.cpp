// SPDX-License-Identifier: GPL-3.0-or-later
// Database::staging, the server's store for judging one write by the app's rules: it holds
// records as the server does, without checking that what they name is there, in every
// transaction, and a device's store still checks.
#include "TestStore.h"

#include "core/common/Error.h"
#include "core/store/Uuid7.h"

#include <QJsonObject>

using namespace spil;
using namespace spil::test;

namespace {
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
