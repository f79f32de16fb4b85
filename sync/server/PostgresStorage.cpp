// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/PostgresStorage.h"

#include "core/common/Error.h"
#include "core/store/ScopedTransaction.h"
#include "sync/server/StorageRows.h"

#include <QJsonDocument>
#include <QSqlDriver>

namespace spil::server {

using namespace rows;

namespace {
const QString kChannel = QStringLiteral("spil_versions");

// Keys compare byte by byte, as in SQLite: pages are ordered and resumed by (entity, id).
QList<QStringList> schema()
{
    const QStringList v1 = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE workspaces (id TEXT COLLATE \"C\" PRIMARY KEY, "
                       "name TEXT NOT NULL UNIQUE, version BIGINT NOT NULL DEFAULT 0, "
                       "horizon BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, workspace TEXT NOT NULL, "
                       "name TEXT NOT NULL, role TEXT NOT NULL, person_id TEXT NOT NULL, "
                       "principals TEXT NOT NULL, password_hash TEXT NOT NULL, "
                       "UNIQUE (workspace, name))"),
        QStringLiteral("CREATE TABLE devices (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
                       "name TEXT NOT NULL, token_hash BYTEA NOT NULL UNIQUE, "
                       "client_id TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, "
                       "expires_at BIGINT NOT NULL, revoked_at BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX devices_by_user ON devices (user_id)"),
        QStringLiteral("CREATE TABLE mutations (workspace TEXT NOT NULL, "
                       "client_id TEXT NOT NULL, mutation BIGINT NOT NULL, hash BYTEA NOT NULL, "
                       "PRIMARY KEY (workspace, client_id, mutation))"),
        QStringLiteral("CREATE TABLE records (workspace TEXT COLLATE \"C\" NOT NULL, "
                       "entity TEXT COLLATE \"C\" NOT NULL, id TEXT COLLATE \"C\" NOT NULL, "
                       "version BIGINT NOT NULL, deleted INTEGER NOT NULL, fields TEXT NOT NULL, "
                       "stamps TEXT NOT NULL, newest TEXT NOT NULL DEFAULT '', "
                       "PRIMARY KEY (workspace, entity, id))"),
        QStringLiteral("CREATE INDEX records_by_version ON records (workspace, version)"),
        QStringLiteral("CREATE TABLE conflicts (seq BIGSERIAL PRIMARY KEY, "
                       "workspace TEXT NOT NULL, entity TEXT NOT NULL, record_id TEXT NOT NULL, "
                       "field TEXT NOT NULL, lost_value TEXT NOT NULL, lost_hlc TEXT NOT NULL, "
                       "kept_value TEXT NOT NULL, kept_hlc TEXT NOT NULL, "
                       "version BIGINT NOT NULL, at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX conflicts_by_workspace ON conflicts (workspace, seq)"),
        QStringLiteral("CREATE TABLE revocations (workspace TEXT NOT NULL, "
                       "person_id TEXT NOT NULL, entity TEXT NOT NULL, record_id TEXT NOT NULL, "
                       "version BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX revocations_by_person ON revocations "
                       "(workspace, person_id, version)"),
    };
    // Version 2: a client id belongs to one device for ever (the newest device of a store
    // that signed in again keeps it); conflicts keep who could read their values; a user
    // whose principals changed pulls everything again.
    const QStringList v2 = SqlStorage::oneDevicePerClientId(QStringLiteral("BIGINT"));
    // Version 3: the files of documents.
    const QStringList v3 = FileStore::tables(QStringLiteral("BIGINT"), QStringLiteral("BYTEA"));
    // Version 4: calendar feed tokens.
    const QStringList v4 =
        SqlStorage::feedTokens(QStringLiteral("BYTEA"), QStringLiteral("BIGINT"));
    // Version 5: app passwords, the devices of calendar apps.
    const QStringList v5 = SqlStorage::appPasswordColumn();
    return {v1, v2, v3, v4, v5};
}
} // namespace

PostgresStorage::PostgresStorage(const QString &url)
    : SqlStorage(m_sql), m_address(PgAddress::parse(url)), m_sql(m_address)
{
    // Only init turns an empty database into a store.
    if (m_sql.scalar(QStringLiteral("SELECT to_regclass('schema_version') IS NULL")).toBool())
        fail(ErrorKind::Storage,
             QStringLiteral("%1 is not a spil-server store (run spil-server init)").arg(url));
    m_sql.migrate(schema());
    if (epoch().isEmpty())
        fail(ErrorKind::Storage,
             QStringLiteral("%1 is not a spil-server store (run spil-server init)").arg(url));
}

PostgresStorage::~PostgresStorage() = default;

void PostgresStorage::create(const QString &url)
{
    PgConnection sql(PgAddress::parse(url));
    sql.migrate(schema());
    ScopedTransaction transaction(sql);
    if (sql.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch' FOR UPDATE"))
            .isValid())
        fail(ErrorKind::BadInput, QStringLiteral("%1 holds a spil-server store already").arg(url));
    seed(sql);
    transaction.commit();
}

void PostgresStorage::endReads()
{
    if (!m_sql.reconnectIfBroken() || !m_onCommit)
        return;
    // The listening session went down with the other one: listen again.
    try {
        watchCommits(m_onCommit);
    } catch (const Error &e) {
        qWarning("spil-server: %s", qPrintable(e.message()));
    }
}

void PostgresStorage::watchCommits(std::function<void(const QString &, qint64)> onCommit)
{
    m_onCommit = onCommit;
    m_listen.reset();
    m_listen = std::make_unique<PgConnection>(m_address);
    QSqlDriver *driver = m_listen->database().driver();
    if (!driver->subscribeToNotification(kChannel))
        fail(ErrorKind::Storage, QStringLiteral("cannot LISTEN for commits of other instances"));
    QObject::connect(
        driver, &QSqlDriver::notification,
        [onCommit = std::move(onCommit)](const QString &name, QSqlDriver::NotificationSource,
                                         const QVariant &payload) {
            if (name != kChannel)
                return;
            const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
            const QString workspace = o.value(QStringLiteral("workspace")).toString();
            const qint64 version = o.value(QStringLiteral("version")).toInteger();
            if (!workspace.isEmpty() && version > 0)
                onCommit(workspace, version);
        });
}

qint64 PostgresStorage::beginWrite(const QString &workspace)
{
    // Held until commit: another instance's push to this workspace waits here, and then
    // reads (READ COMMITTED) every record this one wrote. One round trip with the BEGIN.
    return m_sql
        .beginWith(QStringLiteral("SELECT version FROM workspaces WHERE id = %1 FOR UPDATE")
                       .arg(m_sql.literal(workspace)))
        .toLongLong();
}

qint64 PostgresStorage::takeNextVersion(const QString &workspace)
{
    // The notification goes in the same round trip. PostgreSQL delivers it at the commit,
    // and drops it with a rolled back transaction, so only committed versions are heard.
    return m_sql
        .scalar(QStringLiteral("UPDATE workspaces SET version = version + 1 WHERE id = ? "
                               "RETURNING version, pg_notify(?, json_build_object('workspace', "
                               "id, 'version', version)::text)"),
                {workspace, kChannel})
        .toLongLong();
}

PushReads PostgresStorage::readForPush(const QString &workspace, const QString &clientId,
                                       const QList<RecordKey> &keys, bool)
{
    // Tagged rows: 0 a record, 1 the client's last mutation and the device of its id (one
    // more index probe, asked for or not). The
    // records are looked up key by key through the primary key (LIMIT keeps the lateral
    // subquery from being flattened into a join the planner might answer with a scan).
    static const QString sql = QStringLiteral(
        "SELECT 0, r.entity, r.id, r.version, r.deleted, r.fields, r.stamps FROM "
        "json_to_recordset(?::json) AS k(entity text, id text) CROSS JOIN LATERAL (SELECT "
        "entity, id, version, deleted, fields, stamps FROM records WHERE workspace = ?::text "
        "AND entity = k.entity AND id = k.id LIMIT 1) r "
        "UNION ALL SELECT 1, '', COALESCE((SELECT device_id FROM client_ids WHERE "
        "workspace = ?::text AND client_id = ?::text), ''), COALESCE((SELECT MAX(mutation) "
        "FROM mutations WHERE workspace = ?::text AND client_id = ?::text), 0), 0, '', ''");
    QJsonArray wanted;
    for (const RecordKey &key : keys)
        wanted.append(
            QJsonObject{{QStringLiteral("entity"), key.entity}, {QStringLiteral("id"), key.id}});
    auto &q = m_sql.run(sql, {json(wanted), workspace, workspace, clientId, workspace, clientId});
    PushReads out;
    while (q.next()) {
        if (q.value(0).toInt() == 0) {
            out.records << StoredRecord{q.value(1).toString(),
                                        q.value(2).toString(),
                                        q.value(3).toLongLong(),
                                        q.value(4).toInt() != 0,
                                        jsonObject(q.value(5).toString()),
                                        jsonObject(q.value(6).toString()),
                                        {}};
        } else {
            out.clientHolder = q.value(2).toString();
            out.lastMutation = q.value(3).toLongLong();
        }
    }
    return out;
}

void PostgresStorage::applyWrites(const QString &workspace, const PushWrites &w)
{
    // Each part reads its rows from a JSON array; rows carry their place where the order is
    // kept (conflicts are shown newest first by their serial number). The notification goes
    // in the same statement (the last push of a group sends it, for the group): PostgreSQL
    // delivers it at the commit, so only committed versions are heard.
    static const QString sql = QStringLiteral(
        "WITH v AS (UPDATE workspaces SET version = ?::bigint WHERE id = ?::text AND "
        "version < ?::bigint RETURNING id, version), "
        "heard AS (SELECT pg_notify(?::text, json_build_object('workspace', id, 'version', "
        "version)::text) FROM v WHERE ?::boolean), "
        "bound AS (INSERT INTO client_ids (workspace, client_id, device_id) SELECT ?::text, "
        "?::text, ?::text WHERE ?::text <> '' ON CONFLICT (workspace, client_id) DO NOTHING), "
        "owned AS (UPDATE devices SET client_id = ?::text WHERE id = ?::text AND client_id = ''), "
        "logged AS (INSERT INTO mutations (workspace, client_id, mutation, hash) SELECT ?::text, "
        "?::text, x.mutation, decode(x.hash, 'hex') FROM json_to_recordset(?::json) AS "
        "x(mutation bigint, hash text)), "
        "saved AS (INSERT INTO records (workspace, entity, id, version, deleted, fields, stamps, "
        "newest) SELECT ?::text, x.entity, x.id, x.version, x.deleted, x.fields, x.stamps, "
        "x.newest FROM json_to_recordset(?::json) AS x(entity text, id text, version bigint, "
        "deleted integer, fields text, stamps text, newest text) "
        "ON CONFLICT (workspace, entity, id) DO UPDATE SET version = excluded.version, "
        "deleted = excluded.deleted, fields = excluded.fields, stamps = excluded.stamps, "
        "newest = excluded.newest), "
        "lost AS (INSERT INTO conflicts (workspace, entity, record_id, field, lost_value, "
        "lost_hlc, kept_value, kept_hlc, version, at, sight) SELECT ?::text, x.entity, "
        "x.record_id, x.field, x.lost_value, x.lost_hlc, x.kept_value, x.kept_hlc, x.version, "
        "x.at, x.sight FROM json_to_recordset(?::json) AS x(n integer, entity text, "
        "record_id text, field text, lost_value text, lost_hlc text, kept_value text, "
        "kept_hlc text, version bigint, at bigint, sight text) ORDER BY x.n), "
        "gone AS (INSERT INTO revocations (workspace, person_id, entity, record_id, version) "
        "SELECT ?::text, x.person_id, x.entity, x.record_id, x.version FROM "
        "json_to_recordset(?::json) AS x(person_id text, entity text, record_id text, "
        "version bigint)) "
        "SELECT COUNT(*) FROM heard");
    QJsonArray mutations, records, conflicts, revocations;
    for (const auto &[mutation, hash] : w.mutations)
        mutations.append(QJsonObject{{QStringLiteral("mutation"), mutation},
                                     {QStringLiteral("hash"), QString::fromLatin1(hash.toHex())}});
    for (const StoredRecord &r : w.records)
        records.append(QJsonObject{{QStringLiteral("entity"), r.entity},
                                   {QStringLiteral("id"), r.id},
                                   {QStringLiteral("version"), r.version},
                                   {QStringLiteral("deleted"), r.deleted ? 1 : 0},
                                   {QStringLiteral("fields"), json(r.fields)},
                                   {QStringLiteral("stamps"), json(r.stamps)},
                                   {QStringLiteral("newest"), r.newestStamp()}});
    for (const ConflictEntry &c : w.conflicts)
        conflicts.append(
            QJsonObject{{QStringLiteral("n"), conflicts.size()},
                        {QStringLiteral("entity"), c.entity},
                        {QStringLiteral("record_id"), c.recordId},
                        {QStringLiteral("field"), c.field},
                        {QStringLiteral("lost_value"), json(c.lostValue)},
                        {QStringLiteral("lost_hlc"), c.lostHlc},
                        {QStringLiteral("kept_value"), json(c.keptValue)},
                        {QStringLiteral("kept_hlc"), c.keptHlc},
                        {QStringLiteral("version"), c.version},
                        {QStringLiteral("at"), c.atMs},
                        {QStringLiteral("sight"), c.sight ? json(*c.sight) : QString()}});
    for (const auto &[person, r] : w.revocations)
        revocations.append(QJsonObject{{QStringLiteral("person_id"), person},
                                       {QStringLiteral("entity"), r.entity},
                                       {QStringLiteral("record_id"), r.recordId},
                                       {QStringLiteral("version"), r.version}});
    m_sql.run(sql,
              {w.version,     workspace,  w.version,       kChannel,        w.notify,
               workspace,     w.clientId, w.bindDevice,    w.bindDevice,    w.clientId,
               w.bindDevice,  workspace,  w.clientId,      json(mutations), workspace,
               json(records), workspace,  json(conflicts), workspace,       json(revocations)});
}

void PostgresStorage::notifyCommit(const QString &workspace, qint64 version)
{
    m_sql.run(QStringLiteral("SELECT pg_notify(?::text, json_build_object('workspace', ?::text, "
                             "'version', ?::bigint)::text)"),
              {kChannel, workspace, version});
}

QString PostgresStorage::jsonField(const QString &alias, const QString &field) const
{
    return QStringLiteral("%1.fields::jsonb ->> '%2'").arg(alias, field);
}

QString PostgresStorage::jsonInteger(const QString &alias, const QString &field) const
{
    return QStringLiteral("(%1)::bigint").arg(jsonField(alias, field));
}

QString PostgresStorage::jsonTexts() const
{
    return QStringLiteral("SELECT json_array_elements_text(?::json)");
}

} // namespace spil::server
