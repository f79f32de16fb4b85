// SPDX-License-Identifier: GPL-3.0-or-later
// The poke fan-out of spil-server: 1,000, 5,000 and 10,000 event sockets open on one
// server, one push, and the time until each socket has its poke (p50/p99, from the moment
// the push was sent), with the server's resident memory before, at the peak and after the
// sockets closed. One JSON line per figure, then the sizes side by side as ratios to the
// smallest. Goal: 10,000 sockets poked with p99 within 100 ms, the server under 250 MB.
//
// The client side is plain sockets and epoll, so that what is timed is the server. Sockets
// come from several 127.0.1.x source addresses, to stay under the per-address cap.
//
// events_fanout [--quick]     (--quick: a few hundred sockets, to prove it runs)
#include "ServerProcess.h"

#include "sync/protocol/Protocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QUrl>
#include <algorithm>
#include <arpa/inet.h>
#include <cstdio>
#include <netinet/in.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace spil;
using namespace spil::test;

namespace {
constexpr int kSocketsPerAddress = 200;
constexpr int kDevices = 16;

void line(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// exit() skips destructors: the server is stopped here, or it would outlive the run.
ServerProcess *g_server = nullptr;

void failIf(bool failed, const char *what)
{
    if (failed) {
        std::fprintf(stderr, "events_fanout: %s\n", what);
        if (g_server)
            g_server->kill9();
        std::exit(1);
    }
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[size_t(std::min<double>(double(values.size() - 1), p * double(values.size())))];
}

qint64 nowNs()
{
    timespec t{};
    ::clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

double rssMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &l : status.readAll().split('\n')) {
        if (l.startsWith("VmRSS:"))
            return double(l.mid(6).trimmed().split(' ').first().toLongLong()) / 1024.0;
    }
    return 0;
}

int openDescriptors(qint64 pid)
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid))
                   .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                   .size());
}

int connectFrom(quint16 port, quint32 source)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in from{};
    from.sin_family = AF_INET;
    from.sin_addr.s_addr = htonl(source);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&from), sizeof from) != 0 ||
        ::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

void sendAll(int fd, const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n =
            ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        failIf(n <= 0, "a send failed");
        sent += n;
    }
}

// Reads from fd until `until` came (bounded); the bytes read.
QByteArray readUntil(int fd, const QByteArray &until, int timeoutMs = 20000)
{
    QByteArray got;
    QElapsedTimer timer;
    timer.start();
    while (!got.contains(until) && timer.elapsed() < timeoutMs) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) <= 0)
            break;
        char data[4096];
        const ssize_t n = ::recv(fd, data, sizeof data, 0);
        if (n <= 0)
            break;
        got.append(data, n);
    }
    return got;
}

struct Round {
    int sockets = 0;
    double p50Ms = 0, p99Ms = 0, maxMs = 0, answerMs = 0, openSeconds = 0;
    double rssBefore = 0, rssOpen = 0, rssPeak = 0, rssAfter = 0;
};

class Bench {
public:
    explicit Bench(ServerProcess &server) : m_server(server)
    {
        m_port = quint16(QUrl(server.url()).port());
        for (int i = 0; i < kDevices; ++i)
            m_tokens << server.login(QStringLiteral("sanne"));
        m_pusherToken = server.login(QStringLiteral("joris"));
        m_person = server.personId(QStringLiteral("joris"));
        m_version = server.version(m_pusherToken);
        g_server = &server;
        const auto page = protocol::decodePullPage(
            server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {}, m_pusherToken)
                .body);
        for (const auto &record : page.records) {
            if (record.entity == QStringLiteral("checklist_runs"))
                m_run = record.id;
        }
        failIf(m_run.isEmpty(), "the demo office has no checklist run");
    }

    Round run(int count)
    {
        Round r;
        r.sockets = count;
        const int baseFds = openDescriptors(m_server.pid());
        r.rssBefore = rssMiB(m_server.pid());
        QElapsedTimer opening;
        opening.start();
        std::vector<int> fds = open(count);
        r.openSeconds = double(opening.elapsed()) / 1000.0;
        r.rssOpen = rssMiB(m_server.pid());
        // A new connection for each push: opening thousands of sockets takes longer than
        // the server keeps an idle one.
        m_pusher = connectFrom(m_port, INADDR_LOOPBACK);
        failIf(m_pusher < 0, "the pusher cannot connect");

        const int epoll = ::epoll_create1(0);
        for (size_t i = 0; i < fds.size(); ++i) {
            epoll_event e{EPOLLIN | EPOLLONESHOT, {}};
            e.data.u64 = i;
            ::epoll_ctl(epoll, EPOLL_CTL_ADD, fds[i], &e);
        }
        epoll_event e{EPOLLIN | EPOLLONESHOT, {}};
        e.data.u64 = fds.size();
        ::epoll_ctl(epoll, EPOLL_CTL_ADD, m_pusher, &e);

        const QByteArray expected = "\"version\":" + QByteArray::number(m_version + 1) + '}';
        const qint64 start = nowNs();
        sendAll(m_pusher, pushRequest());
        std::vector<double> latencies;
        latencies.reserve(fds.size());
        bool answered = false;
        std::vector<epoll_event> ready(1024);
        while (latencies.size() < fds.size() || !answered) {
            const int n = ::epoll_wait(epoll, ready.data(), int(ready.size()), 20000);
            failIf(n <= 0, "not every socket was poked within 20 s");
            const qint64 at = nowNs();
            // Only stamps here: reading comes after, so this side costs the server little.
            for (int k = 0; k < n; ++k) {
                const size_t i = ready[size_t(k)].data.u64;
                if (i == fds.size()) {
                    r.answerMs = double(at - start) / 1e6;
                    answered = true;
                } else {
                    latencies.push_back(double(at - start) / 1e6);
                }
            }
        }
        const QByteArray answer = readUntil(m_pusher, "\"applied\"");
        if (!answer.contains("\"applied\""))
            std::fprintf(stderr, "%s\n", answer.constData());
        failIf(!answer.contains("\"applied\""), "the push failed");
        for (int fd : fds)
            failIf(!readUntil(fd, expected).contains(expected), "a wrong poke");
        ++m_version;
        r.rssPeak = rssMiB(m_server.pid());
        r.p50Ms = percentile(latencies, 0.5);
        r.p99Ms = percentile(latencies, 0.99);
        r.maxMs = percentile(latencies, 1.0);
        ::close(epoll);

        ::close(m_pusher);
        for (int fd : fds)
            ::close(fd);
        // The server has let go of every socket, and given back what it could.
        waitFor([&] { return openDescriptors(m_server.pid()) <= baseFds; }, 60000);
        double last = 0;
        waitFor(
            [&] {
                const double now = rssMiB(m_server.pid());
                const bool settled = std::abs(now - last) < 0.5;
                last = now;
                return settled;
            },
            15000);
        waitFor([] { return false; }, 1500); // the trim comes a second after the closes
        r.rssAfter = rssMiB(m_server.pid());
        return r;
    }

private:
    std::vector<int> open(int count)
    {
        std::vector<int> fds;
        // In batches, so that the listen queue never overflows.
        for (int first = 0; first < count; first += 250) {
            const int last = std::min(count, first + 250);
            for (int i = first; i < last; ++i) {
                const quint32 source =
                    (127u << 24) | (1u << 8) | quint32(1 + i / kSocketsPerAddress);
                const int fd = connectFrom(m_port, source);
                failIf(fd < 0, "an event socket cannot connect");
                sendAll(fd, upgrade(m_tokens[i % m_tokens.size()]));
                fds.push_back(fd);
            }
            const QByteArray current = "\"version\":" + QByteArray::number(m_version) + '}';
            for (int i = first; i < last; ++i)
                failIf(!readUntil(fds[size_t(i)], current).contains(current),
                       "an event socket did not open");
        }
        return fds;
    }

    QByteArray upgrade(const QString &token) const
    {
        return "GET /v1/events HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: "
               "Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
               "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer " +
               token.toLatin1() + "\r\n\r\n";
    }

    QByteArray pushRequest()
    {
        ++m_mutation;
        const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000f1");
        const QString id =
            QStringLiteral("01900000-0000-7000-8000-%1").arg(m_mutation, 12, 10, QLatin1Char('0'));
        const QString hlc = QStringLiteral("%1-0000-%2")
                                .arg(QDateTime::currentMSecsSinceEpoch(), 12, 16, QLatin1Char('0'))
                                .arg(client);
        // A new incident of the demo office's checklist run: a small, whole record.
        protocol::Mutation m{m_mutation, {}};
        const auto change = [&](const char *field, const QJsonValue &value) {
            m.changes << protocol::Change{QStringLiteral("checklist_incidents"), id,
                                          QLatin1String(field), value, hlc};
        };
        change("run_id", m_run);
        change("at_utc", QDateTime::currentMSecsSinceEpoch());
        change("text", QStringLiteral("Poke %1").arg(m_mutation));
        change("reported_by", m_person);
        const QByteArray body = protocol::encode(protocol::PushRequest{client, 0, {m}});
        return "POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               "Authorization: Bearer " +
               m_pusherToken.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\n\r\n" + body;
    }

    ServerProcess &m_server;
    quint16 m_port = 0;
    QStringList m_tokens;
    QString m_pusherToken;
    QString m_person;
    QString m_run;
    qint64 m_version = 0;
    qint64 m_mutation = 0;
    int m_pusher = -1;
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const std::vector<int> sizes =
        quick ? std::vector<int>{100, 300, 600} : std::vector<int>{1000, 5000, 10000};
    // Every socket is a descriptor here too.
    rlimit nofile{};
    ::getrlimit(RLIMIT_NOFILE, &nofile);
    nofile.rlim_cur = nofile.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &nofile);
    failIf(nofile.rlim_cur != RLIM_INFINITY && nofile.rlim_cur < rlim_t(sizes.back() + 200),
           "the limit on open files is below the largest size");

    // These sockets do not answer pings: no ping comes while they are measured.
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH),
                         {QStringLiteral("--max-connections"), QString::number(sizes.back() + 1000),
                          QStringLiteral("--ping-interval"), QStringLiteral("3600")});
    Bench bench(server);
    std::vector<Round> rounds;
    for (int n : sizes) {
        const Round r = bench.run(n);
        rounds.push_back(r);
        line({{QStringLiteral("sockets"), r.sockets},
              {QStringLiteral("poke_p50_ms"), r.p50Ms},
              {QStringLiteral("poke_p99_ms"), r.p99Ms},
              {QStringLiteral("poke_max_ms"), r.maxMs},
              {QStringLiteral("push_answer_ms"), r.answerMs},
              {QStringLiteral("open_seconds"), r.openSeconds},
              {QStringLiteral("server_rss_before_mib"), r.rssBefore},
              {QStringLiteral("server_rss_open_mib"), r.rssOpen},
              {QStringLiteral("server_rss_peak_mib"), r.rssPeak},
              {QStringLiteral("server_rss_after_close_mib"), r.rssAfter}});
    }
    // Side by side: how each figure grows against the smallest size.
    const Round &base = rounds.front();
    for (const Round &r : rounds) {
        const double socketsRatio = double(r.sockets) / double(base.sockets);
        line({{QStringLiteral("side_by_side"), r.sockets},
              {QStringLiteral("sockets_ratio"), socketsRatio},
              {QStringLiteral("p99_ratio"), r.p99Ms / std::max(base.p99Ms, 1e-3)},
              {QStringLiteral("p99_per_socket_ratio"),
               r.p99Ms / std::max(base.p99Ms, 1e-3) / socketsRatio},
              {QStringLiteral("rss_peak_over_before"), r.rssPeak / std::max(r.rssBefore, 1e-3)},
              {QStringLiteral("rss_after_over_before"), r.rssAfter / std::max(r.rssBefore, 1e-3)},
              {QStringLiteral("peak_kib_per_socket"),
               (r.rssPeak - r.rssBefore) * 1024.0 / double(r.sockets)}});
    }
    const Round &largest = rounds.back();
    line({{QStringLiteral("goal"), QStringLiteral("%1 sockets poked with p99 <= 100 ms, server "
                                                  "under 250 MB")
                                       .arg(largest.sockets)},
          {QStringLiteral("p99_ms"), largest.p99Ms},
          {QStringLiteral("peak_mib"), largest.rssPeak},
          {QStringLiteral("met"), largest.p99Ms <= 100 && largest.rssPeak < 250}});
    return 0;
}
