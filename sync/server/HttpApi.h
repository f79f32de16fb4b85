// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/protocol/Protocol.h"
#include "sync/server/CalendarFeed.h"
#include "sync/server/ConnectionGuard.h"
#include "sync/server/FileService.h"
#include "sync/server/LoginThrottle.h"
#include "sync/server/SyncService.h"

#include <QHostAddress>
#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <memory>
#include <unordered_map>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QTcpSocket;
class QWebSocket;

namespace spil::server {

class SyncService;

// The HTTP and WebSocket face of spil-server: the only code that knows QtHttpServer (a
// technical preview in Qt 6.4), so it can be replaced without touching the sync rules.
// Every answer is JSON; every failure is {"error": {"code", "message"}} with a 4xx or 5xx.
class HttpApi : public QObject {
    Q_OBJECT
public:
    struct Options {
        ConnectionLimits limits;
        // Every event socket is pinged this often and closed when the previous ping went
        // unanswered: a dead peer goes within two intervals.
        int pingIntervalMs = 30 * 1000;
        FileLimits files;
        // Files nothing names are looked for this often (and dropped after files.graceMs).
        int fileCollectionIntervalMs = 3600 * 1000;
    };
    explicit HttpApi(SyncService &service, QObject *parent = nullptr);
    HttpApi(SyncService &service, const Options &options, QObject *parent = nullptr);
    ~HttpApi() override;

    // TLS when both files are given. Returns the port listened on (0: failed).
    quint16 listen(const QHostAddress &address, quint16 port, const QString &tlsCert = {},
                   const QString &tlsKey = {});

    // The CalDAV port served beside this one (0: none), which the app-password answers
    // name so that an app can be pointed at it.
    void setDavPort(quint16 port) { m_davPort = port; }

private:
    struct Listener;
    // A push checked and decoded, waiting for the group commit.
    struct PendingPush {
        Session session;
        protocol::PushRequest request;
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
    };
    // A login whose password is being checked on the pool.
    struct PendingLogin {
        protocol::LoginRequest request;
        SyncService::LoginCheck check;
        QHostAddress address;
        QString throttleKey;
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
    };
    QHttpServerResponse handle(const QString &route, const QHttpServerRequest &request);
    // A calendar feed (/v1/feed/TOKEN.ics) and its token (/v1/feed-token).
    QHttpServerResponse feed(const QString &fileName, const QHttpServerRequest &request);
    QHttpServerResponse feedToken(const Session &session, const QHttpServerRequest &request);
    // The user's app passwords for calendar apps (/v1/app-passwords): made, listed, revoked.
    QHttpServerResponse appPasswords(const Session &session, const QHttpServerRequest &request);
    // /v1/files/{sha256} (GET a file or a range of it, PUT a chunk) and, with status,
    // /v1/files/{sha256}/upload (GET how much of it arrived); in HttpFiles.cpp. A file's
    // bytes stream to the client as it takes them.
    void handleFile(const QString &sha256, bool status, const QHttpServerRequest &request,
                    QHttpServerResponder &&responder);
    void collectFiles();
    void routeUnknownMethod(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void startLogin(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void finishLogin(quint64 id, bool passwordValid);
    void enqueuePush(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void flushPushes();
    // Writes an answer that was deferred, if its client is still there to read it, and lets
    // the connection's next requests go on.
    void answerHeld(QHttpServerResponder &responder, const QPointer<QTcpSocket> &socket, int status,
                    const QByteArray &body);
    void acceptWebSocket();
    void dropListener(Listener *listener);
    void pingListeners();
    // After a commit: the answers to the pushes leave first, then the pokes.
    void pokeAfterAnswers(const QString &workspace, qint64 version);
    // Tells each listener of the workspace about a version newer than the last it heard.
    void poke(const QString &workspace, qint64 version);
    // What other instances committed, should their notification have been lost.
    void pollVersions();

    SyncService &m_service;
    quint16 m_davPort = 0;
    CalendarFeed m_feed;
    FileService m_files;
    QTimer m_collect;
    // Before m_http: the sockets QtHttpServer holds report to it until they are gone.
    ConnectionGuard m_guard;
    std::unique_ptr<QHttpServer> m_http;
    // Each workspace's listeners; a listener knows its place, so leaving costs O(1).
    std::unordered_map<QString, std::vector<std::unique_ptr<Listener>>> m_listeners;
    std::vector<PendingPush> m_pending;
    bool m_flushScheduled = false;
    QTimer m_poll;
    QTimer m_ping;
    // Many closed sockets leave freed memory in glibc's arenas; it goes back a moment later.
    QTimer m_trim;
    int m_droppedSinceTrim = 0;
    int m_downloads = 0; // bodies being sent (FileBody)
    LoginThrottle m_throttle;
    std::unordered_map<quint64, PendingLogin> m_logins;
    quint64 m_nextLogin = 0;
    // Last: its destructor waits for the checks under way, which report to this object.
    QThreadPool m_passwordChecks;
};

} // namespace spil::server
