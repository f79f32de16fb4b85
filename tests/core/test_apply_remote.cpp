// SPDX-License-Identifier: GPL-3.0-or-later
// Database::applyRemote, the one way synced state enters a device's store: what it writes
// for a record new to the device, for one it holds, for a tombstone, and around fields whose
// own changes still wait in the outbox.
#include "TestStore.h"

#include "core/store/Uuid7.h"
#include "core/tasks/TaskRepo.h"

#include <QJsonObject>

using namespace spil;
using namespace spil::test;

namespace {
class ApplyRemote : public StoreTest {
protected:
    void apply(const QString &recordId, const QJsonObject &fields, bool deleted = false,
               const QSet<QString> &keepLocal = {})
    {
        Database::Transaction tx(*db, Database::Transaction::TrustServerOrder);
        db->applyRemote(QStringLiteral("tasks"), recordId, fields, deleted, keepLocal);
        tx.commit();
    }
    QVariant column(const QString &recordId, const char *name)
    {
        return db->scalar(
            QStringLiteral("SELECT %1 FROM tasks WHERE id = ?").arg(QLatin1String(name)),
            {recordId});
    }
    const QString id = makeUuid7(utc("2026-11-26T08:00:00Z"));
};
} // namespace

TEST_F(ApplyRemote, ARecordNewToTheDeviceArrivesWithItsFieldsAndRecordsNoChange)
{
    apply(id,
          {{QStringLiteral("title"), QStringLiteral("Taxi")}, {QStringLiteral("urgent"), true}});
    EXPECT_EQ(column(id, "title").toString(), QStringLiteral("Taxi"));
    EXPECT_EQ(column(id, "urgent").toInt(), 1);
    EXPECT_EQ(column(id, "status").toString(), QStringLiteral("open")); // the default
    EXPECT_EQ(column(id, "deleted").toInt(), 0);
    EXPECT_EQ(db->pendingCount(), 0);
}

TEST_F(ApplyRemote, ARecordTheDeviceHoldsTakesTheFieldsGivenAndKeepsTheOthers)
{
    apply(id, {{QStringLiteral("title"), QStringLiteral("Taxi")},
               {QStringLiteral("notes"), QStringLiteral("Schiphol")}});
    apply(id, {{QStringLiteral("title"), QStringLiteral("Taxi bestellen")}});
    EXPECT_EQ(column(id, "title").toString(), QStringLiteral("Taxi bestellen"));
    EXPECT_EQ(column(id, "notes").toString(), QStringLiteral("Schiphol"));
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt(), 1);
}

TEST_F(ApplyRemote, ATombstoneRemovesAHeldRecordAndLeavesNothingForAnUnseenOne)
{
    apply(id, {{QStringLiteral("title"), QStringLiteral("Taxi")}});
    apply(id, {}, true);
    EXPECT_EQ(column(id, "deleted").toInt(), 1);
    EXPECT_EQ(column(id, "title").toString(), QStringLiteral("Taxi"));

    const QString unseen = makeUuid7(utc("2026-11-26T09:00:00Z"));
    apply(unseen, {}, true);
    EXPECT_FALSE(column(unseen, "id").isValid());
}

TEST_F(ApplyRemote, AFieldWithALocalChangeWaitingKeepsTheLocalValue)
{
    apply(id, {{QStringLiteral("title"), QStringLiteral("Taxi")},
               {QStringLiteral("notes"), QStringLiteral("Schiphol")}});
    const QSet<QString> waiting{
        Database::fieldKey(QStringLiteral("tasks"), id, QStringLiteral("title")),
        Database::fieldKey(QStringLiteral("tasks"), id, QStringLiteral("deleted"))};
    db->run(QStringLiteral("UPDATE tasks SET title = 'Taxi (mijn versie)' WHERE id = ?"), {id});
    apply(id,
          {{QStringLiteral("title"), QStringLiteral("Taxi (server)")},
           {QStringLiteral("notes"), QStringLiteral("Centraal")}},
          true, waiting);
    EXPECT_EQ(column(id, "title").toString(), QStringLiteral("Taxi (mijn versie)"));
    EXPECT_EQ(column(id, "notes").toString(), QStringLiteral("Centraal"));
    EXPECT_EQ(column(id, "deleted").toInt(), 0);
}

// A page asks what waits for its own records alone (bench/app_models_bench times it with an
// office made on this device and never pushed).
TEST_F(ApplyRemote, WhatWaitsIsReadForThePagesRecordsAlone)
{
    const QString sanne = addPerson("Sanne de Vries", Role::Assistant);
    const auto add = [&](const char *title) {
        Task t;
        t.title = QString::fromUtf8(title);
        t.assignee = sanne;
        return TaskRepo(*db).add(t);
    };
    const QString mine = add("Taxi");
    const QString other = add("Bloemen");
    const QSet<QString> waiting = db->pendingFieldKeys({mine});
    EXPECT_TRUE(waiting.contains(
        Database::fieldKey(QStringLiteral("tasks"), mine, QStringLiteral("title"))));
    for (const QString &key : waiting)
        EXPECT_FALSE(key.contains(other)) << key.toStdString();
    EXPECT_TRUE(db->pendingFieldKeys({}).isEmpty());
    EXPECT_TRUE(db->pendingFieldKeys({id}).isEmpty());
}
