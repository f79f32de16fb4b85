// SPDX-License-Identifier: GPL-3.0-or-later
// Several organisations on one server: each workspace its own users, tokens, records,
// versions, mutation log and pokes.
#include "Harness.h"

#include "core/store/Uuid7.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace spil;
using namespace spil::test;

namespace {
const QString kAcmePassword = QStringLiteral("acme-secret-1");

HttpResult loginTo(const ServerProcess &server, const QString &workspace, const QString &user,
                   const QString &password)
{
    QJsonObject body{{QStringLiteral("user"), user}, {QStringLiteral("password"), password}};
    if (!workspace.isNull())
        body.insert(QStringLiteral("workspace"), workspace);
    return server.request("POST", QStringLiteral("/v1/login"),
                          QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult pushTask(const ServerProcess &server, const QString &token, const QString &client,
                    const QString &taskId, const QString &person, const QString &title)
{
    const protocol::PushRequest push{
        client, 0, {protocol::Mutation{1, newTaskChanges(taskId, person, title, client)}}};
    return server.request("POST", QStringLiteral("/v1/push"), protocol::encode(push), token);
}

QStringList titlesPulled(const ServerProcess &server, const QString &token)
{
    const HttpResult r =
        server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {}, token);
    QStringList titles;
    for (const protocol::Record &rec : protocol::decodePullPage(r.body).records) {
        if (rec.entity == QStringLiteral("tasks"))
            titles << rec.fields.value(QStringLiteral("title")).toString();
    }
    return titles;
}
} // namespace

class Workspaces : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(server.admin(
                      {QStringLiteral("workspace"), QStringLiteral("add"), QStringLiteral("acme")}),
                  0)
            << server.lastOutput().constData();
        // The same user name as a demo user of the default workspace: another person.
        ASSERT_EQ(server.admin({QStringLiteral("user"), QStringLiteral("add"),
                                QStringLiteral("maarten"), QStringLiteral("--role"),
                                QStringLiteral("director"), QStringLiteral("--workspace"),
                                QStringLiteral("acme"), QStringLiteral("--password-stdin")},
                               kAcmePassword.toUtf8() + '\n'),
                  0)
            << server.lastOutput().constData();
        acmePerson = QString::fromUtf8(server.lastOutput().trimmed());
    }

    ServerProcess server{QStringLiteral(SPIL_SERVER_PATH)};
    QString acmePerson;
};

TEST_F(Workspaces, ALoginLandsOnlyInItsOwnWorkspace)
{
    const HttpResult acme =
        loginTo(server, QStringLiteral("acme"), QStringLiteral("maarten"), kAcmePassword);
    ASSERT_EQ(acme.status, 200) << acme.body.constData();
    EXPECT_EQ(acme.json().value(QStringLiteral("person_id")).toString(), acmePerson);
    const QString defaultPerson = server.personId(QStringLiteral("maarten"));
    EXPECT_NE(defaultPerson, acmePerson);
    EXPECT_NE(acme.json().value(QStringLiteral("workspace")).toString(),
              loginTo(server, QString(), QStringLiteral("maarten"), QStringLiteral("spil-demo"))
                  .json()
                  .value(QStringLiteral("workspace"))
                  .toString());

    // One workspace's password opens nothing in another; an unknown workspace answers like
    // a wrong password.
    for (const auto &[workspace, password] :
         {std::pair{QString(), kAcmePassword},
          std::pair{QStringLiteral("acme"), QStringLiteral("spil-demo")},
          std::pair{QStringLiteral("nowhere"), QStringLiteral("spil-demo")}}) {
        const HttpResult r = loginTo(server, workspace, QStringLiteral("maarten"), password);
        EXPECT_EQ(r.status, 401) << r.body.constData();
        EXPECT_EQ(r.errorCode(), QStringLiteral("bad_credentials"));
    }
    const HttpResult wrongType =
        server.request("POST", QStringLiteral("/v1/login"),
                       R"({"user":"maarten","password":"spil-demo","workspace":7})");
    EXPECT_EQ(wrongType.status, 400);
    EXPECT_EQ(wrongType.errorCode(), QStringLiteral("bad_request"));
    // A user only of acme is unknown in the default workspace.
    EXPECT_EQ(server.admin({QStringLiteral("user"), QStringLiteral("list")}), 0);
    EXPECT_TRUE(server.lastOutput().contains("sanne"));
    EXPECT_EQ(server.admin({QStringLiteral("user"), QStringLiteral("list"),
                            QStringLiteral("--workspace"), QStringLiteral("acme")}),
              0);
    EXPECT_FALSE(server.lastOutput().contains("sanne")) << server.lastOutput().constData();
}

TEST_F(Workspaces, RecordsVersionsAndMutationsStayInTheirWorkspace)
{
    const QString acmeToken =
        loginTo(server, QStringLiteral("acme"), QStringLiteral("maarten"), kAcmePassword)
            .json()
            .value(QStringLiteral("token"))
            .toString();
    const QString demoToken = server.login(QStringLiteral("maarten"));
    const qint64 demoVersion = server.version(demoToken);
    const qint64 acmeVersion = server.version(acmeToken);
    EXPECT_EQ(acmeVersion, 1); // the person record of its one user

    // One device pushes mutation 1 in both workspaces: two logs, so neither is a duplicate.
    const QString client = makeUuid7(QDateTime::currentMSecsSinceEpoch());
    const HttpResult a =
        pushTask(server, acmeToken, client, makeUuid7(QDateTime::currentMSecsSinceEpoch()),
                 acmePerson, QStringLiteral("Acme only"));
    ASSERT_EQ(a.status, 200) << a.body.constData();
    EXPECT_EQ(a.json().value(QStringLiteral("applied")).toInt(), 1);
    EXPECT_EQ(a.json().value(QStringLiteral("version")).toInteger(), acmeVersion + 1);
    const HttpResult d =
        pushTask(server, demoToken, client, makeUuid7(QDateTime::currentMSecsSinceEpoch()),
                 server.personId(QStringLiteral("maarten")), QStringLiteral("Demo only"));
    ASSERT_EQ(d.status, 200) << d.body.constData();
    EXPECT_EQ(d.json().value(QStringLiteral("applied")).toInt(), 1);
    EXPECT_EQ(d.json().value(QStringLiteral("version")).toInteger(), demoVersion + 1);

    const QStringList acmeTitles = titlesPulled(server, acmeToken);
    EXPECT_EQ(acmeTitles, QStringList{QStringLiteral("Acme only")});
    const QStringList demoTitles = titlesPulled(server, demoToken);
    EXPECT_TRUE(demoTitles.contains(QStringLiteral("Demo only")));
    EXPECT_FALSE(demoTitles.contains(QStringLiteral("Acme only")));
    // Acme's pull holds no record of the demo office at all.
    const auto acmePage = protocol::decodePullPage(
        server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {}, acmeToken).body);
    EXPECT_EQ(acmePage.records.size(), 2); // its person and its task
    EXPECT_EQ(acmePage.version, acmeVersion + 1);
    EXPECT_TRUE(server.request("GET", QStringLiteral("/v1/conflicts"), {}, acmeToken)
                    .json()
                    .value(QStringLiteral("conflicts"))
                    .toArray()
                    .isEmpty());
}

TEST_F(Workspaces, PokesAndAdministratorsStayInTheirWorkspace)
{
    const HttpResult acmeLogin =
        loginTo(server, QStringLiteral("acme"), QStringLiteral("maarten"), kAcmePassword);
    const QString acmeToken = acmeLogin.json().value(QStringLiteral("token")).toString();
    const QString demoToken = server.login(QStringLiteral("sanne"));

    EventsSocket events(server, demoToken);
    ASSERT_TRUE(waitFor([&] { return !events.messages().isEmpty(); }));
    const qint64 demoVersion = events.versions().first();

    ASSERT_EQ(pushTask(server, acmeToken, makeUuid7(QDateTime::currentMSecsSinceEpoch()),
                       makeUuid7(QDateTime::currentMSecsSinceEpoch()), acmePerson,
                       QStringLiteral("Not for the demo office"))
                  .status,
              200);
    // Longer than the server's poll, so that a poke sent by either way would have arrived.
    EXPECT_FALSE(waitFor([&] { return events.messages().size() > 1; }, 2500));
    EXPECT_EQ(events.versions(), QList<qint64>{demoVersion});

    // An administrator of the default workspace cannot sign out acme's device.
    ASSERT_EQ(server.admin({QStringLiteral("device"), QStringLiteral("list"),
                            QStringLiteral("--user"), QStringLiteral("maarten"),
                            QStringLiteral("--workspace"), QStringLiteral("acme")}),
              0);
    const QString device = QString::fromLatin1(server.lastOutput().split(' ').first());
    ASSERT_FALSE(device.isEmpty());
    EXPECT_NE(server.admin({QStringLiteral("device"), QStringLiteral("revoke"), device}), 0);
    EXPECT_EQ(server.request("GET", QStringLiteral("/v1/pull"), {}, acmeToken).status, 200);
    EXPECT_EQ(server.admin({QStringLiteral("device"), QStringLiteral("revoke"), device,
                            QStringLiteral("--workspace"), QStringLiteral("acme")}),
              0);
    EXPECT_EQ(server.request("GET", QStringLiteral("/v1/pull"), {}, acmeToken).status, 401);
}
