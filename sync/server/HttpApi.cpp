// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/HttpApi.h"

#include "sync/server/AppPasswords.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/FrameWriter.h"
#include "sync/server/SyncError.h"
#include "sync/server/SyncService.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <cmath>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace spil::server {

using namespace protocol;
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

// A connected /v1/events socket and whose it is.
struct HttpApi::Listener {
    std::unique_ptr<QWebSocket> socket;
    // The connection under it, where pokes go straight when it is plain (writeNow).
    QPointer<QTcpSocket> tcp;
    QString workspace;
    QString deviceId;
    // The newest version this socket was told of: the same version comes from this
    // instance's commit, from another instance's notification and from the poll.
    qint64 heard = 0;
    size_t index = 0; // in its workspace's list
    bool gone = false;
    bool pongDue = false;
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

QByteArray errorBody(ErrorCode code, const QString &message, qint64 expected = -1)
{
    return encode(ErrorReply{toText(code), message, expected});
}

QHttpServerResponse error(int status, ErrorCode code, const QString &message, qint64 expected = -1)
{
    return json(errorBody(code, message, expected), status);
}

void checkBodySize(const QHttpServerRequest &request)
{
    if (request.body().size() > kMaxBodyBytes)
        throw SyncError(
            413, ErrorCode::TooLarge,
            QStringLiteral("a request body may hold at most %1 bytes").arg(kMaxBodyBytes));
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
            return {400, errorBody(ErrorCode::BadRequest, e.message())};
        qWarning("spil-server: %s", qPrintable(e.message()));
    } catch (const std::exception &e) {
        qWarning("spil-server: %s", e.what());
    }
    return {500, errorBody(ErrorCode::Internal, QStringLiteral("the server failed; try again"))};
}

bool isFeedPath(const QString &path)
{
    return path.startsWith(QStringLiteral("/v1/feed/"));
}

// The methods each route takes, for 405's Allow header; empty: no such route.
QByteArray allowedMethods(const QString &path)
{
    if (path == QStringLiteral("/v1/feed-token") || path == QStringLiteral("/v1/app-passwords"))
        return QByteArrayLiteral("GET, POST, DELETE");
    if (isFeedPath(path))
        return QByteArrayLiteral("GET");
    if (path == QStringLiteral("/v1/pull") || path == QStringLiteral("/v1/conflicts") ||
        path == QStringLiteral("/v1/health") || path == QStringLiteral("/v1/events"))
        return QByteArrayLiteral("GET");
    if (path == QStringLiteral("/v1/login") || path == QStringLiteral("/v1/logout") ||
        path == QStringLiteral("/v1/push") || path == QStringLiteral("/v1/principals"))
        return QByteArrayLiteral("POST");
    if (path.startsWith(QStringLiteral("/v1/files/")))
        return path.endsWith(QStringLiteral("/upload")) ? QByteArrayLiteral("GET")
                                                        : QByteArrayLiteral("GET, PUT");
    return {};
}

bool needsToken(const QString &path)
{
    // A feed's token is in its address: calendar apps send no Authorization header.
    return path != QStringLiteral("/v1/login") && path != QStringLiteral("/v1/health") &&
           !isFeedPath(path);
}

SyncError methodNotAllowed(const QString &path)
{
    return SyncError(405, ErrorCode::MethodNotAllowed,
                     QStringLiteral("%1 takes %2").arg(path, QLatin1String(allowedMethods(path))));
}

void answer(QHttpServerResponder &responder, int status, const QByteArray &body,
            const QString &path = {}, qint64 retryAfterSeconds = 0)
{
    const auto code = QHttpServerResponder::StatusCode(status);
    if (status == 405)
        responder.write(body, {{"Content-Type", kJson}, {"Allow", allowedMethods(path)}}, code);
    else if (retryAfterSeconds > 0)
        responder.write(
            body, {{"Content-Type", kJson}, {"Retry-After", QByteArray::number(retryAfterSeconds)}},
            code);
    else
        responder.write(body, kJson, code);
}

qint64 steadyMs()
{
    return QDeadlineTimer::current().deadline();
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

HttpApi::HttpApi(SyncService &service, QObject *parent) : HttpApi(service, Options{}, parent) {}

HttpApi::HttpApi(SyncService &service, const Options &options, QObject *parent)
    : QObject(parent), m_service(service), m_feed(service.storage(), service.clock()),
      m_files(service.storage(), service.clock(), options.files), m_guard(options.limits),
      m_http(std::make_unique<QHttpServer>())
{
    // The status route first: a file's route would take "upload" as part of its name.
    m_http->route(QStringLiteral("/v1/files/<arg>/upload"),
                  [this](const QString &sha256, const QHttpServerRequest &request,
                         QHttpServerResponder &&responder) {
                      handleFile(sha256, true, request, std::move(responder));
                  });
    m_http->route(QStringLiteral("/v1/files/<arg>"),
                  [this](const QString &sha256, const QHttpServerRequest &request,
                         QHttpServerResponder &&responder) {
                      handleFile(sha256, false, request, std::move(responder));
                  });
    m_collect.setInterval(options.fileCollectionIntervalMs);
    connect(&m_collect, &QTimer::timeout, this, &HttpApi::collectFiles);
    m_collect.start();
    for (const char *route : {"/v1/logout", "/v1/pull", "/v1/conflicts", "/v1/health",
                              "/v1/principals", "/v1/feed-token", "/v1/app-passwords"}) {
        const QString name = QLatin1String(route);
        m_http->route(name, [this, name](const QHttpServerRequest &request) {
            return handle(name, request);
        });
    }
    m_http->route(QStringLiteral("/v1/feed/<arg>"),
                  [this](const QString &fileName, const QHttpServerRequest &request) {
                      return feed(fileName, request);
                  });
    m_http->route(QStringLiteral("/v1/login"),
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      startLogin(request, std::move(responder));
                  });
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
            errorBody(ErrorCode::BadRequest, QStringLiteral("/v1/events is a WebSocket")), kJson,
            QHttpServerResponder::StatusCode::BadRequest);
    });
    // Routes match the methods QtHttpServer knows; any other one (PROPFIND ...) lands here.
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            routeUnknownMethod(request, std::move(responder));
        });
    connect(m_http.get(), &QAbstractHttpServer::newWebSocketConnection, this,
            &HttpApi::acceptWebSocket);
    // Queued: the commit's answers are written when this runs, and leave before the pokes.
    connect(&m_service, &SyncService::versionCommitted, this, &HttpApi::pokeAfterAnswers,
            Qt::QueuedConnection);
    // Other instances over the same database commit too; their devices' pokes must reach
    // the sockets held here.
    // A server hears its own commits there too (PostgreSQL's NOTIFY): those pokes must
    // also leave after the commit's answers.
    m_service.storage().watchCommits(
        [this](const QString &workspace, qint64 version) { pokeAfterAnswers(workspace, version); });
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &HttpApi::pollVersions);
    m_poll.start();
    m_ping.setInterval(options.pingIntervalMs);
    connect(&m_ping, &QTimer::timeout, this, &HttpApi::pingListeners);
    m_ping.start();
    m_trim.setSingleShot(true);
    m_trim.setInterval(1000);
    connect(&m_trim, &QTimer::timeout, this, [this] {
        m_droppedSinceTrim = 0;
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    });
    // argon2id takes 64 MiB for each check at once: a few threads, whatever the cores.
    m_passwordChecks.setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 1, 4));
}

HttpApi::~HttpApi() = default;

quint16 HttpApi::listen(const QHostAddress &address, quint16 port, const QString &tlsCert,
                        const QString &tlsKey)
{
    std::optional<QSslConfiguration> tls;
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
        tls = QSslConfiguration::defaultConfiguration();
        tls->setLocalCertificate(cert);
        tls->setPrivateKey(key);
    }
    QTcpServer *server = m_guard.listen(address, port, tls);
    if (!server)
        return 0;
    m_http->bind(server);
    return server->serverPort();
}

QHttpServerResponse HttpApi::handle(const QString &route, const QHttpServerRequest &request)
{
    const auto needs = [&](Method method) {
        if (request.method() != method)
            throw methodNotAllowed(route);
    };
    m_service.storage().endReads();
    try {
        checkBodySize(request);
        const QUrlQuery query(request.url());
        if (route == QStringLiteral("/v1/health")) {
            needs(Method::Get);
            return json(R"({"status":"ok"})");
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
        if (route == QStringLiteral("/v1/feed-token"))
            return feedToken(session, request);
        if (route == QStringLiteral("/v1/app-passwords"))
            return appPasswords(session, request);
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
        return error(404, ErrorCode::NotFound, QStringLiteral("no such route"));
    } catch (...) {
        const auto [status, body] = currentFailure();
        QHttpServerResponse response = json(body, status);
        if (status == 405)
            response.addHeader(QByteArrayLiteral("Allow"), allowedMethods(route));
        return response;
    }
}

QHttpServerResponse HttpApi::feed(const QString &fileName, const QHttpServerRequest &request)
{
    const QString route = request.url().path();
    m_service.storage().endReads();
    try {
        // The error names no token: answers end up in logs.
        if (request.method() != Method::Get)
            throw methodNotAllowed(QStringLiteral("/v1/feed/TOKEN.ics"));
        if (!request.url().query().isEmpty())
            fail(ErrorKind::BadInput, QStringLiteral("a calendar feed takes no parameters"));
        const CalendarFeed::Answer answer =
            m_feed.answer(fileName, header(request, "If-None-Match"));
        QHttpServerResponse response =
            answer.notModified
                ? QHttpServerResponse(Status::NotModified)
                : QHttpServerResponse(QByteArrayLiteral("text/calendar; charset=utf-8"),
                                      answer.body);
        response.addHeader(QByteArrayLiteral("ETag"), answer.etag);
        // What a feed shows is one user's: no shared cache may keep it.
        response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private"));
        return response;
    } catch (...) {
        const auto [status, body] = currentFailure();
        QHttpServerResponse response = json(body, status);
        if (status == 405)
            response.addHeader(QByteArrayLiteral("Allow"), allowedMethods(route));
        return response;
    }
}

QHttpServerResponse HttpApi::feedToken(const Session &session, const QHttpServerRequest &request)
{
    const QString path = QStringLiteral("/v1/feed/");
    switch (request.method()) {
    case Method::Post: {
        const QString token = m_feed.replaceToken(session.user);
        return json(QJsonDocument(QJsonObject{{QStringLiteral("token"), token},
                                              {QStringLiteral("path"), path + token + ".ics"}})
                        .toJson(QJsonDocument::Compact));
    }
    case Method::Delete:
        m_feed.revokeToken(session.user);
        return json(R"({"status":"revoked"})");
    case Method::Get: {
        const auto created = m_feed.tokenCreated(session.user);
        QJsonObject out{{QStringLiteral("active"), bool(created)}};
        if (created)
            out.insert(QStringLiteral("created_at"), *created);
        return json(QJsonDocument(out).toJson(QJsonDocument::Compact));
    }
    default:
        throw methodNotAllowed(QStringLiteral("/v1/feed-token"));
    }
}

QHttpServerResponse HttpApi::appPasswords(const Session &session, const QHttpServerRequest &request)
{
    ServerStorage &storage = m_service.storage();
    const User &user = session.user;
    const auto listed = [](const Device &d) {
        return protocol::AppPassword{d.id, d.name, d.createdAt, {}};
    };
    switch (request.method()) {
    case Method::Post: {
        QString label;
        if (!request.body().trimmed().isEmpty()) {
            const QJsonDocument doc = QJsonDocument::fromJson(request.body());
            const QJsonValue value = doc.object().value(QStringLiteral("label"));
            if (!doc.isObject() || !(value.isString() || value.isUndefined()))
                fail(ErrorKind::BadInput,
                     QStringLiteral("an app password takes {\"label\": TEXT}"));
            label = value.toString().left(100);
        }
        const NewAppPassword made =
            addAppPassword(storage, user.workspace, user.name, label, m_service.clock().nowMs());
        protocol::AppPassword out = listed(made.device);
        out.password = made.password;
        return json(protocol::encodeNewAppPassword(out, m_davPort));
    }
    case Method::Get: {
        protocol::AppPasswordsReply out;
        out.davPort = m_davPort;
        for (const Device &d : server::appPasswords(storage, user.workspace, user.name))
            out.appPasswords << listed(d);
        return json(protocol::encode(out));
    }
    case Method::Delete: {
        const QUrlQuery query(request.url());
        const QString id = query.queryItemValue(QStringLiteral("id"));
        if (id.isEmpty())
            fail(ErrorKind::BadInput, QStringLiteral("name the app password: ?id=ID"));
        try {
            revokeAppPassword(storage, user.workspace, user.name, id, m_service.clock().nowMs());
        } catch (const Error &e) {
            if (e.kind() != ErrorKind::NotFound)
                throw;
            throw SyncError(404, ErrorCode::NotFound, e.message());
        }
        return json(R"({"status":"revoked"})");
    }
    default:
        throw methodNotAllowed(QStringLiteral("/v1/app-passwords"));
    }
}

void HttpApi::routeUnknownMethod(const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    if (isFeedPath(path) && request.method() == Method::Get) {
        answer(responder, 400,
               errorBody(ErrorCode::BadRequest,
                         QStringLiteral("a calendar feed's address is /v1/feed/TOKEN.ics")));
        return;
    }
    if (allowedMethods(path).isEmpty()) {
        answer(responder, 404,
               errorBody(ErrorCode::NotFound, QStringLiteral("no such route: %1").arg(path)));
        return;
    }
    m_service.storage().endReads();
    try {
        if (needsToken(path))
            m_service.authenticate(header(request, "Authorization"));
        throw methodNotAllowed(path);
    } catch (...) {
        const auto [status, body] = currentFailure();
        answer(responder, status, body, path);
    }
}

void HttpApi::startLogin(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString route = QStringLiteral("/v1/login");
    m_service.storage().endReads();
    try {
        if (request.method() != Method::Post)
            throw methodNotAllowed(route);
        checkBodySize(request);
        QPointer<QTcpSocket> socket(responder.socket());
        PendingLogin login{decodeLoginRequest(request.body()),
                           {},
                           request.remoteAddress(),
                           {},
                           std::move(responder),
                           socket};
        login.throttleKey = login.request.workspace + QLatin1Char('/') + login.request.user;
        const qint64 wait = m_throttle.admit(login.throttleKey, login.address, steadyMs());
        if (wait > 0) {
            answer(login.responder, 429,
                   errorBody(ErrorCode::TooManyAttempts,
                             QStringLiteral("too many failed logins; try again in %1 s")
                                 .arg(std::ceil(double(wait) / 1000))),
                   route, qint64(std::ceil(double(wait) / 1000)));
            return;
        }
        try {
            login.check = m_service.prepareLogin(login.request);
        } catch (...) {
            m_throttle.finished(login.throttleKey, login.address, LoginThrottle::Outcome::Abandoned,
                                steadyMs());
            const auto [status, body] = currentFailure();
            answer(login.responder, status, body, route);
            return;
        }
        const quint64 id = ++m_nextLogin;
        const QString password = login.request.password;
        const SyncService::LoginCheck check = login.check;
        m_guard.holdRequests(socket);
        m_logins.emplace(id, std::move(login));
        // argon2id takes tens of milliseconds: on the event loop it would hold up every
        // other client.
        m_passwordChecks.start([this, id, password, check] {
            const bool valid = SyncService::checkPassword(password, check);
            QMetaObject::invokeMethod(
                this, [this, id, valid] { finishLogin(id, valid); }, Qt::QueuedConnection);
        });
    } catch (...) {
        const auto [status, body] = currentFailure();
        answer(responder, status, body, route);
    }
}

void HttpApi::finishLogin(quint64 id, bool passwordValid)
{
    auto it = m_logins.find(id);
    if (it == m_logins.end())
        return;
    PendingLogin login = std::move(it->second);
    m_logins.erase(it);
    auto outcome = LoginThrottle::Outcome::Abandoned;
    int status = 200;
    QByteArray body;
    m_service.storage().endReads();
    try {
        body = encode(m_service.completeLogin(login.request, login.check, passwordValid));
        outcome = LoginThrottle::Outcome::Succeeded;
    } catch (...) {
        std::tie(status, body) = currentFailure();
        if (status == 401)
            outcome = LoginThrottle::Outcome::Failed;
    }
    m_throttle.finished(login.throttleKey, login.address, outcome, steadyMs());
    answerHeld(login.responder, login.socket, status, body);
}

void HttpApi::answerHeld(QHttpServerResponder &responder, const QPointer<QTcpSocket> &socket,
                         int status, const QByteArray &body)
{
    // The client may have left while the answer was worked out: QtHttpServer's responder
    // writes to its socket unchecked.
    if (socket && socket->state() == QAbstractSocket::ConnectedState)
        answer(responder, status, body);
    m_guard.releaseRequests(socket);
}

void HttpApi::enqueuePush(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    m_service.storage().endReads();
    try {
        checkBodySize(request);
        // The token first: without one, nobody learns even which methods a route takes.
        const Session session = m_service.authenticate(header(request, "Authorization"));
        if (request.method() != Method::Post)
            throw methodNotAllowed(QStringLiteral("/v1/push"));
        PushRequest push = decodePushRequest(request.body());
        QPointer<QTcpSocket> socket(responder.socket());
        m_guard.holdRequests(socket);
        m_pending.push_back({session, std::move(push), std::move(responder), socket});
    } catch (...) {
        const auto [status, body] = currentFailure();
        answer(responder, status, body, QStringLiteral("/v1/push"));
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
            answerHeld(p.responder, p.socket, status, body);
        return;
    }
    for (size_t i = 0; i < batch.size(); ++i) {
        const SyncService::PushResult &r = results[qsizetype(i)];
        if (r.error)
            answerHeld(batch[i].responder, batch[i].socket, r.error->status,
                       errorBody(r.error->code, r.error->message, r.error->expectedMutation));
        else
            answerHeld(batch[i].responder, batch[i].socket, 200, encode(r.reply));
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
                throw SyncError(404, ErrorCode::NotFound, QStringLiteral("no such route"));
            const Session session = m_service.authenticate(token);
            auto listener = std::make_unique<Listener>();
            listener->workspace = session.user.workspace;
            listener->deviceId = session.device.id;
            listener->socket = std::move(socket);
            Listener *raw = listener.get();
            QWebSocket *ws = raw->socket.get();
            raw->tcp = m_guard.upgraded(ws->peerAddress(), ws->peerPort(), ws->localAddress(),
                                        ws->localPort());
            // Queued: a socket closed in the middle of a fan-out leaves the list afterwards.
            connect(
                ws, &QWebSocket::disconnected, this, [this, raw] { dropListener(raw); },
                Qt::QueuedConnection);
            connect(ws, &QWebSocket::pong, this, [raw] { raw->pongDue = false; });
            listener->heard = m_service.storage().currentVersion(listener->workspace);
            ws->sendTextMessage(QString::fromUtf8(encodePoke(listener->heard)));
            auto &list = m_listeners[listener->workspace];
            listener->index = list.size();
            list.push_back(std::move(listener));
        } catch (const Error &e) {
            qWarning("spil-server: %s", qPrintable(e.message()));
            socket->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection,
                          toText(ErrorCode::Internal));
            socket.release()->deleteLater();
        } catch (const SyncError &e) {
            socket->sendTextMessage(QString::fromUtf8(errorBody(e.code, e.message)));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, toText(e.code));
            socket.release()->deleteLater();
        }
    }
}

void HttpApi::dropListener(Listener *listener)
{
    auto it = m_listeners.find(listener->workspace);
    if (it == m_listeners.end())
        return;
    auto &list = it->second;
    const size_t i = listener->index;
    if (i >= list.size() || list[i].get() != listener)
        return;
    std::unique_ptr<Listener> leaving = std::move(list[i]);
    if (i + 1 != list.size()) {
        list[i] = std::move(list.back());
        list[i]->index = i;
    }
    list.pop_back();
    if (list.empty())
        m_listeners.erase(it);
    else if (list.capacity() > 64 && list.size() < list.capacity() / 4)
        list.shrink_to_fit();
    leaving->socket.release()->deleteLater();
    if (++m_droppedSinceTrim >= 256 && !m_trim.isActive())
        m_trim.start();
}

void HttpApi::pingListeners()
{
    QList<QWebSocket *> dead;
    for (const auto &[workspace, list] : m_listeners) {
        for (const auto &listener : list) {
            if (listener->gone)
                continue;
            if (listener->pongDue) {
                listener->gone = true;
                dead << listener->socket.get();
                continue;
            }
            listener->pongDue = true;
            listener->socket->ping();
        }
    }
    // No answer to the last ping: the peer or the path to it is gone.
    for (QWebSocket *socket : dead)
        socket->abort();
}

void HttpApi::pollVersions()
{
    QStringList workspaces;
    for (const auto &[workspace, list] : m_listeners)
        workspaces << workspace;
    try {
        m_service.storage().endReads();
        for (const QString &workspace : workspaces)
            poke(workspace, m_service.storage().currentVersion(workspace));
    } catch (const Error &e) {
        qWarning("spil-server: %s", qPrintable(e.message()));
    }
}

void HttpApi::pokeAfterAnswers(const QString &workspace, qint64 version)
{
    m_guard.flushAnswers();
    poke(workspace, version);
}

void HttpApi::poke(const QString &workspace, qint64 version)
{
    const auto it = m_listeners.find(workspace);
    if (it == m_listeners.end())
        return;
    std::vector<Listener *> due;
    QSet<QString> devices;
    for (const auto &listener : it->second) {
        if (!listener->gone && listener->heard < version) {
            due.push_back(listener.get());
            devices.insert(listener->deviceId);
        }
    }
    if (due.empty())
        return;
    // A device signed out since it connected hears nothing more. One read for all of them:
    // a poke may go to thousands of sockets.
    QSet<QString> signedIn;
    try {
        m_service.storage().endReads();
        signedIn = m_service.signedIn(devices.values());
    } catch (const Error &e) {
        qWarning("spil-server: %s", qPrintable(e.message()));
        return; // the store failed: these sockets hear of it at the next poke or poll
    }
    const QByteArray poke = encodePoke(version);
    const QByteArray frame = webSocketTextFrame(poke);
    const QString message = QString::fromUtf8(poke); // for sockets that take QWebSocket's way
    // Closing a socket may remove its listener: close only after the loop.
    QList<QWebSocket *> signedOut;
    for (Listener *listener : due) {
        if (!signedIn.contains(listener->deviceId)) {
            listener->gone = true;
            signedOut << listener->socket.get();
            continue;
        }
        listener->heard = version;
        // Nothing after a close frame: a socket that is closing takes QWebSocket's way.
        if (listener->socket->state() == QAbstractSocket::ConnectedState &&
            writeNow(listener->tcp, frame))
            continue;
        listener->socket->sendTextMessage(message);
        // Out now, in one write: waiting for the socket's write notification costs a turn
        // of the event loop over every descriptor, per socket.
        listener->socket->flush();
    }
    for (QWebSocket *socket : signedOut)
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("signed out"));
}

} // namespace spil::server
