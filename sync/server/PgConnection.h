// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace spil::server {

// Where a PostgreSQL database is: postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME.
struct PgAddress {
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static bool isPgUrl(const QString &text);
    // Throws Error(BadInput) when the text is not such an address.
    static PgAddress parse(const QString &url);
};

// One PostgreSQL connection through Qt's QPSQL driver, its prepared statements cached by SQL
// text (positional ? placeholders). Failures throw Error(Storage). Results are fetched whole:
// QPSQL's row-by-row mode would block the next statement on the same connection.
class PgConnection {
public:
    explicit PgConnection(const PgAddress &address);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    QSqlQuery &run(const QString &sql, const QVariantList &args = {});
    QVariant scalar(const QString &sql, const QVariantList &args = {});
    void script(const QStringList &statements);
    void begin();
    // BEGIN and a first statement in one round trip (a simple query may hold several; it
    // takes no parameters: put values in with literal()). The first value it returns.
    QVariant beginWith(const QString &sql);
    // A value as a quoted SQL literal, the way the driver sends bound values.
    QString literal(const QVariant &value) const;
    void commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }
    // After a failure outside a transaction: checks the connection and opens a new one when
    // the old one is gone (PostgreSQL restarted, say). True when it opened a new one.
    bool reconnectIfBroken();
    // Forward-only migrations as in SqlConnection, the version kept in a table of its own.
    // Instances that start together take turns through an advisory lock.
    void migrate(const QList<QStringList> &steps);
    QSqlDatabase &database() { return m_db; }

private:
    void open();
    [[noreturn]] void failure(const QString &what, const QSqlError &error);

    QString m_name;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_queries;
    bool m_inTransaction = false;
    bool m_failed = false;
};

} // namespace spil::server
