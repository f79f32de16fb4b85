// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/client/SyncEngine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;
class QSslError;
class QWebSocket;

namespace spil::client {

// Syncs a device's store with spil-server over HTTP, and listens for pokes on the
// WebSocket /v1/events. A sync pushes the whole outbox, then pulls until the server has
// nothing newer. Failures of the network or the server are retried with backoff (0.5 s
// doubling to 30 s); a bad answer never crashes it and never loses the outbox.
class SyncClient : public QObject {
    Q_OBJECT
public:
    enum class State { LoggedOut, Idle, Syncing, Offline, Error };
    Q_ENUM(State)
    // Why the last login failed, for a message that says what to do in the user's language.
    enum class LoginFailure {
        None,
        Unreachable,    // no answer: wrong address, no network, server down
        Untrusted,      // TLS: the server's certificate is not trusted
        BadCredentials, // unknown user or wrong password
        Throttled,      // too many attempts: wait a while
        NotSpil,        // an answer that is not spil-server's
        StoreOfAnother  // this device's store belongs to another user
    };
    Q_ENUM(LoginFailure)

    explicit SyncClient(Database &db, QObject *parent = nullptr);
    ~SyncClient() override;

    // Logs in and keeps the token in the store. done(error) is called with an empty error
    // on success. workspace names the organisation on a server that holds several (empty:
    // the server's default one).
    void login(const QString &serverUrl, const QString &user, const QString &password,
               const QString &device, std::function<void(QString)> done,
               const QString &workspace = {});
    // The server's certificate is verified against the system's authorities. A server with a
    // self-signed certificate is trusted only when told so: its SHA-256 fingerprint (of the
    // DER form), kept in the store at the next successful login. Empty: verify as usual.
    void pinCertificate(const QByteArray &sha256);
    static QByteArray fingerprint(const QSslCertificate &certificate);
    void logout();

    // What the server answered to a request made apart from the sync (an admin's, a new
    // feed link); ok, or why not.
    struct AdminAnswer {
        bool ok = false;
        int status = 0;  // HTTP status; 0: the server did not answer
        QString code;    // the error code ("forbidden", "bad_request", ...; "offline")
        QString message; // the server's words, or the network's
        qint64 version = 0;
        QString path; // a new calendar feed's path on the server (/v1/feed/TOKEN.ics)
        protocol::AppPasswordsReply appPasswords; // the app passwords asked for or made
    };
    // POST /v1/principals (admins only): the directors (user names) the assistant `user`
    // serves from now on. Asked once and never retried, and apart from the sync: an admin's
    // action needs the server, it is no offline edit waiting in the outbox.
    void setPrincipals(const QString &user, const QStringList &principals,
                       std::function<void(const AdminAnswer &)> done);
    // POST /v1/feed-token: a new link to the signed-in user's calendar feed; the one before
    // stops working. Asked once, as an admin's request is.
    void replaceFeedLink(std::function<void(const AdminAnswer &)> done);
    // /v1/app-passwords: the signed-in user's passwords for calendar apps (GET), a new one
    // (POST: its password is in the answer, this once) and one revoked (DELETE). Each asked
    // once, as an admin's request is; the list and the CalDAV port come in appPasswords.
    void listAppPasswords(std::function<void(const AdminAnswer &)> done);
    void addAppPassword(const QString &label, std::function<void(const AdminAnswer &)> done);
    void revokeAppPassword(const QString &id, std::function<void(const AdminAnswer &)> done);

    // Starts a sync now, or once more after the running one.
    void syncNow();
    // Keeps a WebSocket open; each poke newer than what this device holds starts a sync.
    void startWatching();
    void stopWatching();
    // Retries after failures (on by default); tools that give up instead turn it off.
    void setRetrying(bool retry) { m_retrying = retry; }

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    LoginFailure lastLoginFailure() const { return m_loginFailure; }
    QDateTime lastSynced() const { return m_lastSynced; }
    // When the server last answered anything (a request, the events socket, a ping): a
    // device that only reads learns from this that the server went away.
    QDateTime lastHeard() const { return m_lastHeard; }
    // While watching, the events socket is pinged this often; a socket that answers
    // nothing for two intervals counts as lost (the device is then offline until it is back).
    static constexpr int kHeartbeatMs = 5000;
    qint64 pendingChanges();
    // What a user counts as waiting: actions (a new task is one, whatever its fields).
    qint64 pendingActions();
    SyncEngine &engine() { return m_engine; }
    // Lets a reply of another part of the client (the file transfer) trust the pinned
    // certificate as this client's own requests do.
    void trustPinned(QNetworkReply *reply);

Q_SIGNALS:
    void stateChanged(spil::client::SyncClient::State state);
    // A sync ran to the end: what went up (the user's actions, as pendingActions counts
    // them), what came down.
    void synced(int actionsPushed, int recordsPulled);
    void recordsArrived(const QList<spil::protocol::Record> &records);
    // A pull that runs to more than one page moved on: the records applied in this sync so
    // far, and how far the cursor went from where this pull began towards the server's
    // version (0-99; the end is synced()). A first sync of a big office takes a while.
    void pulling(int recordsPulled, int percent);
    void failed(const QString &error);
    // The server refused a change for good; it was moved to the store's rejected_changes.
    void changeRefused(const QString &code, const QString &reason);
    void watching();
    // logout() is done: the server revoked the token, or could not be asked.
    void loggedOut();

private:
    void setState(State state);
    void startSync();
    void answer(QNetworkReply *reply, const std::function<void(const QByteArray &)> &handle,
                const std::function<void(const protocol::ErrorReply &)> &refused);
    // After a reset or a mutation gap: push and pull again within the same sync.
    void startOver();
    void pushNext();
    void pullNext();
    // Asks for the page after `since`; a page that arrives also asks for the one after it
    // before it is applied, so that the server builds it meanwhile.
    void requestPage(qint64 since, const QString &epoch = {});
    void dropPageInFlight();
    void finishSync();
    void failSync(State state, const QString &error);
    void scheduleRetry();
    // Sends a request; handle gets the body of a 2xx answer, or the failure is dealt with.
    // refused, when given, takes a 4xx answer that retrying cannot change.
    QNetworkReply *send(const QString &method, const QString &path, const QByteArray &body,
                        std::function<void(const QByteArray &)> handle,
                        std::function<void(const protocol::ErrorReply &)> refused = {});
    void openSocket();
    void heard();
    void heartbeat();
    // Whether TLS errors come only from the pinned certificate, which is then trusted.
    bool pinned(const QList<QSslError> &errors) const;
    // One request apart from the sync (verb: GET, POST, DELETE), answered through done;
    // read takes a 2xx answer's body.
    void askServer(const QByteArray &verb, const QString &path, const QByteArray &body,
                   std::function<void(const QByteArray &, AdminAnswer &)> read,
                   std::function<void(const AdminAnswer &)> done);

    Database &m_db;
    SyncEngine m_engine;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QWebSocket> m_socket;
    QTimer m_retryTimer;
    QTimer m_reconnectTimer;
    QTimer m_heartbeat;
    State m_state = State::Idle;
    bool m_again = false;
    bool m_watch = false;
    bool m_retrying = true;
    bool m_isolating = false;
    int m_backoffMs = 500;
    int m_pushedThisSync = 0;
    int m_pulledThisSync = 0;
    qint64 m_pullFrom = -1; // the cursor this sync's pull began at
    QPointer<QNetworkReply> m_pageInFlight;
    QString m_lastError;
    QByteArray m_pin; // SHA-256 of the server certificate to trust, hex
    LoginFailure m_loginFailure = LoginFailure::None;
    // Instants from the store's clock, which every "now" of the device comes from.
    QDateTime m_lastSynced;
    QDateTime m_lastHeard;
    // How long the server has been silent: a span, on a monotonic timer, so that a clock
    // fixed for a test or by --now never keeps a lost server from being noticed.
    QElapsedTimer m_silence;
};

} // namespace spil::client
