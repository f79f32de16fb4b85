// SPDX-License-Identifier: GPL-3.0-or-later
// Files of documents through a real spil-server on 127.0.0.1:
// - download throughput of the device's FileTransfer (ranges into its file cache) as a
//   ratio to a plain HTTP GET of the same file from a plain static file server on the same
//   machine, `python3 -m http.server` (the reference, measured in the same run, runs
//   alternating, both fetched by the same streaming Qt client); goal: at least 0.8. Also,
//   as the floor no HTTP server beats, the ratio to a bare socket server in this process
//   that sends the bytes from memory;
// - a 50 MB upload cut at half by kill -9 of the server, then resumed: the bytes sent
//   again as a share of the file; goal: under 60 %.
// One JSON line per figure.
//
// file_transfer [--quick]     (--quick: a 12 MB file, three chunks, and one run, to prove it runs)
#include "ServerProcess.h"

#include "core/common/Clock.h"
#include "core/documents/DocumentRepo.h"
#include "core/store/Database.h"
#include "sync/client/FileTransfer.h"
#include "sync/client/SyncClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <functional>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace spil;
using namespace spil::test;

namespace {
void line(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// exit() skips destructors: what this process started is stopped here, or it would
// outlive the run.
QList<std::function<void()>> g_cleanups;

[[noreturn]] void quit(const QString &what)
{
    std::fprintf(stderr, "file_transfer: %s\n", qPrintable(what));
    for (const auto &cleanup : g_cleanups)
        cleanup();
    std::exit(1);
}

// The floor: one answer per connection, the bytes from memory, no HTTP server at all.
class BareServer {
public:
    explicit BareServer(const QByteArray &bytes) : m_bytes(bytes)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
            ::listen(m_listener, 16) != 0 ||
            ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            quit("the reference server cannot listen");
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~BareServer()
    {
        m_stop = true;
        ::shutdown(m_listener, SHUT_RDWR);
        ::close(m_listener);
        m_thread.join();
    }
    quint16 port() const { return m_port; }

private:
    void serve()
    {
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                                "Connection: close\r\nContent-Length: " +
                                QByteArray::number(m_bytes.size()) + "\r\n\r\n";
        while (!m_stop) {
            const int client = ::accept(m_listener, nullptr, nullptr);
            if (client < 0)
                continue;
            QByteArray request;
            char buffer[4096];
            while (!request.contains("\r\n\r\n")) {
                const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
                if (n <= 0)
                    break;
                request.append(buffer, n);
            }
            sendAll(client, head);
            sendAll(client, m_bytes);
            ::close(client);
        }
    }
    static void sendAll(int socket, const QByteArray &data)
    {
        qsizetype sent = 0;
        while (sent < data.size()) {
            const ssize_t n =
                ::send(socket, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return;
            sent += n;
        }
    }
    QByteArray m_bytes;
    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

// A device signed in as user, on a store in dir.
struct Device {
    Device(const ServerProcess &server, const QString &path, const QString &user)
        : db(path, clock), client(db)
    {
        client.setRetrying(false);
        QEventLoop loop;
        QString error = QStringLiteral("no answer");
        client.login(server.url(), user, QStringLiteral("spil-demo"), QStringLiteral("bench"),
                     [&](const QString &e) {
                         error = e;
                         loop.quit();
                     });
        loop.exec();
        if (!error.isEmpty())
            quit("login failed");
        sync();
    }
    void sync()
    {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&client, &client::SyncClient::synced, &loop, [&] {
            ok = true;
            loop.quit();
        });
        QObject::connect(&client, &client::SyncClient::failed, &loop, [&] { loop.quit(); });
        client.syncNow();
        loop.exec();
        if (!ok)
            quit("sync failed");
    }
    SystemClock clock;
    Database db;
    client::SyncClient client;
};

// Runs one transfer; the failure's code, or empty.
QString run(client::FileTransfer &transfer, const std::function<void()> &start)
{
    QEventLoop loop;
    QString code;
    const auto a =
        QObject::connect(&transfer, &client::FileTransfer::finished, &loop, [&] { loop.quit(); });
    const auto b = QObject::connect(&transfer, &client::FileTransfer::failed, &loop,
                                    [&](const QString &, const QString &c, const QString &) {
                                        code = c;
                                        loop.quit();
                                    });
    start();
    loop.exec();
    QObject::disconnect(a);
    QObject::disconnect(b);
    return code;
}

// A plain GET of the whole file from the reference, written to a file as it arrives (as a
// good download client does); seconds.
double plainGet(QNetworkAccessManager &network, const QNetworkRequest &request, const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        quit("cannot write the reference's file");
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] { out.write(reply->readAll()); });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    out.write(reply->readAll());
    out.close();
    if (reply->error() != QNetworkReply::NoError)
        quit(QStringLiteral("the GET of %1 failed: %2")
                 .arg(request.url().toString(), reply->errorString()));
    reply->deleteLater();
    return double(timer.nsecsElapsed()) / 1e9;
}

double plainGet(QNetworkAccessManager &network, quint16 port, const QString &path)
{
    return plainGet(
        network, QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/paper.bin").arg(port))),
        path);
}

// python3 -m http.server on 127.0.0.1 serving dir; its port.
quint16 startStaticServer(QProcess &python, const QString &dir)
{
    for (quint16 port = 18931; port < 18990; ++port) {
        python.setWorkingDirectory(dir);
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port),
                      QStringLiteral("--bind"), QStringLiteral("127.0.0.1")});
        if (!python.waitForStarted(5000))
            quit("python3 does not start");
        for (int i = 0; i < 100 && python.state() == QProcess::Running; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), port);
            if (probe.waitForConnected(100))
                return port;
            QThread::msleep(50);
        }
        python.kill();
        python.waitForFinished();
    }
    quit("python3 -m http.server does not listen");
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const qint64 size = (quick ? 12 : 50) * 1000 * 1000;
    const int runs = quick ? 1 : 5;
    QTemporaryDir dir;
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(12);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    const QString path = dir.filePath(QStringLiteral("paper.bin"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != size)
            quit("cannot write the file");
    }
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    g_cleanups << [&server] { server.kill9(); };
    Device maarten(server, dir.filePath(QStringLiteral("maarten.db")), QStringLiteral("maarten"));
    client::FileTransfer up(maarten.client, dir.filePath(QStringLiteral("up")));
    QElapsedTimer timer;
    timer.start();
    if (!run(up, [&] { up.upload(path, sha); }).isEmpty())
        quit("the upload failed");
    const double uploadSeconds = double(timer.nsecsElapsed()) / 1e9;
    Document d;
    d.title = QStringLiteral("Jaarstukken");
    d.size = size;
    d.sha256 = sha;
    d.addedBy = maarten.client.engine().login()->personId;
    DocumentRepo(maarten.db).add(d);
    maarten.sync();

    // Downloads, alternating with the references so that all meet the same machine.
    BareServer bare(bytes);
    QProcess python;
    g_cleanups << [&python] { python.kill(); };
    const quint16 staticPort = startStaticServer(python, dir.path());
    QNetworkAccessManager network;
    std::vector<double> spil, plain, floor, served;
    QNetworkRequest direct(QUrl(server.url() + QStringLiteral("/v1/files/") + sha));
    direct.setRawHeader("Authorization",
                        "Bearer " + maarten.client.engine().login()->token.toLatin1());
    for (int i = 0; i < runs; ++i) {
        const QString cache = dir.filePath(QStringLiteral("cache%1").arg(i));
        client::FileTransfer down(maarten.client, cache);
        timer.restart();
        if (!run(down, [&] { down.download(sha, size); }).isEmpty())
            quit("the download failed");
        spil.push_back(double(timer.nsecsElapsed()) / 1e9);
        QFile::remove(down.cachedPath(sha));
        plain.push_back(plainGet(network, staticPort, dir.filePath(QStringLiteral("plain"))));
        floor.push_back(plainGet(network, bare.port(), dir.filePath(QStringLiteral("floor"))));
        served.push_back(plainGet(network, direct, dir.filePath(QStringLiteral("served"))));
    }
    python.kill();
    python.waitForFinished();
    const double mib = double(size) / (1 << 20);
    line({{QStringLiteral("figure"), QStringLiteral("upload")},
          {QStringLiteral("mb"), double(size) / 1e6},
          {QStringLiteral("mib_per_s"), mib / uploadSeconds}});
    line({{QStringLiteral("figure"), QStringLiteral("download_vs_plain_get")},
          {QStringLiteral("mb"), double(size) / 1e6},
          {QStringLiteral("runs"), runs},
          {QStringLiteral("spil_mib_per_s"), mib / median(spil)},
          {QStringLiteral("python_http_server_mib_per_s"), mib / median(plain)},
          {QStringLiteral("ratio"), median(plain) / median(spil)},
          {QStringLiteral("goal"), QStringLiteral(">= 0.8")}});
    // The server alone: the same plain GET of the whole file from spil-server, no hash
    // checked, no resumable part file.
    line({{QStringLiteral("figure"), QStringLiteral("server_get_vs_plain_get")},
          {QStringLiteral("spil_server_mib_per_s"), mib / median(served)},
          {QStringLiteral("ratio"), median(plain) / median(served)}});
    line({{QStringLiteral("figure"), QStringLiteral("download_vs_bare_socket_from_memory")},
          {QStringLiteral("bare_socket_mib_per_s"), mib / median(floor)},
          {QStringLiteral("ratio"), median(floor) / median(spil)}});

    // An upload cut at half by kill -9, by someone who has not sent the file yet.
    Device joris(server, dir.filePath(QStringLiteral("joris.db")), QStringLiteral("joris"));
    client::FileTransfer cut(joris.client, dir.filePath(QStringLiteral("joris")));
    bool killed = false;
    QObject::connect(&cut, &client::FileTransfer::progress,
                     [&](const QString &, qint64 done, qint64 total) {
                         if (!killed && done >= total / 2) {
                             killed = true;
                             server.kill9();
                         }
                     });
    if (run(cut, [&] { cut.upload(path, sha); }) != QStringLiteral("offline") || !killed)
        quit("the upload was not cut");
    const qint64 firstTry = cut.bytesSent();
    server.restart();
    if (!run(cut, [&] { cut.upload(path, sha); }).isEmpty())
        quit("the resumed upload failed");
    const qint64 resent = cut.bytesSent() - firstTry;
    line({{QStringLiteral("figure"), QStringLiteral("upload_cut_at_half_by_kill_9")},
          {QStringLiteral("mb"), double(size) / 1e6},
          {QStringLiteral("sent_before_the_kill_mb"), double(firstTry) / 1e6},
          {QStringLiteral("sent_again_mb"), double(resent) / 1e6},
          {QStringLiteral("sent_again_percent"), 100.0 * double(resent) / double(size)},
          {QStringLiteral("goal"), QStringLiteral("< 60")}});
    return 0;
}
