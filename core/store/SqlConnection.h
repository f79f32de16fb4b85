// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace spil {

// One SQLite connection through Qt Sql with its prepared statements cached by SQL text.
// Failures throw Error(Storage). Shared by the device's store and the server's.
class SqlConnection {
public:
    // Opens path and runs the given PRAGMA statements.
    SqlConnection(const QString &path, const QStringList &pragmas);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    QSqlQuery &run(const QString &sql, const QVariantList &args = {});
    // The first column of the first row, or an invalid QVariant; the statement is finished.
    QVariant scalar(const QString &sql, const QVariantList &args = {});
    // Runs a list of statements without caching them (schema changes).
    void script(const QStringList &statements);

    void begin();
    // Takes the write lock at once, so that a transaction which reads before it writes
    // cannot meet another process's commit in between (SQLITE_BUSY_SNAPSHOT).
    void beginImmediate();
    void commit();
    void rollback();
    // Resets every cached statement. A statement stepped but not run to its end keeps
    // SQLite's read snapshot open, hiding what other connections committed since; a
    // long-lived process calls this between requests.
    void endReads();
    // Forward-only migrations: step i of steps brings the schema from version i to i + 1
    // (PRAGMA user_version), each in its own transaction. Refuses a newer store.
    void migrate(const QList<QStringList> &steps, int targetVersion);
    int schemaVersion();

private:
    // SQLite refuses to commit while a statement is still stepping.
    void finishStatements();

    QString m_name;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_queries;
};

} // namespace spil
