// SPDX-License-Identifier: GPL-3.0-or-later
// A load generator for spil-server: starts real servers on 127.0.0.1 and prints one JSON
// line per figure, each with its reference from the same run and, where there is one, the
// goal. Speed is judged here, never in a test.
//
// The same load runs against three setups: one instance on SQLite, one instance on
// PostgreSQL, two instances over one PostgreSQL database (clients spread over both; the
// round trip goes from a device on one to a device on the other). The last lines put them
// side by side, as ratios to SQLite.
//
// sync_load [--quick] [--setup NAME]
//   --quick: small and short, to prove it runs
//   --setup: only sqlite, postgresql_1_instance or postgresql_2_instances (while working on
//            one; the side-by-side lines need all three)
#include "KeepAliveClient.h"
#include "PgCluster.h"
#include "ServerProcess.h"

#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/Hlc.h"
#include "core/store/SqlConnection.h"
#include "core/store/Uuid7.h"
#include "sync/client/SyncEngine.h"
#include "sync/protocol/Protocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace spil;
using namespace spil::test;

namespace {
struct Settings {
    bool quick = false;
    double seconds() const { return quick ? 0.5 : 4.0; }
    int roundTrips() const { return quick ? 20 : 300; }
    int idleClients() const { return quick ? 10 : 100; }
    int initialRecords() const { return quick ? 4000 : 100000; }
} settings;

void line(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[qsizetype(
        std::min<double>(double(values.size() - 1), p * double(values.size())))];
}

QString stamp(const QString &client)
{
    return HlcStamp{QDateTime::currentMSecsSinceEpoch(), 0, client}.toString();
}

// The move-day run of the demo office: every incident the benchmark writes hangs under it.
QString demoRun;

// One device's pushes: its own client id and mutation numbers; each record a whole
// checklist incident.
struct Pusher {
    QString token;
    QString clientId = makeUuid7(QDateTime::currentMSecsSinceEpoch());
    qint64 mutation = 0;

    QByteArray nextBody(int records)
    {
        protocol::Mutation m{++mutation, {}};
        const QString hlc = stamp(clientId);
        for (int r = 0; r < records; ++r) {
            const QString id = makeUuid7(QDateTime::currentMSecsSinceEpoch());
            const auto change = [&](const char *field, const QJsonValue &value) {
                m.changes << protocol::Change{QStringLiteral("checklist_incidents"), id,
                                              QLatin1String(field), value, hlc};
            };
            change("run_id", demoRun);
            change("at_utc", QDateTime::currentMSecsSinceEpoch());
            change("text", QStringLiteral("Lift defect %1").arg(mutation));
            change("reported_by", QStringLiteral("")); // only the session's person may be named
        }
        return protocol::encode(protocol::PushRequest{clientId, 0, {m}});
    }
};

QString findDemoRun(ServerProcess &server)
{
    const QString token = server.login(QStringLiteral("fatima"));
    const auto page = protocol::decodePullPage(
        server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {}, token).body);
    for (const auto &r : page.records) {
        if (r.entity == QStringLiteral("checklist_runs"))
            return r.id;
    }
    return {};
}

void failIf(bool failed, const char *what)
{
    if (failed) {
        std::fprintf(stderr, "sync_load: %s\n", what);
        std::exit(1);
    }
}

QNetworkReply *send(QNetworkAccessManager &network, const QString &url, const QByteArray &method,
                    const QString &token, const QByteArray &body = {})
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return network.sendCustomRequest(request, method, body);
}

// Durable commits per second of SQLite itself on this disk: the floor under every push.
double referenceCommitsPerSecond(const QString &dir)
{
    SqlConnection sql(
        dir + QStringLiteral("/reference.db"),
        {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL")});
    sql.script({QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")});
    QElapsedTimer timer;
    timer.start();
    int commits = 0;
    while (timer.elapsed() < settings.seconds() * 500) {
        sql.begin();
        sql.run(QStringLiteral("INSERT INTO t (v) VALUES (?)"), {QStringLiteral("x")});
        sql.commit();
        ++commits;
    }
    return commits * 1000.0 / double(timer.elapsed());
}

double referenceHttpRoundTripMs(ServerProcess &server)
{
    QNetworkAccessManager network;
    QList<double> samples;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        QNetworkReply *r = send(network, server.url() + QStringLiteral("/v1/health"), "GET", {});
        waitFor([&] { return r->isFinished(); });
        samples << double(t.nsecsElapsed()) / 1e6;
        r->deleteLater();
    }
    return percentile(samples, 0.5);
}

using Instances = std::vector<ServerProcess *>;

// Pushes/s with `clients` devices each keeping one push in flight on a keep-alive connection
// of its own, spread over the instances.
double pushesPerSecond(const Instances &instances, int clients, int recordsPerPush,
                       int *changesPerPush)
{
    std::vector<std::unique_ptr<bench::KeepAliveClient>> connections;
    std::vector<Pusher> pushers{size_t(clients)};
    for (size_t i = 0; i < pushers.size(); ++i) {
        ServerProcess &server = *instances[i % instances.size()];
        pushers[i].token = server.login(QStringLiteral("joris"));
        connections.push_back(std::make_unique<bench::KeepAliveClient>(QUrl(server.url())));
    }
    *changesPerPush = recordsPerPush * 4;
    int done = 0, failed = 0;
    bool stop = false;
    QElapsedTimer timer;
    std::function<void(size_t)> next = [&](size_t i) {
        if (stop)
            return;
        connections[i]->send("POST", QStringLiteral("/v1/push"), pushers[i].token,
                             pushers[i].nextBody(recordsPerPush),
                             [&, i](int status, const QByteArray &) {
                                 status == 200 ? ++done : ++failed;
                                 next(i);
                             });
    };
    timer.start();
    for (size_t i = 0; i < pushers.size(); ++i)
        next(i);
    waitFor([&] { return timer.elapsed() >= qint64(settings.seconds() * 1000); }, 600000);
    stop = true;
    const double rate = done * 1000.0 / double(timer.elapsed());
    waitFor([&] { return false; }, 300); // let the last answers land
    failIf(failed > 0 || done == 0, "pushes failed");
    return rate;
}

// A pushes one change, B hears the poke and pulls it: the time from A's send to B's page.
// A talks to the first instance, B (and the idle listeners) to the last.
QList<double> roundTrips(const Instances &instances)
{
    ServerProcess &server = *instances.back();
    ServerProcess &aServer = *instances.front();
    // The idle devices listen from a process of their own, as they would from their own
    // machines: read in this one, their pokes would delay B's.
    QProcess idle;
    idle.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    idle.start(QCoreApplication::applicationFilePath(),
               {QStringLiteral("--idle-listeners"), server.url(),
                server.login(QStringLiteral("pieter")), QString::number(settings.idleClients())});
    failIf(!waitFor([&] { return idle.canReadLine(); }, 60000) ||
               idle.readLine().trimmed() != "listening",
           "the idle listeners did not connect");

    Pusher a;
    a.token = aServer.login(QStringLiteral("fatima"));
    const QString bToken = server.login(QStringLiteral("noor"));
    QNetworkAccessManager aNet, bNet;
    QWebSocket b;
    qint64 cursor = server.version(bToken);
    bool arrived = false;
    QString expected;
    QObject::connect(&b, &QWebSocket::textMessageReceived, [&](const QString &text) {
        if (protocol::decodePoke(text.toUtf8()) <= cursor)
            return;
        QNetworkReply *r = send(
            bNet, server.url() + QStringLiteral("/v1/pull?since=%1").arg(cursor), "GET", bToken);
        QObject::connect(r, &QNetworkReply::finished, [&, r] {
            r->deleteLater();
            const auto page = protocol::decodePullPage(r->readAll());
            cursor = page.next;
            for (const auto &rec : page.records)
                arrived |= rec.fields.value(QStringLiteral("text")).toString() == expected;
        });
    });
    QNetworkRequest request(
        QUrl(QString(server.url()).replace(QStringLiteral("http"), QStringLiteral("ws")) +
             QStringLiteral("/v1/events")));
    request.setRawHeader("Authorization", "Bearer " + bToken.toLatin1());
    b.open(request);
    waitFor([&] { return b.state() == QAbstractSocket::ConnectedState; });

    QList<double> samples;
    for (int i = 0; i < settings.roundTrips(); ++i) {
        arrived = false;
        const QByteArray body = a.nextBody(1);
        expected = QStringLiteral("Lift defect %1").arg(a.mutation);
        QElapsedTimer t;
        t.start();
        QNetworkReply *r =
            send(aNet, aServer.url() + QStringLiteral("/v1/push"), "POST", a.token, body);
        failIf(!waitFor([&] { return arrived; }, 5000), "a change did not reach B within 5 s");
        samples << double(t.nsecsElapsed()) / 1e6;
        waitFor([&] { return r->isFinished(); });
        r->deleteLater();
    }
    idle.closeWriteChannel(); // the listeners leave when their input ends
    idle.waitForFinished(10000);
    return samples;
}

// The child process of roundTrips(): count event sockets to url, open until stdin ends.
int idleListeners(const QString &url, const QString &token, int count)
{
    std::vector<std::unique_ptr<QWebSocket>> idle;
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QNetworkRequest request(
            QUrl(QString(url).replace(QStringLiteral("http"), QStringLiteral("ws")) +
                 QStringLiteral("/v1/events")));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        socket->open(request);
        idle.push_back(std::move(socket));
    }
    const bool connected = waitFor(
        [&] {
            return std::all_of(idle.begin(), idle.end(), [](const auto &s) {
                return s->state() == QAbstractSocket::ConnectedState;
            });
        },
        60000);
    if (!connected)
        return 1;
    std::printf("listening\n");
    std::fflush(stdout);
    QSocketNotifier input(0, QSocketNotifier::Read);
    bool done = false;
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char buffer[64];
        if (::read(0, buffer, sizeof buffer) <= 0)
            done = true;
    });
    waitFor([&] { return done; }, 24 * 3600 * 1000);
    return 0;
}

// A new device pulls everything into its own store; time and bytes on the wire.
struct InitialSync {
    double seconds = 0;
    double applySeconds = 0; // of which the device spent applying pages to its store
    qint64 bytes = 0;
    int records = 0;
};

InitialSync initialSync(ServerProcess &server, const QString &dir)
{
    const QString token = server.login(QStringLiteral("fatima"));
    SystemClock clock;
    Database device(dir + QStringLiteral("/device.db"), clock);
    client::SyncEngine engine(device);
    QNetworkAccessManager network;
    InitialSync result;
    QElapsedTimer timer, applying;
    qint64 applyNs = 0;
    // Asked for by hand, the deflated page is left to us: its size is what crossed the wire
    // (Qt would inflate it silently and drop the length).
    const auto ask = [&](qint64 since) {
        QNetworkRequest request{
            QUrl(server.url() + QStringLiteral("/v1/pull?since=%1&limit=5000").arg(since))};
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setRawHeader("Accept-Encoding", "deflate");
        return network.get(request);
    };
    timer.start();
    qint64 since = engine.cursor();
    QNetworkReply *r = ask(since);
    while (r) {
        waitFor([&] { return r->isFinished(); }, 60000);
        const QByteArray wire = r->readAll();
        const bool deflated = r->rawHeader("Content-Encoding") == "deflate";
        r->deleteLater();
        result.bytes += wire.size();
        QByteArray body = wire;
        if (deflated) {
            const quint32 hint = quint32(std::min<qsizetype>(wire.size() * 40, 256 << 20));
            const char size[4] = {char(hint >> 24), char(hint >> 16), char(hint >> 8), char(hint)};
            body = qUncompress(QByteArray(size, 4) + wire);
        }
        const auto page = protocol::decodePullPage(body);
        // As the device's client does: the server builds the next page while this one is
        // applied.
        r = page.more ? ask(page.next) : nullptr;
        applying.start();
        result.records += engine.applyPage(since, page);
        applyNs += applying.nsecsElapsed();
        since = page.next;
    }
    result.seconds = double(timer.elapsed()) / 1000.0;
    result.applySeconds = double(applyNs) / 1e9;
    return result;
}

qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &l : status.readAll().split('\n')) {
        if (l.startsWith("VmRSS:"))
            return l.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

struct Figures {
    double single = 0;
    double batchedChanges = 0;
    double p50 = 0;
    double p99 = 0;
    InitialSync sync;
};

// The whole load against one setup; one JSON line per figure, tagged with the setup.
Figures measure(const QString &setup, const Instances &instances, ServerProcess &fresh,
                const QString &dir, double commits, double httpMs)
{
    Figures f;
    int changes = 0;
    demoRun = findDemoRun(*instances.front());
    failIf(demoRun.isEmpty(), "the demo office has no checklist run");
    f.single = pushesPerSecond(instances, 8, 1, &changes);
    line({{QStringLiteral("setup"), setup},
          {QStringLiteral("metric"), QStringLiteral("durable_single_pushes_per_s")},
          {QStringLiteral("value"), f.single},
          {QStringLiteral("ratio_to_sqlite_durable_commits"), f.single / commits},
          {QStringLiteral("goal"), 4000},
          {QStringLiteral("met"), f.single >= 4000}});
    const double batches = pushesPerSecond(instances, 2, 250, &changes);
    f.batchedChanges = batches * changes;
    line({{QStringLiteral("setup"), setup},
          {QStringLiteral("metric"), QStringLiteral("batched_changes_per_s")},
          {QStringLiteral("value"), f.batchedChanges},
          {QStringLiteral("changes_per_push"), changes}});

    const QList<double> trips = roundTrips(instances);
    f.p50 = percentile(trips, 0.5);
    f.p99 = percentile(trips, 0.99);
    line({{QStringLiteral("setup"), setup},
          {QStringLiteral("metric"), QStringLiteral("round_trip_a_to_b_ms")},
          {QStringLiteral("idle_clients"), settings.idleClients()},
          {QStringLiteral("samples"), int(trips.size())},
          {QStringLiteral("p50"), f.p50},
          {QStringLiteral("p99"), f.p99},
          {QStringLiteral("p50_ratio_to_http_round_trip"), f.p50 / httpMs},
          {QStringLiteral("goal"), QStringLiteral("p50 <= 5, p99 <= 15")},
          {QStringLiteral("met"), f.p50 <= 5 && f.p99 <= 15}});

    // The initial sync runs against a store of its own that holds just that many records.
    Pusher filler;
    filler.token = fresh.login(QStringLiteral("fatima"));
    QNetworkAccessManager network;
    demoRun = findDemoRun(fresh);
    for (int n = 0; n < settings.initialRecords(); n += 1000) {
        QNetworkReply *r = send(network, fresh.url() + QStringLiteral("/v1/push"), "POST",
                                filler.token, filler.nextBody(1000));
        waitFor([&] { return r->isFinished(); }, 60000);
        failIf(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200,
               "filling failed");
        r->deleteLater();
    }
    QTemporaryDir device(dir + QStringLiteral("/device-XXXXXX"));
    f.sync = initialSync(fresh, device.path());
    line({{QStringLiteral("setup"), setup},
          {QStringLiteral("metric"), QStringLiteral("initial_sync")},
          {QStringLiteral("records"), f.sync.records},
          {QStringLiteral("seconds"), f.sync.seconds},
          {QStringLiteral("of_which_applying_on_device"), f.sync.applySeconds},
          {QStringLiteral("megabytes"), double(f.sync.bytes) / 1e6},
          {QStringLiteral("goal"), QStringLiteral("100k records in <= 3 s and <= 10 MB")},
          {QStringLiteral("met"),
           f.sync.records >= 100000 && f.sync.seconds <= 3 && f.sync.bytes <= 10'000'000}});
    for (ServerProcess *instance : instances)
        line({{QStringLiteral("setup"), setup},
              {QStringLiteral("metric"), QStringLiteral("server_rss_mib")},
              {QStringLiteral("value"), double(rssKiB(instance->pid())) / 1024.0}});
    return f;
}

// One figure of the three setups side by side, as ratios to SQLite.
void sideBySide(const char *metric, double sqlite, double pgOne, double pgTwo)
{
    line({{QStringLiteral("side_by_side"), QLatin1String(metric)},
          {QStringLiteral("sqlite"), sqlite},
          {QStringLiteral("postgresql_1_instance"), pgOne},
          {QStringLiteral("postgresql_2_instances"), pgTwo},
          {QStringLiteral("ratio_pg1_to_sqlite"), sqlite > 0 ? pgOne / sqlite : 0},
          {QStringLiteral("ratio_pg2_to_sqlite"), sqlite > 0 ? pgTwo / sqlite : 0}});
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QStringLiteral("--idle-listeners"))
        return idleListeners(args.at(2), args.at(3), args.at(4).toInt());
    settings.quick = app.arguments().contains(QStringLiteral("--quick"));
    const qsizetype setupAt = app.arguments().indexOf(QStringLiteral("--setup"));
    const QString only = setupAt > 0 ? app.arguments().value(setupAt + 1) : QString();
    const auto runs = [&](const char *setup) {
        return only.isEmpty() || only == QLatin1String(setup);
    };
    QTemporaryDir dir;
    using Backend = ServerProcess::Backend;
    const QString binary = QStringLiteral(SPIL_SERVER_PATH);
    // PostgreSQL with fsync, as SQLite with synchronous=FULL: both acknowledge only what
    // survives a crash of the machine.
    PgCluster::shared(PgCluster::Durability::Durable);
    ServerProcess sqlite(binary, Backend::Sqlite);

    const double commits = referenceCommitsPerSecond(dir.path());
    line({{QStringLiteral("reference"), QStringLiteral("sqlite_durable_commits_per_s")},
          {QStringLiteral("value"), commits}});
    const double httpMs = referenceHttpRoundTripMs(sqlite);
    line({{QStringLiteral("reference"), QStringLiteral("http_health_round_trip_ms_p50")},
          {QStringLiteral("value"), httpMs}});

    Figures lite, pgOne, pgTwo;
    if (runs("sqlite")) {
        ServerProcess fresh(binary, Backend::Sqlite);
        lite = measure(QStringLiteral("sqlite"), {&sqlite}, fresh, dir.path(), commits, httpMs);
    }
    if (runs("postgresql_1_instance")) {
        ServerProcess pg(binary, Backend::Postgres);
        ServerProcess fresh(binary, Backend::Postgres);
        pgOne = measure(QStringLiteral("postgresql_1_instance"), {&pg}, fresh, dir.path(), commits,
                        httpMs);
    }
    if (runs("postgresql_2_instances")) {
        ServerProcess pg(binary, Backend::Postgres);
        const auto second = pg.anotherInstance();
        ServerProcess fresh(binary, Backend::Postgres);
        pgTwo = measure(QStringLiteral("postgresql_2_instances"), {&pg, second.get()}, fresh,
                        dir.path(), commits, httpMs);
    }
    if (!only.isEmpty())
        return 0;
    sideBySide("durable_single_pushes_per_s", lite.single, pgOne.single, pgTwo.single);
    sideBySide("batched_changes_per_s", lite.batchedChanges, pgOne.batchedChanges,
               pgTwo.batchedChanges);
    sideBySide("round_trip_a_to_b_ms_p50", lite.p50, pgOne.p50, pgTwo.p50);
    sideBySide("round_trip_a_to_b_ms_p99", lite.p99, pgOne.p99, pgTwo.p99);
    sideBySide("initial_sync_seconds", lite.sync.seconds, pgOne.sync.seconds, pgTwo.sync.seconds);
    return 0;
}
