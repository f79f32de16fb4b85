// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

class QSqlError;

namespace spil {

// One connection through Qt Sql with its prepared statements cached by SQL text
// (positional ? placeholders). Failures throw Error(Storage). The device's SQLite store
// (SqlConnection) and the server's PostgreSQL backend (PgConnection) each are one; how
// they open, begin and fail is theirs.
class QtSqlConnection {
public:
    virtual ~QtSqlConnection();
    QtSqlConnection(const QtSqlConnection &) = delete;
    QtSqlConnection &operator=(const QtSqlConnection &) = delete;

    QSqlQuery &run(const QString &sql, const QVariantList &args = {});
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &args = {});
    // Runs a list of statements without caching them (schema changes).
    void script(const QStringList &statements);

    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;

protected:
    // SQLite keeps a statement's read snapshot until it is finished: its statements read
    // forward only and are finished before they run again and after a scalar is read.
    enum class Statements { KeepResults, FinishResults };
    // Adds the Qt Sql connection of the driver under a name no other connection takes.
    QtSqlConnection(const QString &driver, Statements statements);

    QSqlDatabase &database() { return m_db; }
    const QSqlDatabase &database() const { return m_db; }
    void finishStatements();
    // Prepared statements live in a session: a connection opened again prepares anew.
    void forgetStatements() { m_queries.clear(); }
    [[noreturn]] virtual void failure(const QString &what, const QSqlError &error);

private:
    QString m_name;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_queries;
    Statements m_statements;
};

} // namespace spil
