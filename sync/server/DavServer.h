// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <atomic>

struct MHD_Daemon;

namespace spil::server {

class DavHandler;

// The CalDAV port's HTTP layer, on libmicrohttpd (QtHttpServer 6.4 cannot tell PROPFIND,
// REPORT and MKCALENDAR apart; see docs/architecture.md). libmicrohttpd reads requests on
// a thread of its own; each whole request is handed to DavHandler on the thread this
// object lives on (the event loop, where the store is), and its answer written back.
class DavServer : public QObject {
    Q_OBJECT
public:
    struct Options {
        qint64 maxBodyBytes = 4 << 20; // a bigger body is refused with 413 unread
        unsigned maxConnections = 256;
        unsigned maxPerAddress = 32;
        unsigned idleTimeoutSeconds = 60;
    };
    DavServer(DavHandler &handler, const Options &options, QObject *parent = nullptr);
    ~DavServer() override;

    // TLS when both PEM files are given. Returns the port listened on (0: failed, and
    // error() says why).
    quint16 listen(const QHostAddress &address, quint16 port, const QString &tlsCert = {},
                   const QString &tlsKey = {});
    QString error() const { return m_error; }

    // libmicrohttpd's side, on its thread.
    struct Call;
    void serve(Call &call);
    const Options &options() const { return m_options; }

private:
    DavHandler &m_handler;
    Options m_options;
    MHD_Daemon *m_daemon = nullptr;
    QByteArray m_cert, m_key; // libmicrohttpd reads them for as long as it runs
    QString m_error;
    std::atomic<bool> m_stopping{false};
};

} // namespace spil::server
