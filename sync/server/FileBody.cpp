// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/FileBody.h"

#include "core/common/Error.h"
#include "sync/server/FileService.h"

#include <QTcpSocket>

namespace spil::server {

FileBody *FileBody::send(FileService &files, const StoredFile &file, qint64 from, qint64 length,
                         QTcpSocket *socket)
{
    if (!socket || length <= 0)
        return nullptr;
    auto *body = new FileBody(files, file, from, length, socket);
    body->pump();
    return body;
}

FileBody::FileBody(FileService &files, StoredFile file, qint64 from, qint64 length,
                   QTcpSocket *socket)
    : QObject(socket), m_files(files), m_file(std::move(file)), m_at(from), m_end(from + length),
      m_socket(socket)
{
    connect(socket, &QIODevice::bytesWritten, this, &FileBody::pump);
}

void FileBody::cut(const QString &why)
{
    qWarning("spil-server: a download of %s stopped: %s", qPrintable(m_file.sha256),
             qPrintable(why));
    if (m_socket)
        m_socket->abort();
    deleteLater();
}

void FileBody::pump()
{
    while (m_socket && m_at < m_end && m_socket->bytesToWrite() < kHighWater) {
        std::optional<FileChunk> chunk;
        try {
            chunk = m_files.chunkAt(m_file, m_at);
        } catch (const Error &e) {
            return cut(e.message());
        }
        if (!chunk)
            return cut(QStringLiteral("the file is no longer stored"));
        const qint64 offset = m_at - chunk->start;
        const qint64 take = std::min<qint64>(chunk->data.size() - offset, m_end - m_at);
        // Whole chunks go as they are, shared; only a range's first and last are cut.
        if (offset == 0 && take == chunk->data.size())
            m_socket->write(chunk->data);
        else
            m_socket->write(chunk->data.constData() + offset, take);
        m_at += take;
    }
    // Done once the socket has handed the last byte to the kernel: until then the chunks it
    // queues are memory this download holds.
    if (m_at >= m_end && (!m_socket || m_socket->bytesToWrite() == 0)) {
        if (m_socket)
            disconnect(m_socket, nullptr, this, nullptr);
        deleteLater();
    }
}

} // namespace spil::server
