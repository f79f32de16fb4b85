#include "HttpApi.h"

#include "common/Error.h"
#include "protocol/Protocol.h"
#include "server/SyncError.h"
#include "server/SyncService.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

namespace spil::server {

using namespace protocol;
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

// A connected /v1/events socket and whose it is.
struct HttpApi::Listener {
    std::unique_ptr<QWebSocket> socket;
    QString workspace;
    QString deviceId;
    // The newest version this socket was told of: the same version comes from this
    // instance's commit, from another instance's notification and from the poll.
    qint64 heard = 0;
};

namespace {
const QByteArray kJson = QByteArrayLiteral("application/json");
// How late a poke may come when a notification of another instance got lost (or when an
// admin command wrote to a SQLite store).
constexpr int kPollMs = 2000;

QHttpServerResponse json(const QByteArray &body, int status = 200)
{
    return QHttpServerResponse(kJson, body, Status(status));
}

QByteArray errorBody(const QString &code, const QString &message, qint64 expected = -1)
{
    return encode(ErrorReply{code, message, expected});
}

QHttpServerResponse error(int status, const QString &code, const QString &message,
                          qint64 expected = -1)
{
    return json(errorBody(code, message, expected), status);
}

QString header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(value);
    }
    return {};
}

// The answer for the exception being handled: a SyncError as it says, bad input as 400,
// anything else as 500 with the cause in the log only.
std::pair<int, QByteArray> currentFailure()
{
    try {
        throw;
    } catch (const SyncError &e) {
        return {e.status, errorBody(e.code, e.message, e.expectedMutation)};
    } catch (const Error &e) {
        if (e.kind() != ErrorKind::Storage)
            return {400, errorBody(QStringLiteral("bad_request"), e.message())};
        qWarning("spil-server: %s", qPrintable(e.message()));
    } catch (const std::exception &e) {
        qWarning("spil-server: %s", e.what());
    }
    return {500,
            errorBody(QStringLiteral("internal"), QStringLiteral("the server failed; try again"))};
}

bool acceptsDeflate(const QHttpServerRequest &request)
{
    return header(request, "Accept-Encoding")
        .contains(QStringLiteral("deflate"), Qt::CaseInsensitive);
}

// Pages of records shrink several times over: HTTP's "deflate" is a zlib stream, which
// is qCompress's output without its four-byte length prefix.
QHttpServerResponse deflated(const QByteArray &body)
{
    // The fastest level: pages of records compress well even so.
    QHttpServerResponse response(kJson, qCompress(body, 1).mid(4));
    response.addHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("deflate"));
    return response;
}

qint64 queryNumber(const QUrlQuery &query, const QString &name, qint64 fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 n = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || n < 0)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' must be a whole number").arg(name));
    return n;
}

void onlyQueryItems(const QUrlQuery &query, const QStringList &allowed)
{
    for (const auto &[key, value] : query.queryItems()) {
        if (!allowed.contains(key))
            fail(ErrorKind::BadInput, QStringLiteral("unknown query parameter '%1'").arg(key));
    }
}
} // namespace

HttpApi::HttpApi(SyncService &service, QObject *parent)
    : QObject(parent), m_service(service), m_http(std::make_unique<QHttpServer>())
{
    for (const char *route :
         {"/v1/login", "/v1/logout", "/v1/pull", "/v1/conflicts", "/v1/health", "/v1/principals"}) {
        const QString name = QLatin1String(route);
        m_http->route(name, [this, name](const QHttpServerRequest &request) {
            return handle(name, request);
        });
    }
    m_http->route(QStringLiteral("/v1/push"),
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      enqueuePush(request, std::move(responder));
                  });
    // Qt 6.4 hands an upgrade to the WebSocket server only when a route took the request;
    // the route must then leave the responder unanswered. Authentication follows in
    // acceptWebSocket().
    m_http->route(QStringLiteral("/v1/events"), [](const QHttpServerRequest &request,
                                                   QHttpServerResponder &&responder) {
        if (header(request, "Upgrade").compare(QStringLiteral("websocket"), Qt::CaseInsensitive) ==
            0)
            return;
        responder.write(
            errorBody(QStringLiteral("bad_request"), QStringLiteral("/v1/events is a WebSocket")),
            kJson, QHttpServerResponder::StatusCode::BadRequest);
    });
    m_http->setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QByteArray body =
                errorBody(QStringLiteral("not_found"),
                          QStringLiteral("no such route: %1").arg(request.url().path()));
            responder.write(body, kJson, QHttpServerResponder::StatusCode::NotFound);
        });
    connect(m_http.get(), &QAbstractHttpServer::newWebSocketConnection, this,
            &HttpApi::acceptWebSocket);
    connect(&m_service, &SyncService::versionCommitted, this, &HttpApi::poke);
    // Other instances over the same database commit too; their devices' pokes must reach
    // the sockets held here.
    m_service.storage().watchCommits(
        [this](const QString &workspace, qint64 version) { poke(workspace, version); });
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &HttpApi::pollVersions);
    m_poll.start();
}

HttpApi::~HttpApi() = default;

quint16 HttpApi::listen(const QHostAddress &address, quint16 port, const QString &tlsCert,
                        const QString &tlsKey)
{
    if (!tlsCert.isEmpty() || !tlsKey.isEmpty()) {
        QFile certFile(tlsCert), keyFile(tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            fail(ErrorKind::BadInput, QStringLiteral("cannot read the TLS certificate or key"));
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (cert.isNull() || key.isNull())
            fail(ErrorKind::BadInput, QStringLiteral("the TLS certificate or key is not PEM"));
        m_http->sslSetup(cert, key);
    }
    return m_http->listen(address, port);
}

QHttpServerResponse HttpApi::handle(const QString &route, const QHttpServerRequest &request)
{
    const auto needs = [&](Method method) {
        if (request.method() != method)
            throw SyncError(405, QStringLiteral("method_not_allowed"),
                            QStringLiteral("%1 takes %2")
                                .arg(route, method == Method::Get ? QStringLiteral("GET")
                                                                  : QStringLiteral("POST")));
    };
    m_service.storage().endReads();
    try {
        if (request.body().size() > kMaxBodyBytes)
            throw SyncError(
                413, QStringLiteral("too_large"),
                QStringLiteral("a request body may hold at most %1 bytes").arg(kMaxBodyBytes));
        const QUrlQuery query(request.url());
        if (route == QStringLiteral("/v1/health")) {
            needs(Method::Get);
            return json(R"({"status":"ok"})");
        }
        if (route == QStringLiteral("/v1/login")) {
            needs(Method::Post);
            return json(encode(m_service.login(decodeLoginRequest(request.body()))));
        }
        const Session session = m_service.authenticate(header(request, "Authorization"));
        if (route == QStringLiteral("/v1/logout")) {
            needs(Method::Post);
            m_service.logout(session);
            return json(R"({"status":"signed out"})");
        }
        if (route == QStringLiteral("/v1/pull")) {
            needs(Method::Get);
            onlyQueryItems(
                query, {QStringLiteral("since"), QStringLiteral("limit"), QStringLiteral("epoch")});
            const QByteArray page = encode(m_service.pull(
                session, queryNumber(query, QStringLiteral("since"), 0),
                int(std::min<qint64>(queryNumber(query, QStringLiteral("limit"), 1000),
                                     kMaxPullLimit)),
                query.queryItemValue(QStringLiteral("epoch"))));
            return acceptsDeflate(request) ? deflated(page) : json(page);
        }
        if (route == QStringLiteral("/v1/principals")) {
            needs(Method::Post);
            return json(
                encode(m_service.setPrincipals(session, decodePrincipalsRequest(request.body()))));
        }
        if (route == QStringLiteral("/v1/conflicts")) {
            needs(Method::Get);
            onlyQueryItems(query, {QStringLiteral("limit")});
            QJsonArray out;
            for (const ConflictEntry &c : m_service.conflicts(
                     session,
                     int(std::min<qint64>(queryNumber(query, QStringLiteral("limit"), 100), 1000))))
                out << QJsonObject{{QStringLiteral("entity"), c.entity},
                                   {QStringLiteral("record_id"), c.recordId},
                                   {QStringLiteral("field"), c.field},
                                   {QStringLiteral("lost_value"), c.lostValue},
                                   {QStringLiteral("lost_hlc"), c.lostHlc},
                                   {QStringLiteral("kept_value"), c.keptValue},
                                   {QStringLiteral("kept_hlc"), c.keptHlc},
                                   {QStringLiteral("version"), c.version},
                                   {QStringLiteral("at"), c.atMs}};
            return json(QJsonDocument(QJsonObject{{QStringLiteral("conflicts"), out}})
                            .toJson(QJsonDocument::Compact));
        }
        return error(404, QStringLiteral("not_found"), QStringLiteral("no such route"));
    } catch (...) {
        const auto [status, body] = currentFailure();
        return json(body, status);
    }
}

void HttpApi::enqueuePush(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    m_service.storage().endReads();
    try {
        if (request.method() != Method::Post)
            throw SyncError(405, QStringLiteral("method_not_allowed"),
                            QStringLiteral("/v1/push takes POST"));
        if (request.body().size() > kMaxBodyBytes)
            throw SyncError(
                413, QStringLiteral("too_large"),
                QStringLiteral("a request body may hold at most %1 bytes").arg(kMaxBodyBytes));
        const Session session = m_service.authenticate(header(request, "Authorization"));
        m_pending.push_back({session, decodePushRequest(request.body()), std::move(responder)});
    } catch (...) {
        const auto [status, body] = currentFailure();
        responder.write(body, kJson, QHttpServerResponder::StatusCode(status));
        return;
    }
    // Whatever else arrives before the event loop comes round joins this commit.
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &HttpApi::flushPushes);
    }
}

void HttpApi::flushPushes()
{
    m_flushScheduled = false;
    std::vector<PendingPush> batch;
    batch.swap(m_pending);
    QList<SyncService::PushJob> jobs;
    for (const PendingPush &p : batch)
        jobs << SyncService::PushJob{&p.session, &p.request};
    QList<SyncService::PushResult> results;
    try {
        results = m_service.pushBatch(jobs);
    } catch (...) {
        const auto [status, body] = currentFailure();
        for (PendingPush &p : batch)
            p.responder.write(body, kJson, QHttpServerResponder::StatusCode(status));
        return;
    }
    for (size_t i = 0; i < batch.size(); ++i) {
        const SyncService::PushResult &r = results[qsizetype(i)];
        if (r.error)
            batch[i].responder.write(
                errorBody(r.error->code, r.error->message, r.error->expectedMutation), kJson,
                QHttpServerResponder::StatusCode(r.error->status));
        else
            batch[i].responder.write(encode(r.reply), kJson, QHttpServerResponder::StatusCode::Ok);
    }
}

void HttpApi::acceptWebSocket()
{
    m_service.storage().endReads();
    while (m_http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection();
        if (!socket)
            continue;
        const QUrl url = socket->requestUrl();
        // The token comes in a header only: URLs end up in logs.
        const QString token = QString::fromLatin1(socket->request().rawHeader("Authorization"));
        try {
            if (url.path() != QStringLiteral("/v1/events"))
                throw SyncError(404, QStringLiteral("not_found"), QStringLiteral("no such route"));
            const Session session = m_service.authenticate(token);
            auto listener = std::make_unique<Listener>();
            listener->workspace = session.user.workspace;
            listener->deviceId = session.device.id;
            listener->socket = std::move(socket);
            QWebSocket *raw = listener->socket.get();
            connect(raw, &QWebSocket::disconnected, this, [this, raw] {
                for (auto it = m_listeners.begin(); it != m_listeners.end(); ++it) {
                    if ((*it)->socket.get() == raw) {
                        (*it)->socket.release()->deleteLater();
                        m_listeners.erase(it);
                        return;
                    }
                }
            });
            listener->heard = m_service.storage().currentVersion(listener->workspace);
            raw->sendTextMessage(QString::fromUtf8(encodePoke(listener->heard)));
            m_listeners.push_back(std::move(listener));
        } catch (const Error &e) {
            qWarning("spil-server: %s", qPrintable(e.message()));
            socket->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection,
                          QStringLiteral("internal"));
            socket.release()->deleteLater();
        } catch (const SyncError &e) {
            socket->sendTextMessage(QString::fromUtf8(errorBody(e.code, e.message)));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, e.code);
            socket.release()->deleteLater();
        }
    }
}

void HttpApi::pollVersions()
{
    QSet<QString> workspaces;
    for (const auto &listener : m_listeners)
        workspaces.insert(listener->workspace);
    try {
        m_service.storage().endReads();
        for (const QString &workspace : workspaces)
            poke(workspace, m_service.storage().currentVersion(workspace));
    } catch (const Error &e) {
        qWarning("spil-server: %s", qPrintable(e.message()));
    }
}

void HttpApi::poke(const QString &workspace, qint64 version)
{
    const QString message = QString::fromUtf8(encodePoke(version));
    QList<Listener *> due;
    QStringList devices;
    for (auto &listener : m_listeners) {
        if (listener->workspace == workspace && listener->heard < version) {
            due << listener.get();
            devices << listener->deviceId;
        }
    }
    if (due.isEmpty())
        return;
    // A device signed out since it connected hears nothing more. One read for all of them:
    // a poke may go to hundreds of sockets.
    QSet<QString> signedIn;
    try {
        m_service.storage().endReads();
        signedIn = m_service.signedIn(devices);
    } catch (const Error &e) {
        qWarning("spil-server: %s", qPrintable(e.message()));
        return; // the store failed: these sockets hear of it at the next poke or poll
    }
    // Closing a socket may remove its listener at once: close only after the loop.
    QList<QWebSocket *> signedOut;
    for (Listener *listener : due) {
        if (!signedIn.contains(listener->deviceId)) {
            signedOut << listener->socket.get();
            continue;
        }
        listener->heard = version;
        listener->socket->sendTextMessage(message);
    }
    for (QWebSocket *socket : signedOut)
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("signed out"));
}

} // namespace spil::server
