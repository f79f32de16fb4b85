// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace spil {
class QtSqlConnection;
}

namespace spil::server {

// A file the server holds whole: one copy per hash and workspace, its bytes in chunks
// (under the key `chunks`) in the backend's database.
struct StoredFile {
    QString workspace;
    QString sha256;
    qint64 size = 0;
    QString chunks;
    // Since when no live record names it (0: one does, or nobody looked yet).
    qint64 unreferencedSince = 0;
};

// One stored chunk of a file: where it starts and its bytes.
struct FileChunk {
    qint64 start = 0;
    QByteArray data;
};

// One user's upload of a file under way: how big it will be and how much arrived.
struct Upload {
    qint64 size = 0;
    qint64 received = 0;
};

// The file tables, with the same statements on SQLite and PostgreSQL: files, the people
// who sent a file's bytes (holders), uploads under way and the chunks of both. Bytes live
// in the database, so a chunk and the count of bytes received commit together (a killed
// server resumes exactly where its last commit left off), and every instance over one
// PostgreSQL database serves every file. Each write is one transaction of its own.
class FileStore {
public:
    explicit FileStore(QtSqlConnection &sql) : m_sql(sql) {}

    // The migration that adds the tables; integer and bytes are the dialect's types.
    static QStringList tables(const QString &integer, const QString &bytes);

    std::optional<StoredFile> file(const QString &workspace, const QString &sha256);
    QList<StoredFile> files();
    // Whether the person sent the whole file's bytes (once is enough).
    bool holds(const QString &workspace, const QString &sha256, const QString &personId);
    std::optional<Upload> upload(const QString &workspace, const QString &sha256,
                                 const QString &userId);
    // Bytes the workspace's files take, with the uploads under way of files it lacks.
    qint64 bytesUsed(const QString &workspace);

    void startUpload(const QString &workspace, const QString &sha256, const QString &userId,
                     qint64 size, qint64 nowMs);
    // Stores data at start if the upload stands there; false (and nothing stored) if not.
    bool append(const QString &workspace, const QString &sha256, const QString &userId,
                qint64 start, const QByteArray &data, qint64 nowMs);
    // Calls each with the bytes of an upload or a file (by its chunks key), in order.
    void forEachChunk(const QString &chunks, const std::function<void(const QByteArray &)> &each);
    static QString uploadChunks(const QString &workspace, const QString &sha256,
                                const QString &userId);
    // The chunk of a file that holds the byte at offset `at`; none if the file has no such
    // byte (or was dropped meanwhile).
    std::optional<FileChunk> chunkAt(const StoredFile &file, qint64 at);
    // A whole and checked upload: the file is stored (or, stored already, its new copy
    // dropped) and the person holds it.
    void finishUpload(const QString &workspace, const QString &sha256, const QString &userId,
                      const QString &personId, qint64 nowMs);
    void dropUpload(const QString &workspace, const QString &sha256, const QString &userId);
    // Uploads nobody added to since before the time, as (workspace, sha256, user).
    QList<QStringList> uploadsIdleSince(qint64 beforeMs);

    void setUnreferencedSince(const StoredFile &file, qint64 ms);
    void dropFile(const StoredFile &file);

private:
    void dropChunks(const QString &chunks);
    QtSqlConnection &m_sql;
};

} // namespace spil::server
