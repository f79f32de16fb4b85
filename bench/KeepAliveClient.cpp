// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeepAliveClient.h"

#include <utility>

namespace spil::bench {

KeepAliveClient::KeepAliveClient(const QUrl &server) : m_server(server)
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { readReply(); });
    QObject::connect(&m_socket, &QTcpSocket::errorOccurred, [this] {
        if (m_done)
            std::exchange(m_done, {})(0, {});
    });
}

void KeepAliveClient::send(const QByteArray &method, const QString &path, const QString &token,
                           const QByteArray &body, Done done)
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        m_socket.connectToHost(m_server.host(), quint16(m_server.port()));
    m_done = std::move(done);
    m_buffer.clear();
    m_socket.write(
        method + ' ' + path.toLatin1() + " HTTP/1.1\r\nHost: " + m_server.authority().toLatin1() +
        "\r\nAuthorization: Bearer " + token.toLatin1() +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n\r\n" + body);
}

void KeepAliveClient::readReply()
{
    m_buffer += m_socket.readAll();
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0 || !m_done)
        return;
    qsizetype length = 0;
    for (const QByteArray &line : m_buffer.left(headEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (m_buffer.size() < headEnd + 4 + length)
        return;
    // "HTTP/1.1 200 OK"
    const int status = m_buffer.mid(9, 3).toInt();
    const QByteArray body = m_buffer.mid(headEnd + 4, length);
    m_buffer.clear();
    std::exchange(m_done, {})(status, body);
}

} // namespace spil::bench
