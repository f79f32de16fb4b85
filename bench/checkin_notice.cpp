// SPDX-License-Identifier: GPL-3.0-or-later
// How soon a host hears of a visitor: the reception's tablet checks a guest in and syncs,
// and the host's app (its services, as on his phone, watching for pokes) says "has
// arrived". The goal: within a second. The reference, in the same run and over the same
// path (push, poke, pull, the arrivals picked): a task the desk hands to the same host,
// until the app says it arrived. Both devices live in this process, on a real spil-server
// on 127.0.0.1; one JSON line per figure.
//
// checkin_notice [--quick]
//   --quick: a few samples, to prove it runs
#include "ServerProcess.h"

#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/reception/ReceptionRepo.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"
#include "qml/shell/App.h"
#include "qml/shell/SyncStatus.h"
#include "sync/client/SyncClient.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

namespace {
const QTimeZone kZone("Europe/Amsterdam");
constexpr double kGoalMs = 1000;

void line(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void failIf(bool failed, const char *what)
{
    if (!failed)
        return;
    std::fprintf(stderr, "checkin_notice: %s\n", what);
    std::exit(1);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[qsizetype(
        std::min<double>(double(values.size() - 1), p * double(values.size())))];
}

// The reception's tablet: its own store, signed in as the office manager, syncing when told.
class Desk {
public:
    explicit Desk(const ServerProcess &server)
        : m_db(m_dir.filePath(QStringLiteral("desk.db")), m_clock), m_client(m_db)
    {
        m_client.setRetrying(false);
        bool done = false;
        QString error;
        m_client.login(server.url(), QStringLiteral("fatima"), QStringLiteral("spil-demo"),
                       QStringLiteral("desk"), [&](const QString &e) {
                           error = e;
                           done = true;
                       });
        failIf(!waitFor([&] { return done; }) || !error.isEmpty(), "the desk could not sign in");
        failIf(!sync(), "the desk's first sync failed");
    }
    Database &db() { return m_db; }
    QString personId() { return m_client.engine().login()->personId; }
    // Starts a sync; the caller waits for what it brings elsewhere.
    void startSync() { m_client.syncNow(); }
    bool sync()
    {
        bool finished = false, ok = false;
        const auto a =
            QObject::connect(&m_client, &client::SyncClient::synced, [&] { finished = ok = true; });
        const auto b =
            QObject::connect(&m_client, &client::SyncClient::failed, [&] { finished = true; });
        m_client.syncNow();
        waitFor([&] { return finished; }, 15000);
        QObject::disconnect(a);
        QObject::disconnect(b);
        return ok;
    }

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    Database m_db;
    client::SyncClient m_client;
};

// The ms from the desk's sync until the app's signal, once per sample; write() makes the
// change on the desk before each.
template <typename Signal>
QList<double> samples(int count, Desk &desk, App &host, Signal signal,
                      const std::function<void(int)> &write, const std::function<void()> &after)
{
    QList<double> out;
    for (int i = 0; i < count; ++i) {
        bool heard = false;
        const auto c = QObject::connect(&host, signal, [&] { heard = true; });
        write(i);
        QElapsedTimer t;
        t.start();
        desk.startSync();
        failIf(!waitFor([&] { return heard; }, 5000), "the host's app heard nothing within 5 s");
        out << double(t.nsecsElapsed()) / 1e6;
        QObject::disconnect(c);
        // Both devices idle again before the next sample.
        waitFor([&] { return host.sync()->state() == SyncStatus::State::Synced; });
        after();
    }
    return out;
}

void figure(const char *name, const QList<double> &ms, const QList<double> &reference)
{
    const double p50 = percentile(ms, 0.5), ref = percentile(reference, 0.5);
    line({{QStringLiteral("figure"), QLatin1String(name)},
          {QStringLiteral("samples"), int(ms.size())},
          {QStringLiteral("p50_ms"), p50},
          {QStringLiteral("p95_ms"), percentile(ms, 0.95)},
          {QStringLiteral("max_ms"), percentile(ms, 1.0)},
          {QStringLiteral("ratio_p50_to_reference"), ref > 0 ? p50 / ref : 0},
          {QStringLiteral("goal_ms"), kGoalMs},
          {QStringLiteral("p95_within_goal"), percentile(ms, 0.95) <= kGoalMs}});
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const bool quick = application.arguments().contains(QStringLiteral("--quick"));
    const int count = quick ? 3 : 40;

    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    QTemporaryDir dir;
    SystemClock clock;
    App host(clock, dir.filePath(QStringLiteral("host")), QStringLiteral("Europe/Amsterdam"));
    host.login(server.url(), QStringLiteral("maarten"), QStringLiteral("spil-demo"));
    failIf(!waitFor([&] { return host.ready() && !host.personId().isEmpty(); }, 15000) ||
               !waitFor([&] { return host.sync()->state() == SyncStatus::State::Synced; }),
           "the host's app did not sign in");
    const QString maarten = host.personId();
    Desk desk(server);
    const QString fatima = desk.personId();

    // The host's two guests today (the demo office's client meeting), checked in in turn;
    // each check-in is undone again, so the next one is news.
    QList<ExpectedVisitor> guests;
    for (const ExpectedVisitor &row :
         ReceptionRepo(desk.db()).day(dateIn(clock.nowMs(), kZone), kZone)) {
        if (row.host == maarten)
            guests << row;
    }
    failIf(guests.isEmpty(), "the demo office expects no guest of the director today");
    QString checkedIn;
    const QList<double> checkIns = samples(
        count, desk, host, &App::visitorArrived,
        [&](int i) {
            checkedIn = ReceptionRepo(desk.db()).checkIn(guests.at(i % guests.size()), fatima);
        },
        [&] {
            ReceptionRepo(desk.db()).undoCheckIn(checkedIn);
            failIf(!desk.sync(), "the desk could not undo a check-in");
        });

    const QList<double> handOvers = samples(
        count, desk, host, &App::taskArrived,
        [&](int i) {
            Task t;
            t.title = QStringLiteral("Terugbellen over de offerte %1").arg(i);
            t.assignee = maarten;
            t.delegatedBy = fatima;
            t.createdBy = fatima;
            TaskRepo(desk.db()).add(t);
        },
        [] {});

    line({{QStringLiteral("reference"), QStringLiteral("task_handed_to_host_p50_ms")},
          {QStringLiteral("value"), percentile(handOvers, 0.5)}});
    figure("visitor_checked_in_until_host_told", checkIns, handOvers);
    return 0;
}
