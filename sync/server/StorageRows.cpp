// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/StorageRows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace spil::server::rows {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QString json(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonValue jsonValue(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

User userFrom(const QSqlQuery &q, int first)
{
    const auto at = [&](int i) { return q.value(first + i); };
    QStringList principals;
    for (const auto &v : QJsonDocument::fromJson(at(5).toString().toUtf8()).array())
        principals << v.toString();
    return {at(0).toString(), at(1).toString(),
            at(2).toString(), parseText<Role>(at(3).toString(), QStringLiteral("role")),
            at(4).toString(), principals,
            at(6).toString(), at(7).toLongLong()};
}

Device deviceFrom(const QSqlQuery &q, int first)
{
    const auto at = [&](int i) { return q.value(first + i); };
    return {at(0).toString(),   at(1).toString(),   at(2).toString(),   at(3).toString(),
            at(4).toLongLong(), at(5).toLongLong(), at(6).toLongLong(), at(7).toInt() != 0};
}

StoredRecord recordFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toLongLong(),
            q.value(3).toInt() != 0,
            jsonObject(q.value(4).toString()),
            jsonObject(q.value(5).toString()),
            {}};
}

StoredRecord pulledFrom(const QSqlQuery &q)
{
    StoredRecord r{q.value(0).toString(),
                   q.value(1).toString(),
                   q.value(2).toLongLong(),
                   q.value(3).toInt() != 0,
                   jsonObject(q.value(4).toString()),
                   {},
                   {}};
    r.newest = q.value(5).toString();
    return r;
}

ConflictEntry conflictFrom(const QSqlQuery &q)
{
    ConflictEntry c{q.value(0).toString(),   q.value(1).toString(),
                    q.value(2).toString(),   jsonValue(q.value(3).toString()),
                    q.value(4).toString(),   jsonValue(q.value(5).toString()),
                    q.value(6).toString(),   q.value(7).toLongLong(),
                    q.value(8).toLongLong(), std::nullopt};
    const QString sight = q.value(9).toString();
    if (!sight.isEmpty())
        c.sight = QJsonDocument::fromJson(sight.toUtf8()).array();
    return c;
}

QVariantList userValues(const User &u)
{
    return {u.id,       u.workspace,        u.name,         toText(u.role),
            u.personId, json(u.principals), u.passwordHash, u.resyncAt};
}

QVariantList recordValues(const QString &workspace, const StoredRecord &r)
{
    return {workspace,         r.entity,       r.id,           r.version,
            r.deleted ? 1 : 0, json(r.fields), json(r.stamps), r.newestStamp()};
}

} // namespace spil::server::rows
