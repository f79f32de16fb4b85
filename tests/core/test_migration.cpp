// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/checklists/ChecklistRepo.h"
#include "core/common/Error.h"
#include "core/documents/DocumentRepo.h"
#include "core/store/Schema.h"
#include "core/tasks/TaskRepo.h"

using namespace spil;
using namespace spil::test;

// A store written by the release that shipped schema version 1 (people, agenda, tasks),
// then opened by this build.
TEST(Migration, UpgradesAVersionOneStoreInPlaceWithItsData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    ManualClock clock(utc("2026-01-05T09:00:00Z"));
    QString client;
    {
        Database old(path, clock, 1);
        ASSERT_EQ(old.schemaVersion(), 1);
        client = old.clientId();
        old.run(QStringLiteral("INSERT INTO people (id, name, handle, role) VALUES "
                               "('01900000-0000-7000-8000-000000000001', 'Maarten', 'maarten', "
                               "'director')"));
        old.run(QStringLiteral("INSERT INTO tasks (id, title, assignee, status, created_at) VALUES "
                               "('01900000-0000-7000-8000-000000000002', 'Oude taak', "
                               "'01900000-0000-7000-8000-000000000001', 'open', 0)"));
        old.run(
            QStringLiteral("INSERT INTO outbox (mutation, entity, record_id, field, value, hlc) "
                           "VALUES (1, 'tasks', '01900000-0000-7000-8000-000000000002', "
                           "'title', '\"Oude taak\"', '000000000001-0000-x')"));
    }
    Database db(path, clock);
    EXPECT_EQ(db.schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(db.clientId(), client);

    const auto maarten =
        PeopleRepo(db).byId(QStringLiteral("01900000-0000-7000-8000-000000000001"));
    ASSERT_TRUE(maarten.has_value());
    EXPECT_EQ(maarten->name, QStringLiteral("Maarten"));
    EXPECT_EQ(maarten->prepMinutes, 0); // the new column's default
    const auto tasks = TaskRepo(db).list(maarten->id);
    ASSERT_EQ(tasks.size(), 1);
    EXPECT_EQ(tasks.first().title, QStringLiteral("Oude taak"));
    EXPECT_EQ(db.pendingCount(), 1);               // unsynced changes survive the upgrade
    EXPECT_TRUE(tasks.first().handedBy.isEmpty()); // version 5: no hands yet

    // What version 2 added works on the upgraded store.
    PeopleRepo(db).update(maarten->id, {{QStringLiteral("prep_minutes"), 90}});
    EXPECT_EQ(PeopleRepo(db).byId(maarten->id)->prepMinutes, 90);
    ChecklistTemplate t;
    t.name = QStringLiteral("Verhuizing");
    t.items << TemplateItem{{}, QStringLiteral("Dag"), 0, 0, QStringLiteral("Sleutels"), {}, 0};
    ChecklistRepo checklists(db);
    const QString run = checklists.startRun(checklists.addTemplate(t), {}, QDate(2026, 2, 1),
                                            QStringLiteral("Europe/Amsterdam"), maarten->id);
    EXPECT_EQ(checklists.items(run).size(), 1);

    // So does what version 6 added.
    Document d;
    d.title = QStringLiteral("Jaarrekening");
    d.sha256 = QString(64, QLatin1Char('a'));
    DocumentRepo documents(db);
    EXPECT_EQ(documents.byId(documents.add(d))->title, QStringLiteral("Jaarrekening"));
}

TEST(Migration, RefusesAStoreFromANewerRelease)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    ManualClock clock(0);
    {
        Database db(path, clock);
        db.run(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1));
    }
    try {
        Database db(path, clock);
        FAIL() << "opened a store of a newer schema";
    } catch (const Error &e) {
        EXPECT_EQ(e.kind(), ErrorKind::Storage);
        EXPECT_TRUE(e.message().contains(QStringLiteral("schema version")));
    }
}

TEST(Migration, EachStepRunsOnceAndIsRecorded)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    ManualClock clock(0);
    {
        Database db(path, clock, 1);
    }
    {
        Database db(path, clock);
    }
    Database db(path, clock); // opening a current store again changes nothing
    EXPECT_EQ(db.schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('people') "
                                       "WHERE name = 'prep_minutes'"))
                  .toInt(),
              1);
}
