// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace spil {
class Sha256;
}

namespace spil::client {

class SyncClient;

// Sends and fetches the files of documents over the file routes (docs/sync-protocol.md,
// "Files"), one at a time, apart from record sync. Both resume: an upload asks the server
// how much it holds and goes on from there; a download keeps what arrived in
// "<hash>.part" in the device's file cache and asks for the rest with a Range. A fetched
// file is checked against its hash before it takes its name in the cache. A failure is
// reported, not retried: whoever asked decides when to try again (it then resumes).
class FileTransfer : public QObject {
    Q_OBJECT
public:
    // cacheDir: the device's file cache, one file per hash.
    FileTransfer(SyncClient &client, const QString &cacheDir, QObject *parent = nullptr);
    ~FileTransfer() override;

    static constexpr qint64 kUploadChunk = 4 * 1024 * 1024 - 1024;
    // A download asks for all it lacks in one range (the server streams it); a cut one
    // resumes from what its part file holds.

    // Sends the file at path, whose SHA-256 is sha256.
    void upload(const QString &path, const QString &sha256);
    // Fetches the file of that hash and size into the cache.
    void download(const QString &sha256, qint64 size);
    // Where a fetched file is (it exists once it arrived whole and checked).
    QString cachedPath(const QString &sha256) const;
    bool busy() const { return !m_sha256.isEmpty(); }
    // Bytes of file content sent and received by this object so far.
    qint64 bytesSent() const { return m_sent; }
    qint64 bytesReceived() const { return m_received; }

Q_SIGNALS:
    void progress(const QString &sha256, qint64 done, qint64 total);
    void finished(const QString &sha256);
    // code: the server's error code, "offline" when it did not answer, "local" for this
    // device's disk.
    void failed(const QString &sha256, const QString &code, const QString &message);

private:
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QList<std::pair<QByteArray, QByteArray>> &headers);
    void askStatus();
    void sendChunk(qint64 from);
    void fetchNext();
    void finishDownload();
    void fail(const QString &code, const QString &message);
    void done();
    // The error code of a failed reply ("offline" without an answer).
    static std::pair<QString, QString> errorOf(QNetworkReply *reply, const QByteArray &body);

    SyncClient &m_client;
    QString m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_sha256;
    qint64 m_size = 0;
    QFile m_file;
    // Of a download: the bytes in the part file so far, hashed as they arrive (no second
    // read of the file).
    std::unique_ptr<Sha256> m_hash;
    QByteArray m_piece; // a download's piece in hand, its buffer used again
    qint64 m_sent = 0;
    qint64 m_received = 0;
};

} // namespace spil::client
