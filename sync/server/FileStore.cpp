// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/FileStore.h"

#include "core/store/QtSqlConnection.h"
#include "core/store/ScopedTransaction.h"

namespace spil::server {

QStringList FileStore::tables(const QString &integer, const QString &bytes)
{
    return {
        QStringLiteral("CREATE TABLE files (workspace TEXT NOT NULL, sha256 TEXT NOT NULL, "
                       "size %1 NOT NULL, chunks TEXT NOT NULL, stored_at %1 NOT NULL, "
                       "unreferenced_since %1 NOT NULL DEFAULT 0, "
                       "PRIMARY KEY (workspace, sha256))")
            .arg(integer),
        QStringLiteral("CREATE TABLE file_holders (workspace TEXT NOT NULL, "
                       "sha256 TEXT NOT NULL, person_id TEXT NOT NULL, "
                       "PRIMARY KEY (workspace, sha256, person_id))"),
        QStringLiteral("CREATE TABLE file_uploads (workspace TEXT NOT NULL, "
                       "sha256 TEXT NOT NULL, user_id TEXT NOT NULL, size %1 NOT NULL, "
                       "received %1 NOT NULL DEFAULT 0, touched_at %1 NOT NULL, "
                       "PRIMARY KEY (workspace, sha256, user_id))")
            .arg(integer),
        QStringLiteral("CREATE TABLE file_chunks (chunks TEXT NOT NULL, start %1 NOT NULL, "
                       "size %1 NOT NULL, data %2 NOT NULL, PRIMARY KEY (chunks, start))")
            .arg(integer, bytes),
    };
}

namespace {
const QString kFileColumns = QStringLiteral("workspace, sha256, size, chunks, unreferenced_since");

StoredFile fileFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toString(), q.value(4).toLongLong()};
}
} // namespace

std::optional<StoredFile> FileStore::file(const QString &workspace, const QString &sha256)
{
    auto &q = m_sql.run(
        QStringLiteral("SELECT %1 FROM files WHERE workspace = ? AND sha256 = ?").arg(kFileColumns),
        {workspace, sha256});
    std::optional<StoredFile> out;
    if (q.next())
        out = fileFrom(q);
    q.finish();
    return out;
}

QList<StoredFile> FileStore::files()
{
    auto &q = m_sql.run(
        QStringLiteral("SELECT %1 FROM files ORDER BY workspace, sha256").arg(kFileColumns));
    QList<StoredFile> out;
    while (q.next())
        out << fileFrom(q);
    return out;
}

bool FileStore::holds(const QString &workspace, const QString &sha256, const QString &personId)
{
    return m_sql
        .scalar(QStringLiteral("SELECT 1 FROM file_holders WHERE workspace = ? AND sha256 = ? "
                               "AND person_id = ?"),
                {workspace, sha256, personId})
        .isValid();
}

std::optional<Upload> FileStore::upload(const QString &workspace, const QString &sha256,
                                        const QString &userId)
{
    auto &q = m_sql.run(QStringLiteral("SELECT size, received FROM file_uploads WHERE "
                                       "workspace = ? AND sha256 = ? AND user_id = ?"),
                        {workspace, sha256, userId});
    std::optional<Upload> out;
    if (q.next())
        out = Upload{q.value(0).toLongLong(), q.value(1).toLongLong()};
    q.finish();
    return out;
}

qint64 FileStore::bytesUsed(const QString &workspace)
{
    return m_sql
               .scalar(QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM files WHERE workspace "
                                      "= ?"),
                       {workspace})
               .toLongLong() +
           m_sql
               .scalar(QStringLiteral("SELECT COALESCE(SUM(u.size), 0) FROM file_uploads u WHERE "
                                      "u.workspace = ? AND NOT EXISTS (SELECT 1 FROM files f WHERE "
                                      "f.workspace = u.workspace AND f.sha256 = u.sha256)"),
                       {workspace})
               .toLongLong();
}

QString FileStore::uploadChunks(const QString &workspace, const QString &sha256,
                                const QString &userId)
{
    return workspace + QLatin1Char('/') + sha256 + QLatin1Char('/') + userId;
}

void FileStore::startUpload(const QString &workspace, const QString &sha256, const QString &userId,
                            qint64 size, qint64 nowMs)
{
    ScopedTransaction transaction(m_sql);
    // Leftovers of an upload dropped half-way (a wrong hash) must not count; the chunks of
    // a stored file stay.
    const QString chunks = uploadChunks(workspace, sha256, userId);
    const auto stored = file(workspace, sha256);
    if (!stored || stored->chunks != chunks)
        dropChunks(chunks);
    m_sql.run(QStringLiteral("INSERT INTO file_uploads (workspace, sha256, user_id, size, "
                             "received, touched_at) VALUES (?, ?, ?, ?, 0, ?)"),
              {workspace, sha256, userId, size, nowMs});
    transaction.commit();
}

bool FileStore::append(const QString &workspace, const QString &sha256, const QString &userId,
                       qint64 start, const QByteArray &data, qint64 nowMs)
{
    ScopedTransaction transaction(m_sql);
    // The count moves only from where it stands: two instances sending the same chunk
    // store it once.
    auto &q = m_sql.run(QStringLiteral("UPDATE file_uploads SET received = received + ?, "
                                       "touched_at = ? WHERE workspace = ? AND sha256 = ? AND "
                                       "user_id = ? AND received = ?"),
                        {qint64(data.size()), nowMs, workspace, sha256, userId, start});
    if (q.numRowsAffected() != 1)
        return false;
    if (!data.isEmpty())
        m_sql.run(QStringLiteral("INSERT INTO file_chunks (chunks, start, size, data) "
                                 "VALUES (?, ?, ?, ?)"),
                  {uploadChunks(workspace, sha256, userId), start, qint64(data.size()), data});
    transaction.commit();
    return true;
}

void FileStore::forEachChunk(const QString &chunks,
                             const std::function<void(const QByteArray &)> &each)
{
    // A chunk at a time: a big file is never read into memory whole.
    qint64 next = 0;
    for (;;) {
        auto &q = m_sql.run(QStringLiteral("SELECT start, data FROM file_chunks WHERE "
                                           "chunks = ? AND start >= ? ORDER BY start LIMIT 1"),
                            {chunks, next});
        if (!q.next()) {
            q.finish();
            return;
        }
        const QByteArray data = q.value(1).toByteArray();
        next = q.value(0).toLongLong() + 1;
        q.finish();
        each(data);
    }
}

std::optional<FileChunk> FileStore::chunkAt(const StoredFile &file, qint64 at)
{
    auto &q = m_sql.run(QStringLiteral("SELECT start, data FROM file_chunks WHERE chunks = ? "
                                       "AND start <= ? ORDER BY start DESC LIMIT 1"),
                        {file.chunks, at});
    std::optional<FileChunk> out;
    if (q.next())
        out = FileChunk{q.value(0).toLongLong(), q.value(1).toByteArray()};
    q.finish();
    if (out && out->start + out->data.size() <= at)
        out.reset();
    return out;
}

void FileStore::finishUpload(const QString &workspace, const QString &sha256, const QString &userId,
                             const QString &personId, qint64 nowMs)
{
    ScopedTransaction transaction(m_sql);
    const QString chunks = uploadChunks(workspace, sha256, userId);
    if (file(workspace, sha256)) {
        dropChunks(chunks); // one copy per hash
    } else {
        const auto sent = upload(workspace, sha256, userId);
        m_sql.run(QStringLiteral("INSERT INTO files (workspace, sha256, size, chunks, stored_at) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {workspace, sha256, sent ? sent->size : 0, chunks, nowMs});
    }
    m_sql.run(QStringLiteral("DELETE FROM file_uploads WHERE workspace = ? AND sha256 = ? AND "
                             "user_id = ?"),
              {workspace, sha256, userId});
    if (!holds(workspace, sha256, personId))
        m_sql.run(QStringLiteral(
                      "INSERT INTO file_holders (workspace, sha256, person_id) VALUES (?, ?, ?)"),
                  {workspace, sha256, personId});
    transaction.commit();
}

void FileStore::dropUpload(const QString &workspace, const QString &sha256, const QString &userId)
{
    ScopedTransaction transaction(m_sql);
    const QString chunks = uploadChunks(workspace, sha256, userId);
    // The chunks of a stored file stay: its first upload's key names them.
    const auto stored = file(workspace, sha256);
    if (!stored || stored->chunks != chunks)
        dropChunks(chunks);
    m_sql.run(QStringLiteral("DELETE FROM file_uploads WHERE workspace = ? AND sha256 = ? AND "
                             "user_id = ?"),
              {workspace, sha256, userId});
    transaction.commit();
}

QList<QStringList> FileStore::uploadsIdleSince(qint64 beforeMs)
{
    auto &q = m_sql.run(QStringLiteral("SELECT workspace, sha256, user_id FROM file_uploads "
                                       "WHERE touched_at < ?"),
                        {beforeMs});
    QList<QStringList> out;
    while (q.next())
        out << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return out;
}

void FileStore::setUnreferencedSince(const StoredFile &file, qint64 ms)
{
    m_sql.run(QStringLiteral(
                  "UPDATE files SET unreferenced_since = ? WHERE workspace = ? AND sha256 = ?"),
              {ms, file.workspace, file.sha256});
}

void FileStore::dropFile(const StoredFile &file)
{
    ScopedTransaction transaction(m_sql);
    dropChunks(file.chunks);
    m_sql.run(QStringLiteral("DELETE FROM files WHERE workspace = ? AND sha256 = ?"),
              {file.workspace, file.sha256});
    m_sql.run(QStringLiteral("DELETE FROM file_holders WHERE workspace = ? AND sha256 = ?"),
              {file.workspace, file.sha256});
    transaction.commit();
}

void FileStore::dropChunks(const QString &chunks)
{
    m_sql.run(QStringLiteral("DELETE FROM file_chunks WHERE chunks = ?"), {chunks});
}

} // namespace spil::server
