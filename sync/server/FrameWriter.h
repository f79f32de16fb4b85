// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QTcpSocket;

namespace spil::server {

// A WebSocket text message as the server sends it (RFC 6455, 5.2): one final frame, not
// masked. A poke is one such frame, the same bytes for every socket of a workspace.
QByteArray webSocketTextFrame(const QByteArray &utf8);

// Hands bytes to a plain TCP socket's descriptor at once when nothing waits in the socket's
// own buffer, and what the kernel does not take yet to that buffer, behind nothing. A poke
// goes to thousands of sockets: through QWebSocket each cost three times the kernel's write
// (a UTF-8 copy, a frame, the buffer, the write notifier on and off, bytesWritten to every
// slot). False when none of the bytes were taken (an encrypted socket, one not connected,
// an error): the caller sends them its usual way, which finds and reports what is wrong.
// A connection that took part of them and cannot queue the rest is aborted.
bool writeNow(QTcpSocket *socket, const QByteArray &bytes);

} // namespace spil::server
