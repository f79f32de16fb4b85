// SPDX-License-Identifier: GPL-3.0-or-later
// TLS: spil-server serves HTTPS and WSS with the certificate it is given; the client
// verifies it, and trusts a self-signed one only when it was pinned.
#include "Harness.h"

#include "core/store/Uuid7.h"
#include "core/tasks/TaskRepo.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <optional>

using namespace spil;
using namespace spil::test;

namespace {
struct SelfSigned {
    QString certFile;
    QString keyFile;
    QSslCertificate certificate;
};

// Qt cannot make certificates; openssl can.
SelfSigned makeCertificate(const QTemporaryDir &dir, const QString &name)
{
    SelfSigned out{dir.filePath(name + QStringLiteral(".pem")),
                   dir.filePath(name + QStringLiteral("-key.pem")), QSslCertificate()};
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), out.keyFile, QStringLiteral("-out"), out.certFile,
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    EXPECT_TRUE(openssl.waitForFinished(30000)) << "openssl did not finish";
    EXPECT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().constData();
    QFile file(out.certFile);
    if (file.open(QIODevice::ReadOnly))
        out.certificate = QSslCertificate(&file, QSsl::Pem);
    return out;
}

// Logs a new store in: the answer (an empty error on success), or nothing when none came.
std::optional<QString> login(client::SyncClient &client, const ServerProcess &server,
                             const QString &user)
{
    std::optional<QString> error;
    client.login(server.url(), user, QStringLiteral("spil-demo"), QStringLiteral("test"),
                 [&](const QString &e) { error = e; });
    EXPECT_TRUE(waitFor([&] { return error.has_value(); })) << "the login had no answer";
    return error;
}

// What a client that does not trust the server's certificate is told: the handshake's
// refusal, not a timeout or any other failure.
void expectTlsRefusal(const std::optional<QString> &error)
{
    ASSERT_TRUE(error.has_value()) << "no answer";
    EXPECT_TRUE(error->startsWith(QStringLiteral("SSL handshake failed"))) << error->toStdString();
}

bool sync(client::SyncClient &client)
{
    bool finished = false, ok = false;
    const auto a =
        QObject::connect(&client, &client::SyncClient::synced, [&] { finished = ok = true; });
    const auto b = QObject::connect(&client, &client::SyncClient::failed, [&] { finished = true; });
    client.syncNow();
    EXPECT_TRUE(waitFor([&] { return finished; })) << "the sync did not end";
    QObject::disconnect(a);
    QObject::disconnect(b);
    return ok;
}
} // namespace

TEST(Tls, TheClientRefusesASelfSignedServerUnlessItIsPinned)
{
    QTemporaryDir dir;
    const SelfSigned served = makeCertificate(dir, QStringLiteral("served"));
    const SelfSigned other = makeCertificate(dir, QStringLiteral("other"));
    ASSERT_FALSE(served.certificate.isNull());
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH),
                         {QStringLiteral("--tls-cert"), served.certFile,
                          QStringLiteral("--tls-key"), served.keyFile});
    ASSERT_TRUE(server.url().startsWith(QStringLiteral("https://"))) << server.url().toStdString();
    EXPECT_EQ(server.request("GET", QStringLiteral("/v1/health")).status, 200);

    // Qt's own verification, as any client without a pin does it: refused.
    QNetworkAccessManager network;
    QNetworkReply *plain = network.get(QNetworkRequest(QUrl(server.url() + "/v1/health")));
    ASSERT_TRUE(waitFor([&] { return plain->isFinished(); }));
    EXPECT_EQ(plain->error(), QNetworkReply::SslHandshakeFailedError)
        << plain->errorString().toStdString();
    plain->deleteLater();

    SystemClock clock;
    {
        Database store(dir.filePath(QStringLiteral("unpinned.db")), clock);
        client::SyncClient client(store);
        client.setRetrying(false);
        expectTlsRefusal(login(client, server, QStringLiteral("sanne")));
        EXPECT_FALSE(client.engine().login().has_value());
    }
    {
        Database store(dir.filePath(QStringLiteral("wrong-pin.db")), clock);
        client::SyncClient client(store);
        client.setRetrying(false);
        client.pinCertificate(client::SyncClient::fingerprint(other.certificate));
        expectTlsRefusal(login(client, server, QStringLiteral("sanne")));
        EXPECT_FALSE(client.engine().login().has_value());
    }

    Database store(dir.filePath(QStringLiteral("pinned.db")), clock);
    {
        client::SyncClient client(store);
        client.setRetrying(false);
        client.pinCertificate(client::SyncClient::fingerprint(served.certificate));
        ASSERT_EQ(login(client, server, QStringLiteral("sanne")), std::optional(QString()));
        ASSERT_TRUE(sync(client));
    }
    // The pin stays with the store: the next session trusts the server without being told,
    // over HTTPS and over the events socket.
    client::SyncClient client(store);
    client.setRetrying(false);
    bool watching = false;
    QObject::connect(&client, &client::SyncClient::watching, [&] { watching = true; });
    QStringList arrived;
    QObject::connect(&client, &client::SyncClient::recordsArrived,
                     [&](const QList<protocol::Record> &records) {
                         for (const auto &r : records)
                             arrived << r.fields.value(QStringLiteral("title")).toString();
                     });
    client.startWatching();
    ASSERT_TRUE(waitFor([&] { return watching; }));
    ASSERT_TRUE(waitFor([&] { return client.state() == client::SyncClient::State::Idle; }));

    // Sanne's other device adds a task: the poke comes over WSS and the task arrives.
    const QString token = server.login(QStringLiteral("sanne"));
    const QString otherClient = makeUuid7(QDateTime::currentMSecsSinceEpoch());
    const protocol::PushRequest push{
        otherClient,
        0,
        {protocol::Mutation{1, newTaskChanges(makeUuid7(QDateTime::currentMSecsSinceEpoch()),
                                              server.personId(QStringLiteral("sanne")),
                                              QStringLiteral("Over TLS"), otherClient)}}};
    ASSERT_EQ(
        server.request("POST", QStringLiteral("/v1/push"), protocol::encode(push), token).status,
        200);
    EXPECT_TRUE(waitFor([&] { return arrived.contains(QStringLiteral("Over TLS")); }));
}

TEST(Tls, SpilctlPinsTheCertificateAtLoginAndKeepsIt)
{
    QTemporaryDir dir;
    const SelfSigned served = makeCertificate(dir, QStringLiteral("served"));
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH),
                         {QStringLiteral("--tls-cert"), served.certFile,
                          QStringLiteral("--tls-key"), served.keyFile});
    const auto spilctl = [&](const QString &store, const QStringList &args,
                             const QByteArray &input = {}) {
        QProcess p;
        p.start(QStringLiteral(SPILCTL_PATH),
                QStringList{QStringLiteral("--db"), dir.filePath(store)} + args);
        p.write(input);
        p.closeWriteChannel();
        const bool finished = p.waitForFinished(60000);
        EXPECT_TRUE(finished) << "spilctl did not finish";
        return std::pair{finished ? p.exitCode() : -1,
                         p.readAllStandardOutput() + p.readAllStandardError()};
    };
    const auto [refused, why] =
        spilctl(QStringLiteral("a.db"),
                {QStringLiteral("login"), server.url(), QStringLiteral("sanne")}, "spil-demo\n");
    EXPECT_EQ(refused, 2) << why.constData();
    EXPECT_TRUE(why.startsWith("spilctl: login failed: SSL handshake failed")) << why.constData();
    const auto [pinned, out] =
        spilctl(QStringLiteral("b.db"),
                {QStringLiteral("login"), server.url(), QStringLiteral("sanne"),
                 QStringLiteral("--pin-cert"), served.certFile},
                "spil-demo\n");
    ASSERT_EQ(pinned, 0) << out.constData();
    const auto [synced, log] = spilctl(QStringLiteral("b.db"), {QStringLiteral("sync")});
    EXPECT_EQ(synced, 0) << log.constData();
    EXPECT_TRUE(log.contains("pulled")) << log.constData();
    const auto [bad, message] =
        spilctl(QStringLiteral("c.db"),
                {QStringLiteral("login"), server.url(), QStringLiteral("sanne"),
                 QStringLiteral("--pin-cert"), dir.filePath(QStringLiteral("missing.pem"))},
                "spil-demo\n");
    EXPECT_EQ(bad, 2) << message.constData();
}
