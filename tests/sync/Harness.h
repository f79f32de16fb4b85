// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerProcess.h"
#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "sync/client/SyncClient.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/SyncService.h"

#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QWebSocket>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

namespace spil::test {

// A whole record of entityName as the changes of one push, every field stamped by client.
QList<protocol::Change> recordChanges(const QString &entityName, const QString &id,
                                      const QVariantMap &record, const QString &client);

// Pushes changes as one mutation of client, signed in with token; the server's answer.
HttpResult pushChanges(const ServerProcess &server, const QString &token, const QString &client,
                       const QList<protocol::Change> &changes, qint64 mutation = 1);

// One field of a record with a value the server must refuse, for a kind's bad-input
// catalogue; what says why it is bad (it names the case when the server takes it).
struct BadField {
    const char *entity;
    const char *field;
    QJsonValue value;
    const char *what;
};
// Pushes each bad field alone onto record id, as client signed in with token, and expects
// 400 bad_request for every one.
void expectBadRequests(const ServerProcess &server, const QString &token, const QString &client,
                       const QString &id, std::initializer_list<BadField> bad);

// The records of entityName user pulls from the start, by id.
QMap<QString, QJsonObject> pulledRecords(const ServerProcess &server, const QString &user,
                                         const QString &entityName);

// A whole new task as the changes of one push, stamped by client, created by person.
QList<protocol::Change> newTaskChanges(const QString &taskId, const QString &person,
                                       const QString &title, const QString &client);

// A whole new document record as the changes of one push: the paper of a meeting (none
// when empty), added by person, of a file whose hash is sha256.
QList<protocol::Change> newDocumentChanges(const QString &documentId, const QString &person,
                                           const QString &appointmentId, const QString &title,
                                           const QString &sha256, const QString &client);

class SyncedDevice;

// Whether text survives anywhere in a device's store, whatever its repositories show.
bool storeHolds(Database &db, const QString &text);

// A task `from` hands to `to`, written on from's device (not yet synced).
QString delegate(SyncedDevice &from, SyncedDevice &to, const char *title, bool urgent = false);

// Makes the device believe it followed another server state (a restore, another epoch):
// its next pull is answered with a reset.
void followAnotherEpoch(SyncedDevice &device);

// A device: its own store, logged in to the server as one user. Its clock is the system's,
// or one the test moves (shared by devices whose stamps the test puts in order).
class SyncedDevice {
public:
    SyncedDevice(const ServerProcess &server, const QString &user, const Clock *clock = nullptr);
    Database &db() { return *m_db; }
    client::SyncClient &client() { return *m_client; }
    QString personId();
    // One whole sync; false when it failed or took over timeoutMs.
    bool sync(int timeoutMs = 15000);
    // Listens for pokes; true once the events socket is open and the client idle.
    bool watch();

private:
    QTemporaryDir m_dir;
    SystemClock m_systemClock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<client::SyncClient> m_client;
};

// A bare events socket as a device opens it, with the token in the header: what the
// server says on it.
class EventsSocket {
public:
    EventsSocket(const ServerProcess &server, const QString &token);
    const QStringList &messages() const { return m_messages; }
    // The versions the pokes name, in the order they came.
    QList<qint64> versions() const;

private:
    QWebSocket m_socket;
    QStringList m_messages;
};

// A SyncService in this process over a new store on the backend the suite runs on, on a
// clock the test moves: for rules that hang on time or that a test calls directly.
class ServiceUnderTest {
public:
    explicit ServiceUnderTest(server::SyncService::Options options = {});
    ~ServiceUnderTest();
    // A user of the default workspace with this password, as stored.
    server::User addUser(const QString &name, Role role, const QString &password);
    server::ServerStorage &storage() { return *m_storage; }
    server::SyncService &service() { return *m_service; }

    ManualClock clock{1'700'000'000'000};

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerStorage> m_storage;
    std::unique_ptr<server::SyncService> m_service;
};

} // namespace spil::test
