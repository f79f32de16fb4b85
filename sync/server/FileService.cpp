// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/FileService.h"

#include "core/common/Clock.h"
#include "core/common/Sha256.h"
#include "core/documents/Document.h"
#include "sync/server/Access.h"
#include "sync/server/EntityPolicy.h"
#include "sync/server/SyncError.h"

namespace spil::server {

using protocol::ErrorCode;

namespace {
const QString kDocuments = QStringLiteral("documents");
const QString kSha256 = QStringLiteral("sha256");

SyncError notFound(const QString &sha256)
{
    return SyncError(404, ErrorCode::NotFound,
                     QStringLiteral("no file %1 that you may read").arg(sha256));
}
} // namespace

FileService::FileService(ServerStorage &storage, const Clock &clock, FileLimits limits)
    : m_storage(storage), m_files(storage.files()), m_clock(clock), m_limits(limits)
{
}

void FileService::checkHash(const QString &sha256)
{
    if (!isSha256Hex(sha256))
        throw SyncError(400, ErrorCode::BadRequest,
                        QStringLiteral("a file is named by its SHA-256 in 64 lower-case hex "
                                       "digits"));
}

protocol::UploadStatus FileService::status(const Session &session, const QString &sha256)
{
    checkHash(sha256);
    const QString workspace = session.user.workspace;
    if (m_files.holds(workspace, sha256, session.user.personId)) {
        const auto file = m_files.file(workspace, sha256);
        const qint64 size = file ? file->size : 0;
        return {sha256, size, size, true};
    }
    if (const auto upload = m_files.upload(workspace, sha256, session.user.id))
        return {sha256, upload->size, upload->received, false};
    throw SyncError(404, ErrorCode::NotFound,
                    QStringLiteral("you have not started sending %1").arg(sha256));
}

protocol::UploadStatus FileService::put(const Session &session, const QString &sha256,
                                        const protocol::ChunkRange &range, const QByteArray &data)
{
    checkHash(sha256);
    const QString workspace = session.user.workspace;
    const QString user = session.user.id;
    if (data.size() != range.length)
        throw SyncError(400, ErrorCode::BadRange,
                        QStringLiteral("the chunk holds %1 bytes; Content-Range says %2")
                            .arg(data.size())
                            .arg(range.length));
    if (range.total > m_limits.maxFileBytes)
        throw SyncError(413, ErrorCode::TooLarge,
                        QStringLiteral("a file may hold at most %1 bytes; this one has %2")
                            .arg(m_limits.maxFileBytes)
                            .arg(range.total));
    if (m_files.holds(workspace, sha256, session.user.personId))
        return {sha256, range.total, range.total, true};
    auto upload = m_files.upload(workspace, sha256, user);
    if (upload && upload->size != range.total)
        throw SyncError(400, ErrorCode::BadRange,
                        QStringLiteral("this file has %1 bytes, as its first chunk said; not %2")
                            .arg(upload->size)
                            .arg(range.total));
    if (!upload) {
        if (range.start != 0)
            throw SyncError(409, ErrorCode::WrongOffset,
                            QStringLiteral("the server holds no bytes of %1 from you; start "
                                           "at 0")
                                .arg(sha256));
        const bool stored = m_files.file(workspace, sha256).has_value();
        if (!stored && m_files.bytesUsed(workspace) + range.total > m_limits.maxWorkspaceBytes)
            throw SyncError(413, ErrorCode::QuotaExceeded,
                            QStringLiteral("the workspace's files may take at most %1 bytes; "
                                           "this one does not fit")
                                .arg(m_limits.maxWorkspaceBytes));
        m_files.startUpload(workspace, sha256, user, range.total, m_clock.nowMs());
        upload = Upload{range.total, 0};
    }
    if (!m_files.append(workspace, sha256, user, range.start, data, m_clock.nowMs())) {
        const auto now = m_files.upload(workspace, sha256, user);
        throw SyncError(409, ErrorCode::WrongOffset,
                        QStringLiteral("the server holds %1 bytes of this file from you; send "
                                       "from there")
                            .arg(now ? now->received : 0));
    }
    const qint64 received = range.start + range.length;
    if (received < range.total)
        return {sha256, range.total, received, false};
    Sha256 hash;
    m_files.forEachChunk(FileStore::uploadChunks(workspace, sha256, user),
                         [&](const QByteArray &chunk) { hash.addData(chunk); });
    if (hash.hex() != sha256) {
        m_files.dropUpload(workspace, sha256, user);
        throw SyncError(
            422, ErrorCode::HashMismatch,
            QStringLiteral("the bytes sent are not the file %1; send it again from 0").arg(sha256));
    }
    m_files.finishUpload(workspace, sha256, user, session.user.personId, m_clock.nowMs());
    return {sha256, range.total, range.total, true};
}

StoredFile FileService::readable(const Session &session, const QString &sha256)
{
    checkHash(sha256);
    const QString workspace = session.user.workspace;
    const auto file = m_files.file(workspace, sha256);
    if (!file)
        throw notFound(sha256);
    const Access access(session.user);
    for (const StoredRecord &document :
         m_storage.children(workspace, kDocuments, kSha256, sha256)) {
        if (document.deleted)
            continue;
        // Someone who only knows a hash cannot open the file by naming it in a record.
        const QString adder = document.fields.value(QStringLiteral("added_by")).toString();
        if (!m_files.holds(workspace, sha256, adder))
            continue;
        const Guards guards = guardChain(document, [&](const QString &entity, const QString &id) {
            return m_storage.record(workspace, entity, id);
        });
        if (access.read(document, guards) == ReadAccess::Full)
            return *file;
    }
    throw notFound(sha256);
}

std::optional<FileChunk> FileService::chunkAt(const StoredFile &file, qint64 at)
{
    return m_files.chunkAt(file, at);
}

bool FileService::namedByLiveDocument(const QString &workspace, const QString &sha256)
{
    for (const StoredRecord &document :
         m_storage.children(workspace, kDocuments, kSha256, sha256)) {
        if (!document.deleted)
            return true;
    }
    return false;
}

FileService::Collected FileService::collectGarbage()
{
    const qint64 now = m_clock.nowMs();
    Collected out;
    for (const StoredFile &file : m_files.files()) {
        if (namedByLiveDocument(file.workspace, file.sha256)) {
            if (file.unreferencedSince != 0)
                m_files.setUnreferencedSince(file, 0);
            continue;
        }
        const qint64 since = file.unreferencedSince != 0 ? file.unreferencedSince : now;
        if (now - since >= m_limits.graceMs) {
            m_files.dropFile(file);
            ++out.files;
        } else if (file.unreferencedSince == 0) {
            m_files.setUnreferencedSince(file, now);
        }
    }
    for (const QStringList &upload : m_files.uploadsIdleSince(now - m_limits.graceMs)) {
        m_files.dropUpload(upload[0], upload[1], upload[2]);
        ++out.uploads;
    }
    return out;
}

} // namespace spil::server
