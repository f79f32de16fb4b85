// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace spil::test {

// A throwaway PostgreSQL cluster: initdb in a temporary folder, the server on a free port of
// 127.0.0.1, stopped and removed when the test process ends (and killed with it should the
// process die). PostgreSQL refuses to run as root: as root, the cluster runs as the
// `postgres` system user, which Debian's postgresql package creates.
class PgCluster {
public:
    // Tests run without fsync: they kill spil-server, never PostgreSQL. Benchmarks compare
    // durable commits with SQLite's synchronous=FULL, so they keep it.
    enum class Durability { Fast, Durable };

    // The cluster of this process, started at its first use (whose durability counts).
    // Throws std::runtime_error when it cannot start (no PostgreSQL installed, say): the
    // tests then fail, never skip.
    static PgCluster &shared(Durability durability = Durability::Fast);

    explicit PgCluster(Durability durability);
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // A new empty database; its postgresql:// address.
    QString newDatabase();
    // Stops PostgreSQL (fast shutdown: every session is cut) and starts it again on the
    // same port, as an administrator's restart would.
    void restart();
    quint16 port() const { return m_port; }

private:
    void run(const QString &program, const QStringList &args);
    void stop();
    bool start();
    QTemporaryDir m_dir;
    QString m_bindir;
    QProcess m_postgres;
    quint16 m_port = 0;
    Durability m_durability;
    int m_databases = 0;
};

} // namespace spil::test
