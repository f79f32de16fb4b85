// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/ConnectionGuard.h"

#include "sync/protocol/ErrorCode.h"
#include "sync/protocol/Protocol.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <algorithm>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace spil::server {

using protocol::ErrorCode;

namespace {
// How long a refused connection may take to read our answer while we drop what it still
// sends (closing at once with unread input makes the kernel send a reset, and the client
// may lose the answer).
constexpr int kLingerMs = 2000;
// Answers a client requested but does not read: past this, it is dropped.
constexpr qint64 kMaxUnsentBytes = 16 << 20;
// Descriptors the process needs besides connections: stores, listeners, files.
constexpr int kOwnDescriptors = 64;
constexpr int kSweepMs = 500;
constexpr int kRetryAfterSeconds = 10;

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

QHostAddress peerOf(qintptr descriptor)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr *>(&storage));
}

const char *reason(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Service Unavailable";
    }
}

// Where the headers end (after the blank line), or -1. QtHttpServer takes LF alone too.
qsizetype headEnd(const QByteArray &head)
{
    const qsizetype crlf = head.indexOf("\n\r\n");
    const qsizetype lf = head.indexOf("\n\n");
    if (crlf < 0 && lf < 0)
        return -1;
    if (lf < 0 || (crlf >= 0 && crlf < lf))
        return crlf + 3;
    return lf + 2;
}
} // namespace

class ConnectionGuard::Watch : public QObject {
public:
    enum class Kind { Normal, OverTotal, OverAddress };
    enum class State { Head, Body, Answering, Closing, Upgraded };

    Watch(ConnectionGuard &guard, QTcpSocket *socket, Kind kind, QHostAddress address)
        : QObject(socket), m_guard(guard), m_socket(socket), m_kind(kind),
          m_address(std::move(address))
    {
        // First in line: QtHttpServer connects its own slot after the server hands the
        // socket over.
        connect(socket, &QIODevice::readyRead, this, &Watch::onReadyRead);
        connect(socket, &QIODevice::bytesWritten, this, &Watch::onBytesWritten);
        // The whole request may hold headers and the largest body; more waits in the kernel.
        socket->setReadBufferSize(guard.m_limits.maxHeaderBytes + guard.m_limits.maxBodyBytes +
                                  64 * 1024);
        m_deadline = nowMs() + guard.m_limits.headerTimeoutMs;
    }
    ~Watch() override
    {
        if (!m_upgradedKey.isEmpty() && m_guard.m_upgraded.value(m_upgradedKey) == m_socket)
            m_guard.m_upgraded.remove(m_upgradedKey);
        m_guard.forget(this, m_kind == Kind::Normal, m_address);
    }

    qint64 deadline() const { return m_deadline; }
    size_t index = 0;
    bool watched = false;

    void flush()
    {
        if (m_socket->bytesToWrite() > 0)
            m_socket->flush();
    }

    void expire()
    {
        switch (m_state) {
        case State::Head:
            refuse(408, ErrorCode::RequestTimeout,
                   QStringLiteral("the request's headers did not arrive in time"));
            return;
        case State::Body:
            refuse(408, ErrorCode::RequestTimeout,
                   QStringLiteral("the request body did not arrive in time"));
            return;
        case State::Answering:
            m_guard.m_answering.remove(this);
            m_guard.unwatch(this);
            // Idle, or its answers pile up unread.
            if (m_socket->bytesToWrite() > 0)
                m_socket->abort();
            else
                m_socket->disconnectFromHost();
            return;
        case State::Closing:
        case State::Upgraded:
            m_guard.unwatch(this);
            m_socket->abort();
            return;
        }
    }

private:
    void onReadyRead()
    {
        if (m_state == State::Upgraded)
            return;
        if (m_state == State::Closing) {
            drain();
            return;
        }
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0)
            return;
        const qint64 now = nowMs();
        // QtHttpServer keeps a transaction open while a request is incomplete: without
        // one, these bytes begin a new request.
        const bool newRequest = !m_socket->isTransactionStarted();
        if (newRequest) {
            if (m_socket->bytesToWrite() > kMaxUnsentBytes ||
                (m_answered && m_kind != Kind::Normal)) {
                m_socket->abort();
                return;
            }
            m_state = State::Head;
            m_head.clear();
            m_requestBytes = 0;
            m_deadline = now + m_guard.m_limits.headerTimeoutMs;
            m_requestDeadline = now + m_guard.m_limits.requestTimeoutMs;
            m_guard.watch(this);
        }
        m_requestBytes += available;
        if (m_state == State::Head) {
            readHead(newRequest, available);
        } else if (m_state == State::Body) {
            m_bodyLeft -= available;
            if (m_bodyLeft <= 0)
                complete(now);
        }
    }

    void readHead(bool newRequest, qint64 available)
    {
        const int limit = m_guard.m_limits.maxHeaderBytes;
        const qint64 room = limit + 4 - m_head.size();
        const QByteArray bytes = m_socket->peek(std::min(available, std::max<qint64>(room, 0)));
        if (newRequest) {
            // Line ends left over from the previous request, as QtHttpServer skips them.
            qsizetype skip = 0;
            while (skip < bytes.size() && QByteArrayView("\r\n \t").contains(bytes[skip]))
                ++skip;
            m_skipped = skip;
            m_head = bytes.mid(skip);
        } else {
            m_head += bytes;
        }
        const qsizetype end = headEnd(m_head);
        if (end < 0 || end > limit) {
            if (m_head.size() > limit)
                refuse(431, ErrorCode::HeadersTooLarge,
                       QStringLiteral("the request line and headers may hold at most %1 bytes")
                           .arg(limit));
            return;
        }
        const QByteArray head = m_head.left(end);
        m_head = QByteArray();
        if (!inspect(head))
            return;
        if (m_upgrade) {
            // The WebSocket server takes the socket over; pings look after it from now on.
            m_state = State::Upgraded;
            m_guard.unwatch(this);
            // A connection already gone has no ends to be found by.
            if (m_socket->peerPort() != 0) {
                m_upgradedKey = endsKey(m_socket->peerAddress(), m_socket->peerPort(),
                                        m_socket->localAddress(), m_socket->localPort());
                m_guard.m_upgraded.insert(m_upgradedKey, m_socket);
            }
            return;
        }
        const qint64 bodySeen = m_requestBytes - m_skipped - end;
        m_bodyLeft = m_contentLength - bodySeen;
        if (m_bodyLeft <= 0) {
            complete(nowMs());
        } else {
            m_state = State::Body;
            m_deadline = m_requestDeadline;
        }
    }

    // Decides from the headers alone; false when the request was refused.
    bool inspect(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.trimmed().split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        const QByteArray method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        if (lines.size() - 1 > m_guard.m_limits.maxHeaderCount) {
            refuse(431, ErrorCode::HeadersTooLarge,
                   QStringLiteral("a request may carry at most %1 headers")
                       .arg(m_guard.m_limits.maxHeaderCount));
            return false;
        }
        m_contentLength = 0;
        m_upgrade = false;
        bool upgradeHeader = false, connectionUpgrade = false, haveLength = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines[i];
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = !value.isEmpty() && std::all_of(value.begin(), value.end(), [](char c) {
                    return c >= '0' && c <= '9';
                });
                const qint64 length = ok ? value.toLongLong(&ok) : -1;
                if (!ok || (haveLength && length != m_contentLength)) {
                    refuse(400, ErrorCode::BadRequest,
                           QStringLiteral("Content-Length must be one whole number"));
                    return false;
                }
                haveLength = true;
                m_contentLength = length;
            } else if (name == "transfer-encoding") {
                refuse(411, ErrorCode::LengthRequired,
                       QStringLiteral("send a request body with Content-Length, not chunked"));
                return false;
            } else if (name == "upgrade") {
                upgradeHeader = value.compare("websocket", Qt::CaseInsensitive) == 0;
            } else if (name == "connection") {
                connectionUpgrade = value.toLower().contains("upgrade");
            }
        }
        if (m_kind != Kind::Normal && !(method == "GET" && target == "/v1/health")) {
            const bool full = m_kind == Kind::OverTotal;
            refuse(full ? 503 : 429, full ? ErrorCode::ServerBusy : ErrorCode::TooManyConnections,
                   full ? QStringLiteral("the server holds as many connections as it may; "
                                         "try again later")
                        : QStringLiteral("too many connections from this address; close some "
                                         "or try again later"),
                   kRetryAfterSeconds);
            return false;
        }
        if (m_contentLength > m_guard.m_limits.maxBodyBytes) {
            refuse(413, ErrorCode::TooLarge,
                   QStringLiteral("a request body may hold at most %1 bytes")
                       .arg(m_guard.m_limits.maxBodyBytes));
            return false;
        }
        m_upgrade = upgradeHeader && connectionUpgrade;
        return true;
    }

    void complete(qint64 now)
    {
        m_state = State::Answering;
        m_answered = true;
        m_deadline = now + m_guard.m_limits.idleTimeoutMs;
        m_guard.m_answering.insert(this);
    }

    void onBytesWritten()
    {
        if (m_socket->bytesToWrite() > 0)
            return;
        if (m_state == State::Closing) {
            halfClose();
        } else if (m_state == State::Answering) {
            m_guard.m_answering.remove(this);
            m_deadline = nowMs() + m_guard.m_limits.idleTimeoutMs;
            // Over a cap: one answer, then the descriptor goes back to the reserve.
            if (m_kind != Kind::Normal)
                m_socket->disconnectFromHost();
        }
    }

    // Answers with a JSON error itself, takes the socket from QtHttpServer and closes it.
    void refuse(int status, protocol::ErrorCode code, const QString &message, int retryAfter = 0)
    {
        const QByteArray body = protocol::encode(protocol::ErrorReply{toText(code), message});
        QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) +
                            "\r\nContent-Type: application/json\r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
        if (retryAfter > 0)
            answer += "Retry-After: " + QByteArray::number(retryAfter) + "\r\n";
        answer += "\r\n" + body;
        // Nothing more reaches QtHttpServer; its own disconnected() handler still deletes
        // the socket once the client has gone.
        QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        connect(m_socket, &QIODevice::readyRead, this, &Watch::drain);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_guard.m_answering.remove(this);
        m_state = State::Closing;
        m_deadline = nowMs() + kLingerMs;
        m_guard.watch(this);
        drain();
        m_socket->write(answer);
        m_socket->flush();
        if (m_socket->bytesToWrite() == 0)
            halfClose();
    }

    void drain()
    {
        char sink[16384];
        while (m_socket->read(sink, sizeof sink) > 0) {
        }
    }

    void halfClose()
    {
        if (m_halfClosed)
            return;
        m_halfClosed = true;
        // TLS closes with its own alert; plain TCP stops sending and reads what is left.
        if (qobject_cast<QSslSocket *>(m_socket))
            m_socket->disconnectFromHost();
        else
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    }

    ConnectionGuard &m_guard;
    QTcpSocket *m_socket;
    const Kind m_kind;
    const QHostAddress m_address;
    State m_state = State::Head;
    QByteArray m_head;
    qsizetype m_skipped = 0;
    qint64 m_requestBytes = 0;
    qint64 m_contentLength = 0;
    qint64 m_bodyLeft = 0;
    qint64 m_deadline = 0;
    qint64 m_requestDeadline = 0;
    bool m_upgrade = false;
    QString m_upgradedKey;
    bool m_answered = false;
    bool m_halfClosed = false;
};

class ConnectionGuard::Server : public QTcpServer {
public:
    Server(ConnectionGuard &guard) : m_guard(guard) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            ::close(int(descriptor));
            delete socket;
            return;
        }
        m_guard.admit(socket, descriptor);
        if (socket->state() == QAbstractSocket::ConnectedState)
            addPendingConnection(socket);
    }

private:
    ConnectionGuard &m_guard;
};

class ConnectionGuard::SslServer : public QSslServer {
public:
    SslServer(ConnectionGuard &guard) : m_guard(guard) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QSslServer::incomingConnection(descriptor);
        // QSslServer makes the socket as its newest child and hands it over only after the
        // handshake (which has its own timeout).
        auto *socket =
            children().isEmpty() ? nullptr : qobject_cast<QSslSocket *>(children().constLast());
        if (socket && socket->socketDescriptor() == descriptor)
            m_guard.admit(socket, descriptor);
    }

private:
    ConnectionGuard &m_guard;
};

ConnectionGuard::ConnectionGuard(ConnectionLimits limits, QObject *parent)
    : QObject(parent), m_limits(limits)
{
    rlimit nofile{};
    if (::getrlimit(RLIMIT_NOFILE, &nofile) == 0 && nofile.rlim_cur != RLIM_INFINITY) {
        const qint64 room = qint64(nofile.rlim_cur) - m_limits.reserve - kOwnDescriptors;
        if (room < m_limits.maxConnections) {
            qWarning("spil-server: %lld open files allowed: at most %lld connections",
                     qint64(nofile.rlim_cur), std::max<qint64>(room, 1));
            m_limits.maxConnections = int(std::max<qint64>(room, 1));
        }
    }
    m_sweep.setInterval(kSweepMs);
    connect(&m_sweep, &QTimer::timeout, this, &ConnectionGuard::sweep);
    m_sweep.start();
}

ConnectionGuard::~ConnectionGuard() = default;

QTcpServer *ConnectionGuard::listen(const QHostAddress &address, quint16 port,
                                    const std::optional<QSslConfiguration> &tls)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *ssl = new SslServer(*this);
        ssl->setSslConfiguration(*tls);
        server = ssl;
    } else {
        server = new Server(*this);
    }
    // Out of descriptors, Qt stops accepting for good; accept again a moment later, when
    // connections may have closed, without spinning in between.
    connect(server, &QTcpServer::acceptError, server, [server](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::SocketResourceError)
            return;
        qWarning("spil-server: out of file descriptors; accepting again in a moment");
        server->pauseAccepting();
        QTimer::singleShot(250, server, [server] { server->resumeAccepting(); });
    });
    if (!server->listen(address, port)) {
        delete server;
        return nullptr;
    }
    return server;
}

void ConnectionGuard::admit(QTcpSocket *socket, qintptr descriptor)
{
    // QtHttpServer writes an answer's head and body apart: with Nagle's algorithm the body
    // waited for the client's delayed ACK of the head, 40 ms on some answers (a pull of
    // 50 kB among them).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QHostAddress address = peerOf(descriptor);
    Watch::Kind kind = Watch::Kind::Normal;
    if (m_total >= m_limits.maxConnections)
        kind = Watch::Kind::OverTotal;
    else if (m_limits.maxPerAddress > 0 && m_perAddress.value(address) >= m_limits.maxPerAddress)
        kind = Watch::Kind::OverAddress;
    if (kind != Watch::Kind::Normal) {
        if (m_reserveInUse >= m_limits.reserve) {
            // Not even the reserve is left: closing at once keeps the listen queue moving.
            socket->abort();
            socket->deleteLater();
            return;
        }
        ++m_reserveInUse;
    } else {
        ++m_total;
        ++m_perAddress[address];
    }
    watch(new Watch(*this, socket, kind, address));
}

void ConnectionGuard::watch(Watch *w)
{
    if (w->watched)
        return;
    w->watched = true;
    w->index = m_watched.size();
    m_watched.push_back(w);
}

void ConnectionGuard::unwatch(Watch *w)
{
    if (!w->watched)
        return;
    w->watched = false;
    Watch *last = m_watched.back();
    m_watched[w->index] = last;
    last->index = w->index;
    m_watched.pop_back();
}

void ConnectionGuard::forget(Watch *w, bool counted, const QHostAddress &address)
{
    unwatch(w);
    m_answering.remove(w);
    if (!counted) {
        --m_reserveInUse;
        return;
    }
    --m_total;
    auto it = m_perAddress.find(address);
    if (it != m_perAddress.end() && --*it <= 0)
        m_perAddress.erase(it);
}

QString ConnectionGuard::endsKey(const QHostAddress &peer, quint16 peerPort,
                                 const QHostAddress &local, quint16 localPort)
{
    return peer.toString() + u'|' + QString::number(peerPort) + u'|' + local.toString() + u'|' +
           QString::number(localPort);
}

QTcpSocket *ConnectionGuard::upgraded(const QHostAddress &peer, quint16 peerPort,
                                      const QHostAddress &local, quint16 localPort) const
{
    return m_upgraded.value(endsKey(peer, peerPort, local, localPort));
}

void ConnectionGuard::sweep()
{
    const qint64 now = nowMs();
    std::vector<QPointer<Watch>> due;
    for (Watch *w : m_watched) {
        if (w->deadline() <= now)
            due.emplace_back(w);
    }
    for (const QPointer<Watch> &w : due) {
        if (w)
            w->expire();
    }
}

void ConnectionGuard::holdRequests(QTcpSocket *socket)
{
    // QtHttpServer reads requests only on readyRead (and re-emits it, queued, for what is
    // left in the buffer after a request): blocked, nothing reaches it or the Watch, and
    // what arrives meanwhile stays in the socket's buffer.
    socket->blockSignals(true);
}

void ConnectionGuard::releaseRequests(const QPointer<QTcpSocket> &socket)
{
    if (!socket)
        return;
    socket->blockSignals(false);
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
    else if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

void ConnectionGuard::flushAnswers()
{
    for (Watch *w : std::as_const(m_answering))
        w->flush();
}

qint64 raiseDescriptorLimit()
{
    rlimit nofile{};
    if (::getrlimit(RLIMIT_NOFILE, &nofile) != 0)
        return -1;
    if (nofile.rlim_cur < nofile.rlim_max) {
        rlimit raised = nofile;
        // An unlimited hard limit still has the kernel's ceiling (fs.nr_open).
        raised.rlim_cur = nofile.rlim_max == RLIM_INFINITY ? rlim_t(1) << 20 : nofile.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            nofile = raised;
    }
    return nofile.rlim_cur == RLIM_INFINITY ? -1 : qint64(nofile.rlim_cur);
}

} // namespace spil::server
