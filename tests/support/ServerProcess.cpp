#include "ServerProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QThread>
#include <stdexcept>

namespace spil::test {

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::usleep(200);
    }
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

ServerProcess::ServerProcess(const QString &serverBinary, const QStringList &serveArgs)
    : m_binary(serverBinary), m_serveArgs(serveArgs)
{
    if (run({QStringLiteral("init"), QStringLiteral("--db"), dbPath(), QStringLiteral("--demo")}) !=
        0)
        throw std::runtime_error("spil-server init failed");
    start(0);
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
    p.waitForFinished(60000);
    m_lastOutput = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void ServerProcess::start(quint16 port)
{
    m_process = std::make_unique<QProcess>();
    m_process->start(m_binary, QStringList{QStringLiteral("serve"), QStringLiteral("--db"),
                                           dbPath(), QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:%1").arg(port)} +
                                   m_serveArgs);
    static const QRegularExpression listening(
        QStringLiteral("listening on (http://127.0.0.1:(\\d+))"));
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
    return run(args + QStringList{QStringLiteral("--db"), dbPath()}, stdinText);
}

HttpResult ServerProcess::request(const QByteArray &method, const QString &path,
                                  const QByteArray &body, const QString &token) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_url + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    waitFor([&] { return reply->isFinished(); }, 30000);
    HttpResult result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll()};
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
