// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerProcess.h"

#include "PgCluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslError>
#include <QTimer>
#include <stdexcept>

namespace spil::test {

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    // Waits inside the event loop, as an app does, and looks again once the events that woke
    // it are handled: a sleep between polls put up to its length on each step of what a test
    // or a benchmark times. The tick wakes it for what no event announces (another
    // process's file).
    QTimer tick;
    tick.start(2);
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return done();
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResult::errorCode() const
{
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

ServerProcess::Backend ServerProcess::backendFromEnvironment()
{
    const QString name = qEnvironmentVariable("SPIL_TEST_BACKEND", QStringLiteral("sqlite"));
    if (name == QStringLiteral("postgresql"))
        return Backend::Postgres;
    if (name != QStringLiteral("sqlite"))
        throw std::runtime_error("SPIL_TEST_BACKEND is sqlite or postgresql");
    return Backend::Sqlite;
}

ServerProcess::ServerProcess(const QString &serverBinary, const QStringList &serveArgs)
    : ServerProcess(serverBinary, backendFromEnvironment(), serveArgs)
{
}

ServerProcess::ServerProcess(const QString &serverBinary, Backend backend,
                             const QStringList &serveArgs)
    : m_binary(serverBinary), m_serveArgs(serveArgs)
{
    m_db = backend == Backend::Postgres ? PgCluster::shared().newDatabase()
                                        : m_dir.filePath(QStringLiteral("server.db"));
    if (run({QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--demo")}) != 0)
        throw std::runtime_error("spil-server init failed: " + m_lastOutput.toStdString());
    start(0);
}

ServerProcess::ServerProcess(const ServerProcess &first, SameStore, const QStringList &serveArgs)
    : m_binary(first.m_binary), m_db(first.m_db), m_serveArgs(serveArgs)
{
    start(0);
}

std::unique_ptr<ServerProcess> ServerProcess::anotherInstance(const QStringList &serveArgs) const
{
    return std::unique_ptr<ServerProcess>(new ServerProcess(*this, SameStore{}, serveArgs));
}

ServerProcess::~ServerProcess()
{
    if (m_process) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
    }
}

int ServerProcess::run(const QStringList &args, const QByteArray &stdinText)
{
    QProcess p;
    p.start(m_binary, args);
    p.waitForStarted();
    if (!stdinText.isEmpty())
        p.write(stdinText);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        m_lastOutput =
            "spil-server " + args.join(QLatin1Char(' ')).toUtf8() + " did not finish within 60 s";
        return -1;
    }
    m_lastOutput = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void ServerProcess::start(quint16 port)
{
    const qsizetype cert = m_serveArgs.indexOf(QStringLiteral("--tls-cert"));
    if (cert >= 0 && cert + 1 < m_serveArgs.size()) {
        QFile file(m_serveArgs[cert + 1]);
        if (file.open(QIODevice::ReadOnly))
            m_certificate = QSslCertificate(&file, QSsl::Pem);
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(m_binary, QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_db,
                                           QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:%1").arg(port)} +
                                   m_serveArgs);
    static const QRegularExpression listening(
        QStringLiteral("listening on (https?://127.0.0.1:(\\d+))"));
    QByteArray out;
    waitFor([&] {
        out += m_process->readAllStandardOutput();
        return listening.match(QString::fromUtf8(out)).hasMatch() ||
               m_process->state() == QProcess::NotRunning;
    });
    const auto m = listening.match(QString::fromUtf8(out));
    if (!m.hasMatch())
        throw std::runtime_error("spil-server did not start: " +
                                 m_process->readAllStandardError().toStdString());
    m_url = m.captured(1);
    m_port = quint16(m.captured(2).toUInt());
    static const QRegularExpression dav(QStringLiteral("CalDAV on (https?://127.0.0.1:\\d+/)"));
    m_davUrl = dav.match(QString::fromUtf8(out)).captured(1);
}

void ServerProcess::kill9()
{
    m_process->kill();
    m_process->waitForFinished(5000);
}

void ServerProcess::restart()
{
    start(m_port);
}

int ServerProcess::admin(const QStringList &args, const QByteArray &stdinText)
{
    return run(args + QStringList{QStringLiteral("--db"), m_db}, stdinText);
}

int ServerProcess::addAdmin(const QString &name)
{
    return admin({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"),
                  QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                 "spil-demo\n");
}

int ServerProcess::revokeDevicesOf(const QString &user)
{
    if (admin({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--user"), user}) !=
        0)
        return -1;
    int revoked = 0;
    for (const QByteArray &line : lastOutput().split('\n')) {
        if (line.isEmpty())
            continue;
        if (admin({QStringLiteral("device"), QStringLiteral("revoke"),
                   QString::fromLatin1(line.split(' ').first())}) != 0)
            return -1;
        ++revoked;
    }
    return revoked;
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResult ServerProcess::request(const QByteArray &method, const QString &path,
                                  const QByteArray &body, const QString &token,
                                  const QList<std::pair<QByteArray, QByteArray>> &headers) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_url + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, [&](const QList<QSslError> &errors) {
        for (const QSslError &e : errors) {
            if (m_certificate.isNull() || e.certificate() != m_certificate)
                return;
        }
        reply->ignoreSslErrors(errors);
    });
    if (!waitFor([&] { return reply->isFinished(); }, 30000)) {
        reply->abort();
        reply->deleteLater();
        return {0, "no answer within 30 s"}; // status 0: no HTTP answer at all
    }
    HttpResult result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll(), reply->rawHeaderPairs()};
    reply->deleteLater();
    return result;
}

HttpResult ServerProcess::loginAnswer(const QString &user) const
{
    return request("POST", QStringLiteral("/v1/login"),
                   QStringLiteral(R"({"user":"%1","password":"spil-demo"})").arg(user).toUtf8());
}

QString ServerProcess::login(const QString &user) const
{
    return loginAnswer(user).json().value(QStringLiteral("token")).toString();
}

QString ServerProcess::personId(const QString &user) const
{
    return loginAnswer(user).json().value(QStringLiteral("person_id")).toString();
}

qint64 ServerProcess::version(const QString &token) const
{
    const HttpResult r = request("GET", QStringLiteral("/v1/pull?since=0&limit=1"), {}, token);
    return r.json().value(QStringLiteral("version")).toInteger();
}

} // namespace spil::test
