#include "Harness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QThread>

namespace spil::test {

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
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

namespace {
int runServerCommand(const QStringList &args, const QByteArray &stdinText = {})
{
    QProcess p;
    p.start(QStringLiteral(SPIL_SERVER_PATH), args);
    p.waitForStarted();
    if (!stdinText.isEmpty())
        p.write(stdinText);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return p.exitCode();
}
} // namespace

ServerProcess::ServerProcess(const QStringList &serveArgs) : m_serveArgs(serveArgs)
{
    EXPECT_EQ(runServerCommand({QStringLiteral("init"), QStringLiteral("--db"), dbPath(),
                                QStringLiteral("--demo")}),
              0);
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

void ServerProcess::start(quint16 port)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(QStringLiteral(SPIL_SERVER_PATH),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--db"), dbPath(),
                                 QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:%1").arg(port)} +
                         m_serveArgs);
    static const QRegularExpression listening(
        QStringLiteral("listening on (http://127.0.0.1:(\\d+))"));
    QByteArray out;
    const bool up = waitFor([&] {
        out += m_process->readAllStandardOutput();
        return listening.match(QString::fromUtf8(out)).hasMatch() ||
               m_process->state() == QProcess::NotRunning;
    });
    const auto m = listening.match(QString::fromUtf8(out));
    ASSERT_TRUE(up && m.hasMatch())
        << "spil-server did not start: " << m_process->readAllStandardError().constData();
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
    return runServerCommand(args + QStringList{QStringLiteral("--db"), dbPath()}, stdinText);
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

QString ServerProcess::login(const QString &user) const
{
    const HttpResult r =
        request("POST", QStringLiteral("/v1/login"),
                QStringLiteral(R"({"user":"%1","password":"spil-demo"})").arg(user).toUtf8());
    EXPECT_EQ(r.status, 200) << r.body.constData();
    return r.json().value(QStringLiteral("token")).toString();
}

qint64 ServerProcess::version(const QString &token) const
{
    const HttpResult r = request("GET", QStringLiteral("/v1/pull?since=0&limit=1"), {}, token);
    return r.json().value(QStringLiteral("version")).toInteger();
}

Device::Device(const ServerProcess &server, const QString &user)
{
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("device.db")), m_clock);
    m_client = std::make_unique<client::SyncClient>(*m_db);
    m_client->setRetrying(false);
    QString error = QStringLiteral("no answer");
    bool done = false;
    m_client->login(server.url(), user, QStringLiteral("spil-demo"), QStringLiteral("test"),
                    [&](const QString &e) {
                        error = e;
                        done = true;
                    });
    waitFor([&] { return done; });
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
}

QString Device::personId()
{
    return m_client->engine().login()->personId;
}

bool Device::sync(int timeoutMs)
{
    bool finished = false, ok = false;
    const auto a = QObject::connect(m_client.get(), &client::SyncClient::synced,
                                    [&] { finished = ok = true; });
    const auto b =
        QObject::connect(m_client.get(), &client::SyncClient::failed, [&] { finished = true; });
    m_client->syncNow();
    waitFor([&] { return finished; }, timeoutMs);
    QObject::disconnect(a);
    QObject::disconnect(b);
    return ok;
}

} // namespace spil::test
