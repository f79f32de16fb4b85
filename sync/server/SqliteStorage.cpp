#include "SqliteStorage.h"

#include "server/StorageRows.h"

#include "common/Error.h"
#include "store/Schema.h"
#include "store/Uuid7.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace spil::server {

using namespace rows;

namespace {
QList<QStringList> schema()
{
    return {
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE workspaces (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                "version INTEGER NOT NULL DEFAULT 0, horizon INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, workspace TEXT NOT NULL, "
                           "name TEXT NOT NULL, role TEXT NOT NULL, person_id TEXT NOT NULL, "
                           "principals TEXT NOT NULL, password_hash TEXT NOT NULL, "
                           "UNIQUE (workspace, name))"),
            QStringLiteral("CREATE TABLE devices (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
                           "name TEXT NOT NULL, token_hash BLOB NOT NULL UNIQUE, "
                           "client_id TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, "
                           "expires_at INTEGER NOT NULL, revoked_at INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE mutations (workspace TEXT NOT NULL, client_id TEXT NOT NULL, "
                "mutation INTEGER NOT NULL, hash BLOB NOT NULL, "
                "PRIMARY KEY (workspace, client_id, mutation))"),
            QStringLiteral("CREATE TABLE records (workspace TEXT NOT NULL, entity TEXT NOT NULL, "
                           "id TEXT NOT NULL, version INTEGER NOT NULL, deleted INTEGER NOT NULL, "
                           "fields TEXT NOT NULL, stamps TEXT NOT NULL, "
                           "PRIMARY KEY (workspace, entity, id))"),
            QStringLiteral("CREATE INDEX records_by_version ON records (workspace, version)"),
            QStringLiteral(
                "CREATE TABLE conflicts (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                "workspace TEXT NOT NULL, entity TEXT NOT NULL, record_id TEXT NOT NULL, "
                "field TEXT NOT NULL, lost_value TEXT NOT NULL, lost_hlc TEXT NOT NULL, "
                "kept_value TEXT NOT NULL, kept_hlc TEXT NOT NULL, "
                "version INTEGER NOT NULL, at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE revocations (workspace TEXT NOT NULL, person_id TEXT NOT NULL, "
                "entity TEXT NOT NULL, record_id TEXT NOT NULL, version INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX revocations_by_person ON revocations "
                           "(workspace, person_id, version)"),
        },
        // Version 2: each record's newest stamp, so that pulls need not read the stamps.
        {
            QStringLiteral("ALTER TABLE records ADD COLUMN newest TEXT NOT NULL DEFAULT ''"),
        },
        // Version 3: workspaces are found by name (logins and admin commands name them).
        {
            QStringLiteral("CREATE UNIQUE INDEX workspaces_by_name ON workspaces (name)"),
        }};
}

} // namespace

namespace {
// Opening would make the file: a mistyped --db must not leave an empty store behind.
const QString &existing(const QString &path)
{
    if (!QFile::exists(path))
        fail(ErrorKind::Storage,
             QStringLiteral("%1 is not a spil-server store (run spil-server init)").arg(path));
    return path;
}
} // namespace

SqliteStorage::SqliteStorage(const QString &path)
    : m_sql(existing(path),
            {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL")})
{
    m_sql.migrate(schema(), int(schema().size()));
    if (epoch().isEmpty())
        fail(ErrorKind::Storage,
             QStringLiteral("%1 is not a spil-server store (run spil-server init)").arg(path));
}

void SqliteStorage::create(const QString &path)
{
    if (QFile::exists(path))
        fail(ErrorKind::BadInput, QStringLiteral("%1 exists already").arg(path));
    SqlConnection sql(path, {QStringLiteral("PRAGMA journal_mode=WAL")});
    sql.migrate(schema(), int(schema().size()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    sql.begin();
    sql.run(QStringLiteral("INSERT INTO meta VALUES ('epoch', ?)"), {makeUuid7(now)});
    const QString workspace = makeUuid7(now);
    sql.run(QStringLiteral("INSERT INTO meta VALUES ('default_workspace', ?)"), {workspace});
    sql.run(QStringLiteral("INSERT INTO workspaces (id, name) VALUES (?, 'default')"), {workspace});
    sql.commit();
}

QString SqliteStorage::epoch()
{
    return m_sql.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'")).toString();
}

QString SqliteStorage::defaultWorkspace()
{
    return m_sql.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'default_workspace'"))
        .toString();
}

QString SqliteStorage::addWorkspace(const QString &name)
{
    if (workspaceByName(name))
        fail(ErrorKind::BadInput, QStringLiteral("there is a workspace '%1' already").arg(name));
    const QString id = makeUuid7(QDateTime::currentMSecsSinceEpoch());
    m_sql.run(QStringLiteral("INSERT INTO workspaces (id, name) VALUES (?, ?)"), {id, name});
    return id;
}

std::optional<Workspace> SqliteStorage::workspaceByName(const QString &name)
{
    const QVariant id =
        m_sql.scalar(QStringLiteral("SELECT id FROM workspaces WHERE name = ?"), {name});
    if (!id.isValid())
        return std::nullopt;
    return Workspace{id.toString(), name};
}

QList<Workspace> SqliteStorage::workspaces()
{
    auto &q = m_sql.run(QStringLiteral("SELECT id, name FROM workspaces ORDER BY name"));
    QList<Workspace> out;
    while (q.next())
        out << Workspace{q.value(0).toString(), q.value(1).toString()};
    return out;
}

void SqliteStorage::addUser(const User &u)
{
    if (userByName(u.workspace, u.name))
        fail(ErrorKind::BadInput, QStringLiteral("there is a user '%1' already").arg(u.name));
    m_sql.run(
        QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(kUserColumns),
        userValues(u));
}

std::optional<User> SqliteStorage::userByName(const QString &workspace, const QString &name)
{
    auto &q = m_sql.run(
        QStringLiteral("SELECT %1 FROM users WHERE workspace = ? AND name = ?").arg(kUserColumns),
        {workspace, name});
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

std::optional<User> SqliteStorage::userById(const QString &id)
{
    auto &q =
        m_sql.run(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns), {id});
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

QList<User> SqliteStorage::users(const QString &workspace)
{
    auto &q = m_sql.run(
        QStringLiteral("SELECT %1 FROM users WHERE workspace = ? ORDER BY name").arg(kUserColumns),
        {workspace});
    QList<User> out;
    while (q.next())
        out << userFrom(q);
    return out;
}

void SqliteStorage::addDevice(const Device &d, const QByteArray &tokenHash)
{
    m_sql.run(QStringLiteral("INSERT INTO devices (id, user_id, name, token_hash, created_at, "
                             "expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
              {d.id, d.userId, d.name, tokenHash, d.createdAt, d.expiresAt});
}

std::optional<Device> SqliteStorage::deviceByTokenHash(const QByteArray &tokenHash)
{
    auto &q =
        m_sql.run(QStringLiteral("SELECT %1 FROM devices WHERE token_hash = ?").arg(kDeviceColumns),
                  {tokenHash});
    if (!q.next())
        return std::nullopt;
    return deviceFrom(q);
}

QList<Device> SqliteStorage::devices(const QString &userId)
{
    auto &q =
        m_sql.run(QStringLiteral("SELECT %1 FROM devices WHERE user_id = ? ORDER BY created_at")
                      .arg(kDeviceColumns),
                  {userId});
    QList<Device> out;
    while (q.next())
        out << deviceFrom(q);
    return out;
}

QList<Device> SqliteStorage::devicesByIds(const QStringList &ids)
{
    auto &q = m_sql.run(
        QStringLiteral("SELECT %1 FROM devices WHERE id IN (SELECT value FROM json_each(?))")
            .arg(kDeviceColumns),
        {json(ids)});
    QList<Device> out;
    while (q.next())
        out << deviceFrom(q);
    return out;
}

void SqliteStorage::revokeDevice(const QString &deviceId, qint64 atMs)
{
    m_sql.run(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at = 0"),
              {atMs, deviceId});
}

void SqliteStorage::bindClient(const QString &deviceId, const QString &clientId)
{
    // Once bound, a device keeps its client id.
    m_sql.run(QStringLiteral("UPDATE devices SET client_id = ? WHERE id = ? AND client_id = ''"),
              {clientId, deviceId});
}

void SqliteStorage::beginWrite(const QString &)
{
    // SQLite has one writer at a time: the transaction itself is the lock.
    m_sql.beginImmediate();
}

qint64 SqliteStorage::takeNextVersion(const QString &workspace)
{
    m_sql.run(QStringLiteral("UPDATE workspaces SET version = version + 1 WHERE id = ?"),
              {workspace});
    return currentVersion(workspace);
}

void SqliteStorage::commit()
{
    m_sql.commit();
}

void SqliteStorage::rollback()
{
    m_sql.rollback();
}

void SqliteStorage::savepoint()
{
    m_sql.script({QStringLiteral("SAVEPOINT push")});
}

void SqliteStorage::releaseSavepoint()
{
    m_sql.script({QStringLiteral("RELEASE push")});
}

void SqliteStorage::rollbackToSavepoint()
{
    // ROLLBACK TO keeps the savepoint open; RELEASE then closes it.
    m_sql.script({QStringLiteral("ROLLBACK TO push"), QStringLiteral("RELEASE push")});
}

qint64 SqliteStorage::currentVersion(const QString &workspace)
{
    return m_sql.scalar(QStringLiteral("SELECT version FROM workspaces WHERE id = ?"), {workspace})
        .toLongLong();
}

qint64 SqliteStorage::horizon(const QString &workspace)
{
    return m_sql.scalar(QStringLiteral("SELECT horizon FROM workspaces WHERE id = ?"), {workspace})
        .toLongLong();
}

qint64 SqliteStorage::lastMutation(const QString &workspace, const QString &clientId)
{
    return m_sql
        .scalar(QStringLiteral("SELECT MAX(mutation) FROM mutations WHERE workspace = ? AND "
                               "client_id = ?"),
                {workspace, clientId})
        .toLongLong();
}

std::optional<QByteArray> SqliteStorage::mutationHash(const QString &workspace,
                                                      const QString &clientId, qint64 mutation)
{
    const QVariant v = m_sql.scalar(QStringLiteral("SELECT hash FROM mutations WHERE workspace = ? "
                                                   "AND client_id = ? AND mutation = ?"),
                                    {workspace, clientId, mutation});
    if (!v.isValid())
        return std::nullopt;
    return v.toByteArray();
}

void SqliteStorage::recordMutation(const QString &workspace, const QString &clientId,
                                   qint64 mutation, const QByteArray &hash)
{
    m_sql.run(QStringLiteral("INSERT INTO mutations VALUES (?, ?, ?, ?)"),
              {workspace, clientId, mutation, hash});
}

std::optional<StoredRecord> SqliteStorage::record(const QString &workspace, const QString &entity,
                                                  const QString &id)
{
    auto &q = m_sql.run(QStringLiteral("SELECT %1 FROM records WHERE workspace = ? AND entity = ? "
                                       "AND id = ?")
                            .arg(kRecordColumns),
                        {workspace, entity, id});
    if (!q.next())
        return std::nullopt;
    return recordFrom(q);
}

void SqliteStorage::saveRecord(const QString &workspace, const StoredRecord &r)
{
    m_sql.run(QStringLiteral("INSERT INTO records (workspace, %1, newest) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (workspace, entity, id) DO UPDATE SET "
                             "version = excluded.version, deleted = excluded.deleted, "
                             "fields = excluded.fields, stamps = excluded.stamps, "
                             "newest = excluded.newest")
                  .arg(kRecordColumns),
              recordValues(workspace, r));
}

QList<StoredRecord> SqliteStorage::children(const QString &workspace, const QString &entity,
                                            const QString &field, const QString &parentId)
{
    auto &q = m_sql.run(QStringLiteral("SELECT %1 FROM records WHERE workspace = ? AND entity = ? "
                                       "AND json_extract(fields, ?) = ?")
                            .arg(kRecordColumns),
                        {workspace, entity, QStringLiteral("$.") + field, parentId});
    QList<StoredRecord> out;
    while (q.next())
        out << recordFrom(q);
    return out;
}

void SqliteStorage::renewEpoch()
{
    m_sql.run(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'epoch'"),
              {makeUuid7(QDateTime::currentMSecsSinceEpoch())});
}

void SqliteStorage::addConflict(const QString &workspace, const ConflictEntry &c)
{
    m_sql.run(QStringLiteral("INSERT INTO conflicts (workspace, entity, record_id, field, "
                             "lost_value, lost_hlc, kept_value, kept_hlc, version, at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {workspace, c.entity, c.recordId, c.field, json(c.lostValue), c.lostHlc,
               json(c.keptValue), c.keptHlc, c.version, c.atMs});
}

void SqliteStorage::addRevocation(const QString &workspace, const QString &personId,
                                  const Revocation &r)
{
    m_sql.run(QStringLiteral("INSERT INTO revocations VALUES (?, ?, ?, ?, ?)"),
              {workspace, personId, r.entity, r.recordId, r.version});
}

QList<StoredRecord> SqliteStorage::recordsSince(const QString &workspace, qint64 since, int limit)
{
    // Pulls never parse the per-field stamps: the newest one has a column of its own.
    QList<StoredRecord> out;
    auto &q = m_sql.run(QStringLiteral("SELECT entity, id, version, deleted, fields, newest FROM "
                                       "records WHERE workspace = ? AND version > ? "
                                       "ORDER BY version, entity, id LIMIT ?"),
                        {workspace, since, limit});
    while (q.next())
        out << pulledFrom(q);
    if (out.size() == limit) {
        // Finish the last version so a page never ends inside one push.
        const StoredRecord last = out.last();
        auto &rest = m_sql.run(QStringLiteral("SELECT entity, id, version, deleted, fields, newest "
                                              "FROM records WHERE workspace = ? AND version = ? "
                                              "AND (entity > ? OR (entity = ? AND id > ?)) "
                                              "ORDER BY entity, id"),
                               {workspace, last.version, last.entity, last.entity, last.id});
        while (rest.next())
            out << pulledFrom(rest);
    }
    return out;
}

QList<Revocation> SqliteStorage::revocations(const QString &workspace, const QString &personId,
                                             qint64 after, qint64 upTo)
{
    auto &q = m_sql.run(QStringLiteral("SELECT entity, record_id, version FROM revocations WHERE "
                                       "workspace = ? AND person_id = ? AND version > ? AND "
                                       "version <= ? ORDER BY version"),
                        {workspace, personId, after, upTo});
    QList<Revocation> out;
    while (q.next())
        out << Revocation{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
    return out;
}

QList<ConflictEntry> SqliteStorage::conflicts(const QString &workspace, int limit)
{
    auto &q = m_sql.run(QStringLiteral("SELECT entity, record_id, field, lost_value, lost_hlc, "
                                       "kept_value, kept_hlc, version, at FROM conflicts WHERE "
                                       "workspace = ? ORDER BY seq DESC LIMIT ?"),
                        {workspace, limit});
    QList<ConflictEntry> out;
    while (q.next())
        out << conflictFrom(q);
    return out;
}

int SqliteStorage::compact(const QString &workspace, qint64 beforeVersion)
{
    // A horizon past the current version would reset every device until it is reached.
    beforeVersion = std::min(beforeVersion, currentVersion(workspace) + 1);
    m_sql.beginImmediate();
    // A tombstone that live children still name stays: a new device must be able to hold
    // them (its store ties children to their parents).
    QString keepParents;
    for (const EntityDef &def : entities()) {
        if (!def.parentField.isEmpty())
            keepParents +=
                QStringLiteral(
                    " AND NOT (entity = '%1' AND EXISTS (SELECT 1 FROM records c WHERE "
                    "c.workspace = records.workspace AND c.entity = '%2' AND c.deleted = 0 "
                    "AND json_extract(c.fields, '$.%3') = records.id))")
                    .arg(def.parentEntity, def.name, def.parentField);
    }
    const QString dropped =
        QStringLiteral("FROM records WHERE workspace = ? AND deleted = 1 AND version < ?") +
        keepParents;
    const int count =
        m_sql.scalar(QStringLiteral("SELECT COUNT(*) ") + dropped, {workspace, beforeVersion})
            .toInt();
    m_sql.run(QStringLiteral("DELETE ") + dropped, {workspace, beforeVersion});
    // Revocations stay: a device that starts over from 0 still needs them.
    m_sql.run(QStringLiteral("UPDATE workspaces SET horizon = MAX(horizon, ?) WHERE id = ?"),
              {beforeVersion, workspace});
    m_sql.commit();
    return count;
}

} // namespace spil::server
