// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/DavServer.h"

#include "sync/server/DavXml.h"

#include <QFile>
#include <QSocketNotifier>
#include <algorithm>
#include <arpa/inet.h>
#include <cstring>
#include <microhttpd.h>
#include <netinet/in.h>

namespace spil::server {

struct DavServer::Call {
    DavRequest request;
    bool tooBig = false;
    bool started = false;
    MHD_Connection *connection = nullptr;
};

namespace {
MHD_Result addHeader(void *cls, MHD_ValueKind, const char *key, const char *value)
{
    auto *request = static_cast<DavRequest *>(cls);
    request->headers.insert(QByteArray(key).toLower(), QByteArray(value ? value : ""));
    return MHD_YES;
}

MHD_Result queue(MHD_Connection *connection, const DavResponse &answer)
{
    MHD_Response *r = MHD_create_response_from_buffer(size_t(answer.body.size()),
                                                      const_cast<char *>(answer.body.constData()),
                                                      MHD_RESPMEM_MUST_COPY);
    for (const auto &[name, value] : answer.headers)
        MHD_add_response_header(r, name.constData(), value.constData());
    const MHD_Result out = MHD_queue_response(connection, unsigned(answer.status), r);
    MHD_destroy_response(r);
    return out;
}

DavResponse plain(int status, const QString &sentence)
{
    DavResponse r;
    r.status = status;
    r.body = davError({}, sentence);
    r.setHeader("Content-Type", "application/xml; charset=utf-8");
    return r;
}

MHD_Result onRequest(void *cls, MHD_Connection *connection, const char *url, const char *method,
                     const char *, const char *uploadData, size_t *uploadSize, void **state)
{
    auto *server = static_cast<DavServer *>(cls);
    auto *call = static_cast<DavServer::Call *>(*state);
    if (!call) {
        call = new DavServer::Call;
        call->connection = connection;
        call->request.method = method;
        call->request.target = url;
        MHD_get_connection_values(connection, MHD_HEADER_KIND, addHeader, &call->request);
        *state = call;
        // Judged from the header: a body somewhat too big is read and dropped, so that the
        // client reads the 413 (most do not before they sent all); a far bigger one is cut.
        bool ok = false;
        const qint64 length = call->request.header("content-length").toLongLong(&ok);
        call->tooBig = ok && length > server->options().maxBodyBytes;
        if (ok && length > 16 * server->options().maxBodyBytes)
            return queue(connection, plain(413, QStringLiteral("the body is too big")));
        return MHD_YES;
    }
    if (*uploadSize > 0) {
        if (!call->tooBig) {
            call->request.body.append(uploadData, qsizetype(*uploadSize));
            call->tooBig = call->request.body.size() > server->options().maxBodyBytes;
            if (call->tooBig)
                call->request.body.clear();
        }
        *uploadSize = 0;
        return MHD_YES;
    }
    if (call->tooBig)
        return queue(connection, plain(413, QStringLiteral("the body is too big")));
    server->serve(*call);
    return MHD_YES;
}

void onCompleted(void *, MHD_Connection *, void **state, MHD_RequestTerminationCode)
{
    delete static_cast<DavServer::Call *>(*state);
    *state = nullptr;
}

// Paths stay as sent: DavHandler decodes each segment itself, so an encoded slash in a
// UID stays inside its segment.
size_t keepEscaped(void *, MHD_Connection *, char *s)
{
    return std::strlen(s);
}
} // namespace

DavServer::DavServer(Handler handler, const Options &options, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_options(options)
{
}

DavServer::~DavServer()
{
    if (m_daemon)
        MHD_stop_daemon(m_daemon);
}

void DavServer::serve(Call &call)
{
    DavResponse answer;
    try {
        answer = m_handler(call.request);
    } catch (...) {
        answer = plain(500, QStringLiteral("the server failed; try again"));
    }
    queue(call.connection, answer);
}

void DavServer::run()
{
    MHD_run(m_daemon);
    // Idle connections are closed on libmicrohttpd's clock, which only runs when asked.
    MHD_UNSIGNED_LONG_LONG ms = 0;
    if (MHD_get_timeout(m_daemon, &ms) == MHD_YES)
        m_timeout.start(int(std::min<MHD_UNSIGNED_LONG_LONG>(ms, 60'000)));
    else
        m_timeout.stop();
}

quint16 DavServer::listen(const QHostAddress &address, quint16 port, const QString &tlsCert,
                          const QString &tlsKey)
{
    unsigned flags = MHD_USE_EPOLL;
    const bool tls = !tlsCert.isEmpty() && !tlsKey.isEmpty();
    if (tls) {
        if (!MHD_is_feature_supported(MHD_FEATURE_TLS)) {
            m_error = QStringLiteral("this libmicrohttpd has no TLS");
            return 0;
        }
        QFile cert(tlsCert), key(tlsKey);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read the certificate or its key");
            return 0;
        }
        m_cert = cert.readAll();
        m_key = key.readAll();
        flags |= MHD_USE_TLS;
    }
    sockaddr_in v4{};
    sockaddr_in6 v6{};
    const sockaddr *bind = nullptr;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        flags |= MHD_USE_IPv6;
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(port);
        const Q_IPV6ADDR a = address.toIPv6Address();
        std::memcpy(&v6.sin6_addr, &a, sizeof a);
        bind = reinterpret_cast<const sockaddr *>(&v6);
    } else {
        v4.sin_family = AF_INET;
        v4.sin_port = htons(port);
        v4.sin_addr.s_addr = htonl(address.toIPv4Address());
        bind = reinterpret_cast<const sockaddr *>(&v4);
    }
    MHD_OptionItem tlsOptions[] = {
        {MHD_OPTION_HTTPS_MEM_CERT, 0, m_cert.data()},
        {MHD_OPTION_HTTPS_MEM_KEY, 0, m_key.data()},
        {MHD_OPTION_END, 0, nullptr},
    };
    m_daemon = MHD_start_daemon(
        flags, port, nullptr, nullptr, &onRequest, this, MHD_OPTION_SOCK_ADDR, bind,
        MHD_OPTION_NOTIFY_COMPLETED, &onCompleted, nullptr, MHD_OPTION_UNESCAPE_CALLBACK,
        &keepEscaped, nullptr, MHD_OPTION_CONNECTION_LIMIT, m_options.maxConnections,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, m_options.maxPerAddress, MHD_OPTION_CONNECTION_TIMEOUT,
        m_options.idleTimeoutSeconds, MHD_OPTION_ARRAY, tls ? tlsOptions : tlsOptions + 2,
        MHD_OPTION_END);
    if (!m_daemon) {
        m_error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
        return 0;
    }
    const MHD_DaemonInfo *epoll = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_EPOLL_FD);
    m_ready = new QSocketNotifier(epoll->epoll_fd, QSocketNotifier::Read, this);
    connect(m_ready, &QSocketNotifier::activated, this, &DavServer::run);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &DavServer::run);
    const MHD_DaemonInfo *info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info ? quint16(info->port) : port;
}

} // namespace spil::server
