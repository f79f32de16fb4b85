// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/server/FileStore.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace spil::server {

class FileService;

// Sends the body of a file download, [from, from + length) of a stored file, onto the
// connection a stored chunk at a time, as the connection takes it: the next chunk is read
// from the store only when less than kHighWater waits on the socket, so a download holds
// at most about two chunks in memory however big the file and however slow its client.
// A chunk is handed to the socket as the array the store gave (Qt 6 queues it without a
// copy), and the socket sends it in large writes; QtHttpServer 6.4's QIODevice answer
// reads 128 KiB per turn of the event loop and copies each, at a fifth of the speed.
// A chunk gone under it (the file was dropped) or a failing store ends the connection,
// so the client sees a cut-off answer, never other bytes. It lives as the socket's child.
class FileBody : public QObject {
    Q_OBJECT
public:
    // Starts sending at once; the status line and headers must be written already. The body
    // sending, destroyed once the socket has handed its last byte to the kernel (nullptr
    // when there is nothing to send).
    static FileBody *send(FileService &files, const StoredFile &file, qint64 from, qint64 length,
                          QTcpSocket *socket);

    static constexpr qint64 kHighWater = 8 * 1024 * 1024;

private:
    FileBody(FileService &files, StoredFile file, qint64 from, qint64 length, QTcpSocket *socket);
    void pump();
    void cut(const QString &why);

    FileService &m_files;
    StoredFile m_file;
    qint64 m_at;
    qint64 m_end;
    QPointer<QTcpSocket> m_socket;
};

} // namespace spil::server
