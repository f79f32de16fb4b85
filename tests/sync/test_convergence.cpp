// SPDX-License-Identifier: GPL-3.0-or-later
#include "Harness.h"

#include "core/checklists/ChecklistRepo.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/tasks/TaskRepo.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace spil;
using namespace spil::test;

namespace {
// A checklist's state as every device should see it.
QStringList checklistState(Database &db)
{
    QStringList out;
    ChecklistRepo repo(db);
    for (const ChecklistRun &run : repo.runs()) {
        for (const ChecklistItem &item : repo.items(run.id))
            out << item.title + QLatin1Char('=') + toText(item.status) + QLatin1Char('/') +
                       item.notes;
    }
    return out;
}
} // namespace

// A server with the director's and his assistant's devices logged in.
class SyncPair : public ::testing::Test {
protected:
    ServerProcess server{QStringLiteral(SPIL_SERVER_PATH)};
    SyncedDevice maarten{server, QStringLiteral("maarten")};
    SyncedDevice sanne{server, QStringLiteral("sanne")};
};

// The same, with both devices on one clock the test moves: which of two offline edits is
// the later is the test's to say.
class SyncPairOnOneClock : public ::testing::Test {
protected:
    ServerProcess server{QStringLiteral(SPIL_SERVER_PATH)};
    ManualClock clock{QDateTime::currentMSecsSinceEpoch()};
    SyncedDevice maarten{server, QStringLiteral("maarten"), &clock};
    SyncedDevice sanne{server, QStringLiteral("sanne"), &clock};
};

TEST(Sync, TwoAndThenThreeClientsConverge)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice fatima(server, QStringLiteral("fatima")), noor(server, QStringLiteral("noor")),
        joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(fatima.sync());
    ASSERT_TRUE(noor.sync());
    ASSERT_EQ(checklistState(fatima.db()), checklistState(noor.db()));

    // Two people tick items of the move-day run at the same time.
    ChecklistRepo fatimaList(fatima.db()), noorList(noor.db());
    const auto items = fatimaList.items(fatimaList.runs().first().id);
    fatimaList.tick(items[5].id, fatima.personId());
    noorList.tick(items[7].id, noor.personId());
    noorList.setNotes(items[8].id, QStringLiteral("kabels gelabeld"));
    // Meanwhile Fatima hands the same item to Noor: both changes hold on both devices.
    fatimaList.handTo(items[8].id, noor.personId());
    ASSERT_TRUE(fatima.sync());
    ASSERT_TRUE(noor.sync());
    ASSERT_TRUE(fatima.sync());
    EXPECT_EQ(checklistState(fatima.db()), checklistState(noor.db()));
    EXPECT_EQ(fatimaList.itemById(items[7].id)->status, ChecklistItemStatus::Done);
    EXPECT_EQ(noorList.itemById(items[8].id)->responsible, noor.personId());
    EXPECT_EQ(noorList.itemById(items[8].id)->notes, QStringLiteral("kabels gelabeld"));

    // A third device joins late and catches up with everything, then adds its own.
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(checklistState(joris.db()), checklistState(fatima.db()));
    ChecklistRepo(joris.db())
        .addIncident(fatimaList.runs().first().id, QStringLiteral("Lift blijft hangen"),
                     joris.personId());
    for (SyncedDevice *d : {&joris, &fatima, &noor})
        ASSERT_TRUE(d->sync());
    for (SyncedDevice *d : {&fatima, &noor})
        EXPECT_EQ(ChecklistRepo(d->db()).incidents(fatimaList.runs().first().id).size(), 2);
    EXPECT_EQ(fatima.db().pendingCount(), 0);
}

TEST_F(SyncPair, ADelegatedTaskReachesTheAssigneeThroughAPokeWithinASecond)
{
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.watch());

    const QString id = delegate(maarten, sanne, "Hotel in Berlijn boeken", true);
    ASSERT_TRUE(maarten.sync());
    // Sanne's device does not poll: only the poke can bring the task.
    QElapsedTimer sincePush;
    sincePush.start();
    const bool arrived = waitFor([&] { return TaskRepo(sanne.db()).byId(id).has_value(); }, 1000);
    EXPECT_TRUE(arrived) << "not there after " << sincePush.elapsed() << " ms";
    EXPECT_TRUE(TaskRepo(sanne.db()).byId(id)->urgent);
}

TEST_F(SyncPair, OfflineEditsOnBothSidesMergeFieldByField)
{
    const QString id = delegate(maarten, sanne, "Bloemen bestellen");
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.sync());

    // Both offline: he renames it, she sets a due time and marks it urgent.
    TaskRepo(maarten.db()).update(id, {.title = QStringLiteral("Bloemen voor Joris bestellen")});
    TaskRepo(sanne.db()).update(id, {.dueUtc = 1'800'000'000'000LL, .urgent = true});
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.sync());
    for (SyncedDevice *d : {&maarten, &sanne}) {
        const Task t = *TaskRepo(d->db()).byId(id);
        EXPECT_EQ(t.title, QStringLiteral("Bloemen voor Joris bestellen"));
        EXPECT_EQ(t.dueUtc, 1'800'000'000'000LL);
        EXPECT_TRUE(t.urgent);
    }
}

TEST_F(SyncPairOnOneClock, TheSameFieldEditedTwiceKeepsTheLaterAndLogsTheOther)
{
    const QString id = delegate(maarten, sanne, "Offerte");
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.sync());
    TaskRepo(sanne.db()).update(id, {.title = QStringLiteral("Offerte (Sanne)")});
    clock.advance(1000);
    TaskRepo(maarten.db()).update(id, {.title = QStringLiteral("Offerte (Maarten)")});
    ASSERT_TRUE(maarten.sync()); // the later edit reaches the server first
    ASSERT_TRUE(sanne.sync());   // the earlier one loses its merge
    ASSERT_TRUE(maarten.sync());
    for (SyncedDevice *d : {&maarten, &sanne})
        EXPECT_EQ(TaskRepo(d->db()).byId(id)->title, QStringLiteral("Offerte (Maarten)"));
    const QString token = server.login(QStringLiteral("sanne"));
    const HttpResult log = server.request("GET", QStringLiteral("/v1/conflicts"), {}, token);
    ASSERT_EQ(log.status, 200);
    const QJsonArray conflicts = log.json().value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts[0].toObject().value(QStringLiteral("lost_value")),
              QStringLiteral("Offerte (Sanne)"));
    EXPECT_EQ(conflicts[0].toObject().value(QStringLiteral("kept_value")),
              QStringLiteral("Offerte (Maarten)"));
}

// Two people tick one item of the move-day run while neither has the other's tick: the
// item was done once, by whoever ticked it first, whichever device reaches the server first.
// The clock moves by seconds: stamps a minute ahead of the server's are clamped to its own.
class TicksOnOneClock : public ::testing::Test {
protected:
    // An item of the move-day run, once both devices hold the run.
    QString anItem()
    {
        EXPECT_TRUE(fatima.sync());
        EXPECT_TRUE(noor.sync());
        ChecklistRepo list(fatima.db());
        return list.items(list.runs().first().id)[3].id;
    }
    void expectDoneOnBoth(const QString &id, const QString &by, qint64 at)
    {
        for (SyncedDevice *d : {&fatima, &noor}) {
            const auto item = ChecklistRepo(d->db()).itemById(id);
            EXPECT_EQ(item->status, ChecklistItemStatus::Done);
            EXPECT_EQ(item->doneBy, by);
            EXPECT_EQ(item->doneAt, at);
        }
    }
    ServerProcess server{QStringLiteral(SPIL_SERVER_PATH)};
    ManualClock clock{QDateTime::currentMSecsSinceEpoch()};
    SyncedDevice fatima{server, QStringLiteral("fatima"), &clock};
    SyncedDevice noor{server, QStringLiteral("noor"), &clock};
};
class TwoTicksOffline : public TicksOnOneClock, public ::testing::WithParamInterface<bool> {};

TEST_P(TwoTicksOffline, TheFirstTickKeepsWhoDidItAndWhen)
{
    const bool laterArrivesFirst = GetParam();
    const QString id = anItem();
    ChecklistRepo fatimaList(fatima.db()), noorList(noor.db());
    fatimaList.tick(id, fatima.personId());
    const qint64 first = clock.nowMs();
    clock.advance(5'000);
    noorList.tick(id, noor.personId());
    SyncedDevice &one = laterArrivesFirst ? noor : fatima;
    SyncedDevice &other = laterArrivesFirst ? fatima : noor;
    ASSERT_TRUE(one.sync());
    ASSERT_TRUE(other.sync());
    ASSERT_TRUE(one.sync());
    expectDoneOnBoth(id, fatima.personId(), first);
    // The later tick is kept on record as the one that lost.
    const HttpResult log = server.request("GET", QStringLiteral("/v1/conflicts"), {},
                                          server.login(QStringLiteral("fatima")));
    ASSERT_EQ(log.status, 200);
    QStringList lost;
    for (const QJsonValue &c : log.json().value(QStringLiteral("conflicts")).toArray()) {
        if (c.toObject().value(QStringLiteral("field")) == QStringLiteral("done_by"))
            lost << c.toObject().value(QStringLiteral("lost_value")).toString();
    }
    EXPECT_EQ(lost, QStringList{noor.personId()});

    // Once seen, the tick is undone and done again by another: that is a new act, the later.
    ASSERT_TRUE(noor.sync());
    noorList.untick(id);
    clock.advance(5'000);
    noorList.tick(id, noor.personId());
    ASSERT_TRUE(noor.sync());
    ASSERT_TRUE(fatima.sync());
    EXPECT_EQ(ChecklistRepo(fatima.db()).itemById(id)->doneBy, noor.personId());
    EXPECT_EQ(ChecklistRepo(fatima.db()).itemById(id)->doneAt, clock.nowMs());
}

// Fatima ticks, and takes her tick back while offline; Noor, who never saw it, ticks. The
// item is done, and says by whom: every field of the tick ends alike, never done by nobody.
TEST_F(TicksOnOneClock, ATickTakenBackMeetsTheOtherTickWhole)
{
    const QString id = anItem();
    ChecklistRepo fatimaList(fatima.db()), noorList(noor.db());
    fatimaList.tick(id, fatima.personId());
    const qint64 first = clock.nowMs();
    ASSERT_TRUE(fatima.sync());
    clock.advance(5'000);
    fatimaList.untick(id);
    clock.advance(5'000);
    noorList.tick(id, noor.personId());
    ASSERT_TRUE(noor.sync());
    ASSERT_TRUE(fatima.sync());
    ASSERT_TRUE(noor.sync());
    expectDoneOnBoth(id, fatima.personId(), first);
    // Taken back once both saw it, it is open on both, whole.
    noorList.untick(id);
    ASSERT_TRUE(noor.sync());
    ASSERT_TRUE(fatima.sync());
    const auto item = ChecklistRepo(fatima.db()).itemById(id);
    EXPECT_EQ(item->status, ChecklistItemStatus::Open);
    EXPECT_EQ(item->doneBy, QString());
    EXPECT_EQ(item->doneAt, -1);
}

INSTANTIATE_TEST_SUITE_P(EitherOrder, TwoTicksOffline, ::testing::Bool(), [](const auto &test) {
    return test.param ? "LaterTickArrivesFirst" : "EarlierTickArrivesFirst";
});

TEST_F(SyncPair, ADeleteWinsOverAConcurrentEditAndStaysDeleted)
{
    const QString id = delegate(maarten, sanne, "Taxi bestellen");
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.sync());
    TaskRepo(maarten.db()).remove(id);
    TaskRepo(sanne.db()).update(id, {.notes = QStringLiteral("om 8 uur")});
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(maarten.sync());
    for (SyncedDevice *d : {&maarten, &sanne})
        EXPECT_FALSE(TaskRepo(d->db()).byId(id).has_value());
    // A third device that joins later never sees it either.
    SyncedDevice fatima(server, QStringLiteral("fatima"));
    ASSERT_TRUE(fatima.sync());
    EXPECT_FALSE(TaskRepo(fatima.db()).byId(id).has_value());
}

TEST_F(SyncPair, AResetPullsEverythingAgainAndKeepsWhatWaitsToBePushed)
{
    ASSERT_TRUE(sanne.sync());
    const QString id = delegate(sanne, sanne, "Eigen taak, nog niet verstuurd");
    // This device followed a server state that is gone (a restore, another epoch).
    followAnotherEpoch(sanne);
    ASSERT_TRUE(sanne.sync());
    // The sync that met the reset ends only once it has pulled everything again.
    EXPECT_GT(sanne.client().engine().cursor(), 0);
    EXPECT_TRUE(waitFor([&] {
        return sanne.client().state() == client::SyncClient::State::Idle &&
               sanne.db().pendingCount() == 0;
    }));
    EXPECT_EQ(sanne.db().pendingCount(), 0);
    EXPECT_TRUE(TaskRepo(sanne.db()).byId(id).has_value());
    EXPECT_EQ(PeopleRepo(sanne.db()).all().size(), 8);
    ASSERT_TRUE(maarten.sync());
}

TEST_F(SyncPair, ACursorOlderThanTheCompactionHorizonResetsAndLosesNothing)
{
    ASSERT_TRUE(sanne.sync());
    const QString gone = delegate(maarten, sanne, "Wordt verwijderd");
    ASSERT_TRUE(maarten.sync());
    TaskRepo(maarten.db()).remove(gone);
    const QString kept = delegate(maarten, sanne, "Blijft staan");
    ASSERT_TRUE(maarten.sync());
    // Sanne was away while the tombstone was compacted; she has a change of her own waiting.
    const QString hers = delegate(sanne, sanne, "Eigen notitie");
    const QString token = server.login(QStringLiteral("sanne"));
    const qint64 version = server.version(token);
    ASSERT_GE(version, 3);
    EXPECT_EQ(server.admin({QStringLiteral("compact"), QStringLiteral("--before"),
                            QString::number(version + 1)}),
              0);
    EXPECT_TRUE(server.lastOutput().contains("1 tombstones dropped"))
        << server.lastOutput().constData();
    const HttpResult old = server.request("GET", QStringLiteral("/v1/pull?since=1"), {}, token);
    EXPECT_EQ(old.status, 410) << old.body.left(300).constData() << " db "
                               << server.db().toStdString();
    EXPECT_EQ(old.errorCode(), QStringLiteral("reset"));
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(waitFor([&] { return sanne.client().state() == client::SyncClient::State::Idle; }));
    ASSERT_TRUE(sanne.sync());
    EXPECT_TRUE(TaskRepo(sanne.db()).byId(kept).has_value());
    EXPECT_TRUE(TaskRepo(sanne.db()).byId(hers).has_value());
    EXPECT_EQ(sanne.db().pendingCount(), 0);
    ASSERT_TRUE(maarten.sync());
    EXPECT_TRUE(TaskRepo(maarten.db()).byId(hers).has_value() == false); // hers stays hers
}

TEST_F(SyncPair, TheOutboxSurvivesAServerThatIsDown)
{
    const QString id = delegate(maarten, sanne, "Offline gemaakt");
    const qint64 waiting = maarten.db().pendingCount();
    server.kill9();
    EXPECT_FALSE(maarten.sync(5000));
    EXPECT_EQ(maarten.client().state(), client::SyncClient::State::Offline);
    EXPECT_EQ(maarten.db().pendingCount(), waiting);
    server.restart();
    ASSERT_TRUE(maarten.sync());
    EXPECT_EQ(maarten.db().pendingCount(), 0);
    ASSERT_TRUE(sanne.sync());
    EXPECT_TRUE(TaskRepo(sanne.db()).byId(id).has_value());
}

TEST_F(SyncPair, AStoreNeverChangesHands)
{
    ASSERT_TRUE(sanne.sync());
    QString error;
    bool done = false;
    sanne.client().login(server.url(), QStringLiteral("maarten"), QStringLiteral("spil-demo"),
                         QStringLiteral("test"), [&](const QString &e) {
                             error = e;
                             done = true;
                         });
    ASSERT_TRUE(waitFor([&] { return done; }));
    EXPECT_TRUE(error.contains(QStringLiteral("another user"))) << error.toStdString();
    EXPECT_EQ(sanne.personId(), PeopleRepo(sanne.db()).resolve(QStringLiteral("sanne")).id);
}

TEST_F(SyncPair, AFailingDeviceStoreStopsTheSyncWithoutACrash)
{
    ASSERT_TRUE(sanne.sync());
    delegate(sanne, sanne, "Wacht in de outbox");
    // The store breaks under the client (a full disk, a damaged file): what it reads fails.
    sanne.db().run(QStringLiteral("ALTER TABLE outbox RENAME TO outbox_gone"));
    QString error;
    QObject::connect(&sanne.client(), &client::SyncClient::failed,
                     [&](const QString &e) { error = e; });
    EXPECT_FALSE(sanne.sync());
    EXPECT_EQ(sanne.client().state(), client::SyncClient::State::Error);
    EXPECT_TRUE(error.contains(QStringLiteral("store"))) << error.toStdString();
    // Repaired, it syncs again and nothing was lost.
    sanne.db().run(QStringLiteral("ALTER TABLE outbox_gone RENAME TO outbox"));
    EXPECT_TRUE(sanne.sync());
    EXPECT_EQ(sanne.db().pendingCount(), 0);
}

// An admin command writes from another process: on SQLite only the server's periodic poll
// finds its version, on PostgreSQL the commit's notification does.
TEST(Pokes, AWriteOfAnAdminCommandReachesConnectedSockets)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("sanne"));
    EventsSocket events(server, token);
    ASSERT_TRUE(waitFor([&] { return !events.messages().isEmpty(); }));
    ASSERT_EQ(server.admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eva"),
                            QStringLiteral("--role"), QStringLiteral("staff"),
                            QStringLiteral("--password-stdin")},
                           "eva-password\n"),
              0);
    EXPECT_TRUE(
        waitFor([&] { return events.versions().last() == events.versions().first() + 1; }, 5000));
}
