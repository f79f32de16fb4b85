// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <utility>

namespace spil::bench {

// One keep-alive HTTP/1.1 connection to 127.0.0.1 with blocking sockets and one request in
// flight: a benchmark's client that costs next to nothing per request, for threads other
// than the event loop's. A server that closes after an answer (HTTP/1.0 servers do) is
// connected to again for the next request, as a client would.
class BlockingConnection {
public:
    struct Answer {
        int status = 0; // 0: the connection failed or closed
        QByteArray headers;
        QByteArray body;
    };
    explicit BlockingConnection(quint16 port);
    ~BlockingConnection();
    BlockingConnection(const BlockingConnection &) = delete;
    BlockingConnection &operator=(const BlockingConnection &) = delete;

    Answer request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                   const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // A header of the last answer (names compared in lower case).
    static QByteArray header(const Answer &answer, const QByteArray &name);

private:
    void open();
    quint16 m_port = 0;
    int m_fd = -1;
    QByteArray m_buffer;
};

} // namespace spil::bench
