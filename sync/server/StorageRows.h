// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/server/ServerStorage.h"

#include <QJsonValue>
#include <QSqlQuery>

// How both SQL backends put users, devices and records into rows and read them back: the
// same columns, in the same order, with JSON as text.
namespace spil::server::rows {

QString json(const QJsonObject &o);
QString json(const QJsonValue &v); // a bare value, kept as a one-element array
QString json(const QStringList &list);
QString json(const QJsonArray &array);
QJsonValue jsonValue(const QString &text);
QJsonObject jsonObject(const QString &text);

inline const QString kUserColumns =
    QStringLiteral("id, workspace, name, role, person_id, principals, password_hash, resync_at");
inline const QString kDeviceColumns = QStringLiteral(
    "id, user_id, name, client_id, created_at, expires_at, revoked_at, app_password");
inline const QString kRecordColumns =
    QStringLiteral("entity, id, version, deleted, fields, stamps");
// What pulls read instead of the stamps.
inline const QString kPulledColumns =
    QStringLiteral("entity, id, version, deleted, fields, newest");
inline const QString kConflictColumns = QStringLiteral(
    "entity, record_id, field, lost_value, lost_hlc, kept_value, kept_hlc, version, at, sight");

// From the column first on: a joined row holds a device and then its user.
User userFrom(const QSqlQuery &q, int first = 0);
Device deviceFrom(const QSqlQuery &q, int first = 0);
StoredRecord recordFrom(const QSqlQuery &q);
StoredRecord pulledFrom(const QSqlQuery &q);
ConflictEntry conflictFrom(const QSqlQuery &q);
// The arguments that go with kUserColumns and with kRecordColumns plus newest.
QVariantList userValues(const User &u);
QVariantList recordValues(const QString &workspace, const StoredRecord &r);

} // namespace spil::server::rows
