// SPDX-License-Identifier: GPL-3.0-or-later
// What a person may read changes: a task handed away, an assistant given other directors,
// a record that was confidential when a value was written. No value reaches anyone who
// could not read it, on any route, and a device keeps nothing its user lost sight of.
#include "Harness.h"

#include "core/agenda/AgendaRepo.h"
#include "core/tasks/TaskRepo.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace spil;
using namespace spil::test;

namespace {
// Every table and column of a device's store, read through a connection of its own: the
// places in which text survives, whatever the app's repositories would show.
QStringList storeCellsHolding(Database &db, const QString &text)
{
    const QString path =
        db.scalar(QStringLiteral("SELECT file FROM pragma_database_list WHERE name = 'main'"))
            .toString();
    const QString name = QUuid::createUuid().toString();
    QStringList found;
    {
        QSqlDatabase store = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        store.setDatabaseName(path);
        EXPECT_TRUE(store.open()) << path.toStdString();
        QStringList tables;
        QSqlQuery list(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"),
                       store);
        while (list.next())
            tables << list.value(0).toString();
        EXPECT_TRUE(tables.contains(QStringLiteral("tasks")));
        for (const QString &table : tables) {
            QSqlQuery rows(QStringLiteral("SELECT * FROM \"%1\"").arg(table), store);
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i) {
                    if (rows.value(i).toString().contains(text))
                        found << table + QLatin1Char('.') + rows.record().fieldName(i);
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

bool conflictsShow(const ServerProcess &server, const QString &user, const QString &text)
{
    const HttpResult r =
        server.request("GET", QStringLiteral("/v1/conflicts"), {}, server.login(user));
    EXPECT_EQ(r.status, 200) << r.body.constData();
    return r.body.contains(text.toUtf8());
}

QString title(Database &db, const QString &entity, const QString &id)
{
    const auto row = db.get(entity, id);
    return row ? row->value(QStringLiteral("title")).toString() : QStringLiteral("<missing>");
}

// The device synced until it is idle and the condition holds (a reset syncs twice).
bool settles(SyncedDevice &device, const std::function<bool()> &holds)
{
    device.client().syncNow();
    return waitFor(
        [&] { return device.client().state() == client::SyncClient::State::Idle && holds(); });
}
} // namespace

TEST(Sight, AConflictOverAConfidentialTitleIsNotShownOnceTheMeetingIsOpen)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten")),
        laptop(server, QStringLiteral("maarten")), sanne(server, QStringLiteral("sanne"));
    Appointment a;
    a.owner = maarten.personId();
    a.title = QStringLiteral("Gesprek overname");
    a.confidential = true;
    a.startUtc = 1'800'000'000'000LL;
    a.endUtc = a.startUtc + 3'600'000;
    const QString id = AgendaRepo(maarten.db()).add(a, true);
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(laptop.sync());
    ASSERT_TRUE(sanne.sync());
    // The assistant renames it while it is confidential...
    AgendaRepo(sanne.db())
        .update(id, {{QStringLiteral("title"), QStringLiteral("Overname Hofstede")}}, true);
    ASSERT_TRUE(sanne.sync());
    // ...and his laptop, which had not heard of that, opens it up under another title.
    AgendaRepo(laptop.db())
        .update(id,
                {{QStringLiteral("title"), QStringLiteral("Tandarts")},
                 {QStringLiteral("confidential"), false}},
                true);
    ASSERT_TRUE(laptop.sync());

    EXPECT_TRUE(
        conflictsShow(server, QStringLiteral("maarten"), QStringLiteral("Overname Hofstede")))
        << "the conflict was not logged, so this test proves nothing";
    EXPECT_TRUE(
        conflictsShow(server, QStringLiteral("sanne"), QStringLiteral("Overname Hofstede")));
    for (const char *user : {"joris", "fatima", "ingrid"})
        EXPECT_FALSE(
            conflictsShow(server, QLatin1String(user), QStringLiteral("Overname Hofstede")))
            << user << " read a title written while the meeting was confidential";
}

TEST(Sight, ATasksOldNotesAreNotShownToItsNewAssignee)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten")), sanne(server, QStringLiteral("sanne")),
        joris(server, QStringLiteral("joris"));
    const QString id = delegate(maarten, sanne, "Contract nakijken");
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.sync());
    TaskRepo(sanne.db()).update(id, {.notes = QStringLiteral("Salaris 9400")});
    ASSERT_TRUE(sanne.sync());
    // He had not pulled her note when he rewrote it and handed the task to Joris.
    TaskRepo(maarten.db())
        .update(id, {.notes = QStringLiteral("Graag voor vrijdag"), .assignee = joris.personId()});
    ASSERT_TRUE(maarten.sync());

    EXPECT_TRUE(conflictsShow(server, QStringLiteral("maarten"), QStringLiteral("Salaris 9400")))
        << "the conflict was not logged, so this test proves nothing";
    EXPECT_FALSE(conflictsShow(server, QStringLiteral("joris"), QStringLiteral("Salaris 9400")))
        << "the new assignee read notes written before he could read the task";
    ASSERT_TRUE(joris.sync());
    EXPECT_TRUE(storeCellsHolding(joris.db(), QStringLiteral("Salaris 9400")).isEmpty());
}

TEST(Sight, ATaskHandedAwayLeavesNothingOfItOnThePreviousHoldersDevice)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten")), sanne(server, QStringLiteral("sanne")),
        lotte(server, QStringLiteral("lotte"));
    const QString id = delegate(maarten, sanne, "Ontslag Inkoop voorbereiden");
    TaskRepo(maarten.db()).update(id, {.notes = QStringLiteral("Dossier K-17")});
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(storeCellsHolding(sanne.db(), QStringLiteral("Dossier K-17"))
                    .contains(QStringLiteral("tasks.notes")));

    TaskRepo(maarten.db()).update(id, {.assignee = lotte.personId()});
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(lotte.sync());
    EXPECT_EQ(title(lotte.db(), QStringLiteral("tasks"), id),
              QStringLiteral("Ontslag Inkoop voorbereiden"));
    for (const char *secret : {"Ontslag Inkoop", "Dossier K-17"})
        EXPECT_EQ(storeCellsHolding(sanne.db(), QLatin1String(secret)), QStringList())
            << secret << " stayed on the device of who handed it on";
    EXPECT_FALSE(
        sanne.db().scalar(QStringLiteral("SELECT 1 FROM tasks WHERE id = ?"), {id}).isValid());
}

TEST(Sight, AnAssistantGivenAnotherDirectorReadsHisOlderConfidentialItemsAndNoLongerTheFirsts)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten")),
        ingrid(server, QStringLiteral("ingrid")), sanne(server, QStringLiteral("sanne"));
    const auto confidential = [](SyncedDevice &owner, const char *text, qint64 start) {
        Appointment a;
        a.owner = owner.personId();
        a.title = QLatin1String(text);
        a.notes = QLatin1String(text);
        a.confidential = true;
        a.startUtc = start;
        a.endUtc = start + 3'600'000;
        return AgendaRepo(owner.db()).add(a, true);
    };
    const QString his = confidential(maarten, "Fusie Delta", 1'800'000'000'000LL);
    const QString hers = confidential(ingrid, "Rechtszaak Omega", 1'800'100'000'000LL);
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(ingrid.sync());
    ASSERT_TRUE(sanne.sync());
    ASSERT_EQ(title(sanne.db(), QStringLiteral("appointments"), his),
              QStringLiteral("Fusie Delta"));
    ASSERT_EQ(title(sanne.db(), QStringLiteral("appointments"), hers), QString());
    // A change waiting on her device survives the start-over.
    Task own;
    own.title = QStringLiteral("Bloemen bestellen");
    own.assignee = own.createdBy = sanne.personId();
    const QString task = TaskRepo(sanne.db()).add(own);

    ASSERT_EQ(server.admin({QStringLiteral("user"), QStringLiteral("set-principals"),
                            QStringLiteral("sanne"), QStringLiteral("ingrid")}),
              0)
        << server.lastOutput().constData();
    ASSERT_TRUE(settles(sanne, [&] {
        return title(sanne.db(), QStringLiteral("appointments"), hers) ==
               QStringLiteral("Rechtszaak Omega");
    })) << "what she gained did not arrive";
    // His meeting stays as a busy block only, and nothing of it is left in her store.
    EXPECT_EQ(title(sanne.db(), QStringLiteral("appointments"), his), QString());
    EXPECT_TRUE(sanne.db().get(QStringLiteral("appointments"), his).has_value());
    EXPECT_EQ(storeCellsHolding(sanne.db(), QStringLiteral("Fusie Delta")), QStringList());
    EXPECT_EQ(sanne.db().pendingCount(), 0);
    EXPECT_TRUE(TaskRepo(sanne.db()).byId(task).has_value());
    EXPECT_TRUE(server
                    .request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {},
                             server.login(QStringLiteral("sanne")))
                    .body.contains("Bloemen bestellen"));
    // Her person record says whom she serves now, for every device.
    ASSERT_TRUE(maarten.sync());
    EXPECT_EQ(maarten.db()
                  .get(QStringLiteral("people"), sanne.personId())
                  ->value(QStringLiteral("principals"))
                  .toStringList(),
              QStringList{ingrid.personId()});
}

TEST(Sight, OnlyAnAdminSetsWhomAnAssistantServesThroughTheApi)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    ASSERT_EQ(server.addAdmin(QStringLiteral("beheer")), 0);
    const QString path = QStringLiteral("/v1/principals");
    const QByteArray body = R"({"user":"sanne","principals":["ingrid"]})";
    for (const char *user : {"fatima", "maarten", "sanne", "joris"}) {
        const HttpResult r = server.request("POST", path, body, server.login(QLatin1String(user)));
        EXPECT_EQ(r.status, 403) << user;
        EXPECT_EQ(r.errorCode(), QStringLiteral("forbidden")) << user;
    }
    const QString admin = server.login(QStringLiteral("beheer"));
    const HttpResult unknown =
        server.request("POST", path, R"({"user":"nobody","principals":[]})", admin);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.errorCode(), QStringLiteral("not_found"));
    const HttpResult notDirector =
        server.request("POST", path, R"({"user":"sanne","principals":["joris"]})", admin);
    EXPECT_EQ(notDirector.status, 400);
    EXPECT_EQ(notDirector.errorCode(), QStringLiteral("bad_request"));
    const HttpResult wrongType =
        server.request("POST", path, R"({"user":"sanne","principals":"ingrid"})", admin);
    EXPECT_EQ(wrongType.status, 400);
    EXPECT_EQ(wrongType.errorCode(), QStringLiteral("bad_request"));
    EXPECT_EQ(server.request("GET", path, {}, admin).status, 405);

    const QString sanne = server.login(QStringLiteral("sanne"));
    const qint64 before = server.version(sanne);
    ASSERT_GT(before, 0);
    const HttpResult ok = server.request("POST", path, body, admin);
    ASSERT_EQ(ok.status, 200) << ok.body.constData();
    EXPECT_EQ(ok.json().value(QStringLiteral("version")).toInteger(), before + 1);
    // Her devices start over: a cursor from before the change is reset.
    const HttpResult pull =
        server.request("GET", QStringLiteral("/v1/pull?since=%1").arg(before), {}, sanne);
    EXPECT_EQ(pull.status, 410);
    EXPECT_EQ(pull.errorCode(), QStringLiteral("reset"));
    EXPECT_EQ(server.request("GET", QStringLiteral("/v1/pull?since=%1").arg(before + 1), {}, sanne)
                  .status,
              200);
}
