// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/protocol/Protocol.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace spil::protocol {

// The file routes (docs/sync-protocol.md, "Files"): a file is named by its SHA-256 and
// sent in chunks, each one request body.
inline constexpr qint64 kMaxChunkBytes = kMaxBodyBytes;

// GET /v1/files/{sha256}/upload and every PUT's answer: how much of the file the server
// holds from this user.
struct UploadStatus {
    QString sha256;
    qint64 size = 0;
    qint64 received = 0;
    bool complete = false;
};
QByteArray encode(const UploadStatus &status);
UploadStatus decodeUploadStatus(const QByteArray &json);

// A chunk's place in its file, as a PUT's Content-Range says it:
// "bytes START-END/TOTAL" (END inclusive), or "bytes */0" for an empty file.
struct ChunkRange {
    qint64 start = 0;
    qint64 length = 0;
    qint64 total = 0;
};
std::optional<ChunkRange> parseContentRange(const QString &header);
QByteArray contentRange(const ChunkRange &range);

// What a GET's Range header asks of a file of a size: all of it (no header), one part,
// nothing sensible (Malformed: not "bytes=A-B", "bytes=A-" or "bytes=-N", or several
// ranges) or nothing the file has (Unsatisfiable).
struct RangeRequest {
    enum Kind { Whole, Part, Malformed, Unsatisfiable };
    Kind kind = Whole;
    qint64 from = 0;
    qint64 length = 0;
};
RangeRequest resolveRange(const QString &header, qint64 size);

} // namespace spil::protocol
