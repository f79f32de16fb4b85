// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>
#include <optional>
#include <vector>

class QSslConfiguration;
class QTcpServer;

namespace spil::server {

// What one spil-server instance lets its clients hold. docs/operations.md explains each.
struct ConnectionLimits {
    int maxConnections = 10000;     // --max-connections (lowered to fit the descriptor limit)
    int maxPerAddress = 256;        // --max-connections-per-address (0: no cap)
    int reserve = 32;               // beyond the caps, for /v1/health and for refusals
    int idleTimeoutMs = 60 * 1000;  // --idle-timeout: a keep-alive connection with nothing to do
    int headerTimeoutMs = 10000;    // from a request's first byte to the end of its headers
    int requestTimeoutMs = 30000;   // --request-timeout: from the first byte to the last
    qint64 maxBodyBytes = 4 << 20;  // protocol::kMaxBodyBytes
    int maxHeaderBytes = 16 * 1024; // request line and headers together
    int maxHeaderCount = 100;
};

// Stands between the listening socket and QtHttpServer 6.4, which reads whatever a client
// sends and waits for ever. Each accepted socket gets a watcher (connected before
// QtHttpServer's own slot, so it sees every byte first) that refuses oversized or chunked
// bodies and oversized headers from the headers alone, closes idle and slow connections,
// and counts connections per address and in total. Over a cap, a connection still gets
// GET /v1/health and a JSON refusal for anything else, from a small reserve.
class ConnectionGuard : public QObject {
    Q_OBJECT
public:
    explicit ConnectionGuard(ConnectionLimits limits, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    // A listening server (TLS when a configuration is given) for QAbstractHttpServer::bind;
    // nullptr when it cannot listen.
    QTcpServer *listen(const QHostAddress &address, quint16 port,
                       const std::optional<QSslConfiguration> &tls);
    // Sends what responders wrote for finished requests now, rather than when the event
    // loop comes round: a push's answer goes out before the pokes it causes.
    void flushAnswers();
    // For a request answered later (a push after the group commit, a login after the
    // password check): the connection's next requests wait until that answer is written,
    // since HTTP/1.1 answers in request order and QtHttpServer 6.4 would hand them to their
    // routes at once. While held, QtHttpServer does not hear that the client left either, so
    // it cannot delete the socket under the pending answer.
    void holdRequests(QTcpSocket *socket);
    // The held answer was written (or its client left): the next requests go on, and a
    // connection whose client left is deleted, as QtHttpServer would have done.
    void releaseRequests(const QPointer<QTcpSocket> &socket);

    // The connection a WebSocket was upgraded from, found by its two ends, address and port
    // of each (QWebSocket does not say); nullptr once it is gone.
    QTcpSocket *upgraded(const QHostAddress &peer, quint16 peerPort, const QHostAddress &local,
                         quint16 localPort) const;

    const ConnectionLimits &limits() const { return m_limits; }
    int connectionCount() const { return m_total; }

    class Watch;

private:
    friend class Watch;
    class Server;
    class SslServer;
    void admit(QTcpSocket *socket, qintptr descriptor);
    void watch(Watch *w);
    void unwatch(Watch *w);
    void sweep();
    void forget(Watch *watch, bool counted, const QHostAddress &address);
    static QString endsKey(const QHostAddress &peer, quint16 peerPort, const QHostAddress &local,
                           quint16 localPort);

    ConnectionLimits m_limits;
    int m_total = 0;
    int m_reserveInUse = 0;
    QHash<QHostAddress, int> m_perAddress;
    // Watches that a timeout may concern (not upgraded to WebSocket), swept twice a second.
    std::vector<Watch *> m_watched;
    QSet<Watch *> m_answering;
    QHash<QString, QTcpSocket *> m_upgraded; // by endsKey
    QTimer m_sweep;
};

// Raises the soft limit on open descriptors to the hard one; returns the limit now in force.
qint64 raiseDescriptorLimit();

} // namespace spil::server
