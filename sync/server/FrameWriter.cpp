// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/FrameWriter.h"

#include <QTcpSocket>
#include <cerrno>
#include <sys/socket.h>

namespace spil::server {

QByteArray webSocketTextFrame(const QByteArray &utf8)
{
    QByteArray frame;
    const quint64 size = quint64(utf8.size());
    frame.reserve(utf8.size() + 10);
    frame.append(char(0x81)); // FIN, text
    if (size < 126) {
        frame.append(char(size));
    } else if (size <= 0xFFFF) {
        frame.append(char(126));
        frame.append(char(size >> 8));
        frame.append(char(size & 0xFF));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((size >> shift) & 0xFF));
    }
    frame.append(utf8);
    return frame;
}

bool writeNow(QTcpSocket *socket, const QByteArray &bytes)
{
    // Exactly a QTcpSocket: a QSslSocket's bytes must go through its encryption.
    if (!socket || socket->metaObject() != &QTcpSocket::staticMetaObject ||
        socket->state() != QAbstractSocket::ConnectedState)
        return false;
    // Anything queued goes first; these bytes wait behind it.
    if (socket->bytesToWrite() > 0) {
        const bool taken = socket->write(bytes) == bytes.size();
        socket->flush();
        return taken;
    }
    const ssize_t sent = ::send(int(socket->socketDescriptor()), bytes.constData(),
                                size_t(bytes.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
    if (sent == bytes.size())
        return true;
    if (sent > 0) {
        // Part of the frame is out: the rest must follow it, or nothing more may go.
        if (socket->write(bytes.constData() + sent, bytes.size() - sent) != bytes.size() - sent)
            socket->abort();
        return true;
    }
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
        return socket->write(bytes) == bytes.size();
    return false;
}

} // namespace spil::server
