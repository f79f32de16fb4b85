// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace spil::test {

// Processes Qt events until done() holds or timeoutMs passed; returns done().
bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000);

struct HttpResult {
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers = {};
    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    QString errorCode() const;
};

// A real spil-server in a child process on 127.0.0.1 (a free port), on a store seeded with
// the demo office (users maarten, ingrid, sanne, lotte, fatima, joris, noor, pieter;
// password spil-demo). Used by the sync tests and the sync benchmark.
//
// The store is a SQLite file, or a new database in this process's throwaway PostgreSQL
// cluster when SPIL_TEST_BACKEND=postgresql: ctest runs the same sync tests both ways.
class ServerProcess {
public:
    enum class Backend { Sqlite, Postgres };
    // The backend SPIL_TEST_BACKEND names (sqlite when unset).
    static Backend backendFromEnvironment();

    // Throws std::runtime_error when the server does not come up.
    ServerProcess(const QString &serverBinary, const QStringList &serveArgs = {});
    ServerProcess(const QString &serverBinary, Backend backend, const QStringList &serveArgs = {});
    ~ServerProcess();
    // One more instance over the same store (another port), as behind a load balancer.
    std::unique_ptr<ServerProcess> anotherInstance(const QStringList &serveArgs = {}) const;

    QString url() const { return m_url; }
    // The CalDAV port's root (with --dav-port), ending in a slash; empty without one.
    QString davUrl() const { return m_davUrl; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    // What --db takes: the SQLite file or the postgresql:// address.
    QString db() const { return m_db; }
    // Kills the process without letting it finish anything (SIGKILL).
    void kill9();
    // Serves the same store on the same port again.
    void restart();
    // Runs a spil-server command on this store (user add, device revoke, ...).
    int admin(const QStringList &args, const QByteArray &stdinText = {});
    // Adds a user with the admin role and the demo password; the exit code of the command.
    int addAdmin(const QString &name);
    // Revokes every device of user, as an administrator would; how many, or -1 on failure.
    int revokeDevicesOf(const QString &user);
    // What the last admin command printed.
    QByteArray lastOutput() const { return m_lastOutput; }

    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QString &token = {},
                       const QList<std::pair<QByteArray, QByteArray>> &headers = {}) const;
    QString login(const QString &user) const;
    QString personId(const QString &user) const;
    qint64 version(const QString &token) const;

private:
    struct SameStore {};
    ServerProcess(const ServerProcess &first, SameStore, const QStringList &serveArgs);
    HttpResult loginAnswer(const QString &user) const;
    void start(quint16 port);
    int run(const QStringList &args, const QByteArray &stdinText = {});
    QString m_binary;
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_serveArgs;
    std::unique_ptr<QProcess> m_process;
    QString m_url;
    QString m_davUrl;
    quint16 m_port = 0;
    QByteArray m_lastOutput;
    QSslCertificate m_certificate; // of --tls-cert: this process's own requests trust it
};

} // namespace spil::test
