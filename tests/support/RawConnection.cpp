// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawConnection.h"

#include "ServerProcess.h"

#include <QJsonDocument>
#include <QUrl>

namespace spil::test {

QJsonObject RawAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString RawAnswer::errorCode() const
{
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

RawConnection::RawConnection(const QString &serverUrl, const QString &sourceAddress)
{
    const QUrl url(serverUrl);
    m_host = url.authority().toLatin1();
    QObject::connect(&m_socket, &QIODevice::readyRead, &m_socket,
                     [this] { m_buffer += m_socket.readAll(); });
    if (!m_socket.bind(QHostAddress(sourceAddress)))
        return;
    m_socket.connectToHost(QHostAddress(url.host()), quint16(url.port()));
    waitFor([this] {
        return m_socket.state() == QAbstractSocket::ConnectedState ||
               m_socket.state() == QAbstractSocket::UnconnectedState;
    });
}

void RawConnection::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

void RawConnection::sendRequest(const QByteArray &method, const QByteArray &path,
                                const QByteArray &body, const QString &token,
                                const QByteArray &extraHeaders)
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host + "\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    if (!body.isEmpty() || method == "POST")
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    send(request + extraHeaders + "\r\n" + body);
}

std::optional<RawAnswer> RawConnection::takeAnswer()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    RawAnswer a;
    a.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            a.headers.insert(lines[i].left(colon).trimmed().toLower(),
                             lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = a.headers.value("content-length").toLongLong();
    if (m_buffer.size() < end + 4 + length)
        return std::nullopt;
    a.body = m_buffer.mid(end + 4, length);
    m_buffer.remove(0, end + 4 + length);
    return a;
}

bool RawConnection::hasAnswer() const
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const qsizetype at = m_buffer.indexOf("Content-Length:");
    const qsizetype length =
        at < 0 || at > end
            ? 0
            : m_buffer.mid(at + 15, m_buffer.indexOf('\r', at) - at - 15).trimmed().toLongLong();
    return m_buffer.size() >= end + 4 + length;
}

std::optional<RawAnswer> RawConnection::answer(int timeoutMs)
{
    std::optional<RawAnswer> a;
    waitFor(
        [&] {
            if (!a)
                a = takeAnswer();
            return a.has_value();
        },
        timeoutMs);
    return a;
}

bool RawConnection::waitClosed(int timeoutMs)
{
    return waitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                   timeoutMs);
}

bool RawConnection::upgrade(const QString &token, int timeoutMs)
{
    send("GET /v1/events HTTP/1.1\r\nHost: " + m_host +
         "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
         "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
         "Authorization: Bearer " +
         token.toLatin1() + "\r\n\r\n");
    qsizetype end = -1;
    waitFor([&] { return m_buffer.contains("\r\n\r\n"); }, timeoutMs);
    end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const bool switched = m_buffer.startsWith("HTTP/1.1 101");
    m_buffer.remove(0, end + 4);
    return switched;
}

std::optional<RawFrame> RawConnection::takeFrame()
{
    if (m_buffer.size() < 2)
        return std::nullopt;
    const auto b1 = quint8(m_buffer[1]);
    qsizetype length = b1 & 0x7f, header = 2;
    if (length == 126) {
        if (m_buffer.size() < 4)
            return std::nullopt;
        length = (quint8(m_buffer[2]) << 8) | quint8(m_buffer[3]);
        header = 4;
    }
    if (m_buffer.size() < header + length)
        return std::nullopt;
    RawFrame f{quint8(m_buffer[0]) & 0x0f, m_buffer.mid(header, length)};
    m_buffer.remove(0, header + length);
    return f;
}

std::optional<RawFrame> RawConnection::frame(int timeoutMs)
{
    std::optional<RawFrame> f;
    waitFor(
        [&] {
            if (!f)
                f = takeFrame();
            return f.has_value();
        },
        timeoutMs);
    return f;
}

void RawConnection::sendFrame(int opcode, const QByteArray &payload)
{
    const char mask[4] = {0x12, 0x34, 0x56, 0x78};
    QByteArray frame;
    frame += char(0x80 | opcode);
    frame += char(0x80 | payload.size()); // control frames and pokes: under 126 bytes
    frame.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame += char(payload[i] ^ mask[i % 4]);
    send(frame);
}

} // namespace spil::test
