// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QTcpSocket>
#include <optional>

namespace spil::test {

// One HTTP answer as it came over the wire.
struct RawAnswer {
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QJsonObject json() const;
    QString errorCode() const;
};

// A WebSocket frame from the server (servers do not mask).
struct RawFrame {
    int opcode = 0; // 1 text, 8 close, 9 ping, 10 pong
    QByteArray payload;
};

// A TCP connection to a server that writes exactly the bytes it is given: what a hostile
// or slow client does, from any loopback source address (127.0.0.x), which Qt's network
// access and QWebSocket cannot choose. Waits run the event loop, bounded.
class RawConnection {
public:
    RawConnection(const QString &serverUrl,
                  const QString &sourceAddress = QStringLiteral("127.0.0.1"));
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes);
    // A request with Host and, when given, a bearer token and a Content-Length body.
    void sendRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                     const QString &token = {}, const QByteArray &extraHeaders = {});
    // The next whole answer; nullopt when none came within timeoutMs.
    std::optional<RawAnswer> answer(int timeoutMs = 10000);
    bool hasAnswer() const;
    // True once the server closed the connection (within timeoutMs).
    bool waitClosed(int timeoutMs = 10000);
    void close() { m_socket.abort(); }

    // WebSocket: the upgrade to /v1/events with the token; true when the server switched.
    bool upgrade(const QString &token, int timeoutMs = 10000);
    std::optional<RawFrame> frame(int timeoutMs = 10000);
    // Clients mask what they send.
    void sendFrame(int opcode, const QByteArray &payload);

private:
    std::optional<RawAnswer> takeAnswer();
    std::optional<RawFrame> takeFrame();
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_host;
};

} // namespace spil::test
