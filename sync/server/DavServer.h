// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/server/DavMessages.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <functional>

struct MHD_Daemon;
class QSocketNotifier;

namespace spil::server {

// The CalDAV port's HTTP layer, on libmicrohttpd (QtHttpServer 6.4 cannot tell PROPFIND,
// REPORT and MKCALENDAR apart; see docs/architecture.md). libmicrohttpd runs inside the
// event loop, on no thread of its own: its epoll descriptor is watched like any socket, so
// each whole request reaches the handler (DavHandler::handle) on the thread where the
// store is, with no hand-over between threads.
class DavServer : public QObject {
    Q_OBJECT
public:
    struct Options {
        qint64 maxBodyBytes = 4 << 20; // a bigger body is refused with 413, not kept
        unsigned maxConnections = 256;
        unsigned maxPerAddress = 32;
        unsigned idleTimeoutSeconds = 60;
    };
    using Handler = std::function<DavResponse(const DavRequest &)>;
    DavServer(Handler handler, const Options &options, QObject *parent = nullptr);
    ~DavServer() override;

    // TLS when both PEM files are given. Returns the port listened on (0: failed, and
    // error() says why).
    quint16 listen(const QHostAddress &address, quint16 port, const QString &tlsCert = {},
                   const QString &tlsKey = {});
    QString error() const { return m_error; }

    // libmicrohttpd's side.
    struct Call;
    void serve(Call &call);
    const Options &options() const { return m_options; }

private:
    // Lets libmicrohttpd do what its sockets and timers are ready for.
    void run();
    Handler m_handler;
    Options m_options;
    MHD_Daemon *m_daemon = nullptr;
    QByteArray m_cert, m_key; // libmicrohttpd reads them for as long as it runs
    QString m_error;
    QSocketNotifier *m_ready = nullptr;
    QTimer m_timeout;
};

} // namespace spil::server
