// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/SqliteStorage.h"

#include "core/common/Error.h"
#include "core/store/ScopedTransaction.h"

#include <QFile>

namespace spil::server {

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
        },
        // Version 4: a client id belongs to one device for ever (the newest device of a
        // store that signed in again keeps it); conflicts keep who could read their values;
        // a user whose principals changed pulls everything again.
        SqlStorage::oneDevicePerClientId(QStringLiteral("INTEGER")),
        // Version 5: the files of documents.
        FileStore::tables(QStringLiteral("INTEGER"), QStringLiteral("BLOB")),
        // Version 6: calendar feed tokens.
        SqlStorage::feedTokens(QStringLiteral("BLOB"), QStringLiteral("INTEGER")),
        // Version 7: app passwords, the devices of calendar apps.
        SqlStorage::appPasswordColumn(),
    };
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
    : SqlStorage(m_sql),
      m_sql(existing(path),
            {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
             // A first sync reads the whole office page by page: through a small page
             // cache each page is a system call; mapped, the kernel's cache serves it.
             QStringLiteral("PRAGMA cache_size=-16384"),
             QStringLiteral("PRAGMA mmap_size=268435456")})
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
    ScopedTransaction transaction(sql);
    seed(sql);
    transaction.commit();
}

qint64 SqliteStorage::beginWrite(const QString &workspace)
{
    // SQLite has one writer at a time: the transaction itself is the lock.
    m_sql.beginImmediate();
    // Open for the caller once the version is read; rolled back if reading it fails.
    ScopedTransaction transaction(m_sql, kAlreadyBegun);
    const qint64 version = currentVersion(workspace);
    transaction.release();
    return version;
}

qint64 SqliteStorage::takeNextVersion(const QString &workspace)
{
    // Not UPDATE ... RETURNING: SQLite 3.40 gathers the returned rows in a temporary table
    // of their own, which costs more than the second statement.
    m_sql.run(QStringLiteral("UPDATE workspaces SET version = version + 1 WHERE id = ?"),
              {workspace});
    return currentVersion(workspace);
}

QString SqliteStorage::jsonField(const QString &alias, const QString &field) const
{
    return QStringLiteral("json_extract(%1.fields, '$.%2')").arg(alias, field);
}

QString SqliteStorage::jsonInteger(const QString &alias, const QString &field) const
{
    return QStringLiteral("CAST(%1 AS INTEGER)").arg(jsonField(alias, field));
}

QString SqliteStorage::jsonTexts() const
{
    return QStringLiteral("SELECT value FROM json_each(?)");
}

} // namespace spil::server
