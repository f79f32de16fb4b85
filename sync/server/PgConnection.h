// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/QtSqlConnection.h"

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

// One PostgreSQL connection through Qt's QPSQL driver (see QtSqlConnection). Results are
// fetched whole:
// QPSQL's row-by-row mode would block the next statement on the same connection.
class PgConnection final : public QtSqlConnection {
public:
    explicit PgConnection(const PgAddress &address);

    void begin() override;
    // BEGIN and a first statement in one round trip (a simple query may hold several; it
    // takes no parameters: put values in with literal()). The first value it returns.
    QVariant beginWith(const QString &sql);
    // A value as a quoted SQL literal, the way the driver sends bound values.
    QString literal(const QVariant &value) const;
    void commit() override;
    void rollback() override;
    bool inTransaction() const { return m_inTransaction; }
    // After a failure outside a transaction: checks the connection and opens a new one when
    // the old one is gone (PostgreSQL restarted, say). True when it opened a new one.
    bool reconnectIfBroken();
    // Forward-only migrations as in SqlConnection, the version kept in a table of its own.
    // Instances that start together take turns through an advisory lock.
    void migrate(const QList<QStringList> &steps);
    using QtSqlConnection::database;

private:
    void open();
    [[noreturn]] void failure(const QString &what, const QSqlError &error) override;

    bool m_inTransaction = false;
    bool m_failed = false;
};

} // namespace spil::server
