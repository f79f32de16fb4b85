// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlConnection.h"

#include "common/Error.h"
#include "store/ScopedTransaction.h"

#include <QAtomicInt>
#include <QSqlError>

namespace spil {

namespace {
QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("spil-sql-%1").arg(counter.fetchAndAddRelaxed(1));
}

[[noreturn]] void storageFailure(const QString &what, const QSqlError &error)
{
    fail(ErrorKind::Storage, QStringLiteral("%1: %2").arg(what, error.text()));
}
} // namespace

SqlConnection::SqlConnection(const QString &path, const QStringList &pragmas)
    : m_name(uniqueConnectionName())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        storageFailure(QStringLiteral("cannot open %1").arg(path), m_db.lastError());
    for (const QString &pragma : pragmas)
        scalar(pragma);
}

SqlConnection::~SqlConnection()
{
    m_queries.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlQuery &SqlConnection::run(const QString &sql, const QVariantList &args)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            storageFailure(QStringLiteral("cannot prepare '%1'").arg(sql), q.lastError());
        it = m_queries.insert(sql, q);
    }
    QSqlQuery &q = it.value();
    q.finish();
    for (int i = 0; i < args.size(); ++i)
        q.bindValue(i, args.at(i));
    if (!q.exec())
        storageFailure(QStringLiteral("query failed '%1'").arg(sql), q.lastError());
    return q;
}

QVariant SqlConnection::scalar(const QString &sql, const QVariantList &args)
{
    auto &q = run(sql, args);
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

void SqlConnection::script(const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            storageFailure(QStringLiteral("'%1' failed").arg(sql.left(80)), q.lastError());
    }
}

void SqlConnection::finishStatements()
{
    for (auto &q : m_queries)
        q.finish();
}

void SqlConnection::endReads()
{
    finishStatements();
}

void SqlConnection::begin()
{
    finishStatements();
    if (!m_db.transaction())
        storageFailure(QStringLiteral("cannot begin"), m_db.lastError());
}

void SqlConnection::beginImmediate()
{
    finishStatements();
    script({QStringLiteral("BEGIN IMMEDIATE")});
}

void SqlConnection::commit()
{
    finishStatements();
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        storageFailure(QStringLiteral("cannot commit"), error);
    }
}

void SqlConnection::rollback()
{
    finishStatements();
    m_db.rollback();
}

int SqlConnection::schemaVersion()
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

void SqlConnection::migrate(const QList<QStringList> &steps, int targetVersion)
{
    const int current = schemaVersion();
    const int latest = int(steps.size());
    if (current > latest) {
        fail(ErrorKind::Storage,
             QStringLiteral("the store has schema version %1; this build knows up to %2")
                 .arg(current)
                 .arg(latest));
    }
    for (int v = current; v < std::min(targetVersion, latest); ++v) {
        ScopedTransaction transaction(*this);
        try {
            script(steps.at(v));
            script({QStringLiteral("PRAGMA user_version = %1").arg(v + 1)});
        } catch (const Error &e) {
            fail(ErrorKind::Storage,
                 QStringLiteral("migration to version %1 failed: %2").arg(v + 1).arg(e.message()));
        }
        transaction.commit();
    }
}

} // namespace spil
