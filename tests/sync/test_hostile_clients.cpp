// SPDX-License-Identifier: GPL-3.0-or-later
// Clients that guess passwords, send too much, send too slowly, hold connections or use
// strange methods: each gets a clear JSON answer or a closed connection, and everyone else
// is still served.
#include "RawConnection.h"
#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>
#include <memory>
#include <sys/resource.h>

using namespace spil;
using namespace spil::test;

namespace {
const QString kServer = QStringLiteral(SPIL_SERVER_PATH);

QByteArray loginBody(const char *user, const char *password)
{
    return QStringLiteral(R"({"user":"%1","password":"%2"})")
        .arg(QLatin1String(user), QLatin1String(password))
        .toUtf8();
}

// One request on a connection of its own, from the given source address.
RawAnswer ask(const ServerProcess &server, const QByteArray &method, const QByteArray &path,
              const QByteArray &body = {}, const QString &token = {},
              const QString &from = QStringLiteral("127.0.0.1"))
{
    RawConnection c(server.url(), from);
    EXPECT_TRUE(c.isConnected()) << "from " << from.toStdString();
    c.sendRequest(method, path, body, token);
    const auto a = c.answer(20000);
    EXPECT_TRUE(a.has_value()) << method.constData() << ' ' << path.constData() << ": no answer";
    return a.value_or(RawAnswer{});
}

// The status of one request, or 0 when none came in time; asserts nothing, for waits.
int statusOf(const ServerProcess &server, const QByteArray &method, const QByteArray &path,
             const QByteArray &body = {}, const QString &from = QStringLiteral("127.0.0.1"))
{
    RawConnection c(server.url(), from);
    c.sendRequest(method, path, body);
    const auto a = c.answer(2000);
    return a ? a->status : 0;
}

int openDescriptors(qint64 pid)
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid))
                   .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                   .size());
}

void expectError(const RawAnswer &a, int status, const char *code, const char *what)
{
    EXPECT_EQ(a.status, status) << what << ": " << a.body.constData();
    EXPECT_EQ(a.errorCode(), QLatin1String(code)) << what << ": " << a.body.constData();
}

// The soft and hard limit on open files of a process, from /proc.
std::pair<QByteArray, QByteArray> openFileLimits(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max open files")) {
            const QList<QByteArray> words = line.simplified().split(' ');
            return {words.value(3), words.value(4)};
        }
    }
    return {};
}
} // namespace

TEST(HostileClients, WrongPasswordsAreThrottledPerUserAndAddressButNotForEver)
{
    ServerProcess server(kServer);
    for (int i = 0; i < 5; ++i)
        expectError(ask(server, "POST", "/v1/login", loginBody("joris", "wrong")), 401,
                    "bad_credentials", "a wrong password");
    const RawAnswer throttled = ask(server, "POST", "/v1/login", loginBody("joris", "wrong"));
    expectError(throttled, 429, "too_many_attempts", "the sixth wrong password");
    EXPECT_GE(throttled.headers.value("retry-after").toInt(), 1);
    // Not even the right password gets through from there meanwhile...
    expectError(ask(server, "POST", "/v1/login", loginBody("joris", "spil-demo")), 429,
                "too_many_attempts", "the right password, same address, while locked");
    // ...but it does from elsewhere,
    EXPECT_EQ(ask(server, "POST", "/v1/login", loginBody("joris", "spil-demo"), {},
                  QStringLiteral("127.0.0.2"))
                  .status,
              200);
    // and from the same address once the lock has passed.
    bool signedIn = false;
    EXPECT_TRUE(waitFor(
        [&] {
            return signedIn = signedIn || statusOf(server, "POST", "/v1/login",
                                                   loginBody("joris", "spil-demo")) == 200;
        },
        20000));

    // One address guessing over many users meets a looser cap of its own.
    const char *users[] = {"maarten", "ingrid", "sanne", "lotte", "fatima", "joris", "pieter"};
    int failures = 0;
    int refusedAt = -1;
    for (int i = 0; i < 60 && refusedAt < 0; ++i) {
        const RawAnswer a = ask(server, "POST", "/v1/login", loginBody(users[i % 7], "wrong"), {},
                                QStringLiteral("127.0.0.3"));
        if (a.status == 429)
            refusedAt = i;
        else
            ++failures;
    }
    EXPECT_GE(refusedAt, 30) << "refused before the per-user limits could";
    const RawAnswer capped = ask(server, "POST", "/v1/login", loginBody("noor", "spil-demo"), {},
                                 QStringLiteral("127.0.0.3"));
    expectError(capped, 429, "too_many_attempts", "a fresh user from a guessing address");
    EXPECT_GE(capped.headers.value("retry-after").toInt(), 1);
    EXPECT_EQ(ask(server, "POST", "/v1/login", loginBody("noor", "spil-demo"), {},
                  QStringLiteral("127.0.0.4"))
                  .status,
              200);
}

TEST(HostileClients, PullsAreAnsweredWhileLoginsAreBeingChecked)
{
    ServerProcess server(kServer);
    const QString token = server.login(QStringLiteral("sanne"));
    // 32 logins at once from 8 addresses, 4 each (within every throttle).
    std::vector<std::unique_ptr<RawConnection>> logins;
    for (int i = 0; i < 32; ++i) {
        logins.push_back(std::make_unique<RawConnection>(
            server.url(), QStringLiteral("127.0.0.%1").arg(10 + i / 4)));
        ASSERT_TRUE(logins.back()->isConnected());
        logins.back()->sendRequest("POST", "/v1/login", loginBody("joris", "spil-demo"));
    }
    RawConnection puller(server.url(), QStringLiteral("127.0.0.20"));
    puller.sendRequest("GET", "/v1/pull?since=0&limit=10", {}, token);
    const auto pulled = puller.answer(60000);
    int loginsAnswered = 0;
    for (const auto &c : logins)
        loginsAnswered += c->hasAnswer() ? 1 : 0;
    ASSERT_TRUE(pulled.has_value());
    EXPECT_EQ(pulled->status, 200);
    // Password checks take tens of milliseconds each; the pull did not wait for them.
    EXPECT_LE(loginsAnswered, 16) << "the pull was answered only after most logins";
    for (const auto &c : logins) {
        const auto a = c->answer(60000);
        ASSERT_TRUE(a.has_value());
        EXPECT_EQ(a->status, 200) << a->body.constData();
    }
}

TEST(HostileClients, BodiesAndHeadersAreJudgedBeforeTheyAreRead)
{
    ServerProcess server(kServer);
    const QString token = server.login(QStringLiteral("joris"));
    // 100 MB announced and none sent: the answer comes from the headers alone.
    for (const char *path : {"/v1/login", "/v1/push"}) {
        RawConnection c(server.url());
        c.send("POST " + QByteArray(path) + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
               token.toLatin1() + "\r\nContent-Length: 100000000\r\n\r\n{");
        const auto a = c.answer();
        ASSERT_TRUE(a.has_value()) << path << ": waited for the body";
        expectError(*a, 413, "too_large", path);
        EXPECT_TRUE(c.waitClosed());
    }
    {
        RawConnection c(server.url());
        c.send("POST /v1/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
               "5\r\n{\"a\":\r\n");
        const auto a = c.answer();
        ASSERT_TRUE(a.has_value());
        expectError(*a, 411, "length_required", "a chunked body");
    }
    {
        RawConnection c(server.url());
        c.send("GET /v1/pull HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token.toLatin1() +
               "\r\nX-Padding: " + QByteArray(20000, 'a') + "\r\n\r\n");
        const auto a = c.answer();
        ASSERT_TRUE(a.has_value());
        expectError(*a, 431, "headers_too_large", "20 kB of headers");
    }
    {
        QByteArray many;
        for (int i = 0; i < 150; ++i)
            many += "X-Header-" + QByteArray::number(i) + ": 1\r\n";
        RawConnection c(server.url());
        c.send("GET /v1/pull HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token.toLatin1() +
               "\r\n" + many + "\r\n");
        const auto a = c.answer();
        ASSERT_TRUE(a.has_value());
        expectError(*a, 431, "headers_too_large", "150 headers");
    }
    EXPECT_EQ(ask(server, "GET", "/v1/pull?since=0&limit=1", {}, token).status, 200);
}

TEST(HostileClients, UnknownMethodsNeedATokenAndThenGet405WithAllow)
{
    ServerProcess server(kServer);
    const QString token = server.login(QStringLiteral("joris"));
    expectError(ask(server, "PROPFIND", "/v1/pull"), 401, "missing_token", "PROPFIND, no token");
    expectError(ask(server, "DELETE", "/v1/push"), 401, "missing_token", "DELETE, no token");
    expectError(ask(server, "PROPFIND", "/v1/conflicts", {}, QStringLiteral("forged")), 401,
                "invalid_token", "PROPFIND, forged token");
    const RawAnswer propfind = ask(server, "PROPFIND", "/v1/pull", {}, token);
    expectError(propfind, 405, "method_not_allowed", "PROPFIND with a token");
    EXPECT_EQ(propfind.headers.value("allow"), "GET");
    const RawAnswer del = ask(server, "DELETE", "/v1/push", {}, token);
    expectError(del, 405, "method_not_allowed", "DELETE with a token");
    EXPECT_EQ(del.headers.value("allow"), "POST");
    const RawAnswer health = ask(server, "PROPFIND", "/v1/health");
    expectError(health, 405, "method_not_allowed", "PROPFIND /v1/health");
    EXPECT_EQ(health.headers.value("allow"), "GET");
    expectError(ask(server, "PROPFIND", "/v1/nowhere", {}, token), 404, "not_found",
                "an unknown path");
}

TEST(HostileClients, IdleAndSlowConnectionsAreClosedButEventSocketsStay)
{
    ServerProcess server(kServer, {QStringLiteral("--idle-timeout"), QStringLiteral("1"),
                                   QStringLiteral("--request-timeout"), QStringLiteral("2"),
                                   QStringLiteral("--ping-interval"), QStringLiteral("1")});
    const QString token = server.login(QStringLiteral("joris"));
    {
        RawConnection keepAlive(server.url());
        keepAlive.sendRequest("GET", "/v1/health");
        ASSERT_TRUE(keepAlive.answer().has_value());
        EXPECT_TRUE(keepAlive.waitClosed(10000)) << "an idle keep-alive connection stayed open";
    }
    {
        RawConnection silent(server.url());
        EXPECT_TRUE(silent.waitClosed(10000)) << "a connection that never spoke stayed open";
    }
    {
        RawConnection slowHeaders(server.url());
        slowHeaders.send("GET /v1/health HTTP/1.1\r\nHost: x\r\n");
        const auto a = slowHeaders.answer(10000);
        ASSERT_TRUE(a.has_value()) << "half-sent headers were waited for";
        expectError(*a, 408, "request_timeout", "half-sent headers");
        EXPECT_TRUE(slowHeaders.waitClosed(10000));
    }
    {
        RawConnection slowBody(server.url());
        slowBody.send("POST /v1/login HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{");
        const auto a = slowBody.answer(10000);
        ASSERT_TRUE(a.has_value()) << "a half-sent body was waited for";
        expectError(*a, 408, "request_timeout", "a half-sent body");
        EXPECT_TRUE(slowBody.waitClosed(10000));
    }
    // An event socket that answers pings outlives the idle timeout several times over...
    RawConnection alive(server.url());
    ASSERT_TRUE(alive.upgrade(token));
    int pings = 0;
    while (pings < 4) {
        const auto f = alive.frame(10000);
        ASSERT_TRUE(f.has_value()) << "after " << pings << " pings";
        ASSERT_NE(f->opcode, 8) << "closed after " << pings << " pings";
        if (f->opcode == 9) {
            ++pings;
            alive.sendFrame(10, f->payload);
        }
    }
    EXPECT_TRUE(alive.isConnected());
    // ...and one that does not answer them goes.
    RawConnection dead(server.url());
    ASSERT_TRUE(dead.upgrade(token));
    EXPECT_TRUE(dead.waitClosed(15000)) << "a peer that answers no pings was kept";
}

TEST(HostileClients, ConnectionCapsLeaveHealthAnsweredAndOthersAJsonRefusal)
{
    ServerProcess server(kServer,
                         {QStringLiteral("--max-connections"), QStringLiteral("6"),
                          QStringLiteral("--max-connections-per-address"), QStringLiteral("3")});
    std::vector<std::unique_ptr<RawConnection>> held;
    const auto hold = [&](const QString &from) {
        held.push_back(std::make_unique<RawConnection>(server.url(), from));
        held.back()->sendRequest("GET", "/v1/health");
        const auto a = held.back()->answer();
        return a && a->status == 200;
    };
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(hold(QStringLiteral("127.0.0.30")));
    const RawAnswer perAddress =
        ask(server, "GET", "/v1/pull", {}, {}, QStringLiteral("127.0.0.30"));
    expectError(perAddress, 429, "too_many_connections", "a fourth connection from one address");
    EXPECT_GE(perAddress.headers.value("retry-after").toInt(), 1);
    EXPECT_EQ(ask(server, "GET", "/v1/health", {}, {}, QStringLiteral("127.0.0.30")).status, 200);
    // Another address is served as usual until the server is full.
    expectError(ask(server, "GET", "/v1/pull", {}, {}, QStringLiteral("127.0.0.31")), 401,
                "missing_token", "another address");
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(hold(QStringLiteral("127.0.0.31")));
    const RawAnswer full = ask(server, "GET", "/v1/pull", {}, {}, QStringLiteral("127.0.0.32"));
    expectError(full, 503, "server_busy", "a connection to a full server");
    EXPECT_EQ(ask(server, "GET", "/v1/health", {}, {}, QStringLiteral("127.0.0.32")).status, 200);
    // A connection that closes makes room again.
    held.back()->close();
    bool served = false;
    EXPECT_TRUE(waitFor([&] {
        return served = served || statusOf(server, "GET", "/v1/pull", {},
                                           QStringLiteral("127.0.0.32")) == 401;
    }));
}

TEST(HostileClients, RaisesItsDescriptorLimitAndAcceptsAgainAfterRunningOut)
{
    rlimit mine{};
    ASSERT_EQ(::getrlimit(RLIMIT_NOFILE, &mine), 0);
    ASSERT_GT(mine.rlim_max, rlim_t(256)) << "this machine's hard limit is too low to tell";
    // Started with a low soft limit, as a service often is.
    rlimit low = mine;
    low.rlim_cur = 256;
    ASSERT_EQ(::setrlimit(RLIMIT_NOFILE, &low), 0);
    std::unique_ptr<ServerProcess> server;
    try {
        server = std::make_unique<ServerProcess>(kServer);
    } catch (...) {
    }
    ::setrlimit(RLIMIT_NOFILE, &mine);
    ASSERT_TRUE(server);
    const auto [soft, hard] = openFileLimits(server->pid());
    EXPECT_EQ(soft, hard) << "the soft limit on open files was not raised";

    // Descriptors run out under it (the limit lowered behind its back): once connections
    // close, it accepts again.
    const rlimit tiny{48, mine.rlim_max};
    ASSERT_EQ(::prlimit(pid_t(server->pid()), RLIMIT_NOFILE, &tiny, nullptr), 0);
    std::vector<std::unique_ptr<RawConnection>> flood;
    for (int i = 0; i < 80; ++i)
        flood.push_back(std::make_unique<RawConnection>(
            server->url(), QStringLiteral("127.0.0.%1").arg(40 + i / 20)));
    ASSERT_TRUE(waitFor([&] { return openDescriptors(server->pid()) >= 46; }))
        << "descriptors did not run out";
    flood.clear();
    bool answered = false;
    EXPECT_TRUE(waitFor(
        [&] {
            return answered = answered || statusOf(*server, "GET", "/v1/health", {},
                                                   QStringLiteral("127.0.0.51")) == 200;
        },
        20000))
        << "the server stopped accepting after running out of descriptors";
}
