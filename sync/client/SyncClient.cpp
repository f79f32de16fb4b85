// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/client/SyncClient.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>
#include <QUrlQuery>
#include <QWebSocket>
#include <algorithm>

namespace spil::client {

using namespace protocol;

namespace {
constexpr int kMaxBackoffMs = 30'000;
// The events socket tries again sooner: a device that only reads learns of the server's
// return only through it, and a connect attempt costs the server next to nothing.
constexpr int kMaxReconnectMs = 5'000;

// Answers about the change itself, which no retry can change. Anything else (a proxy's
// 404 or 429, a 413) is retried, never a reason to set a change aside.
bool isRefusal(std::optional<ErrorCode> code)
{
    static const QList<ErrorCode> codes = {
        ErrorCode::Forbidden,  ErrorCode::IncompleteRecord, ErrorCode::UnknownParent,
        ErrorCode::BadRequest, ErrorCode::MutationReplayed, ErrorCode::ForgedAuthor,
        ErrorCode::Locked};
    return code && codes.contains(*code);
}
constexpr int kTimeoutMs = 30'000;
const QString kPinMeta = QStringLiteral("sync_server_cert_sha256");
} // namespace

SyncClient::SyncClient(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_engine(db), m_network(std::make_unique<QNetworkAccessManager>())
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncClient::syncNow);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SyncClient::openSocket);
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &SyncClient::heartbeat);
    if (!m_engine.login())
        m_state = State::LoggedOut;
    m_pin = m_db.meta(kPinMeta).toLatin1();
}

void SyncClient::pinCertificate(const QByteArray &sha256)
{
    m_pin = sha256.toLower();
}

QByteArray SyncClient::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

bool SyncClient::pinned(const QList<QSslError> &errors) const
{
    if (m_pin.isEmpty() || errors.isEmpty())
        return false;
    // Every complaint must be about the pinned certificate itself: its being self-signed,
    // or not naming this host. A chain with anything else in it is refused.
    for (const QSslError &e : errors) {
        if (e.certificate().isNull() || fingerprint(e.certificate()) != m_pin)
            return false;
    }
    return true;
}

void SyncClient::trustPinned(QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        if (pinned(errors))
            reply->ignoreSslErrors(errors);
    });
}

SyncClient::~SyncClient()
{
    m_watch = false;
    if (m_socket)
        m_socket->abort();
}

qint64 SyncClient::pendingChanges()
{
    return m_db.pendingCount();
}

qint64 SyncClient::pendingActions()
{
    return m_db.pendingActions();
}

void SyncClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QNetworkReply *SyncClient::send(const QString &method, const QString &path, const QByteArray &body,
                                std::function<void(const QByteArray &)> handle,
                                std::function<void(const ErrorReply &)> refused)
{
    const auto login = m_engine.login();
    QUrl url(login ? login->serverUrl : QString());
    const QUrl relative(path);
    url.setPath(relative.path());
    url.setQuery(relative.query());
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kTimeoutMs);
    if (login)
        request.setRawHeader("Authorization", "Bearer " + login->token.toLatin1());
    QNetworkReply *reply = m_network->sendCustomRequest(request, method.toLatin1(), body);
    trustPinned(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, handle = std::move(handle), refused = std::move(refused)] {
                reply->deleteLater();
                // A failing store must not take the app down from inside Qt's event loop.
                try {
                    answer(reply, handle, refused);
                } catch (const Error &e) {
                    failSync(State::Error,
                             QStringLiteral("this device's store failed: %1").arg(e.message()));
                }
            });
    return reply;
}

void SyncClient::answer(QNetworkReply *reply, const std::function<void(const QByteArray &)> &handle,
                        const std::function<void(const ErrorReply &)> &refused)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    if (status == 0) {
        failSync(State::Offline, reply->errorString());
        return;
    }
    heard();
    if (status >= 200 && status < 300) {
        try {
            handle(data);
        } catch (const Error &e) {
            // The server said something we cannot read: never trust, never crash.
            failSync(
                State::Error,
                e.kind() == ErrorKind::Storage
                    ? QStringLiteral("this device's store failed: %1").arg(e.message())
                    : QStringLiteral("unreadable answer from the server: %1").arg(e.message()));
        }
        return;
    }
    ErrorReply error{QStringLiteral("http_%1").arg(status), QString::fromUtf8(data.left(200))};
    try {
        error = decodeErrorReply(data);
    } catch (const Error &) {
        // Not our JSON (a proxy's page, say): keep the status and the start of the body.
    }
    const std::optional<ErrorCode> code = error.known();
    if (code == ErrorCode::Reset) {
        m_engine.reset();
        startOver();
    } else if (code == ErrorCode::MutationGap && error.expectedMutation > 0) {
        m_engine.renumberPending(error.expectedMutation);
        startOver();
    } else if (status == 401 || code == ErrorCode::ClientMismatch ||
               code == ErrorCode::ClientTaken) {
        m_engine.forgetLogin();
        failSync(State::LoggedOut, error.message);
    } else if (refused && isRefusal(code)) {
        refused(error);
    } else if (status >= 500) {
        failSync(State::Offline, error.message);
    } else {
        failSync(State::Error, QStringLiteral("%1: %2").arg(error.code, error.message));
    }
}

void SyncClient::login(const QString &serverUrl, const QString &user, const QString &password,
                       const QString &device, std::function<void(QString)> done,
                       const QString &workspace)
{
    QUrl url(serverUrl);
    url.setPath(QStringLiteral("/v1/login"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply =
        m_network->post(request, encode(LoginRequest{user, password, device, workspace}));
    trustPinned(reply);
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, serverUrl, done = std::move(done)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray data = reply->readAll();
            LoginReply login;
            m_loginFailure = LoginFailure::None;
            try {
                if (status == 0) {
                    m_loginFailure = reply->error() == QNetworkReply::SslHandshakeFailedError
                                         ? LoginFailure::Untrusted
                                         : LoginFailure::Unreachable;
                    done(reply->errorString());
                    return;
                }
                if (status != 200) {
                    m_loginFailure = status == 401   ? LoginFailure::BadCredentials
                                     : status == 429 ? LoginFailure::Throttled
                                                     : LoginFailure::NotSpil;
                    done(decodeErrorReply(data).message);
                    return;
                }
                login = decodeLoginReply(data);
            } catch (const Error &e) {
                m_loginFailure = LoginFailure::NotSpil;
                done(QStringLiteral("unreadable answer from the server: %1").arg(e.message()));
                return;
            }
            try {
                m_engine.saveLogin(serverUrl, login);
                Database::Transaction tx(m_db);
                m_db.setMeta(kPinMeta, QString::fromLatin1(m_pin));
                tx.commit();
            } catch (const Error &e) {
                m_loginFailure = LoginFailure::StoreOfAnother;
                done(e.message()); // this store refuses (it belongs to someone else)
                return;
            }
            setState(State::Idle);
            done(QString());
        });
}

void SyncClient::logout()
{
    dropPageInFlight();
    stopWatching();
    m_retryTimer.stop();
    const auto login = m_engine.login();
    m_engine.forgetLogin();
    setState(State::LoggedOut);
    if (!login) {
        Q_EMIT loggedOut();
        return;
    }
    // Asked once, never retried: a device that is offline is signed out all the same, and
    // its token expires on the server.
    QUrl url(login->serverUrl);
    url.setPath(QStringLiteral("/v1/logout"));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    request.setRawHeader("Authorization", "Bearer " + login->token.toLatin1());
    QNetworkReply *reply = m_network->post(request, QByteArray());
    trustPinned(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        Q_EMIT loggedOut();
    });
}

void SyncClient::setPrincipals(const QString &user, const QStringList &principals,
                               std::function<void(const AdminAnswer &)> done)
{
    askServer(
        "POST", QStringLiteral("/v1/principals"), encode(PrincipalsRequest{user, principals}),
        [](const QByteArray &data, AdminAnswer &a) {
            a.version = decodePrincipalsReply(data).version;
        },
        std::move(done));
}

void SyncClient::replaceFeedLink(std::function<void(const AdminAnswer &)> done)
{
    askServer(
        "POST", QStringLiteral("/v1/feed-token"), {},
        [](const QByteArray &data, AdminAnswer &a) {
            const QString path =
                QJsonDocument::fromJson(data).object().value(QStringLiteral("path")).toString();
            if (!path.startsWith(QStringLiteral("/v1/feed/")))
                fail(ErrorKind::BadInput, QStringLiteral("no feed path in the answer"));
            a.path = path;
        },
        std::move(done));
}

void SyncClient::listAppPasswords(std::function<void(const AdminAnswer &)> done)
{
    askServer(
        "GET", QStringLiteral("/v1/app-passwords"), {},
        [](const QByteArray &data, AdminAnswer &a) {
            a.appPasswords = protocol::decodeAppPasswords(data);
        },
        std::move(done));
}

void SyncClient::addAppPassword(const QString &label, std::function<void(const AdminAnswer &)> done)
{
    askServer(
        "POST", QStringLiteral("/v1/app-passwords"),
        QJsonDocument(QJsonObject{{QStringLiteral("label"), label}}).toJson(QJsonDocument::Compact),
        [](const QByteArray &data, AdminAnswer &a) {
            a.appPasswords = protocol::decodeNewAppPassword(data);
        },
        std::move(done));
}

void SyncClient::revokeAppPassword(const QString &id, std::function<void(const AdminAnswer &)> done)
{
    askServer(
        "DELETE",
        QStringLiteral("/v1/app-passwords?id=%1")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
        {}, [](const QByteArray &, AdminAnswer &) {}, std::move(done));
}

void SyncClient::askServer(const QByteArray &verb, const QString &path, const QByteArray &body,
                           std::function<void(const QByteArray &, AdminAnswer &)> read,
                           std::function<void(const AdminAnswer &)> done)
{
    const auto login = m_engine.login();
    if (!login) {
        AdminAnswer a;
        a.code = QStringLiteral("logged_out");
        a.message = QStringLiteral("not signed in");
        done(a);
        return;
    }
    QUrl url(login->serverUrl);
    const QUrl relative(path);
    url.setPath(relative.path());
    url.setQuery(relative.query());
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kTimeoutMs);
    request.setRawHeader("Authorization", "Bearer " + login->token.toLatin1());
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    trustPinned(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, token = login->token, read = std::move(read), done = std::move(done)] {
                reply->deleteLater();
                AdminAnswer a;
                a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray data = reply->readAll();
                if (a.status == 0) {
                    a.code = QStringLiteral("offline");
                    a.message = reply->errorString();
                    done(a);
                    return;
                }
                heard();
                try {
                    if (a.status >= 200 && a.status < 300) {
                        read(data, a);
                        a.ok = true;
                    } else {
                        const ErrorReply error = decodeErrorReply(data);
                        a.code = error.code;
                        a.message = error.message;
                    }
                } catch (const Error &e) {
                    // A proxy's page, or something else that is not spil-server's answer.
                    a.ok = false;
                    a.code = QStringLiteral("http_%1").arg(a.status);
                    a.message =
                        QStringLiteral("unreadable answer from the server: %1").arg(e.message());
                }
                done(a);
                // As on any other request: the server ended this device's session, unless the
                // device signed in again while the answer was on its way.
                const auto now = m_engine.login();
                if (a.status == 401 && now && now->token == token) {
                    m_engine.forgetLogin();
                    failSync(State::LoggedOut, a.message);
                }
            });
}

void SyncClient::syncNow()
{
    try {
        startSync();
    } catch (const Error &e) {
        failSync(State::Error, QStringLiteral("this device's store failed: %1").arg(e.message()));
    }
}

void SyncClient::startSync()
{
    if (!m_engine.login()) {
        setState(State::LoggedOut);
        Q_EMIT failed(QStringLiteral("not logged in"));
        return;
    }
    if (m_state == State::Syncing) {
        m_again = true;
        return;
    }
    m_retryTimer.stop();
    m_again = false;
    m_pushedThisSync = 0;
    m_pulledThisSync = 0;
    m_pullFrom = -1;
    setState(State::Syncing);
    pushNext();
}

void SyncClient::startOver()
{
    // The same sync goes on: `synced` says the outbox reached the server and the store caught
    // up with it, which a round that stopped at a reset or a gap has not done.
    m_pullFrom = -1;
    pushNext();
}

void SyncClient::pushNext()
{
    // After a refusal, mutations go one by one until the refused one is found.
    const auto request = m_engine.nextPush(m_isolating ? 1 : 2000);
    if (!request) {
        m_isolating = false;
        pullNext();
        return;
    }
    send(
        QStringLiteral("POST"), QStringLiteral("/v1/push"), encode(*request),
        [this, sent = *request](const QByteArray &data) {
            const PushReply reply = decodePushReply(data);
            // The server must hold all it was sent; otherwise the same push would go forever.
            if (reply.lastMutation < sent.mutations.last().id)
                fail(ErrorKind::BadInput, QStringLiteral("the server holds less than it was sent"));
            m_engine.pushAccepted(sent, reply);
            // What the user did (a task added), not the fields it wrote.
            m_pushedThisSync += int(sent.mutations.size());
            pushNext();
        },
        [this, sent = *request](const ErrorReply &error) {
            // The server will answer this push the same way every time: retrying would
            // stall the outbox behind it.
            if (sent.mutations.size() > 1) {
                m_isolating = true;
            } else {
                m_db.reject(sent.mutations.first().id, error.code, error.message);
                m_engine.reset(); // pull the server's values back over the refused ones
                Q_EMIT changeRefused(error.code, error.message);
            }
            pushNext();
        });
}

void SyncClient::pullNext()
{
    requestPage(m_engine.cursor());
}

void SyncClient::requestPage(qint64 since, const QString &epoch)
{
    if (m_pullFrom < 0)
        m_pullFrom = since;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(since));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    // A page asked for ahead names the epoch of the page before it, which is not stored
    // yet in a first sync: a server restored meanwhile then answers reset.
    const QString known = epoch.isEmpty() ? m_engine.epoch() : epoch;
    if (!known.isEmpty())
        query.addQueryItem(QStringLiteral("epoch"), known);
    m_pageInFlight = send(
        QStringLiteral("GET"), QStringLiteral("/v1/pull?") + query.toString(QUrl::FullyEncoded), {},
        [this, since](const QByteArray &data) {
            // Asked for ahead: the page before it did not land, so start from what did.
            if (m_engine.cursor() != since) {
                pullNext();
                return;
            }
            const PullPage page = decodePullPage(data);
            if (page.more && page.next <= since)
                fail(ErrorKind::BadInput, QStringLiteral("the server's page does not move on"));
            if (page.more)
                requestPage(page.next, page.epoch);
            m_pulledThisSync += std::max(0, m_engine.applyPage(since, page));
            if (!page.records.isEmpty())
                Q_EMIT recordsArrived(page.records);
            if (page.more) {
                const qint64 span = page.version - m_pullFrom;
                const qint64 done = page.next - m_pullFrom;
                Q_EMIT pulling(m_pulledThisSync,
                               span > 0 ? int(std::clamp<qint64>(done * 100 / span, 0, 99)) : 0);
            } else {
                finishSync();
            }
        });
}

void SyncClient::dropPageInFlight()
{
    // A sync that failed leaves no page behind to be applied or to fail it again later.
    if (!m_pageInFlight || m_pageInFlight->isFinished())
        return;
    QNetworkReply *reply = m_pageInFlight;
    m_pageInFlight = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void SyncClient::heard()
{
    m_lastHeard = m_db.clock().now();
    m_silence.start();
}

void SyncClient::heartbeat()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    // Two intervals without a pong or a poke: the server (or the way to it) is gone, even
    // if no packet said so. Aborting makes the socket reconnect and the device offline.
    if (m_silence.isValid() && m_silence.elapsed() > 2 * kHeartbeatMs) {
        m_socket->abort();
        return;
    }
    m_socket->ping();
}

void SyncClient::finishSync()
{
    m_backoffMs = 500;
    m_lastSynced = m_db.clock().now();
    heard();
    setState(State::Idle);
    Q_EMIT synced(m_pushedThisSync, m_pulledThisSync);
    if (m_again)
        QTimer::singleShot(0, this, &SyncClient::syncNow);
}

void SyncClient::failSync(State state, const QString &error)
{
    dropPageInFlight();
    m_lastError = error;
    setState(state);
    Q_EMIT failed(error);
    if (state != State::LoggedOut)
        scheduleRetry();
}

void SyncClient::scheduleRetry()
{
    if (!m_retrying)
        return;
    const int jitter = int(QRandomGenerator::global()->bounded(m_backoffMs / 4 + 1));
    m_retryTimer.start(m_backoffMs + jitter);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void SyncClient::startWatching()
{
    m_watch = true;
    openSocket();
}

void SyncClient::stopWatching()
{
    m_watch = false;
    m_reconnectTimer.stop();
    m_heartbeat.stop();
    if (m_socket)
        m_socket->close();
}

void SyncClient::openSocket()
{
    const auto login = m_engine.login();
    if (!m_watch || !login)
        return;
    QUrl url(login->serverUrl);
    url.setScheme(url.scheme() == QStringLiteral("https") ? QStringLiteral("wss")
                                                          : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/v1/events"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + login->token.toLatin1());
    m_socket = std::make_unique<QWebSocket>();
    connect(m_socket.get(), &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (pinned(errors))
            m_socket->ignoreSslErrors(errors);
    });
    connect(m_socket.get(), &QWebSocket::connected, this, [this] {
        heard();
        m_heartbeat.start();
        Q_EMIT watching();
        syncNow();
    });
    connect(m_socket.get(), &QWebSocket::pong, this, [this] { heard(); });
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        heard();
        try {
            if (decodePoke(text.toUtf8()) > m_engine.cursor())
                syncNow();
        } catch (const Error &) {
            // Not a poke (an error before the server closes): the close says the rest.
        }
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_heartbeat.stop();
        // A device that only reads would otherwise go on saying "synced": losing the
        // server's socket is being offline until it connects again.
        if (m_watch && m_state == State::Idle) {
            m_lastError = QStringLiteral("lost the connection to the server");
            setState(State::Offline);
        }
        if (m_watch) {
            // Jittered, so that the devices of an office do not all knock at once.
            const int wait = std::min(m_backoffMs, kMaxReconnectMs);
            m_reconnectTimer.start(wait - int(QRandomGenerator::global()->bounded(wait / 4 + 1)));
            m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
        }
    });
    m_socket->open(request);
}

} // namespace spil::client
