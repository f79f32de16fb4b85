// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/QtSqlConnection.h"

#include "core/common/Error.h"

#include <QAtomicInt>
#include <QSqlError>

namespace spil {

namespace {
QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("spil-sql-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

QtSqlConnection::QtSqlConnection(const QString &driver, Statements statements)
    : m_name(uniqueConnectionName()), m_statements(statements)
{
    m_db = QSqlDatabase::addDatabase(driver, m_name);
}

QtSqlConnection::~QtSqlConnection()
{
    m_queries.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void QtSqlConnection::failure(const QString &what, const QSqlError &error)
{
    fail(ErrorKind::Storage, QStringLiteral("%1: %2").arg(what, error.text()));
}

QSqlQuery &QtSqlConnection::run(const QString &sql, const QVariantList &args)
{
    const bool finish = m_statements == Statements::FinishResults;
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db);
        if (finish)
            q.setForwardOnly(true);
        if (!q.prepare(sql))
            failure(QStringLiteral("cannot prepare '%1'").arg(sql), q.lastError());
        it = m_queries.insert(sql, q);
    }
    QSqlQuery &q = it.value();
    if (finish)
        q.finish();
    for (int i = 0; i < args.size(); ++i)
        q.bindValue(i, args.at(i));
    if (!q.exec())
        failure(QStringLiteral("query failed '%1'").arg(sql), q.lastError());
    return q;
}

QVariant QtSqlConnection::scalar(const QString &sql, const QVariantList &args)
{
    auto &q = run(sql, args);
    const QVariant v = q.next() ? q.value(0) : QVariant();
    if (m_statements == Statements::FinishResults)
        q.finish();
    return v;
}

void QtSqlConnection::script(const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            failure(QStringLiteral("'%1' failed").arg(sql.left(80)), q.lastError());
    }
}

void QtSqlConnection::finishStatements()
{
    for (auto &q : m_queries)
        q.finish();
}

} // namespace spil
