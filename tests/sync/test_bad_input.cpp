// SPDX-License-Identifier: GPL-3.0-or-later
#include "Harness.h"
#include "PgCluster.h"

#include "sync/protocol/Protocol.h"
#include "sync/server/SyncService.h"

#include <QDateTime>
#include <QJsonArray>
#include <functional>

#include "core/store/Hlc.h"

using namespace spil;
using namespace spil::test;

namespace {
const QString kClient = QStringLiteral("01900000-0000-7000-8000-0000000000dd");
const QString kRecord = QStringLiteral("01900000-0000-7000-8000-0000000000ee");

// Joris's person id, for the tasks he creates.
QString jorisPerson;

QByteArray pushBody(qint64 mutation, const QString &title)
{
    return protocol::encode(protocol::PushRequest{
        kClient, 0, {{mutation, newTaskChanges(kRecord, jorisPerson, title, kClient)}}});
}

void expectJsonError(const HttpResult &r, int status, const char *code, const char *what)
{
    EXPECT_EQ(r.status, status) << what << ": " << r.body.constData();
    EXPECT_EQ(r.errorCode(), QLatin1String(code)) << what << ": " << r.body.constData();
    EXPECT_FALSE(r.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty())
        << what;
}
} // namespace

TEST(BadInput, EachIsAnsweredWithAJsonErrorStoresNothingAndTheServerServesOn)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("joris"));
    jorisPerson = server.personId(QStringLiteral("joris"));
    const qint64 before = server.version(token);
    const QString push = QStringLiteral("/v1/push");

    expectJsonError(server.request("POST", push, "{not json", token), 400, "bad_request",
                    "malformed JSON");
    expectJsonError(server.request("POST", push, "[1,2]", token), 400, "bad_request",
                    "not an object");
    expectJsonError(
        server.request("POST", push, R"({"client_id":5,"cursor":0,"mutations":[]})", token), 400,
        "bad_request", "wrong type");
    expectJsonError(
        server.request(
            "POST", push,
            QStringLiteral(R"({"client_id":"%1","cursor":0,"mutations":[],"admin":true})")
                .arg(kClient)
                .toUtf8(),
            token),
        400, "bad_request", "unknown field");
    expectJsonError(
        server.request("POST", push,
                       QStringLiteral(R"({"client_id":"%1","mutations":[]})").arg(kClient).toUtf8(),
                       token),
        400, "bad_request", "missing field");
    QByteArray wrongValue = pushBody(1, QStringLiteral("x"));
    wrongValue.replace(R"("value":"x")", R"("value":42)");
    expectJsonError(server.request("POST", push, wrongValue, token), 400, "bad_request",
                    "value of the wrong type");
    QByteArray unknownEntity = pushBody(1, QStringLiteral("x"));
    unknownEntity.replace(R"("entity":"tasks")", R"("entity":"salaries")");
    expectJsonError(server.request("POST", push, unknownEntity, token), 400, "bad_request",
                    "unknown entity");
    QByteArray huge = pushBody(1, QString(10 * 1024 * 1024, QLatin1Char('x')));
    expectJsonError(server.request("POST", push, huge, token), 413, "too_large", "10 MB body");
    expectJsonError(server.request("GET", QStringLiteral("/v1/pull?since=abc"), {}, token), 400,
                    "bad_request", "bad cursor");
    expectJsonError(
        server.request("GET", QStringLiteral("/v1/pull?since=0&user=maarten"), {}, token), 400,
        "bad_request", "unknown parameter");
    expectJsonError(server.request("DELETE", push, {}, token), 405, "method_not_allowed",
                    "wrong method");
    expectJsonError(server.request("GET", QStringLiteral("/v1/everything"), {}, token), 404,
                    "not_found", "unknown route");
    expectJsonError(server.request("POST", QStringLiteral("/v1/login"),
                                   R"({"user":"joris","password":"nope"})"),
                    401, "bad_credentials", "wrong password");

    // Tokens: missing, wrong.
    expectJsonError(server.request("POST", push, pushBody(1, QStringLiteral("x"))), 401,
                    "missing_token", "missing token");
    expectJsonError(
        server.request("POST", push, pushBody(1, QStringLiteral("x")), QStringLiteral("forged")),
        401, "invalid_token", "wrong token");

    // Mutation numbers: a gap, then a replay with other content.
    expectJsonError(server.request("POST", push, pushBody(3, QStringLiteral("x")), token), 409,
                    "mutation_gap", "gapped mutation");
    EXPECT_EQ(server.request("POST", push, pushBody(3, QStringLiteral("x")), token)
                  .json()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("expected_mutation"))
                  .toInteger(),
              1);
    // Ids and stamps are taken only in the exact form a device makes them.
    const auto withChange = [&](const std::function<void(protocol::Change &)> &edit,
                                const QString &client = kClient) {
        QList<protocol::Change> changes =
            newTaskChanges(kRecord, jorisPerson, QStringLiteral("x"), kClient);
        for (protocol::Change &c : changes)
            edit(c);
        return protocol::encode(protocol::PushRequest{client, 0, {{1, changes}}});
    };
    const QString newline = QStringLiteral("\n");
    const QString stampTail = QStringLiteral("-0000-") + kClient;
    const struct {
        QByteArray body;
        const char *what;
    } malformed[] = {
        {withChange([&](protocol::Change &c) { c.recordId += newline; }),
         "record id with a trailing newline"},
        {withChange([&](protocol::Change &c) { c.hlc.replace(kClient, kClient + newline); },
                    kClient + newline),
         "client id with a trailing newline"},
        {withChange(
             [&](protocol::Change &c) { c.hlc = QStringLiteral("0190000000aa--001-") + kClient; }),
         "stamp with a negative counter"},
        {withChange(
             [&](protocol::Change &c) { c.hlc = QStringLiteral("-00000000001") + stampTail; }),
         "stamp with a negative ms"},
        {withChange(
             [&](protocol::Change &c) { c.hlc = QStringLiteral("0190000000AA") + stampTail; }),
         "stamp in upper case"},
        {withChange([&](protocol::Change &c) {
             c.hlc = QStringLiteral("0190000000aa-0000-someone-else-") + kClient;
         }),
         "stamp whose client part only ends in the client id"},
        {withChange([&](protocol::Change &c) {
             if (c.field == QStringLiteral("handed_by"))
                 c.value = jorisPerson;
         }),
         "a chain of hands that is not a list"},
        {withChange([&](protocol::Change &c) {
             if (c.field == QStringLiteral("handed_by"))
                 c.value = QJsonArray{7};
         }),
         "a chain of hands that names no one"},
    };
    for (const auto &m : malformed)
        expectJsonError(server.request("POST", push, m.body, token), 400, "bad_request", m.what);
    const protocol::Change uidAsNumber{QStringLiteral("appointments"), kRecord,
                                       QStringLiteral("ical_uid"), 42,
                                       HlcStamp{1'790'000'000'000, 0, kClient}.toString()};
    expectJsonError(
        server.request("POST", push,
                       protocol::encode(protocol::PushRequest{kClient, 0, {{1, {uidAsNumber}}}}),
                       token),
        400, "bad_request", "an imported event's UID that is not text");
    EXPECT_EQ(server.version(token), before) << "a refused request stored something";

    const HttpResult first =
        server.request("POST", push, pushBody(1, QStringLiteral("Lift defect")), token);
    ASSERT_EQ(first.status, 200) << first.body.constData();
    // A retried push is acknowledged again without being applied twice...
    const HttpResult retry =
        server.request("POST", push, pushBody(1, QStringLiteral("Lift defect")), token);
    ASSERT_EQ(retry.status, 200);
    EXPECT_EQ(retry.json().value(QStringLiteral("duplicates")).toInt(), 1);
    EXPECT_EQ(retry.json().value(QStringLiteral("applied")).toInt(), 0);
    const HttpResult all =
        server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {}, token);
    EXPECT_EQ(all.body.count("Lift defect"), 1);
    const qint64 afterRetry = server.version(token);
    // ...but the same number with other content is a replay, and stores nothing.
    expectJsonError(server.request("POST", push, pushBody(1, QStringLiteral("Iets anders")), token),
                    409, "mutation_replayed", "replayed mutation");
    EXPECT_EQ(server.version(token), afterRetry);
    // A record naming someone else as who acted, a client id another device holds.
    QList<protocol::Change> forged =
        newTaskChanges(kRecord, jorisPerson, QStringLiteral("Lift defect"), kClient);
    for (protocol::Change &c : forged) {
        if (c.field == QStringLiteral("created_by"))
            c.value = server.personId(QStringLiteral("maarten"));
    }
    expectJsonError(
        server.request("POST", push,
                       protocol::encode(protocol::PushRequest{kClient, 0, {{2, forged}}}), token),
        403, "forged_author", "a task created by someone else");
    for (protocol::Change &c : forged) {
        if (c.field == QStringLiteral("created_by"))
            c.value = jorisPerson;
        if (c.field == QStringLiteral("handed_by"))
            c.value = QJsonArray{server.personId(QStringLiteral("maarten"))};
    }
    expectJsonError(
        server.request("POST", push,
                       protocol::encode(protocol::PushRequest{kClient, 0, {{2, forged}}}), token),
        403, "forged_author", "a task handed on by someone else");
    expectJsonError(server.request("POST", push, pushBody(2, QStringLiteral("Lift defect")),
                                   server.login(QStringLiteral("noor"))),
                    403, "client_taken", "client id bound to another device");
    EXPECT_EQ(server.version(token), afterRetry);
    // Setting an assistant's directors: admins only, and a strict body.
    const QString principals = QStringLiteral("/v1/principals");
    expectJsonError(
        server.request("POST", principals, R"({"user":"sanne","principals":[]})", token), 403,
        "forbidden", "principals set by staff");
    ASSERT_EQ(server.addAdmin(QStringLiteral("beheer")), 0);
    const QString admin = server.login(QStringLiteral("beheer"));
    const qint64 beforePrincipals = server.version(admin);
    for (const auto &[body, what] : std::initializer_list<std::pair<QByteArray, const char *>>{
             {"{not json", "principals: malformed JSON"},
             {R"({"user":"sanne"})", "principals: missing field"},
             {R"({"user":"sanne","principals":"maarten"})", "principals: not an array"},
             {R"({"user":"sanne","principals":[7]})", "principals: not names"},
             {R"({"user":"sanne","principals":[],"role":"director"})", "principals: unknown field"},
             {R"({"user":"joris","principals":[]})", "principals of someone not an assistant"},
             {R"({"user":"sanne","principals":["noor"]})", "a principal who is not a director"}})
        expectJsonError(server.request("POST", principals, body, admin), 400, "bad_request", what);
    expectJsonError(
        server.request("POST", principals, R"({"user":"niemand","principals":[]})", admin), 404,
        "not_found", "principals of an unknown user");
    expectJsonError(server.request("GET", principals, {}, admin), 405, "method_not_allowed",
                    "principals: wrong method");
    EXPECT_EQ(server.version(admin), beforePrincipals) << "a refused request stored something";
    EXPECT_EQ(server.request("GET", QStringLiteral("/v1/health")).status, 200);
}

TEST(BadInput, ACalendarFeedAnswersBadAddressesAndOldLinksWithJsonErrors)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("joris"));
    const QString feed = server.request("POST", QStringLiteral("/v1/feed-token"), {}, token)
                             .json()
                             .value(QStringLiteral("path"))
                             .toString();
    ASSERT_EQ(server.request("GET", feed).status, 200);
    const QString unknown = QStringLiteral("/v1/feed/%1.ics").arg(QString(43, QLatin1Char('A')));
    for (const auto &[path, what] : std::initializer_list<std::pair<QString, const char *>>{
             {QStringLiteral("/v1/feed/short.ics"), "a token of the wrong form"},
             {QString(feed).chopped(4), "an address without .ics"},
             {QStringLiteral("/v1/feed/"), "no token at all"},
             {QStringLiteral("/v1/feed/a/b.ics"), "a path below the feeds"},
             {feed + QStringLiteral("?user=maarten"), "a query on a feed"}})
        expectJsonError(server.request("GET", path), 400, "bad_request", what);
    expectJsonError(server.request("GET", unknown), 404, "not_found", "a token nobody has");
    expectJsonError(server.request("POST", feed), 405, "method_not_allowed", "a feed written to");
    expectJsonError(server.request("POST", QStringLiteral("/v1/feed-token")), 401, "missing_token",
                    "a feed link asked for without signing in");
    expectJsonError(server.request("PUT", QStringLiteral("/v1/feed-token"), {}, token), 405,
                    "method_not_allowed", "feed token: wrong method");
    ASSERT_EQ(server.request("DELETE", QStringLiteral("/v1/feed-token"), {}, token).status, 200);
    expectJsonError(server.request("GET", feed), 404, "not_found", "a revoked feed");
    EXPECT_FALSE(server.request("GET", unknown).body.contains(feed.toUtf8()));
    EXPECT_EQ(server.request("GET", QStringLiteral("/v1/health")).status, 200);
}

// On the server's own clock, moved by the test: valid up to the last millisecond of its
// lifetime, refused from the first one after.
TEST(BadInput, ATokenIsRefusedFromTheMomentItExpires)
{
    server::SyncService::Options options;
    options.tokenTtlMs = 1000;
    ServiceUnderTest local(options);
    server::SyncService &service = local.service();
    local.addUser(QStringLiteral("sanne"), Role::Assistant, QStringLiteral("geheim"));
    const QString bearer =
        QStringLiteral("Bearer ") +
        service.login({QStringLiteral("sanne"), QStringLiteral("geheim"), {}, {}}).token;
    const QString device = service.authenticate(bearer).device.id;

    local.clock.advance(options.tokenTtlMs - 1);
    EXPECT_EQ(service.authenticate(bearer).device.id, device);
    EXPECT_EQ(service.signedIn({device}), QSet<QString>{device});

    local.clock.advance(1);
    try {
        service.authenticate(bearer);
        ADD_FAILURE() << "an expired token was taken";
    } catch (const server::SyncError &e) {
        EXPECT_EQ(e.status, 401);
        EXPECT_EQ(e.code, protocol::ErrorCode::ExpiredToken) << toText(e.code).toStdString();
    }
    EXPECT_TRUE(service.signedIn({device}).isEmpty());
}

TEST(BadInput, RevokedTokensAreRefused)
{
    ServerProcess other(QStringLiteral(SPIL_SERVER_PATH));
    const QString kept = other.login(QStringLiteral("sanne"));
    const QString revoked = other.login(QStringLiteral("sanne"));
    EXPECT_EQ(other.request("POST", QStringLiteral("/v1/logout"), {}, revoked).status, 200);
    expectJsonError(other.request("GET", QStringLiteral("/v1/pull"), {}, revoked), 401,
                    "revoked_token", "revoked token");
    EXPECT_EQ(other.request("GET", QStringLiteral("/v1/pull"), {}, kept).status, 200);

    // An administrator revokes the remaining device while the server runs.
    ASSERT_EQ(other.admin({QStringLiteral("device"), QStringLiteral("list"),
                           QStringLiteral("--user"), QStringLiteral("sanne")}),
              0);
    QString live;
    for (const QByteArray &line : other.lastOutput().split('\n')) {
        if (!line.isEmpty() && !line.contains("revoked"))
            live = QString::fromLatin1(line.split(' ').first());
    }
    ASSERT_FALSE(live.isEmpty()) << other.lastOutput().constData();
    ASSERT_EQ(other.admin({QStringLiteral("device"), QStringLiteral("revoke"), live}), 0);
    expectJsonError(other.request("GET", QStringLiteral("/v1/pull"), {}, kept), 401,
                    "revoked_token", "device revoked by the administrator");
}

TEST(Durability, AnAcknowledgedPushSurvivesKillMinusNine)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("joris"));
    jorisPerson = server.personId(QStringLiteral("joris"));
    const HttpResult ack = server.request("POST", QStringLiteral("/v1/push"),
                                          pushBody(1, QStringLiteral("Stroomstoring")), token);
    ASSERT_EQ(ack.status, 200);
    server.kill9();
    server.restart();
    const HttpResult pull =
        server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {}, token);
    ASSERT_EQ(pull.status, 200);
    EXPECT_TRUE(pull.body.contains("Stroomstoring"));
    EXPECT_EQ(pull.json().value(QStringLiteral("version")).toInteger(),
              ack.json().value(QStringLiteral("version")).toInteger());
}

TEST(Clamping, StampsFarAheadOfTheServerKeepTheOrderOfTheirChanges)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("joris"));
    jorisPerson = server.personId(QStringLiteral("joris"));
    // A device whose clock runs a day ahead creates a task and renames it right after.
    const qint64 ahead = QDateTime::currentMSecsSinceEpoch() + 24 * 3600 * 1000LL;
    QList<protocol::Change> create =
        newTaskChanges(kRecord, jorisPerson, QStringLiteral("Eerste naam"), kClient);
    for (protocol::Change &c : create)
        c.hlc = HlcStamp{ahead, 0, kClient}.toString();
    const protocol::Change rename{QStringLiteral("tasks"), kRecord, QStringLiteral("title"),
                                  QStringLiteral("Tweede naam"),
                                  HlcStamp{ahead + 1, 0, kClient}.toString()};
    const QByteArray body =
        protocol::encode(protocol::PushRequest{kClient, 0, {{1, create}, {2, {rename}}}});
    ASSERT_EQ(server.request("POST", QStringLiteral("/v1/push"), body, token).status, 200);
    const HttpResult pull =
        server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {}, token);
    EXPECT_TRUE(pull.body.contains("Tweede naam"));
    EXPECT_FALSE(pull.body.contains("Eerste naam"));
    // And the stamps it got are the server's, not a day ahead.
    const auto page = protocol::decodePullPage(pull.body);
    for (const protocol::Record &r : page.records) {
        if (r.id == kRecord) {
            HlcStamp stamp;
            ASSERT_TRUE(HlcStamp::parse(r.hlc, &stamp));
            EXPECT_LT(stamp.ms, ahead - 3600 * 1000LL);
        }
    }
}

TEST(BadInput, AdminCommandsOnAStoreThatIsNotThereCreateNothing)
{
    QTemporaryDir dir;
    const bool postgres =
        ServerProcess::backendFromEnvironment() == ServerProcess::Backend::Postgres;
    const QString db =
        postgres ? PgCluster::shared().newDatabase() : dir.filePath(QStringLiteral("mistyped.db"));
    const auto spilServer = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(SPIL_SERVER_PATH), args + QStringList{QStringLiteral("--db"), db});
        EXPECT_TRUE(p.waitForFinished(60000)) << args.join(QLatin1Char(' ')).toStdString();
        return p.exitCode();
    };
    EXPECT_EQ(spilServer({QStringLiteral("user"), QStringLiteral("list")}), 1);
    EXPECT_EQ(
        spilServer({QStringLiteral("workspace"), QStringLiteral("add"), QStringLiteral("acme")}),
        1);
    if (!postgres) {
        EXPECT_FALSE(QFile::exists(db));
    }
    // Still an empty database or no file: init makes the store as on a first day.
    EXPECT_EQ(spilServer({QStringLiteral("init")}), 0);
    EXPECT_EQ(
        spilServer({QStringLiteral("workspace"), QStringLiteral("add"), QStringLiteral("acme")}),
        0);
    EXPECT_EQ(spilServer({QStringLiteral("init")}), 2); // refused: there is a store now
}

// A document record is checked like any other: its hash in one spelling, whole when new,
// under a meeting that exists, in its adder's own name.
TEST(BadInput, DocumentRecordsAreCheckedAndRefusedWhole)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("joris"));
    const QString me = server.personId(QStringLiteral("joris"));
    const qint64 before = server.version(token);
    const QString hash = QString(64, QLatin1Char('c'));
    const auto document = [&](const std::function<void(protocol::Change &)> &edit) {
        QList<protocol::Change> changes =
            newDocumentChanges(kRecord, me, {}, QStringLiteral("Jaarplan"), hash, kClient);
        QList<protocol::Change> kept;
        for (protocol::Change &c : changes) {
            edit(c);
            if (!c.field.isEmpty())
                kept << c;
        }
        return protocol::encode(protocol::PushRequest{kClient, 0, {{1, kept}}});
    };
    const auto setField = [](const char *field, const QJsonValue &value) {
        return [=](protocol::Change &c) {
            if (c.field == QLatin1String(field))
                c.value = value;
        };
    };
    const struct {
        QByteArray body;
        int status;
        const char *code;
        const char *what;
    } rows[] = {
        {document(setField("sha256", hash.toUpper())), 400, "bad_request", "hash in upper case"},
        {document(setField("sha256", hash.left(63))), 400, "bad_request", "hash too short"},
        {document(setField("sha256", QString())), 400, "bad_request", "no hash"},
        {document(setField("sha256", 7)), 400, "bad_request", "hash not text"},
        {document(setField("size", QStringLiteral("big"))), 400, "bad_request",
         "size not a number"},
        {document([](protocol::Change &c) {
             if (c.field == QStringLiteral("sha256"))
                 c.field.clear();
         }),
         400, "incomplete_record", "a new document without its hash"},
        {document(
             setField("appointment_id", QStringLiteral("01900000-0000-7000-8000-000000000404"))),
         400, "unknown_parent", "a paper of a meeting that does not exist"},
        {document(setField("added_by", server.personId(QStringLiteral("maarten")))), 403,
         "forged_author", "a document added in someone else's name"},
    };
    for (const auto &row : rows)
        expectJsonError(server.request("POST", QStringLiteral("/v1/push"), row.body, token),
                        row.status, row.code, row.what);
    EXPECT_EQ(server.version(token), before) << "a refused document was stored";
    const HttpResult good = server.request("POST", QStringLiteral("/v1/push"),
                                           document([](protocol::Change &) {}), token);
    EXPECT_EQ(good.status, 200) << good.body.constData();
}
