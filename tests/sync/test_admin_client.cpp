// SPDX-License-Identifier: GPL-3.0-or-later
// The reference client's admin call: whom an assistant serves, set from an admin's device
// against a real spil-server, with the server's refusal in clear words otherwise.
#include "Harness.h"

#include "core/people/PeopleRepo.h"

using namespace spil;
using namespace spil::test;

namespace {
using Answer = client::SyncClient::AdminAnswer;

// The answer to one call; status stays -1 when none came.
Answer setPrincipals(SyncedDevice &device, const QString &user, const QStringList &principals)
{
    Answer answer;
    answer.status = -1;
    bool done = false;
    device.client().setPrincipals(user, principals, [&](const Answer &a) {
        answer = a;
        done = true;
    });
    EXPECT_TRUE(waitFor([&] { return done; }, 15000)) << "no answer";
    return answer;
}
} // namespace

TEST(AdminClient, AnAdminSetsWhomAnAssistantServesOthersAreRefusedInClearWords)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    ASSERT_EQ(server.addAdmin(QStringLiteral("beheer")), 0);
    SyncedDevice admin(server, QStringLiteral("beheer"));
    SyncedDevice fatima(server, QStringLiteral("fatima"));
    SyncedDevice sanne(server, QStringLiteral("sanne"));
    ASSERT_TRUE(sanne.sync());
    const qint64 before = server.version(server.login(QStringLiteral("sanne")));

    const Answer refused =
        setPrincipals(fatima, QStringLiteral("sanne"), {QStringLiteral("ingrid")});
    EXPECT_FALSE(refused.ok);
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.code, QStringLiteral("forbidden"));
    EXPECT_TRUE(refused.message.contains(QStringLiteral("admin"))) << refused.message.toStdString();
    // A refusal of this call is no reason to sign the device out.
    EXPECT_TRUE(fatima.client().engine().login().has_value());

    const Answer unknown = setPrincipals(admin, QStringLiteral("sanne"),
                                         {QStringLiteral("ingrid"), QStringLiteral("nobody")});
    EXPECT_FALSE(unknown.ok);
    EXPECT_EQ(unknown.status, 400);
    EXPECT_EQ(unknown.code, QStringLiteral("bad_request"));
    EXPECT_TRUE(unknown.message.contains(QStringLiteral("nobody")))
        << unknown.message.toStdString();
    EXPECT_EQ(server.version(server.login(QStringLiteral("sanne"))), before)
        << "a refusal changed something";

    const Answer ok = setPrincipals(admin, QStringLiteral("sanne"), {QStringLiteral("ingrid")});
    ASSERT_TRUE(ok.ok) << ok.code.toStdString() << ": " << ok.message.toStdString();
    EXPECT_EQ(ok.status, 200);
    EXPECT_EQ(ok.version, before + 1);
    // Her device starts over and learns whom she serves now.
    ASSERT_TRUE(sanne.sync());
    const QString ingrid = server.personId(QStringLiteral("ingrid"));
    EXPECT_EQ(PeopleRepo(sanne.db()).byId(sanne.personId())->principals, QStringList{ingrid});

    // Without the server: said so, nothing waits in the outbox for later.
    const qint64 waiting = admin.db().pendingCount();
    server.kill9();
    const Answer offline = setPrincipals(admin, QStringLiteral("sanne"), {});
    EXPECT_FALSE(offline.ok);
    EXPECT_EQ(offline.status, 0);
    EXPECT_EQ(offline.code, QStringLiteral("offline"));
    EXPECT_EQ(admin.db().pendingCount(), waiting);
}

TEST(AdminClient, ALateRefusalOfAnEndedSessionLeavesTheNextSessionSignedIn)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    ASSERT_EQ(server.addAdmin(QStringLiteral("beheer")), 0);
    SyncedDevice admin(server, QStringLiteral("beheer"));
    const QString ended = admin.client().engine().login()->token;
    ASSERT_EQ(server.request("POST", QStringLiteral("/v1/logout"), {}, ended).status, 200);
    const HttpResult again = server.request(
        "POST", QStringLiteral("/v1/login"),
        protocol::encode(protocol::LoginRequest{
            QStringLiteral("beheer"), QStringLiteral("spil-demo"), QStringLiteral("test"), {}}));
    ASSERT_EQ(again.status, 200) << again.body.constData();
    const protocol::LoginReply fresh = protocol::decodeLoginReply(again.body);
    // The save leaves with the ended token; before its answer lands (no event is handled
    // in between), the device has signed in again.
    Answer answer;
    bool done = false;
    admin.client().setPrincipals(QStringLiteral("sanne"), {}, [&](const Answer &a) {
        answer = a;
        done = true;
    });
    admin.client().engine().saveLogin(server.url(), fresh);
    ASSERT_TRUE(waitFor([&] { return done; }, 15000));
    EXPECT_EQ(answer.status, 401);
    ASSERT_TRUE(admin.client().engine().login().has_value()) << "the new session was ended";
    EXPECT_EQ(admin.client().engine().login()->token, fresh.token);
}
