// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SqlConnection.h"

#include "core/common/Error.h"
#include "core/store/ScopedTransaction.h"

#include <QSqlError>

namespace spil {

SqlConnection::SqlConnection(const QString &path, const QStringList &pragmas)
    : QtSqlConnection(QStringLiteral("QSQLITE"), Statements::FinishResults)
{
    database().setDatabaseName(path);
    database().setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database().open())
        failure(QStringLiteral("cannot open %1").arg(path), database().lastError());
    for (const QString &pragma : pragmas)
        scalar(pragma);
}

void SqlConnection::begin()
{
    finishStatements();
    if (!database().transaction())
        failure(QStringLiteral("cannot begin"), database().lastError());
}

void SqlConnection::beginImmediate()
{
    finishStatements();
    script({QStringLiteral("BEGIN IMMEDIATE")});
}

void SqlConnection::commit()
{
    finishStatements();
    if (!database().commit()) {
        const QSqlError error = database().lastError();
        database().rollback();
        failure(QStringLiteral("cannot commit"), error);
    }
}

void SqlConnection::rollback()
{
    tryRollback();
}

bool SqlConnection::tryRollback()
{
    finishStatements();
    return database().rollback();
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
