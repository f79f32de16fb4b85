// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QTcpSocket>
#include <QUrl>
#include <functional>

namespace spil::bench {

// One device's HTTP/1.1 connection, kept alive, with one request in flight: what a phone
// holds open to the server. The load generator drives many of them from one thread;
// QNetworkAccessManager spends more time per request than the server does, so with it the
// benchmark would measure itself.
class KeepAliveClient {
public:
    // status is 0 when the connection failed.
    using Done = std::function<void(int status, const QByteArray &body)>;

    explicit KeepAliveClient(const QUrl &server);
    void send(const QByteArray &method, const QString &path, const QString &token,
              const QByteArray &body, Done done);

private:
    void readReply();

    QUrl m_server;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    Done m_done;
};

} // namespace spil::bench
