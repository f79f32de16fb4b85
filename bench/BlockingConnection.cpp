// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlockingConnection.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace spil::bench {

BlockingConnection::BlockingConnection(quint16 port) : m_port(port)
{
    open();
}

void BlockingConnection::open()
{
    m_buffer.clear();
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(m_port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int one = 1;
    setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

BlockingConnection::~BlockingConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QByteArray BlockingConnection::header(const Answer &answer, const QByteArray &name)
{
    for (const QByteArray &line : answer.headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

BlockingConnection::Answer
BlockingConnection::request(const QByteArray &method, const QByteArray &path,
                            const QByteArray &body,
                            const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    if (m_fd < 0)
        open();
    if (m_fd < 0)
        return {};
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    if (::send(m_fd, out.constData(), size_t(out.size()), MSG_NOSIGNAL) != out.size())
        return {};
    while (true) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            Answer a;
            a.headers = m_buffer.left(end);
            const QByteArray length = header(a, "content-length");
            const qint64 size = length.toLongLong();
            if (m_buffer.size() >= end + 4 + size) {
                a.status = m_buffer.mid(9, 3).toInt();
                a.body = m_buffer.mid(end + 4, size);
                m_buffer.remove(0, end + 4 + size);
                if (header(a, "connection").toLower() == "close" ||
                    a.headers.startsWith("HTTP/1.0")) {
                    ::close(m_fd);
                    m_fd = -1;
                }
                return a;
            }
        }
        char chunk[65536];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return {};
        m_buffer.append(chunk, n);
    }
}

} // namespace spil::bench
