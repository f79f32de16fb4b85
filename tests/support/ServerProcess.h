#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <functional>
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

// A real spil-server in a child process on 127.0.0.1 (a free port), on a store seeded with
// the demo office (users maarten, ingrid, sanne, lotte, fatima, joris, noor, pieter;
// password spil-demo). Used by the sync tests and the sync benchmark.
class ServerProcess {
public:
    // Throws std::runtime_error when the server does not come up.
    ServerProcess(const QString &serverBinary, const QStringList &serveArgs = {});
    ~ServerProcess();

    QString url() const { return m_url; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("server.db")); }
    // Kills the process without letting it finish anything (SIGKILL).
    void kill9();
    // Serves the same store on the same port again.
    void restart();
    // Runs a spil-server command on this store (user add, device revoke, ...).
    int admin(const QStringList &args, const QByteArray &stdinText = {});
    // What the last admin command printed.
    QByteArray lastOutput() const { return m_lastOutput; }

    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QString &token = {}) const;
    QString login(const QString &user) const;
    QString personId(const QString &user) const;
    qint64 version(const QString &token) const;

private:
    HttpResult loginAnswer(const QString &user) const;
    void start(quint16 port);
    int run(const QStringList &args, const QByteArray &stdinText = {});
    QString m_binary;
    QTemporaryDir m_dir;
    QStringList m_serveArgs;
    std::unique_ptr<QProcess> m_process;
    QString m_url;
    quint16 m_port = 0;
    QByteArray m_lastOutput;
};

} // namespace spil::test
