// SPDX-License-Identifier: GPL-3.0-or-later
#include "Harness.h"
#include "PgCluster.h"

#include "core/documents/DocumentRepo.h"
#include "core/store/FieldCodec.h"
#include "core/store/Hlc.h"
#include "core/store/Schema.h"
#include "core/store/Uuid7.h"
#include "core/tasks/TaskRepo.h"
#include "sync/server/Credentials.h"
#include "sync/server/OpenStorage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUuid>

namespace spil::test {

QList<protocol::Change> recordChanges(const QString &entityName, const QString &id,
                                      const QVariantMap &record, const QString &client)
{
    const QString stamp = HlcStamp{1'790'000'000'000, 0, client}.toString();
    QList<protocol::Change> changes;
    for (const FieldDef &f : entity(entityName).fields)
        changes << protocol::Change{entityName, id, f.name, toJson(f, record.value(f.name)), stamp};
    return changes;
}

HttpResult pushChanges(const ServerProcess &server, const QString &token, const QString &client,
                       const QList<protocol::Change> &changes, qint64 mutation)
{
    return server.request("POST", QStringLiteral("/v1/push"),
                          protocol::encode(protocol::PushRequest{client, 0, {{mutation, changes}}}),
                          token);
}

void expectBadRequests(const ServerProcess &server, const QString &token, const QString &client,
                       const QString &id, std::initializer_list<BadField> bad)
{
    const QString stamp = HlcStamp{1'790'000'000'000, 0, client}.toString();
    for (const BadField &b : bad) {
        const HttpResult r = pushChanges(
            server, token, client,
            {{QString::fromLatin1(b.entity), id, QString::fromLatin1(b.field), b.value, stamp}});
        EXPECT_EQ(r.status, 400) << b.what << ": " << r.body.constData();
        EXPECT_EQ(r.errorCode(), QStringLiteral("bad_request")) << b.what;
    }
}

QMap<QString, QJsonObject> pulledRecords(const ServerProcess &server, const QString &user,
                                         const QString &entityName)
{
    const HttpResult r = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {},
                                        server.login(user));
    EXPECT_EQ(r.status, 200);
    QMap<QString, QJsonObject> out;
    for (const protocol::Record &rec : protocol::decodePullPage(r.body).records) {
        if (rec.entity == entityName)
            out.insert(rec.id, rec.fields);
    }
    return out;
}

QList<protocol::Change> newTaskChanges(const QString &taskId, const QString &person,
                                       const QString &title, const QString &client)
{
    Task t;
    t.title = title;
    t.assignee = person;
    t.createdBy = person;
    return recordChanges(QStringLiteral("tasks"), taskId, TaskRepo::toRecord(t), client);
}

QList<protocol::Change> newDocumentChanges(const QString &documentId, const QString &person,
                                           const QString &appointmentId, const QString &title,
                                           const QString &sha256, const QString &client)
{
    Document d;
    d.title = title;
    d.mime = QStringLiteral("application/pdf");
    d.size = 1;
    d.sha256 = sha256;
    d.addedBy = person;
    d.addedAt = 1'790'000'000'000;
    d.appointmentId = appointmentId;
    return recordChanges(QStringLiteral("documents"), documentId, DocumentRepo::toRecord(d),
                         client);
}

QString delegate(SyncedDevice &from, SyncedDevice &to, const char *title, bool urgent)
{
    Task t;
    t.title = QString::fromUtf8(title);
    t.assignee = to.personId();
    t.delegatedBy = from.personId();
    t.createdBy = from.personId();
    t.urgent = urgent;
    return TaskRepo(from.db()).add(t);
}

void followAnotherEpoch(SyncedDevice &device)
{
    Database::Transaction tx(device.db());
    device.db().setMeta(QStringLiteral("sync_epoch"), QStringLiteral("another-epoch"));
    tx.commit();
}

SyncedDevice::SyncedDevice(const ServerProcess &server, const QString &user, const Clock *clock)
{
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("device.db")),
                                      clock ? *clock : m_systemClock);
    m_client = std::make_unique<client::SyncClient>(*m_db);
    m_client->setRetrying(false);
    QString error = QStringLiteral("no answer");
    bool done = false;
    m_client->login(server.url(), user, QStringLiteral("spil-demo"), QStringLiteral("test"),
                    [&](const QString &e) {
                        error = e;
                        done = true;
                    });
    EXPECT_TRUE(waitFor([&] { return done; })) << "the login had no answer";
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
}

QString SyncedDevice::personId()
{
    return m_client->engine().login()->personId;
}

bool SyncedDevice::sync(int timeoutMs)
{
    bool finished = false, ok = false;
    const auto a = QObject::connect(m_client.get(), &client::SyncClient::synced,
                                    [&] { finished = ok = true; });
    const auto b =
        QObject::connect(m_client.get(), &client::SyncClient::failed, [&] { finished = true; });
    m_client->syncNow();
    EXPECT_TRUE(waitFor([&] { return finished; }, timeoutMs))
        << "the sync did not end within " << timeoutMs << " ms";
    QObject::disconnect(a);
    QObject::disconnect(b);
    return ok;
}

bool SyncedDevice::watch()
{
    bool watching = false;
    const auto c =
        QObject::connect(m_client.get(), &client::SyncClient::watching, [&] { watching = true; });
    m_client->startWatching();
    const bool ok =
        waitFor([&] { return watching && m_client->state() == client::SyncClient::State::Idle; });
    QObject::disconnect(c);
    return ok;
}

EventsSocket::EventsSocket(const ServerProcess &server, const QString &token)
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived,
                     [this](const QString &text) { m_messages << text; });
    QNetworkRequest request(
        QUrl(server.url().replace(QStringLiteral("http"), QStringLiteral("ws")) +
             QStringLiteral("/v1/events")));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    m_socket.open(request);
}

QList<qint64> EventsSocket::versions() const
{
    QList<qint64> out;
    for (const QString &m : m_messages)
        out << protocol::decodePoke(m.toUtf8());
    return out;
}

ServiceUnderTest::ServiceUnderTest(server::SyncService::Options options)
{
    const QString db = ServerProcess::backendFromEnvironment() == ServerProcess::Backend::Postgres
                           ? PgCluster::shared().newDatabase()
                           : m_dir.filePath(QStringLiteral("server.db"));
    server::createStorage(db);
    m_storage = server::openStorage(db);
    m_service = std::make_unique<server::SyncService>(*m_storage, clock, options);
}

ServiceUnderTest::~ServiceUnderTest() = default;

server::User ServiceUnderTest::addUser(const QString &name, Role role, const QString &password)
{
    const server::User user{makeUuid7(clock.nowMs()),
                            m_storage->defaultWorkspace(),
                            name,
                            role,
                            makeUuid7(clock.nowMs()),
                            {},
                            server::hashPassword(password),
                            0};
    m_storage->addUser(user);
    return user;
}

bool storeHolds(Database &db, const QString &text)
{
    const QString path =
        db.scalar(QStringLiteral("SELECT file FROM pragma_database_list WHERE name = 'main'"))
            .toString();
    const QString name = QUuid::createUuid().toString();
    bool found = false;
    {
        QSqlDatabase store = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        store.setDatabaseName(path);
        EXPECT_TRUE(store.open());
        QStringList tables;
        QSqlQuery list(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"),
                       store);
        while (list.next())
            tables << list.value(0).toString();
        for (const QString &table : tables) {
            QSqlQuery rows(QStringLiteral("SELECT * FROM \"%1\"").arg(table), store);
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i)
                    found = found || rows.value(i).toString().contains(text);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

} // namespace spil::test
