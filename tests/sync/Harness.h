#pragma once

#include "client/SyncClient.h"
#include "common/Clock.h"
#include "store/Database.h"

#include <QProcess>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

namespace spil::test {

// Processes Qt events until done() holds or timeoutMs passed; returns done().
bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000);

struct HttpResult {
    int status = 0;
    QByteArray body;
    QJsonObject json() const;
    QString errorCode() const;
};

// A real spil-server in a child process on 127.0.0.1, on a store seeded with the demo
// office (users maarten, ingrid, sanne, lotte, fatima, joris, noor, pieter; password
// spil-demo).
class ServerProcess {
public:
    explicit ServerProcess(const QStringList &serveArgs = {});
    ~ServerProcess();

    QString url() const { return m_url; }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("server.db")); }
    // Kills the process without letting it finish anything (SIGKILL).
    void kill9();
    // Serves the same store on the same port again.
    void restart();
    // Runs a spil-server command on this store (user add, device revoke, ...).
    int admin(const QStringList &args, const QByteArray &stdinText = {});

    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QString &token = {}) const;
    QString login(const QString &user) const;
    qint64 version(const QString &token) const;

private:
    void start(quint16 port);
    QTemporaryDir m_dir;
    QStringList m_serveArgs;
    std::unique_ptr<QProcess> m_process;
    QString m_url;
    quint16 m_port = 0;
};

// A device: its own store, logged in to the server as one user.
class Device {
public:
    Device(const ServerProcess &server, const QString &user);
    Database &db() { return *m_db; }
    client::SyncClient &client() { return *m_client; }
    QString personId();
    // One whole sync; false when it failed or took over timeoutMs.
    bool sync(int timeoutMs = 15000);

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<client::SyncClient> m_client;
};

} // namespace spil::test
