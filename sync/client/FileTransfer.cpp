// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/client/FileTransfer.h"

#include "core/common/Sha256.h"
#include "sync/client/SyncClient.h"
#include "sync/protocol/FileProtocol.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace spil::client {

using namespace protocol;

namespace {
constexpr int kTimeoutMs = 60 * 1000;
// What a download takes from the reply at once: well inside the processor's cache.
constexpr qint64 kPiece = 256 * 1024;
} // namespace

FileTransfer::FileTransfer(SyncClient &client, const QString &cacheDir, QObject *parent)
    : QObject(parent), m_client(client), m_cacheDir(cacheDir),
      m_network(std::make_unique<QNetworkAccessManager>())
{
}

FileTransfer::~FileTransfer() = default;

QString FileTransfer::cachedPath(const QString &sha256) const
{
    return QDir(m_cacheDir).filePath(sha256);
}

QNetworkReply *FileTransfer::send(const QByteArray &method, const QString &path,
                                  const QByteArray &body,
                                  const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    const auto login = m_client.engine().login();
    QUrl url(login ? login->serverUrl : QString());
    url.setPath(path);
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    if (login)
        request.setRawHeader("Authorization", "Bearer " + login->token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    m_client.trustPinned(reply);
    return reply;
}

std::pair<QString, QString> FileTransfer::errorOf(QNetworkReply *reply, const QByteArray &body)
{
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0)
        return {QStringLiteral("offline"), reply->errorString()};
    try {
        const ErrorReply e = decodeErrorReply(body);
        return {e.code, e.message};
    } catch (const std::exception &) {
        return {QStringLiteral("bad_answer"), reply->errorString()};
    }
}

void FileTransfer::fail(const QString &code, const QString &message)
{
    const QString sha256 = m_sha256;
    m_file.close();
    m_sha256.clear();
    Q_EMIT failed(sha256, code, message);
}

void FileTransfer::done()
{
    const QString sha256 = m_sha256;
    m_file.close();
    m_sha256.clear();
    Q_EMIT finished(sha256);
}

void FileTransfer::upload(const QString &path, const QString &sha256)
{
    if (busy())
        return Q_EMIT failed(sha256, QStringLiteral("busy"), QStringLiteral("a transfer runs"));
    m_sha256 = sha256;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_sha256 = sha256;
        return fail(QStringLiteral("local"), QStringLiteral("cannot read %1").arg(path));
    }
    m_size = m_file.size();
    askStatus();
}

void FileTransfer::askStatus()
{
    QNetworkReply *reply = send("GET", QStringLiteral("/v1/files/%1/upload").arg(m_sha256), {}, {});
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 404)
            return sendChunk(0); // nothing of it arrived yet
        if (status != 200) {
            const auto [code, message] = errorOf(reply, body);
            return fail(code, message);
        }
        try {
            const UploadStatus s = decodeUploadStatus(body);
            if (s.complete)
                return done();
            sendChunk(s.size == m_size ? s.received : 0);
        } catch (const std::exception &e) {
            fail(QStringLiteral("bad_answer"), QString::fromUtf8(e.what()));
        }
    });
}

void FileTransfer::sendChunk(qint64 from)
{
    Q_EMIT progress(m_sha256, from, m_size);
    if (!m_file.seek(from))
        return fail(QStringLiteral("local"), m_file.errorString());
    const QByteArray chunk = m_file.read(std::min(kUploadChunk, m_size - from));
    if (chunk.size() != std::min(kUploadChunk, m_size - from))
        return fail(QStringLiteral("local"), QStringLiteral("the file changed while sent"));
    m_sent += chunk.size();
    QNetworkReply *reply = send("PUT", QStringLiteral("/v1/files/%1").arg(m_sha256), chunk,
                                {{"Content-Range", contentRange({from, chunk.size(), m_size})},
                                 {"Content-Type", "application/octet-stream"}});
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            const auto [code, message] = errorOf(reply, body);
            // The server holds more or less than this device thought (a chunk whose answer
            // was lost, a server restored): ask where it stands.
            if (code == QStringLiteral("wrong_offset"))
                return askStatus();
            return fail(code, message);
        }
        try {
            const UploadStatus s = decodeUploadStatus(body);
            if (s.complete) {
                Q_EMIT progress(m_sha256, m_size, m_size);
                return done();
            }
            sendChunk(s.received);
        } catch (const std::exception &e) {
            fail(QStringLiteral("bad_answer"), QString::fromUtf8(e.what()));
        }
    });
}

void FileTransfer::download(const QString &sha256, qint64 size)
{
    if (busy())
        return Q_EMIT failed(sha256, QStringLiteral("busy"), QStringLiteral("a transfer runs"));
    m_sha256 = sha256;
    m_size = size;
    if (QFile::exists(cachedPath(sha256)))
        return done();
    QDir().mkpath(m_cacheDir);
    m_file.setFileName(cachedPath(sha256) + QStringLiteral(".part"));
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append))
        return fail(QStringLiteral("local"), m_file.errorString());
    // More than the file holds is no part of it.
    if (m_file.size() > size)
        m_file.resize(0);
    // What a cut-off fetch left is hashed once; what arrives is added as it comes.
    m_hash = std::make_unique<Sha256>();
    QFile part(m_file.fileName());
    if (!part.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("local"), part.errorString());
    while (!part.atEnd())
        m_hash->addData(part.read(1 << 20));
    Q_EMIT progress(m_sha256, m_file.size(), m_size);
    fetchNext();
}

void FileTransfer::fetchNext()
{
    const qint64 from = m_file.size();
    if (from >= m_size)
        return finishDownload();
    const qint64 last = m_size - 1;
    QNetworkReply *reply =
        send("GET", QStringLiteral("/v1/files/%1").arg(m_sha256), {},
             {{"Range", "bytes=" + QByteArray::number(from) + '-' + QByteArray::number(last)}});
    // Bytes are written and hashed as they arrive, while the rest is still on its way.
    auto checked = std::make_shared<bool>(false);
    const auto take = [this, reply, from, last, checked] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 206)
            return true; // judged when it is finished
        if (!*checked) {
            if (reply->rawHeader("Content-Range").split('/').value(0) !=
                "bytes " + QByteArray::number(from) + '-' + QByteArray::number(last)) {
                fail(QStringLiteral("bad_answer"),
                     QStringLiteral("the server sent another part than asked for"));
                return false;
            }
            *checked = true;
        }
        // Taken a piece at a time into one buffer, written and hashed while the piece is in
        // the processor's cache: libcrypto's SHA-256 uses the SHA instructions and costs far
        // less than a thread of its own did, which on two cores took its time from the
        // thread receiving the bytes. All that arrived at once would be one fresh array of
        // tens of megabytes, each of its pages mapped anew (docs/architecture.md).
        m_piece.resize(kPiece);
        for (;;) {
            const qint64 n = reply->read(m_piece.data(), kPiece);
            if (n <= 0)
                return true;
            if (m_file.write(m_piece.constData(), n) != n) {
                fail(QStringLiteral("local"), QStringLiteral("cannot write the file cache"));
                return false;
            }
            m_hash->addData(m_piece.constData(), n);
            m_received += n;
        }
    };
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, take] {
        if (!take()) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, take, last] {
        reply->deleteLater();
        if (!take())
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 206) {
            const auto [code, message] = errorOf(reply, reply->readAll());
            return fail(code, message);
        }
        if (m_file.size() != last + 1 || !m_file.flush())
            return fail(QStringLiteral("offline"), QStringLiteral("the answer was cut off"));
        Q_EMIT progress(m_sha256, m_file.size(), m_size);
        fetchNext();
    });
}

void FileTransfer::finishDownload()
{
    m_file.close();
    const QString part = m_file.fileName();
    if (m_hash->hex() != m_sha256) {
        QFile::remove(part);
        return fail(QStringLiteral("hash_mismatch"),
                    QStringLiteral("the bytes fetched are not the file %1").arg(m_sha256));
    }
    if (!QFile::rename(part, cachedPath(m_sha256)))
        return fail(QStringLiteral("local"), QStringLiteral("cannot write the file cache"));
    done();
}

} // namespace spil::client
