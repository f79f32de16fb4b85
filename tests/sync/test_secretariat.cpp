// SPDX-License-Identifier: GPL-3.0-or-later
#include "Harness.h"

#include "core/secretariat/ServiceRepo.h"
#include "core/store/Hlc.h"
#include "core/tasks/TaskRepo.h"
#include "sync/protocol/Protocol.h"

#include <QJsonArray>

using namespace spil;
using namespace spil::test;

// Services reach everyone and are written by office managers and admins; a service request
// reaches whoever sent it, office managers, assistants and admins, and nobody else; only
// office managers and admins hand it on (docs/sync-protocol.md, "Permissions"). The demo
// office offers four services and holds four requests: Joris's lunch (done by Sanne) and
// room, Noor's trip (with Lotte) and Pieter's business cards.
namespace {
qint64 rowsIn(Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}

QString requestOf(const ServerProcess &server, const char *requester, const char *what)
{
    const QString person = server.personId(QString::fromLatin1(requester));
    const auto all =
        pulledRecords(server, QStringLiteral("fatima"), QStringLiteral("service_requests"));
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it->value(QStringLiteral("requested_by")).toString() == person &&
            it->value(QStringLiteral("what")).toString().contains(QString::fromUtf8(what)))
            return it.key();
    }
    return {};
}
} // namespace

TEST(Secretariat, RequestsReachTheSecretariatAndWhoSentThemOnly)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString kind = QStringLiteral("service_requests");
    for (const char *user : {"maarten", "sanne", "fatima", "joris", "noor"})
        EXPECT_EQ(
            pulledRecords(server, QString::fromLatin1(user), QStringLiteral("services")).size(), 4)
            << user;
    for (const char *user : {"fatima", "sanne", "lotte"})
        EXPECT_EQ(pulledRecords(server, QString::fromLatin1(user), kind).size(), 4) << user;
    for (const char *user : {"maarten", "ingrid"})
        EXPECT_TRUE(pulledRecords(server, QString::fromLatin1(user), kind).isEmpty()) << user;
    const auto noors = pulledRecords(server, QStringLiteral("noor"), kind);
    ASSERT_EQ(noors.size(), 1);
    EXPECT_EQ(noors.first().value(QStringLiteral("requested_by")).toString(),
              server.personId(QStringLiteral("noor")));

    // A staff member's device holds her own request and none of anyone else's.
    SyncedDevice joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(rowsIn(joris.db(), kind), 2);
    EXPECT_EQ(rowsIn(joris.db(), QStringLiteral("services")), 4);
    EXPECT_EQ(joris.db()
                  .scalar(QStringLiteral("SELECT COUNT(*) FROM service_requests "
                                         "WHERE requested_by <> ?"),
                          {joris.personId()})
                  .toLongLong(),
              0);
    const HttpResult staff = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"),
                                            {}, server.login(QStringLiteral("joris")));
    EXPECT_FALSE(staff.body.contains("twee dagen")) << "Noor's trip";
    EXPECT_FALSE(staff.body.contains("200 stuks")) << "Pieter's business cards";
}

TEST(Secretariat, StaffCannotHandOnForgeTheRequesterOrTouchAnothersRequest)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString joris = server.personId(QStringLiteral("joris"));
    const QString noor = server.personId(QStringLiteral("noor"));
    const QString lotte = server.personId(QStringLiteral("lotte"));
    const QString fatimaToken = server.login(QStringLiteral("fatima"));
    const qint64 before = server.version(fatimaToken);
    const QString service =
        pulledRecords(server, QStringLiteral("joris"), QStringLiteral("services")).firstKey();
    const QString jorisRoom = requestOf(server, "joris", "Zaal");
    const QString noorsTrip = requestOf(server, "noor", "Brussel");
    ASSERT_FALSE(jorisRoom.isEmpty());
    ASSERT_FALSE(noorsTrip.isEmpty());
    const QString c1 = QStringLiteral("01900000-0000-7000-8000-0000000015c1");
    const QString newId = QStringLiteral("01900000-0000-7000-8000-0000000015e1");
    const QString stamp = HlcStamp{1'900'000'000'000, 0, c1}.toString();
    const auto request = [&](const QString &from, const QString &assignee) {
        return recordChanges(QStringLiteral("service_requests"), newId,
                             {{QStringLiteral("service_id"), service},
                              {QStringLiteral("what"), QStringLiteral("Een zaal")},
                              {QStringLiteral("requested_by"), from},
                              {QStringLiteral("assignee"), assignee},
                              {QStringLiteral("state"), QStringLiteral("open")}},
                             c1);
    };
    const auto change = [&](const QString &id, const char *field, const QJsonValue &value) {
        return QList<protocol::Change>{
            {QStringLiteral("service_requests"), id, QString::fromLatin1(field), value, stamp}};
    };
    const struct {
        const char *user;
        QList<protocol::Change> changes;
        const char *code;
        const char *what;
    } refused[] = {
        {"joris", request(noor, QString()), "forged_author", "a request in Noor's name"},
        {"joris", request(joris, lotte), "forbidden", "staff hand their own new request on"},
        {"joris", change(jorisRoom, "assignee", lotte), "forbidden", "staff hand their request on"},
        {"joris", change(jorisRoom, "handed_at", qint64(1'900'000'000'000)), "forbidden",
         "staff say when it was handed on"},
        {"sanne", change(jorisRoom, "assignee", lotte), "forbidden",
         "an assistant hands a request on"},
        {"joris", change(noorsTrip, "what", QStringLiteral("niets")), "forbidden",
         "staff change another's request"},
        {"joris", change(noorsTrip, "state", QStringLiteral("cancelled")), "forbidden",
         "staff cancel another's request"},
        {"maarten", change(jorisRoom, "what", QStringLiteral("niets")), "forbidden",
         "a director changes a request he cannot read"},
        {"joris",
         recordChanges(QStringLiteral("services"), newId,
                       {{QStringLiteral("name"), QStringLiteral("Koffie")}}, c1),
         "forbidden", "staff add a service"},
        {"sanne",
         {{QStringLiteral("services"), service, QStringLiteral("active"), false, stamp}},
         "forbidden",
         "an assistant closes a service"},
    };
    for (const auto &r : refused) {
        const HttpResult answer =
            pushChanges(server, server.login(QString::fromLatin1(r.user)), c1, r.changes);
        EXPECT_EQ(answer.status, 403) << r.what << ": " << answer.body.constData();
        EXPECT_EQ(answer.errorCode(), QString::fromLatin1(r.code)) << r.what;
    }
    EXPECT_EQ(server.version(fatimaToken), before) << "a refused push stored something";

    // What they may do goes through: Joris sends one of his own and cancels it; the office
    // manager hands Joris's room to Lotte.
    const QString jorisToken = server.login(QStringLiteral("joris"));
    const HttpResult sent = pushChanges(server, jorisToken, c1, request(joris, QString()));
    EXPECT_EQ(sent.status, 200) << sent.body.constData();
    EXPECT_EQ(
        pushChanges(server, jorisToken, c1, change(newId, "state", QStringLiteral("cancelled")), 2)
            .status,
        200);
    const QString c2 = QStringLiteral("01900000-0000-7000-8000-0000000015c2");
    const HttpResult handed =
        pushChanges(server, fatimaToken, c2,
                    {{QStringLiteral("service_requests"), jorisRoom, QStringLiteral("assignee"),
                      lotte, HlcStamp{1'900'000'000'001, 0, c2}.toString()}});
    EXPECT_EQ(handed.status, 200) << handed.body.constData();
    EXPECT_FALSE(pulledRecords(server, QStringLiteral("noor"), QStringLiteral("service_requests"))
                     .contains(newId));
}

TEST(Secretariat, BadInputOnEveryNewKindAndFieldIsRefusedAndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("fatima"));
    const qint64 before = server.version(token);
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000015b1");
    const QString id = QStringLiteral("01900000-0000-7000-8000-0000000015b2");
    expectBadRequests(
        server, token, client, id,
        {
            {"services", "name", 7, "a service's name that is a number"},
            {"services", "description", QJsonArray{}, "a description that is a list"},
            {"services", "active", QStringLiteral("yes"), "active as text"},
            {"services", "price", 5, "a field services do not have"},
            {"service_requests", "service_id", 5, "a service that is a number"},
            {"service_requests", "what", QJsonValue(), "what that is null"},
            {"service_requests", "what", QJsonArray{}, "what that is a list"},
            {"service_requests", "needed_by", QStringLiteral("tomorrow"), "a need as text"},
            {"service_requests", "needed_by", true, "a need that is true"},
            {"service_requests", "requested_by", QJsonArray{}, "a requester that is a list"},
            {"service_requests", "requested_at", QStringLiteral("now"), "a time as text"},
            {"service_requests", "assignee", 3, "a secretary that is a number"},
            {"service_requests", "handed_at", QStringLiteral("2026-11-30"), "a date as text"},
            {"service_requests", "state", 1, "a state that is a number"},
            {"service_requests", "urgent", true, "a field requests do not have"},
        });
    // A request for a service the server does not hold.
    const HttpResult orphan = pushChanges(
        server, token, client,
        recordChanges(
            QStringLiteral("service_requests"), id,
            {{QStringLiteral("service_id"), QStringLiteral("01900000-0000-7000-8000-0000000000ff")},
             {QStringLiteral("what"), QStringLiteral("iets")},
             {QStringLiteral("requested_by"), server.personId(QStringLiteral("fatima"))}},
            client));
    EXPECT_EQ(orphan.status, 400) << orphan.body.constData();
    EXPECT_EQ(orphan.errorCode(), QStringLiteral("unknown_parent"));
    EXPECT_EQ(server.version(token), before) << "a refused push stored something";
}

TEST(Secretariat, HandedOnFromTwoDevicesOfflineTheLaterHandWinsWithOneTask)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    SyncedDevice tablet(server, QStringLiteral("fatima"), &clock);
    SyncedDevice phone(server, QStringLiteral("fatima"), &clock);
    SyncedDevice lotte(server, QStringLiteral("lotte")), sanne(server, QStringLiteral("sanne"));
    SyncedDevice joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(tablet.sync());
    ASSERT_TRUE(phone.sync());
    const QString room = requestOf(server, "joris", "Zaal");
    ASSERT_FALSE(room.isEmpty());
    const QString lotteId = server.personId(QStringLiteral("lotte"));
    const QString sanneId = server.personId(QStringLiteral("sanne"));

    // The tablet hands the room to Lotte, whose device receives her task; meanwhile the
    // phone, offline, hands it to Sanne a second later.
    ServiceRepo(tablet.db()).handTo(room, lotteId, tablet.personId());
    clock.set(clock.nowMs() + 1000);
    ServiceRepo(phone.db()).handTo(room, sanneId, phone.personId());
    ASSERT_TRUE(tablet.sync());
    ASSERT_TRUE(lotte.sync());
    ASSERT_TRUE(TaskRepo(lotte.db()).byId(room));
    ASSERT_TRUE(phone.sync());
    ASSERT_TRUE(tablet.sync());
    for (SyncedDevice *device : {&tablet, &phone}) {
        EXPECT_EQ(ServiceRepo(device->db()).request(room)->assignee, sanneId);
        EXPECT_EQ(TaskRepo(device->db()).byId(room)->assignee, sanneId);
    }
    EXPECT_EQ(rowsIn(phone.db(), QStringLiteral("tasks")),
              rowsIn(tablet.db(), QStringLiteral("tasks")))
        << "one task, not one per hand";
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(lotte.sync());
    ASSERT_TRUE(TaskRepo(sanne.db()).byId(room));
    EXPECT_EQ(TaskRepo(sanne.db()).byId(room)->assignee, sanneId);
    EXPECT_FALSE(TaskRepo(lotte.db()).byId(room)) << "Lotte's device lets go of the task";
    EXPECT_EQ(ServiceRepo(lotte.db()).request(room)->assignee, sanneId);

    // Sanne strikes it off; Joris, who reads no task of hers, sees his request done.
    TaskRepo(sanne.db()).markDone(room);
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(ServiceRepo(joris.db()).request(room)->state, ServiceState::Done);
    EXPECT_EQ(ServiceRepo(joris.db()).request(room)->assignee, sanneId);
    EXPECT_FALSE(TaskRepo(joris.db()).byId(room));
}
