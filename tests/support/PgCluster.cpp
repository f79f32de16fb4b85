// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QVersionNumber>
#include <grp.h>
#include <memory>
#include <pwd.h>
#include <signal.h>
#include <stdexcept>
#include <sys/prctl.h>
#include <unistd.h>

namespace spil::test {

namespace {
// Debian keeps the server programs out of PATH, one folder per major version.
QString findBindir()
{
    const QString given = qEnvironmentVariable("SPIL_PG_BINDIR");
    if (!given.isEmpty())
        return given;
    QVersionNumber best;
    QString found;
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &v : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = versions.filePath(v + QStringLiteral("/bin"));
        const QVersionNumber n = QVersionNumber::fromString(v);
        if (QFile::exists(bin + QStringLiteral("/initdb")) && n > best) {
            best = n;
            found = bin;
        }
    }
    if (found.isEmpty()) {
        const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        if (!initdb.isEmpty())
            found = QFileInfo(initdb).absolutePath();
    }
    if (found.isEmpty())
        throw std::runtime_error("no PostgreSQL server programs (initdb) found; install the "
                                 "postgresql package or set SPIL_PG_BINDIR");
    return found;
}

// A port below the kernel's range for outgoing connections (32768 and up on Linux): a
// cluster keeps its port across restart(), and a port from that range could meanwhile be
// taken as the source port of any client's connection, and PostgreSQL not start again.
quint16 freePort()
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto port = quint16(20000 + QRandomGenerator::global()->bounded(12000));
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, port))
            return port;
    }
    throw std::runtime_error("no free port below 32000 for PostgreSQL");
}

// Who the cluster runs as: the postgres system user when we are root, else ourselves.
struct RunAs {
    uid_t uid = 0;
    gid_t gid = 0;
    bool switchUser = false;
};

RunAs runAs()
{
    RunAs who;
    if (geteuid() != 0)
        return who;
    const passwd *pw = getpwnam("postgres");
    if (!pw)
        throw std::runtime_error("running as root, and there is no 'postgres' user to run "
                                 "PostgreSQL as");
    who.uid = pw->pw_uid;
    who.gid = pw->pw_gid;
    who.switchUser = true;
    return who;
}

// Only async-signal-safe calls in the modifier: it runs in the child between fork and exec.
void prepareChild(QProcess &process, const RunAs &who, const QString &folder)
{
    // The tests' own folder may be closed to the postgres user (a checkout under /root).
    process.setWorkingDirectory(folder);
    process.setChildProcessModifier([who] {
        if (who.switchUser) {
            if (setgroups(0, nullptr) != 0 || setgid(who.gid) != 0 || setuid(who.uid) != 0)
                _exit(127);
        }
        // After the change of user, which would clear it: the cluster dies with the tests.
        prctl(PR_SET_PDEATHSIG, SIGQUIT);
    });
}

std::unique_ptr<PgCluster> sharedCluster;
} // namespace

PgCluster &PgCluster::shared(Durability durability)
{
    if (!sharedCluster) {
        sharedCluster = std::make_unique<PgCluster>(durability);
        // While Qt still runs: the cluster's process is stopped before the application goes.
        qAddPostRoutine([] { sharedCluster.reset(); });
    }
    return *sharedCluster;
}

PgCluster::PgCluster(Durability durability) : m_durability(durability)
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot make a temporary folder for PostgreSQL");
    const RunAs who = runAs();
    if (who.switchUser && chown(QFile::encodeName(m_dir.path()).constData(), who.uid, who.gid) != 0)
        throw std::runtime_error("cannot hand the temporary folder to the postgres user");
    m_bindir = findBindir();
    run(m_bindir + QStringLiteral("/initdb"),
        {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-U"),
         QStringLiteral("spil"), QStringLiteral("--auth=trust"), QStringLiteral("-E"),
         QStringLiteral("UTF8"), QStringLiteral("--no-locale"), QStringLiteral("--no-sync")});
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        if (start())
            return;
    }
    throw std::runtime_error("PostgreSQL did not start: " +
                             m_postgres.readAllStandardError().toStdString());
}

PgCluster::~PgCluster()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QStringLiteral("spil-test-pg")))
            QSqlDatabase::removeDatabase(name);
    }
    if (m_postgres.state() != QProcess::NotRunning) {
        // Immediate shutdown: nothing here is worth a checkpoint.
        ::kill(pid_t(m_postgres.processId()), SIGQUIT);
        if (!m_postgres.waitForFinished(10000))
            m_postgres.kill();
        m_postgres.waitForFinished(5000);
    }
}

void PgCluster::stop()
{
    QSqlDatabase::removeDatabase(QStringLiteral("spil-test-pg-%1").arg(m_port));
    ::kill(pid_t(m_postgres.processId()), SIGINT);
    if (!m_postgres.waitForFinished(30000))
        throw std::runtime_error("PostgreSQL did not stop");
}

void PgCluster::restart()
{
    stop();
    if (!start())
        throw std::runtime_error("PostgreSQL did not start again");
}

void PgCluster::run(const QString &program, const QStringList &args)
{
    QProcess p;
    prepareChild(p, runAs(), m_dir.path());
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        throw std::runtime_error(
            (program + QStringLiteral(" failed: ")).toStdString() +
            (p.readAllStandardError() + p.readAllStandardOutput()).toStdString());
}

bool PgCluster::start()
{
    QStringList args = {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                        QStringLiteral("-p"), QString::number(m_port),
                        QStringLiteral("-k"), m_dir.path(),
                        QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
                        QStringLiteral("-c"), QStringLiteral("max_connections=300")};
    if (m_durability == Durability::Fast) {
        args << QStringLiteral("-c") << QStringLiteral("fsync=off") << QStringLiteral("-c")
             << QStringLiteral("full_page_writes=off");
    }
    prepareChild(m_postgres, runAs(), m_dir.path());
    m_postgres.setProcessChannelMode(QProcess::MergedChannels);
    m_postgres.start(m_bindir + QStringLiteral("/postgres"), args);
    QByteArray log;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000 && m_postgres.state() != QProcess::NotRunning) {
        m_postgres.waitForReadyRead(100);
        log += m_postgres.readAll();
        if (log.contains("ready to accept connections"))
            return true;
    }
    m_postgres.kill();
    m_postgres.waitForFinished(5000);
    return false;
}

QString PgCluster::newDatabase()
{
    const QString connection = QStringLiteral("spil-test-pg-%1").arg(m_port);
    {
        QSqlDatabase db = QSqlDatabase::contains(connection)
                              ? QSqlDatabase::database(connection)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("spil"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.isOpen() && !db.open())
            throw std::runtime_error("cannot reach the test cluster: " +
                                     db.lastError().text().toStdString());
        const QString name = QStringLiteral("spil_%1_%2").arg(getpid()).arg(++m_databases);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            throw std::runtime_error("CREATE DATABASE failed: " +
                                     q.lastError().text().toStdString());
        return QStringLiteral("postgresql://spil@127.0.0.1:%1/%2").arg(m_port).arg(name);
    }
}

} // namespace spil::test
