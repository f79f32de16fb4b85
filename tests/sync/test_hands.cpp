// SPDX-License-Identifier: GPL-3.0-or-later
// The chain of hands: a task handed on from one person to the next stays with everyone who
// handed it on until it is done, and only whoever hands it on adds themselves to it.
#include "Harness.h"

#include "core/store/Hlc.h"
#include "core/tasks/TaskRepo.h"

#include <QDateTime>
#include <QJsonArray>

using namespace spil;
using namespace spil::test;

namespace {
bool waits(SyncedDevice &device, const QString &id)
{
    for (const Task &t : TaskRepo(device.db()).waitingFor(device.personId())) {
        if (t.id == id)
            return true;
    }
    return false;
}

bool conflictsShow(const ServerProcess &server, const QString &user, const QString &text)
{
    const HttpResult r =
        server.request("GET", QStringLiteral("/v1/conflicts"), {}, server.login(user));
    EXPECT_EQ(r.status, 200) << r.body.constData();
    return r.body.contains(text.toUtf8());
}

// Maarten hands a task to Sanne, who hands it on to Lotte from her device.
class HandedOnTwice : public ::testing::Test {
protected:
    void SetUp() override
    {
        id = delegate(maarten, sanne, "Jaarverslag laten drukken");
        ASSERT_TRUE(maarten.sync());
        ASSERT_TRUE(sanne.sync());
        TaskRepo(sanne.db()).handTo(id, lotte.personId(), sanne.personId());
        ASSERT_TRUE(sanne.sync());
        ASSERT_EQ(sanne.db().rejectedCount(), 0);
        ASSERT_TRUE(lotte.sync());
        ASSERT_TRUE(maarten.sync());
    }
    ServerProcess server{QStringLiteral(SPIL_SERVER_PATH)};
    SyncedDevice maarten{server, QStringLiteral("maarten")};
    SyncedDevice sanne{server, QStringLiteral("sanne")};
    SyncedDevice lotte{server, QStringLiteral("lotte")};
    QString id;
};
} // namespace

TEST_F(HandedOnTwice, TheDirectorKeepsWaitingForItUntilItIsDone)
{
    const auto onHisDevice = TaskRepo(maarten.db()).byId(id);
    ASSERT_TRUE(onHisDevice.has_value()) << "the task left the device of who gave it";
    EXPECT_EQ(onHisDevice->assignee, lotte.personId());
    EXPECT_EQ(onHisDevice->delegatedBy, sanne.personId());
    EXPECT_EQ(onHisDevice->handedBy, (QStringList{maarten.personId(), sanne.personId()}));
    EXPECT_TRUE(waits(maarten, id));
    EXPECT_TRUE(waits(sanne, id));
    ASSERT_TRUE(TaskRepo(lotte.db()).byId(id).has_value());

    TaskRepo(lotte.db()).markDone(id);
    ASSERT_TRUE(lotte.sync());
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(TaskRepo(maarten.db()).byId(id).has_value());
    EXPECT_EQ(TaskRepo(maarten.db()).byId(id)->status, TaskStatus::Done);
    EXPECT_FALSE(waits(maarten, id));
    EXPECT_FALSE(waits(sanne, id));
}

TEST_F(HandedOnTwice, HandedOnAgainItStaysWithEveryHandAndNoStranger)
{
    // Lotte hands it to Joris: Sanne, neither its creator nor its delegator now, keeps it.
    SyncedDevice joris(server, QStringLiteral("joris"));
    TaskRepo(lotte.db()).handTo(id, joris.personId(), lotte.personId());
    ASSERT_TRUE(lotte.sync());
    ASSERT_TRUE(joris.sync());
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.sync());
    for (SyncedDevice *hand : {&maarten, &sanne, &lotte})
        EXPECT_TRUE(waits(*hand, id)) << hand->personId().toStdString();
    EXPECT_TRUE(TaskRepo(joris.db()).byId(id).has_value());
    // A new device of a hand in the middle receives it; a stranger's pull does not.
    SyncedDevice tablet(server, QStringLiteral("sanne"));
    ASSERT_TRUE(tablet.sync());
    EXPECT_TRUE(waits(tablet, id));
    const HttpResult pull = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {},
                                           server.login(QStringLiteral("pieter")));
    ASSERT_EQ(pull.status, 200);
    EXPECT_FALSE(pull.body.contains(id.toUtf8())) << "a stranger to the chain read the task";

    // Joris and Lotte rename it at once: every hand sees what was lost, a stranger does not.
    TaskRepo(joris.db()).update(id, {.title = QStringLiteral("Drukker A")});
    TaskRepo(lotte.db()).update(id, {.title = QStringLiteral("Drukker B")});
    ASSERT_TRUE(joris.sync());
    ASSERT_TRUE(lotte.sync());
    EXPECT_TRUE(conflictsShow(server, QStringLiteral("joris"), QStringLiteral("Drukker A")))
        << "the conflict was not logged, so this test proves nothing";
    EXPECT_TRUE(conflictsShow(server, QStringLiteral("sanne"), QStringLiteral("Drukker A")));
    EXPECT_FALSE(conflictsShow(server, QStringLiteral("pieter"), QStringLiteral("Drukker A")));

    // Done by Joris, it reaches every hand as done and leaves what they wait for.
    TaskRepo(joris.db()).markDone(id);
    ASSERT_TRUE(joris.sync());
    for (SyncedDevice *hand : {&maarten, &sanne, &lotte}) {
        ASSERT_TRUE(hand->sync());
        ASSERT_TRUE(TaskRepo(hand->db()).byId(id).has_value());
        EXPECT_EQ(TaskRepo(hand->db()).byId(id)->status, TaskStatus::Done);
        EXPECT_FALSE(waits(*hand, id));
    }
}

TEST_F(HandedOnTwice, OnlyWhoHandsItOnJoinsTheChainAndNoHandIsDropped)
{
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000a7");
    const QString token = server.login(QStringLiteral("lotte"));
    qint64 mutation = 1;
    const auto push = [&](const QList<QPair<QString, QJsonValue>> &fields) {
        // Stamped now, so that what the server keeps wins over the devices' earlier writes.
        const QString stamp = HlcStamp{QDateTime::currentMSecsSinceEpoch(), 0, client}.toString();
        QList<protocol::Change> changes;
        for (const auto &[field, value] : fields)
            changes << protocol::Change{QStringLiteral("tasks"), id, field, value, stamp};
        const HttpResult r = server.request(
            "POST", QStringLiteral("/v1/push"),
            protocol::encode(protocol::PushRequest{client, 0, {{mutation, changes}}}), token);
        if (r.status == 200)
            ++mutation;
        return r;
    };
    const QString m = maarten.personId(), s = sanne.personId(), l = lotte.personId(),
                  j = server.personId(QStringLiteral("joris"));
    const qint64 before = server.version(token);
    const struct {
        QJsonArray chain;
        const char *what;
    } forged[] = {
        {{s, l}, "the director dropped"},
        {{l, m, s}, "oneself put first"},
        {{s, m, l}, "the earlier hands reordered"},
        {{m, j, l}, "a hand invented in between"},
        {{m, s, j}, "someone else added at the end"},
        {{m, s, l, j}, "someone else added after oneself"},
    };
    for (const auto &f : forged) {
        const HttpResult r = push({{QStringLiteral("handed_by"), f.chain}});
        EXPECT_EQ(r.status, 403) << f.what << ": " << r.body.constData();
        EXPECT_EQ(r.errorCode(), QStringLiteral("forged_author")) << f.what;
    }
    EXPECT_EQ(server.version(token), before) << "a refused chain stored something";

    // Handing it on to Joris adds her, once.
    HttpResult r = push({{QStringLiteral("assignee"), j},
                         {QStringLiteral("delegated_by"), l},
                         {QStringLiteral("handed_by"), QJsonArray{m, s, l}}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    // A device that had not heard of later hands sends a shorter chain: it keeps them.
    r = push({{QStringLiteral("handed_by"), QJsonArray{m}}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    r = push({{QStringLiteral("handed_by"), QJsonArray{}}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    r = push({{QStringLiteral("handed_by"), QJsonArray{l}}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    ASSERT_TRUE(maarten.sync());
    EXPECT_EQ(TaskRepo(maarten.db()).byId(id)->handedBy, (QStringList{m, s, l}));
    EXPECT_TRUE(waits(maarten, id));
}

TEST_F(HandedOnTwice, AHandOnThatLeavesTheChainOutStillJoinsIt)
{
    const QString m = maarten.personId(), s = sanne.personId(), l = lotte.personId(),
                  j = server.personId(QStringLiteral("joris")),
                  n = server.personId(QStringLiteral("noor"));
    // A device that does not know chains: Lotte hands it to Joris without naming one.
    const auto push = [&](const char *user, const QString &client,
                          const QList<QPair<QString, QJsonValue>> &fields) {
        const QString stamp = HlcStamp{QDateTime::currentMSecsSinceEpoch(), 0, client}.toString();
        QList<protocol::Change> changes;
        for (const auto &[field, value] : fields)
            changes << protocol::Change{QStringLiteral("tasks"), id, field, value, stamp};
        return server.request("POST", QStringLiteral("/v1/push"),
                              protocol::encode(protocol::PushRequest{client, 0, {{1, changes}}}),
                              server.login(QLatin1String(user)));
    };
    HttpResult r = push("lotte", QStringLiteral("01900000-0000-7000-8000-0000000000b1"),
                        {{QStringLiteral("assignee"), j}, {QStringLiteral("delegated_by"), l}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    // Joris hands it on to Noor from what he pulled before Lotte's hand reached him.
    r = push("joris", QStringLiteral("01900000-0000-7000-8000-0000000000b2"),
             {{QStringLiteral("assignee"), n},
              {QStringLiteral("delegated_by"), j},
              {QStringLiteral("handed_by"), QJsonArray{m, s, j}}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    ASSERT_TRUE(lotte.sync());
    const auto onHers = TaskRepo(lotte.db()).byId(id);
    ASSERT_TRUE(onHers.has_value()) << "Lotte handed it on and lost it";
    EXPECT_EQ(onHers->handedBy, (QStringList{m, s, l, j}));
    EXPECT_TRUE(waits(lotte, id));
}

TEST(Hands, ATaskFromBeforeTheChainCountsItsDelegatorAsTheFirstHand)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten")), sanne(server, QStringLiteral("sanne")),
        lotte(server, QStringLiteral("lotte"));
    // Delegated as a device did before chains were kept: a delegator, no hands.
    const QString id = delegate(maarten, sanne, "Oude opdracht");
    {
        Database::Transaction tx(maarten.db());
        maarten.db().run(
            QStringLiteral("UPDATE outbox SET value = '[]' WHERE field = 'handed_by'"));
        maarten.db().run(QStringLiteral("UPDATE tasks SET handed_by = '[]'"));
        tx.commit();
    }
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(TaskRepo(sanne.db()).byId(id)->handedBy.isEmpty());

    TaskRepo(sanne.db()).handTo(id, lotte.personId(), sanne.personId());
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(sanne.db().rejectedCount(), 0);
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(TaskRepo(maarten.db()).byId(id).has_value());
    EXPECT_EQ(TaskRepo(maarten.db()).byId(id)->handedBy,
              (QStringList{maarten.personId(), sanne.personId()}));
    EXPECT_TRUE(waits(maarten, id));
}
