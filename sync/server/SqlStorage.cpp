// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/SqlStorage.h"

#include "core/common/Error.h"
#include "core/store/Schema.h"
#include "core/store/ScopedTransaction.h"
#include "core/store/Uuid7.h"
#include "sync/server/StorageRows.h"

#include <QDateTime>

namespace spil::server {

using namespace rows;

namespace {
// Every row a query of kPulledColumns found, in its order.
void appendPulled(QList<StoredRecord> &out, QSqlQuery &q)
{
    while (q.next())
        out << pulledFrom(q);
}
} // namespace

QString SqlStorage::epoch()
{
    return scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'"), {}).toString();
}

QString SqlStorage::defaultWorkspace()
{
    return scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'default_workspace'"), {})
        .toString();
}

QString SqlStorage::addWorkspace(const QString &name)
{
    if (workspaceByName(name))
        fail(ErrorKind::BadInput, QStringLiteral("there is a workspace '%1' already").arg(name));
    const QString id = makeUuid7(QDateTime::currentMSecsSinceEpoch());
    run(QStringLiteral("INSERT INTO workspaces (id, name) VALUES (?, ?)"), {id, name});
    return id;
}

std::optional<Workspace> SqlStorage::workspaceByName(const QString &name)
{
    const QVariant id = scalar(QStringLiteral("SELECT id FROM workspaces WHERE name = ?"), {name});
    if (!id.isValid())
        return std::nullopt;
    return Workspace{id.toString(), name};
}

QList<Workspace> SqlStorage::workspaces()
{
    auto &q = run(QStringLiteral("SELECT id, name FROM workspaces ORDER BY name"), {});
    QList<Workspace> out;
    while (q.next())
        out << Workspace{q.value(0).toString(), q.value(1).toString()};
    return out;
}

void SqlStorage::addUser(const User &u)
{
    if (userByName(u.workspace, u.name))
        fail(ErrorKind::BadInput, QStringLiteral("there is a user '%1' already").arg(u.name));
    run(QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(kUserColumns),
        userValues(u));
}

std::optional<User> SqlStorage::userByName(const QString &workspace, const QString &name)
{
    auto &q = run(
        QStringLiteral("SELECT %1 FROM users WHERE workspace = ? AND name = ?").arg(kUserColumns),
        {workspace, name});
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

std::optional<User> SqlStorage::userById(const QString &id)
{
    auto &q = run(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns), {id});
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

QList<User> SqlStorage::users(const QString &workspace)
{
    auto &q = run(
        QStringLiteral("SELECT %1 FROM users WHERE workspace = ? ORDER BY name").arg(kUserColumns),
        {workspace});
    QList<User> out;
    while (q.next())
        out << userFrom(q);
    return out;
}

void SqlStorage::addDevice(const Device &d, const QByteArray &tokenHash)
{
    run(QStringLiteral("INSERT INTO devices (id, user_id, name, token_hash, created_at, "
                       "expires_at, app_password) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {d.id, d.userId, d.name, tokenHash, d.createdAt, d.expiresAt, d.appPassword ? 1 : 0});
}

std::optional<Device> SqlStorage::deviceByTokenHash(const QByteArray &tokenHash)
{
    auto &q = run(QStringLiteral("SELECT %1 FROM devices WHERE token_hash = ?").arg(kDeviceColumns),
                  {tokenHash});
    if (!q.next())
        return std::nullopt;
    return deviceFrom(q);
}

std::optional<TokenOwner> SqlStorage::tokenOwner(const QByteArray &tokenHash)
{
    static const QString sql = [] {
        const auto prefixed = [](const QString &alias, const QString &columns) {
            QStringList out;
            for (const QString &c : columns.split(QStringLiteral(", ")))
                out << alias + QLatin1Char('.') + c;
            return out.join(QStringLiteral(", "));
        };
        return QStringLiteral("SELECT %1, %2 FROM devices d LEFT JOIN users u ON u.id = "
                              "d.user_id WHERE d.token_hash = ?")
            .arg(prefixed(QStringLiteral("d"), kDeviceColumns),
                 prefixed(QStringLiteral("u"), kUserColumns));
    }();
    auto &q = run(sql, {tokenHash});
    if (!q.next())
        return std::nullopt;
    TokenOwner owner{deviceFrom(q), std::nullopt};
    if (!q.value(8).isNull())
        owner.user = userFrom(q, 8);
    return owner;
}

QList<Device> SqlStorage::devicesWhere(const QString &clause, const QVariantList &args)
{
    auto &q =
        run(QStringLiteral("SELECT %1 FROM devices WHERE %2").arg(kDeviceColumns, clause), args);
    QList<Device> out;
    while (q.next())
        out << deviceFrom(q);
    return out;
}

QList<Device> SqlStorage::devices(const QString &userId)
{
    return devicesWhere(QStringLiteral("user_id = ? ORDER BY created_at"), {userId});
}

QList<Device> SqlStorage::devicesByIds(const QStringList &ids)
{
    return devicesWhere(QStringLiteral("id IN (%1)").arg(jsonTexts()), {json(ids)});
}

void SqlStorage::revokeDevice(const QString &deviceId, qint64 atMs)
{
    run(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at = 0"),
        {atMs, deviceId});
}

QList<Device> SqlStorage::appPasswords(const QString &userId)
{
    return devicesWhere(
        QStringLiteral("user_id = ? AND app_password = 1 AND revoked_at = 0 ORDER BY created_at"),
        {userId});
}

QStringList SqlStorage::appPasswordColumn()
{
    return {
        QStringLiteral("ALTER TABLE devices ADD COLUMN app_password INTEGER NOT NULL DEFAULT 0")};
}

void SqlStorage::setPrincipals(const QString &userId, const QStringList &principals,
                               qint64 resyncAt)
{
    run(QStringLiteral("UPDATE users SET principals = ?, resync_at = ? WHERE id = ?"),
        {json(principals), resyncAt, userId});
}

qint64 SqlStorage::currentVersion(const QString &workspace)
{
    return scalar(QStringLiteral("SELECT version FROM workspaces WHERE id = ?"), {workspace})
        .toLongLong();
}

qint64 SqlStorage::horizon(const QString &workspace)
{
    return scalar(QStringLiteral("SELECT horizon FROM workspaces WHERE id = ?"), {workspace})
        .toLongLong();
}

ServerStorage::Position SqlStorage::position(const QString &workspace)
{
    auto &q = run(QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'epoch'), version, "
                                 "horizon FROM workspaces WHERE id = ?"),
                  {workspace});
    Position out;
    if (q.next())
        out = Position{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    else
        out.epoch = epoch();
    q.finish();
    return out;
}

qint64 SqlStorage::lastMutation(const QString &workspace, const QString &clientId)
{
    return scalar(QStringLiteral("SELECT MAX(mutation) FROM mutations WHERE workspace = ? AND "
                                 "client_id = ?"),
                  {workspace, clientId})
        .toLongLong();
}

std::optional<QByteArray> SqlStorage::mutationHash(const QString &workspace,
                                                   const QString &clientId, qint64 mutation)
{
    const QVariant v = scalar(QStringLiteral("SELECT hash FROM mutations WHERE workspace = ? "
                                             "AND client_id = ? AND mutation = ?"),
                              {workspace, clientId, mutation});
    if (!v.isValid())
        return std::nullopt;
    return v.toByteArray();
}

void SqlStorage::recordMutation(const QString &workspace, const QString &clientId, qint64 mutation,
                                const QByteArray &hash)
{
    run(QStringLiteral("INSERT INTO mutations VALUES (?, ?, ?, ?)"),
        {workspace, clientId, mutation, hash});
}

std::optional<StoredRecord> SqlStorage::record(const QString &workspace, const QString &entity,
                                               const QString &id)
{
    auto &q = run(QStringLiteral("SELECT %1 FROM records WHERE workspace = ? AND entity = ? "
                                 "AND id = ?")
                      .arg(kRecordColumns),
                  {workspace, entity, id});
    if (!q.next())
        return std::nullopt;
    return recordFrom(q);
}

bool SqlStorage::hasRecord(const QString &workspace, const QString &entity, const QString &id)
{
    return scalar(QStringLiteral("SELECT 1 FROM records WHERE workspace = ? AND entity = ? AND "
                                 "id = ?"),
                  {workspace, entity, id})
        .isValid();
}

void SqlStorage::saveRecord(const QString &workspace, const StoredRecord &r)
{
    run(QStringLiteral("INSERT INTO records (workspace, %1, newest) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (workspace, entity, id) DO UPDATE SET "
                       "version = excluded.version, deleted = excluded.deleted, "
                       "fields = excluded.fields, stamps = excluded.stamps, "
                       "newest = excluded.newest")
            .arg(kRecordColumns),
        recordValues(workspace, r));
}

void SqlStorage::renewEpoch()
{
    run(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'epoch'"),
        {makeUuid7(QDateTime::currentMSecsSinceEpoch())});
}

void SqlStorage::addConflict(const QString &workspace, const ConflictEntry &c)
{
    run(QStringLiteral("INSERT INTO conflicts (workspace, %1) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kConflictColumns),
        {workspace, c.entity, c.recordId, c.field, json(c.lostValue), c.lostHlc, json(c.keptValue),
         c.keptHlc, c.version, c.atMs, c.sight ? json(*c.sight) : QString()});
}

void SqlStorage::addRevocation(const QString &workspace, const QString &personId,
                               const Revocation &r)
{
    run(QStringLiteral("INSERT INTO revocations VALUES (?, ?, ?, ?, ?)"),
        {workspace, personId, r.entity, r.recordId, r.version});
}

QList<StoredRecord> SqlStorage::recordsSince(const QString &workspace, qint64 since, int limit)
{
    // Pulls never parse the per-field stamps: the newest one has a column of its own.
    QList<StoredRecord> out;
    auto &q = run(QStringLiteral("SELECT %1 FROM records WHERE workspace = ? AND "
                                 "version > ? ORDER BY version, entity, id LIMIT ?")
                      .arg(kPulledColumns),
                  {workspace, since, limit});
    appendPulled(out, q);
    if (out.size() == limit) {
        // Finish the last version so a page never ends inside one push.
        const StoredRecord last = out.last();
        auto &rest = run(QStringLiteral("SELECT %1 FROM records WHERE workspace = ? AND "
                                        "version = ? AND (entity > ? OR (entity = ? AND "
                                        "id > ?)) ORDER BY entity, id")
                             .arg(kPulledColumns),
                         {workspace, last.version, last.entity, last.entity, last.id});
        appendPulled(out, rest);
    }
    return out;
}

QList<Revocation> SqlStorage::revocations(const QString &workspace, const QString &personId,
                                          qint64 after, qint64 upTo)
{
    auto &q = run(QStringLiteral("SELECT entity, record_id, version FROM revocations WHERE "
                                 "workspace = ? AND person_id = ? AND version > ? AND "
                                 "version <= ? ORDER BY version"),
                  {workspace, personId, after, upTo});
    QList<Revocation> out;
    while (q.next())
        out << Revocation{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
    return out;
}

QList<ConflictEntry> SqlStorage::conflicts(const QString &workspace, int limit)
{
    auto &q = run(QStringLiteral("SELECT %1 FROM conflicts WHERE workspace = ? "
                                 "ORDER BY seq DESC LIMIT ?")
                      .arg(kConflictColumns),
                  {workspace, limit});
    QList<ConflictEntry> out;
    while (q.next())
        out << conflictFrom(q);
    return out;
}

void SqlStorage::forgetConflicts(const QString &workspace, const QString &entity,
                                 const QStringList &recordIds, const QStringList &fields)
{
    if (fields.isEmpty())
        return;
    // A few hundred ids a statement: one scan of the log each, within any backend's limit
    // on bound values.
    constexpr qsizetype kIdsPerStatement = 500;
    const QString fieldMarks = QStringLiteral("?, ").repeated(fields.size()).chopped(2);
    for (qsizetype from = 0; from < recordIds.size(); from += kIdsPerStatement) {
        const QStringList ids = recordIds.mid(from, kIdsPerStatement);
        QVariantList values{workspace, entity};
        for (const QString &id : ids)
            values << id;
        for (const QString &field : fields)
            values << field;
        run(QStringLiteral("DELETE FROM conflicts WHERE workspace = ? AND entity = ? AND "
                           "record_id IN (%1) AND field IN (%2)")
                .arg(QStringLiteral("?, ").repeated(ids.size()).chopped(2), fieldMarks),
            values);
    }
}

PushReads SqlStorage::readForPush(const QString &workspace, const QString &clientId,
                                  const QList<RecordKey> &keys, bool askHolder)
{
    PushReads out;
    for (const RecordKey &key : keys) {
        if (auto stored = record(workspace, key.entity, key.id))
            out.records << std::move(*stored);
    }
    out.lastMutation = lastMutation(workspace, clientId);
    if (askHolder)
        out.clientHolder = scalar(QStringLiteral("SELECT device_id FROM client_ids WHERE "
                                                 "workspace = ? AND client_id = ?"),
                                  {workspace, clientId})
                               .toString();
    return out;
}

void SqlStorage::applyWrites(const QString &workspace, const PushWrites &w)
{
    if (!w.bindDevice.isEmpty()) {
        run(QStringLiteral("INSERT INTO client_ids (workspace, client_id, device_id) VALUES "
                           "(?, ?, ?) ON CONFLICT (workspace, client_id) DO NOTHING"),
            {workspace, w.clientId, w.bindDevice});
        // Once bound, a device keeps its client id.
        run(QStringLiteral("UPDATE devices SET client_id = ? WHERE id = ? AND client_id = ''"),
            {w.clientId, w.bindDevice});
    }
    for (const auto &[mutation, hash] : w.mutations)
        recordMutation(workspace, w.clientId, mutation, hash);
    for (const ConflictEntry &c : w.conflicts)
        addConflict(workspace, c);
    for (const StoredRecord &r : w.records)
        saveRecord(workspace, r);
    for (const auto &[person, revocation] : w.revocations)
        addRevocation(workspace, person, revocation);
    if (w.version > 0)
        run(QStringLiteral("UPDATE workspaces SET version = ? WHERE id = ?"),
            {w.version, workspace});
}

void SqlStorage::setFeedToken(const QString &userId, const QByteArray &tokenHash, qint64 atMs)
{
    run(QStringLiteral("INSERT INTO feed_tokens (user_id, token_hash, created_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, "
                       "created_at = excluded.created_at"),
        {userId, tokenHash, atMs});
}

void SqlStorage::removeFeedToken(const QString &userId)
{
    run(QStringLiteral("DELETE FROM feed_tokens WHERE user_id = ?"), {userId});
}

std::optional<User> SqlStorage::feedTokenOwner(const QByteArray &tokenHash)
{
    const QVariant user =
        scalar(QStringLiteral("SELECT user_id FROM feed_tokens WHERE token_hash = ?"), {tokenHash});
    if (!user.isValid() || user.isNull())
        return std::nullopt;
    return userById(user.toString());
}

std::optional<qint64> SqlStorage::feedTokenCreated(const QString &userId)
{
    const QVariant at =
        scalar(QStringLiteral("SELECT created_at FROM feed_tokens WHERE user_id = ?"), {userId});
    if (!at.isValid() || at.isNull())
        return std::nullopt;
    return at.toLongLong();
}

QList<StoredRecord> SqlStorage::liveRecords(const QString &workspace, const QString &entity)
{
    auto &q = run(QStringLiteral("SELECT %1 FROM records WHERE workspace = ? AND entity = ? AND "
                                 "deleted = 0 ORDER BY id")
                      .arg(kPulledColumns),
                  {workspace, entity});
    QList<StoredRecord> out;
    appendPulled(out, q);
    return out;
}

QList<StoredRecord> SqlStorage::recordsOfKind(const QString &workspace, const QString &entity)
{
    auto &q = run(QStringLiteral("SELECT %1 FROM records WHERE workspace = ? AND entity = ? "
                                 "ORDER BY id")
                      .arg(kPulledColumns),
                  {workspace, entity});
    QList<StoredRecord> out;
    appendPulled(out, q);
    return out;
}

QList<StoredRecord> SqlStorage::liveRecordsBefore(const QString &workspace, const QString &entity,
                                                  const QStringList &textFields,
                                                  const QStringList &timeFields, qint64 beforeMs)
{
    QStringList anyText, allBefore;
    QVariantList args{workspace, entity};
    for (const QString &field : textFields)
        anyText << QStringLiteral("COALESCE(%1, '') <> ''")
                       .arg(jsonField(QStringLiteral("records"), field));
    for (const QString &field : timeFields) {
        allBefore << QStringLiteral("COALESCE(%1, 0) < ?")
                         .arg(jsonInteger(QStringLiteral("records"), field));
        args << beforeMs;
    }
    QString where;
    if (!anyText.isEmpty())
        where += QStringLiteral(" AND (%1)").arg(anyText.join(QStringLiteral(" OR ")));
    for (const QString &condition : allBefore)
        where += QStringLiteral(" AND ") + condition;
    auto &q = run(QStringLiteral("SELECT %1 FROM records WHERE workspace = ? AND entity = ? AND "
                                 "deleted = 0%2 ORDER BY id")
                      .arg(kPulledColumns, where),
                  args);
    QList<StoredRecord> out;
    appendPulled(out, q);
    return out;
}

QStringList SqlStorage::feedTokens(const QString &blob, const QString &integer)
{
    return {QStringLiteral("CREATE TABLE feed_tokens (user_id TEXT PRIMARY KEY, "
                           "token_hash %1 NOT NULL UNIQUE, created_at %2 NOT NULL)")
                .arg(blob, integer)};
}

QList<StoredRecord> SqlStorage::children(const QString &workspace, const QString &entity,
                                         const QString &field, const QString &parentId)
{
    auto &q = run(QStringLiteral("SELECT %1 FROM records WHERE workspace = ? AND entity = ? "
                                 "AND %2 = ?")
                      .arg(kRecordColumns, jsonField(QStringLiteral("records"), field)),
                  {workspace, entity, parentId});
    QList<StoredRecord> out;
    while (q.next())
        out << recordFrom(q);
    return out;
}

QStringList SqlStorage::oneDevicePerClientId(const QString &integer)
{
    return {
        QStringLiteral("CREATE TABLE client_ids (workspace TEXT NOT NULL, "
                       "client_id TEXT NOT NULL, device_id TEXT NOT NULL, "
                       "PRIMARY KEY (workspace, client_id))"),
        QStringLiteral(
            "INSERT INTO client_ids SELECT u.workspace, d.client_id, d.id FROM devices d "
            "JOIN users u ON u.id = d.user_id WHERE d.client_id <> '' AND NOT EXISTS "
            "(SELECT 1 FROM devices n JOIN users nu ON nu.id = n.user_id WHERE "
            "nu.workspace = u.workspace AND n.client_id = d.client_id AND "
            "(n.created_at > d.created_at OR (n.created_at = d.created_at AND n.id > d.id)))"),
        QStringLiteral("UPDATE devices SET client_id = '' WHERE client_id <> '' AND id NOT IN "
                       "(SELECT device_id FROM client_ids)"),
        QStringLiteral("ALTER TABLE conflicts ADD COLUMN sight TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE users ADD COLUMN resync_at %1 NOT NULL DEFAULT 0").arg(integer),
    };
}

void SqlStorage::seed(QtSqlConnection &sql)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    sql.run(QStringLiteral("INSERT INTO meta VALUES ('epoch', ?)"), {makeUuid7(now)});
    const QString workspace = makeUuid7(now);
    sql.run(QStringLiteral("INSERT INTO meta VALUES ('default_workspace', ?)"), {workspace});
    sql.run(QStringLiteral("INSERT INTO workspaces (id, name) VALUES (?, 'default')"), {workspace});
}

int SqlStorage::compact(const QString &workspace, qint64 beforeVersion)
{
    const qint64 version = beginWrite(workspace);
    ScopedTransaction transaction(*this, kAlreadyBegun);
    // A horizon past the current version would reset every device until it is reached.
    beforeVersion = std::min(beforeVersion, version + 1);
    const int count = dropTombstones(workspace, beforeVersion);
    // Revocations stay: a device that starts over from 0 still needs them.
    run(QStringLiteral("UPDATE workspaces SET horizon = ? WHERE id = ? AND horizon < ?"),
        {beforeVersion, workspace, beforeVersion});
    transaction.commit();
    return count;
}

int SqlStorage::dropTombstones(const QString &workspace, qint64 beforeVersion)
{
    QString keepParents;
    for (const EntityDef &def : entities()) {
        if (!def.parentField.isEmpty())
            keepParents += QStringLiteral(" AND NOT (entity = '%1' AND EXISTS (SELECT 1 FROM "
                                          "records c WHERE c.workspace = records.workspace AND "
                                          "c.entity = '%2' AND c.deleted = 0 AND %3 = records.id))")
                               .arg(def.parentEntity, def.name,
                                    jsonField(QStringLiteral("c"), def.parentField));
    }
    const QString dropped =
        QStringLiteral("FROM records WHERE workspace = ? AND deleted = 1 AND version < ?") +
        keepParents;
    const int count =
        scalar(QStringLiteral("SELECT COUNT(*) ") + dropped, {workspace, beforeVersion}).toInt();
    run(QStringLiteral("DELETE ") + dropped, {workspace, beforeVersion});
    return count;
}

} // namespace spil::server
