// SPDX-License-Identifier: GPL-3.0-or-later
// The CalDAV port's HTTP layer, chosen by measurement. The same requests (a PUT of one
// event, then a GET of it back: one round trip) go through QtHttpServer (the sync port's
// layer), libmicrohttpd (DavServer, as spil-server runs it: inside the event loop) and
// cpp-httplib (which serves only from threads of its own, so each request is handed to the
// event loop and its answer waited for), all with the same handler on the event loop's
// thread, as spil-server must (its store lives there). Prints requests per second and the ratios to
// QtHttpServer, measured in turns in one run, and whether each layer tells PROPFIND and REPORT
// apart at all.
//   dav_http_bench [--quick]
#include "BlockingConnection.h"
#include "sync/server/DavServer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <cstdio>
#include <future>
#include <httplib.h>
#include <map>
#include <thread>

using namespace spil::server;

namespace {
// What every layer hands its requests to: a calendar of one user in memory.
QHash<QByteArray, QByteArray> g_items;
DavResponse handle(const DavRequest &r)
{
    DavResponse out;
    if (r.method == "PUT") {
        const bool added = !g_items.contains(r.target);
        g_items.insert(r.target, r.body);
        out.status = added ? 201 : 204;
        out.setHeader(
            "ETag",
            '"' + QCryptographicHash::hash(r.body, QCryptographicHash::Sha1).toHex().left(16) +
                '"');
    } else if (r.method == "GET") {
        out.body = g_items.value(r.target);
        out.status = out.body.isEmpty() ? 404 : 200;
        out.setHeader("Content-Type", "text/calendar; charset=utf-8");
    } else if (r.method == "PROPFIND" || r.method == "REPORT") {
        out.status = 207;
        out.body = "<d:multistatus xmlns:d=\"DAV:\"><!--" + r.method + "--></d:multistatus>";
        out.setHeader("Content-Type", "application/xml; charset=utf-8");
    } else {
        out.status = 405;
    }
    return out;
}

// Runs handle() on the event loop's thread and waits for its answer (cpp-httplib's
// threads, as DavServer does for libmicrohttpd's).
QObject *g_loop = nullptr;
DavResponse onLoop(const DavRequest &r)
{
    auto promise = std::make_shared<std::promise<DavResponse>>();
    auto answer = promise->get_future();
    QMetaObject::invokeMethod(
        g_loop, [r, promise] { promise->set_value(handle(r)); }, Qt::QueuedConnection);
    return answer.get();
}

QByteArray event(int i)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nBEGIN:VEVENT\r\nUID:bench-" +
           QByteArray::number(i) +
           "\r\nDTSTAMP:20261130T090000Z\r\nDTSTART:20261203T140000Z\r\nDTEND:20261203T150000Z\r\n"
           "SUMMARY:Overleg over de begroting\r\nLOCATION:Kamer "
           "4\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}

// Round trips (PUT, then GET) per second over one connection.
double roundTrips(quint16 port, int count, const char *name)
{
    spil::bench::BlockingConnection c(port);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < count; ++i) {
        const QByteArray path = "/dav/calendars/u/agenda/" + QByteArray(name) + '-' +
                                QByteArray::number(i % 50) + ".ics";
        const int put =
            c.request("PUT", path, event(i), {{"Content-Type", "text/calendar"}}).status;
        const int get = c.request("GET", path).status;
        if ((put != 201 && put != 204) || get != 200) {
            std::fprintf(stderr, "%s: PUT %d, GET %d\n", name, put, get);
            return 0;
        }
    }
    return count / (double(t.nsecsElapsed()) / 1e9);
}

// Which of PROPFIND and REPORT reach the handler as themselves.
QByteArray davMethods(quint16 port)
{
    QByteArray out;
    for (const QByteArray &method : {QByteArray("PROPFIND"), QByteArray("REPORT")}) {
        spil::bench::BlockingConnection c(port);
        const int status = c.request(method, "/dav/calendars/u/agenda/", "<x/>").status;
        out += method + ' ' + QByteArray::number(status) + "  ";
    }
    return out;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    g_loop = &app;
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int count = quick ? 50 : 2000;
    const int rounds = quick ? 1 : 5;

    // QtHttpServer: routes for the methods it knows; anything else reaches the missing
    // handler as Method::Unknown, the method's name lost.
    QHttpServer qt;
    const auto toDav = [](const QHttpServerRequest &r) {
        DavRequest d;
        d.method = r.method() == QHttpServerRequest::Method::Put   ? "PUT"
                   : r.method() == QHttpServerRequest::Method::Get ? "GET"
                                                                   : "UNKNOWN";
        d.target = r.url().path().toUtf8();
        d.body = r.body();
        return d;
    };
    const auto write = [](QHttpServerResponder &responder, const DavResponse &a) {
        // Qt 6.4 takes headers only as an initializer list: the handler sends at most one.
        const auto code = QHttpServerResponder::StatusCode(a.status);
        if (a.headers.isEmpty())
            responder.write(a.body, {}, code);
        else
            responder.write(a.body, {{a.headers[0].first, a.headers[0].second}}, code);
    };
    qt.route(QStringLiteral("/dav/calendars/u/agenda/<arg>"),
             [&](const QString &, const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                 write(responder, handle(toDav(r)));
             });
    qt.setMissingHandler([&](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
        write(responder, handle(toDav(r)));
    });
    const quint16 qtPort = qt.listen(QHostAddress::LocalHost, 0);

    DavServer mhd(handle, DavServer::Options{});
    const quint16 mhdPort = mhd.listen(QHostAddress::LocalHost, 0);

    httplib::Server cpp;
    const auto viaLoop = [](const char *method) {
        return [method](const httplib::Request &req, httplib::Response &res) {
            DavRequest d;
            d.method = method;
            d.target = QByteArray::fromStdString(req.path);
            d.body = QByteArray::fromStdString(req.body);
            const DavResponse a = onLoop(d);
            res.status = a.status;
            for (const auto &[n, v] : a.headers)
                res.set_header(n.toStdString(), v.toStdString());
            res.body = a.body.toStdString();
        };
    };
    // Its default closes a connection after 5 requests.
    cpp.set_keep_alive_max_count(1 << 30);
    cpp.set_tcp_nodelay(true);
    cpp.Put(".*", viaLoop("PUT"));
    cpp.Get(".*", viaLoop("GET"));
    const int cppPort = cpp.bind_to_any_port("127.0.0.1");
    std::thread cppThread([&] { cpp.listen_after_bind(); });
    if (!qtPort || !mhdPort || cppPort <= 0) {
        std::fprintf(stderr, "dav_http_bench: a server did not start\n");
        return 1;
    }

    int exitCode = 0;
    std::thread measure([&] {
        std::map<std::string, double> best;
        const std::map<std::string, quint16> ports{{"QtHttpServer", qtPort},
                                                   {"libmicrohttpd", mhdPort},
                                                   {"cpp-httplib", quint16(cppPort)}};
        // In turns, so that the machine's moods fall on all three alike; the best round counts.
        for (int round = 0; round < rounds; ++round) {
            for (const auto &[name, port] : ports) {
                const double rate = roundTrips(port, count, name.c_str());
                if (rate == 0)
                    exitCode = 1;
                best[name] = std::max(best[name], rate);
            }
        }
        std::printf("round trips (PUT of one event, GET of it) per second, best of %d rounds of "
                    "%d on one keep-alive connection:\n",
                    rounds, count);
        for (const auto &[name, rate] : best)
            std::printf("  %-14s %8.0f /s   ratio to QtHttpServer %.2f\n", name.c_str(), rate,
                        rate / best["QtHttpServer"]);
        std::printf("DAV methods as the handler receives them (207: routed as itself):\n");
        for (const auto &[name, port] : ports)
            std::printf("  %-14s %s\n", name.c_str(), davMethods(port).constData());
        std::fflush(stdout);
        QMetaObject::invokeMethod(
            qApp, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    });
    app.exec();
    measure.join();
    cpp.stop();
    cppThread.join();
    return exitCode;
}
