// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/protocol/FileProtocol.h"
#include "sync/server/FileStore.h"
#include "sync/server/SyncService.h"

namespace spil {
class Clock;
}

namespace spil::server {

// The limits on files; spil-server serve takes them as options (docs/operations.md).
struct FileLimits {
    qint64 maxFileBytes = 100LL << 20;
    qint64 maxWorkspaceBytes = 10LL << 30;
    // How long a file nothing names any more (or an upload nobody continues) is kept.
    qint64 graceMs = 7LL * 24 * 3600 * 1000;
};

// The rules of the file routes, on any ServerStorage: who may send and fetch which file,
// chunked and resumable uploads checked against their hash, the limits, and the removal
// of files nothing names. Throws SyncError for every refusal.
class FileService {
public:
    FileService(ServerStorage &storage, const Clock &clock, FileLimits limits = {});

    // How much of the file the server holds from this session's user; complete once they
    // sent it whole (or did before). NotFound when they have not started.
    protocol::UploadStatus status(const Session &session, const QString &sha256);
    // One chunk: range says where it goes, data is its bytes. The chunk that completes the
    // file has it checked against its hash: a file of other bytes is dropped (422).
    protocol::UploadStatus put(const Session &session, const QString &sha256,
                               const protocol::ChunkRange &range, const QByteArray &data);
    // The file, if the session's user reads in full a live document naming it (added by
    // someone who sent its bytes); not_found otherwise, the same whether or not it exists.
    StoredFile readable(const Session &session, const QString &sha256);
    // The stored chunk holding byte `at` of a readable file: a download is read a chunk at a
    // time as the client takes it, never whole.
    std::optional<FileChunk> chunkAt(const StoredFile &file, qint64 at);

    struct Collected {
        int files = 0;
        int uploads = 0;
    };
    // Drops files no live document has named for the grace period, and uploads idle as
    // long. A file found unnamed for the first time starts its grace period then.
    Collected collectGarbage();

private:
    static void checkHash(const QString &sha256);
    bool namedByLiveDocument(const QString &workspace, const QString &sha256);
    ServerStorage &m_storage;
    FileStore &m_files;
    const Clock &m_clock;
    FileLimits m_limits;
};

} // namespace spil::server
