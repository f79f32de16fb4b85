// SPDX-License-Identifier: GPL-3.0-or-later
// spil-server's CalDAV against Radicale (Debian's radicale, the reference), the same client
// work on each, in one run: single-event PUTs per second; a change's round trip from one
// client to another (PUT by one, then sync-collection and calendar-multiget by the other);
// and a first sync of a calendar of 2,000 events (sync-collection, then multiget in
// batches of 100, as DAVx5 does). Prints each figure and the ratio Spil / Radicale.
//   caldav_bench [--quick]
#include "BlockingConnection.h"
#include "ServerProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace spil;
using namespace spil::bench;
using namespace spil::test;

namespace {
struct Target {
    const char *name;
    quint16 port = 0;
    QByteArray collection; // the calendar's path, ending in '/'
    QByteArray auth;
};

QList<std::pair<QByteArray, QByteArray>> headers(const Target &t, const QByteArray &type,
                                                 const QByteArray &depth = {})
{
    QList<std::pair<QByteArray, QByteArray>> out{{"Authorization", t.auth}, {"Content-Type", type}};
    if (!depth.isEmpty())
        out.append({"Depth", depth});
    return out;
}

QByteArray event(const QByteArray &uid, const QByteArray &title)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nBEGIN:VEVENT\r\nUID:" + uid +
           "\r\nDTSTAMP:20261130T090000Z\r\nDTSTART:20270115T090000Z\r\nDTEND:20270115T100000Z\r\n"
           "SUMMARY:" +
           title + "\r\nLOCATION:Kamer 4\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}

bool put(BlockingConnection &c, const Target &t, const QByteArray &uid, const QByteArray &title)
{
    const auto a = c.request("PUT", t.collection + uid + ".ics", event(uid, title),
                             headers(t, "text/calendar; charset=utf-8"));
    if (a.status != 201 && a.status != 204)
        std::fprintf(stderr, "%s: PUT %d %s\n", t.name, a.status, a.body.left(300).constData());
    return a.status == 201 || a.status == 204;
}

// A sync-collection report: the hrefs it lists and its new token.
struct SyncAnswer {
    QList<QByteArray> hrefs;
    QByteArray token;
    bool ok = false;
};
SyncAnswer syncCollection(BlockingConnection &c, const Target &t, const QByteArray &token)
{
    const QByteArray body = "<?xml version=\"1.0\"?><d:sync-collection xmlns:d=\"DAV:\">"
                            "<d:sync-token>" +
                            token +
                            "</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/>"
                            "</d:prop></d:sync-collection>";
    const auto a = c.request("REPORT", t.collection, body, headers(t, "application/xml", "1"));
    SyncAnswer out;
    out.ok = a.status == 207;
    if (!out.ok)
        std::fprintf(stderr, "%s: sync-collection %d %s\n", t.name, a.status,
                     a.body.left(300).constData());
    static const QRegularExpression href(QStringLiteral("<([A-Za-z0-9]+:)?href>([^<]*)</"));
    static const QRegularExpression tok(QStringLiteral("<([A-Za-z0-9]+:)?sync-token>([^<]*)</"));
    for (auto m = href.globalMatch(QString::fromUtf8(a.body)); m.hasNext();) {
        const QByteArray h = m.next().captured(2).toUtf8();
        if (h.endsWith(".ics"))
            out.hrefs << h;
    }
    out.token = tok.match(QString::fromUtf8(a.body)).captured(2).toUtf8();
    return out;
}

// calendar-multiget of the hrefs: how many events came back.
int multiget(BlockingConnection &c, const Target &t, const QList<QByteArray> &hrefs)
{
    QByteArray body = "<?xml version=\"1.0\"?><c:calendar-multiget xmlns:d=\"DAV:\" "
                      "xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:prop><d:getetag/>"
                      "<c:calendar-data/></d:prop>";
    for (const QByteArray &h : hrefs)
        body += "<d:href>" + h + "</d:href>";
    body += "</c:calendar-multiget>";
    const auto a = c.request("REPORT", t.collection, body, headers(t, "application/xml", "1"));
    if (a.status != 207)
        std::fprintf(stderr, "%s: multiget %d\n", t.name, a.status);
    return int(a.body.count("BEGIN:VEVENT"));
}

// New events bench-FIRST ... bench-(FIRST+COUNT-1), one by one.
double putsPerSecond(const Target &t, int first, int count)
{
    BlockingConnection c(t.port);
    QElapsedTimer timer;
    timer.start();
    for (int i = first; i < first + count; ++i) {
        if (!put(c, t, "bench-" + QByteArray::number(i), "Afspraak " + QByteArray::number(i)))
            return 0;
    }
    return count / (double(timer.nsecsElapsed()) / 1e9);
}

double roundTripsPerSecond(const Target &t, int count)
{
    BlockingConnection writer(t.port), reader(t.port);
    SyncAnswer state = syncCollection(reader, t, {});
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const QByteArray title = "Verzet " + QByteArray::number(i);
        if (!put(writer, t, "bench-0", title))
            return 0;
        const SyncAnswer changed = syncCollection(reader, t, state.token);
        if (!changed.ok || changed.hrefs.isEmpty() || multiget(reader, t, changed.hrefs) < 1)
            return 0;
        state = changed;
    }
    return count / (double(timer.nsecsElapsed()) / 1e9);
}

// Seconds for a first sync of the whole calendar.
double firstSync(const Target &t, int expected)
{
    BlockingConnection c(t.port);
    QElapsedTimer timer;
    timer.start();
    const SyncAnswer all = syncCollection(c, t, {});
    int got = 0;
    for (qsizetype i = 0; i < all.hrefs.size(); i += 100)
        got += multiget(c, t, all.hrefs.mid(i, 100));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (got < expected)
        std::fprintf(stderr, "%s: first sync read %d of %d\n", t.name, got, expected);
    return got < expected ? 0 : seconds;
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int puts = quick ? 20 : 300;
    const int trips = quick ? 5 : 100;
    const int calendar = quick ? 50 : 2000;
    if (QProcess::execute(QStringLiteral("/usr/bin/python3"),
                          {QStringLiteral("-c"), QStringLiteral("import radicale")}) != 0) {
        std::printf("caldav_bench: radicale is not installed (scripts/setup-debian.sh)\n");
        return 0;
    }

    ServerProcess spil(QStringLiteral(SPIL_SERVER_PATH),
                       {QStringLiteral("--dav-port"), QStringLiteral("0")});
    spil.admin({QStringLiteral("app-password"), QStringLiteral("add"), QStringLiteral("maarten")});
    const QByteArray password = spil.lastOutput().trimmed().split(' ').last();
    Target s{"Spil", quint16(QUrl(spil.davUrl()).port()), "/dav/calendars/maarten/agenda/",
             "Basic " + ("maarten:" + password).toBase64()};

    QTemporaryDir dir;
    const quint16 radicalePort = freePort();
    QProcess radicale;
    radicale.setProcessChannelMode(QProcess::ForwardedChannels);
    radicale.start(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral("-m"), QStringLiteral("radicale"), QStringLiteral("--config"),
                    QString(), QStringLiteral("--server-hosts"),
                    QStringLiteral("127.0.0.1:%1").arg(radicalePort), QStringLiteral("--auth-type"),
                    QStringLiteral("none"), QStringLiteral("--storage-filesystem-folder"),
                    dir.filePath(QStringLiteral("r")), QStringLiteral("--logging-level"),
                    QStringLiteral("warning")});
    Target r{"Radicale", radicalePort, "/bench/agenda/",
             "Basic " + QByteArray("bench:x").toBase64()};
    bool up = waitFor(
        [&] {
            BlockingConnection probe(radicalePort);
            return probe.request("OPTIONS", "/", {}, headers(r, "text/plain")).status != 0;
        },
        20000);
    BlockingConnection make(radicalePort);
    up = up &&
         make.request("MKCALENDAR", r.collection, {}, headers(r, "application/xml")).status == 201;
    if (!up) {
        std::fprintf(stderr, "caldav_bench: radicale did not start\n");
        return 1;
    }

    int failed = 0;
    const auto row = [&](const char *what, double spilValue, double radicaleValue,
                         bool lowerIsBetter) {
        failed += spilValue == 0 || radicaleValue == 0;
        const double ratio = lowerIsBetter ? radicaleValue / spilValue : spilValue / radicaleValue;
        std::printf("  %-44s Spil %9.3f   Radicale %9.3f   Spil/Radicale %6.2fx\n", what, spilValue,
                    radicaleValue, ratio);
        std::fflush(stdout);
    };
    std::printf("CalDAV, the same client work on spil-server (SQLite) and Radicale%s, one run, "
                "PUTs and first syncs the medians of rounds taken in turn (ratios: how many "
                "times Spil's speed):\n",
                quick ? " (--quick)" : "");
    // Rounds in turn, each measure the median of its rounds: Radicale's own speed moves by a
    // third from one minute to the next on a shared machine.
    const int rounds = quick ? 1 : 5;
    // 0 (a failed round) stays 0, so the row reports the failure.
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.empty() ? 0.0 : v.front() == 0 ? 0.0 : v[v.size() / 2];
    };
    std::vector<double> spilPuts, radicalePuts;
    for (int round = 0; round < rounds; ++round) {
        spilPuts.push_back(putsPerSecond(s, round * puts / rounds, puts / rounds));
        radicalePuts.push_back(putsPerSecond(r, round * puts / rounds, puts / rounds));
    }
    row("single-event PUTs per second", median(spilPuts), median(radicalePuts), false);
    row("round trips per second (PUT, sync, multiget)", roundTripsPerSecond(s, trips),
        roundTripsPerSecond(r, trips), false);
    // Both calendars filled to the same number of events, then read from the start.
    for (const Target *t : {&s, &r}) {
        BlockingConnection c(t->port);
        for (int i = puts; i < calendar; ++i)
            put(c, *t, "bench-" + QByteArray::number(i), "Afspraak " + QByteArray::number(i));
    }
    const QByteArray label = "first sync of " + QByteArray::number(calendar) + " events (seconds)";
    std::vector<double> spilSyncs, radicaleSyncs;
    for (int round = 0; round < rounds; ++round) {
        spilSyncs.push_back(firstSync(s, calendar));
        radicaleSyncs.push_back(firstSync(r, calendar));
    }
    row(label.constData(), median(spilSyncs), median(radicaleSyncs), true);
    radicale.terminate();
    radicale.waitForFinished(5000);
    return failed ? 1 : 0;
}
