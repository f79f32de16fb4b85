#pragma once

#include "protocol/Protocol.h"
#include "server/SyncService.h"

#include <QHostAddress>
#include <QHttpServerResponder>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QWebSocket;

namespace spil::server {

class SyncService;

// The HTTP and WebSocket face of spil-server: the only code that knows QtHttpServer (a
// technical preview in Qt 6.4), so it can be replaced without touching the sync rules.
// Every answer is JSON; every failure is {"error": {"code", "message"}} with a 4xx or 5xx.
class HttpApi : public QObject {
    Q_OBJECT
public:
    explicit HttpApi(SyncService &service, QObject *parent = nullptr);
    ~HttpApi() override;

    // TLS when both files are given. Returns the port listened on (0: failed).
    quint16 listen(const QHostAddress &address, quint16 port, const QString &tlsCert = {},
                   const QString &tlsKey = {});

private:
    struct Listener;
    // A push checked and decoded, waiting for the group commit.
    struct PendingPush {
        Session session;
        protocol::PushRequest request;
        QHttpServerResponder responder;
    };
    QHttpServerResponse handle(const QString &route, const QHttpServerRequest &request);
    void enqueuePush(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void flushPushes();
    void acceptWebSocket();
    // Tells each listener of the workspace about a version newer than the last it heard.
    void poke(const QString &workspace, qint64 version);
    // What other instances committed, should their notification have been lost.
    void pollVersions();

    SyncService &m_service;
    std::unique_ptr<QHttpServer> m_http;
    std::vector<std::unique_ptr<Listener>> m_listeners;
    std::vector<PendingPush> m_pending;
    bool m_flushScheduled = false;
    QTimer m_poll;
};

} // namespace spil::server
