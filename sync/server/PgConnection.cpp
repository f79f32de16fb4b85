// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/PgConnection.h"

#include "core/common/Error.h"
#include "core/store/ScopedTransaction.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QUrl>

namespace spil::server {

namespace {
// Any number will do, as long as no other program on the database takes the same one.
constexpr qint64 kMigrationLock = 0x5350494c; // "SPIL"
} // namespace

bool PgAddress::isPgUrl(const QString &text)
{
    return text.startsWith(QStringLiteral("postgresql://")) ||
           text.startsWith(QStringLiteral("postgres://"));
}

PgAddress PgAddress::parse(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    PgAddress a;
    a.host = u.host();
    a.port = u.port(5432);
    a.user = u.userName();
    a.password = u.password();
    a.database = u.path().mid(1);
    if (!u.isValid() || !isPgUrl(url) || a.host.isEmpty() || a.database.isEmpty() ||
        a.database.contains(QLatin1Char('/')) || !u.query().isEmpty())
        fail(ErrorKind::BadInput,
             QStringLiteral("'%1' is not like postgresql://USER@HOST:PORT/DBNAME").arg(url));
    return a;
}

PgConnection::PgConnection(const PgAddress &address)
    : QtSqlConnection(QStringLiteral("QPSQL"), Statements::KeepResults)
{
    if (!database().isValid())
        fail(ErrorKind::Storage, QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed"));
    database().setHostName(address.host);
    database().setPort(address.port);
    database().setUserName(address.user);
    database().setPassword(address.password);
    database().setDatabaseName(address.database);
    database().setConnectOptions(QStringLiteral("connect_timeout=5"));
    open();
}

void PgConnection::open()
{
    if (!database().open())
        failure(QStringLiteral("cannot open postgresql://%1:%2/%3")
                    .arg(database().hostName())
                    .arg(database().port())
                    .arg(database().databaseName()),
                database().lastError());
    // Keep server messages out of the log; errors still arrive as errors.
    script({QStringLiteral("SET client_min_messages = warning")});
}

void PgConnection::failure(const QString &what, const QSqlError &error)
{
    m_failed = true;
    QtSqlConnection::failure(what, error);
}

bool PgConnection::reconnectIfBroken()
{
    if (!m_failed || m_inTransaction)
        return false;
    m_failed = false;
    {
        QSqlQuery probe(database());
        if (probe.exec(QStringLiteral("SELECT 1")))
            return false; // the failure was the statement's, not the connection's
    }
    // Prepared statements lived in the old session and go with it (Qt warns that it cannot
    // free them there).
    database().close();
    forgetStatements();
    try {
        open();
    } catch (const Error &) {
        return false; // still unreachable: the request fails, the next one tries again
    }
    return true;
}

void PgConnection::begin()
{
    if (!database().transaction())
        failure(QStringLiteral("cannot begin"), database().lastError());
    m_inTransaction = true;
}

QVariant PgConnection::beginWith(const QString &sql)
{
    QSqlQuery q(database());
    m_inTransaction = true;
    // The driver gathers every result of the query: BEGIN's first, then the statement's.
    if (!q.exec(QStringLiteral("BEGIN; ") + sql) || !q.nextResult()) {
        const QSqlError error = q.lastError();
        rollback();
        failure(QStringLiteral("cannot begin with '%1'").arg(sql.left(80)), error);
    }
    return q.next() ? q.value(0) : QVariant();
}

QString PgConnection::literal(const QVariant &value) const
{
    QSqlField field(QString(), value.metaType());
    field.setValue(value);
    return database().driver()->formatValue(field);
}

void PgConnection::commit()
{
    m_inTransaction = false;
    if (!database().commit()) {
        const QSqlError error = database().lastError();
        database().rollback();
        failure(QStringLiteral("cannot commit"), error);
    }
}

void PgConnection::rollback()
{
    m_inTransaction = false;
    database().rollback();
}

void PgConnection::migrate(const QList<QStringList> &steps)
{
    const int latest = int(steps.size());
    ScopedTransaction transaction(*this);
    run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kMigrationLock});
    script({QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                           "NOT NULL)")});
    const QVariant stored = scalar(QStringLiteral("SELECT version FROM schema_version"));
    if (!stored.isValid())
        script({QStringLiteral("INSERT INTO schema_version VALUES (0)")});
    const int current = stored.toInt();
    if (current > latest)
        fail(ErrorKind::Storage,
             QStringLiteral("the store has schema version %1; this build knows up to %2")
                 .arg(current)
                 .arg(latest));
    // DDL is transactional in PostgreSQL: a failed step leaves the store as it was.
    for (int v = current; v < latest; ++v) {
        try {
            script(steps.at(v));
        } catch (const Error &e) {
            fail(ErrorKind::Storage,
                 QStringLiteral("migration to version %1 failed: %2").arg(v + 1).arg(e.message()));
        }
    }
    run(QStringLiteral("UPDATE schema_version SET version = ?"), {latest});
    transaction.commit();
}

} // namespace spil::server
