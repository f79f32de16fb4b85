// SPDX-License-Identifier: GPL-3.0-or-later
// The file routes of HttpApi (docs/sync-protocol.md, "Files"): chunks up, ranges down.
#include "sync/server/HttpApi.h"

#include "core/common/Error.h"
#include "sync/protocol/FileProtocol.h"
#include "sync/server/FileBody.h"
#include "sync/server/SyncError.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QUrlQuery>

namespace spil::server {

using namespace protocol;
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

namespace {
const QByteArray kJson = QByteArrayLiteral("application/json");
const QByteArray kOctets = QByteArrayLiteral("application/octet-stream");

QString headerOf(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(value);
    }
    return {};
}

QHttpServerResponse jsonReply(const QByteArray &body, int status)
{
    return QHttpServerResponse(kJson, body, Status(status));
}

QHttpServerResponse failure(int status, ErrorCode code, const QString &message)
{
    return jsonReply(encode(ErrorReply{toText(code), message, -1}), status);
}

// The answer for the exception being handled, as HttpApi gives it on every route.
QHttpServerResponse currentFailureReply()
{
    try {
        throw;
    } catch (const SyncError &e) {
        return failure(e.status, e.code, e.message);
    } catch (const Error &e) {
        if (e.kind() != ErrorKind::Storage)
            return failure(400, ErrorCode::BadRequest, e.message());
        qWarning("spil-server: %s", qPrintable(e.message()));
    } catch (const std::exception &e) {
        qWarning("spil-server: %s", e.what());
    }
    return failure(500, ErrorCode::Internal, QStringLiteral("the server failed; try again"));
}

} // namespace

void HttpApi::handleFile(const QString &sha256, bool status, const QHttpServerRequest &request,
                         QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    m_service.storage().endReads();
    try {
        if (request.body().size() > kMaxChunkBytes)
            throw SyncError(
                413, ErrorCode::TooLarge,
                QStringLiteral("a chunk may hold at most %1 bytes").arg(kMaxChunkBytes));
        const Session session = m_service.authenticate(headerOf(request, "Authorization"));
        if (!QUrlQuery(request.url()).isEmpty())
            throw SyncError(400, ErrorCode::BadRequest,
                            QStringLiteral("%1 takes no query parameters").arg(path));
        if (status) {
            if (request.method() != Method::Get)
                throw SyncError(405, ErrorCode::MethodNotAllowed,
                                QStringLiteral("%1 takes GET").arg(path));
            return jsonReply(encode(m_files.status(session, sha256)), 200)
                .write(std::move(responder));
        }
        if (request.method() == Method::Put) {
            const auto range = parseContentRange(headerOf(request, "Content-Range"));
            if (!range)
                throw SyncError(400, ErrorCode::BadRange,
                                QStringLiteral("a chunk needs Content-Range: bytes START-END/TOTAL "
                                               "(END inclusive, below TOTAL)"));
            return jsonReply(encode(m_files.put(session, sha256, *range, request.body())), 200)
                .write(std::move(responder));
        }
        if (request.method() != Method::Get)
            throw SyncError(405, ErrorCode::MethodNotAllowed,
                            QStringLiteral("%1 takes GET, PUT").arg(path));
        const StoredFile file = m_files.readable(session, sha256);
        const RangeRequest range = resolveRange(headerOf(request, "Range"), file.size);
        // The body streams from the store as the client takes it (FileBody); a file's name
        // is its content, so its ETag never changes under a client's cache.
        const QByteArray etag = '"' + sha256.toLatin1() + '"';
        switch (range.kind) {
        case RangeRequest::Whole:
        case RangeRequest::Part: {
            const bool part = range.kind == RangeRequest::Part;
            const qint64 from = part ? range.from : 0;
            const qint64 length = part ? range.length : file.size;
            responder.writeStatusLine(part ? QHttpServerResponder::StatusCode::PartialContent
                                           : QHttpServerResponder::StatusCode::Ok);
            responder.writeHeader("Content-Type", kOctets);
            responder.writeHeader("Accept-Ranges", "bytes");
            responder.writeHeader("ETag", etag);
            if (part)
                responder.writeHeader("Content-Range",
                                      contentRange({range.from, range.length, file.size}));
            responder.writeHeader("Content-Length", QByteArray::number(length));
            responder.writeBody(QByteArray()); // the end of the headers
            // The chunks' copies stay in the heap while downloads run (spil-server's main);
            // a second after the last one ends, what is free goes back.
            if (FileBody *body = FileBody::send(m_files, file, from, length, responder.socket())) {
                ++m_downloads;
                connect(body, &QObject::destroyed, &m_trim, [this] {
                    if (--m_downloads == 0)
                        m_trim.start();
                });
            }
            return;
        }
        case RangeRequest::Malformed:
            throw SyncError(400, ErrorCode::BadRange,
                            QStringLiteral("Range takes one range: bytes=A-B, bytes=A- or "
                                           "bytes=-N"));
        case RangeRequest::Unsatisfiable: {
            QHttpServerResponse none =
                failure(416, ErrorCode::BadRange,
                        QStringLiteral("the file has %1 bytes; the range asks for none of them")
                            .arg(file.size));
            none.addHeader(QByteArrayLiteral("Content-Range"),
                           "bytes */" + QByteArray::number(file.size));
            return none.write(std::move(responder));
        }
        }
        throw SyncError(500, ErrorCode::Internal, QStringLiteral("unknown range"));
    } catch (...) {
        QHttpServerResponse response = currentFailureReply();
        if (response.statusCode() == Status::MethodNotAllowed)
            response.addHeader(QByteArrayLiteral("Allow"),
                               status ? QByteArrayLiteral("GET") : QByteArrayLiteral("GET, PUT"));
        response.write(std::move(responder));
    }
}

void HttpApi::collectFiles()
{
    m_service.storage().endReads();
    try {
        const FileService::Collected gone = m_files.collectGarbage();
        if (gone.files > 0 || gone.uploads > 0)
            qInfo("spil-server: %d files and %d unfinished uploads nothing names were removed",
                  gone.files, gone.uploads);
    } catch (const Error &e) {
        qWarning("spil-server: collecting files: %s", qPrintable(e.message()));
    }
}

} // namespace spil::server
