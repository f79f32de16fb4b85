// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/protocol/Protocol.h"
#include "sync/server/ServerStorage.h"
#include "sync/server/SyncError.h"

#include <optional>

#include <QObject>
#include <QSet>

namespace spil {
class Clock;
}

namespace spil::server {

class Access;
enum class ReadAccess;

// Who a request comes from, once its token checked out.
struct Session {
    User user;
    Device device;
};

// The sync rules of spil-server, on any ServerStorage: login and tokens, idempotent
// pushes merged field by field (last writer wins by hybrid logical clock, clamped to the
// server's clock), pulls by server version with the permission filter, the conflict log.
// Throws SyncError for every refusal; a refused push stores nothing.
class SyncService : public QObject {
    Q_OBJECT
public:
    struct Options {
        qint64 tokenTtlMs = 90LL * 24 * 3600 * 1000;
        qint64 maxClockAheadMs = 60 * 1000; // stamps further ahead are clamped
    };

    SyncService(ServerStorage &storage, const Clock &clock, Options options);

    protocol::LoginReply login(const protocol::LoginRequest &request);
    // The same login in three steps, so that the password check (argon2id: tens of
    // milliseconds) can run on another thread while the store stays on this one.
    struct LoginCheck {
        std::optional<User> user;
        QString workspace;
        QString passwordHash; // the user's; none for an unknown user (checkPassword then
                              // works as long against a stand-in, and fails)
    };
    LoginCheck prepareLogin(const protocol::LoginRequest &request);
    // Thread-safe: touches no state.
    static bool checkPassword(const QString &password, const LoginCheck &check);
    protocol::LoginReply completeLogin(const protocol::LoginRequest &request,
                                       const LoginCheck &check, bool passwordValid);
    // From an "Authorization: Bearer TOKEN" value (or a bare token).
    Session authenticate(const QString &authorization);
    // A calendar app's Basic auth: the user's login name and one of their app passwords
    // (not revoked); nothing when they do not match.
    std::optional<Session> authenticateAppPassword(const QString &userName,
                                                   const QString &password);
    void logout(const Session &session);
    // Of these sessions' devices, those still signed in (not revoked, not expired), in one
    // read of the store.
    QSet<QString> signedIn(const QStringList &deviceIds);

    // What a push stored, for a cache of the server's own that follows the change log (the
    // CalDAV agenda): the workspace's version before it and the records it wrote, each at
    // the version the push took; no records, and before the version the reply gives, when it
    // stored none.
    struct Stored {
        qint64 before = 0;
        QList<StoredRecord> records;
    };
    protocol::PushReply push(const Session &session, const protocol::PushRequest &request,
                             Stored *stored = nullptr);

    // Group commit: pushes that arrive together share one transaction and one durable
    // commit; a push writes only once accepted, so a refused one affects only its own result.
    // Replies may go out only now that the commit is done.
    struct PushJob {
        const Session *session;
        const protocol::PushRequest *request;
        Stored *stored = nullptr;
    };
    struct PushResult {
        protocol::PushReply reply;
        std::optional<SyncError> error;
    };
    QList<PushResult> pushBatch(const QList<PushJob> &jobs);
    // since = 0 is an initial sync. epoch, when given, must be the server's.
    protocol::PullPage pull(const Session &session, qint64 since, int limit, const QString &epoch);
    // The newest entries of the conflict log about records the user reads in full.
    QList<ConflictEntry> conflicts(const Session &session, int limit);
    // Admins only: the directors an assistant of their workspace serves from now on.
    protocol::PrincipalsReply setPrincipals(const Session &session,
                                            const protocol::PrincipalsRequest &request);

    ServerStorage &storage() { return m_storage; }
    const Clock &clock() const { return m_clock; }

Q_SIGNALS:
    // A push committed a new version of a workspace (pokes go out on this).
    void versionCommitted(const QString &workspace, qint64 version);

private:
    struct PushState;
    // The pushes to one workspace that share a transaction.
    struct WriteGroup {
        qint64 version = 0;       // the workspace's, as the transaction left it so far
        bool last = false;        // the push being applied is the group's last
        qint64 notified = 0;      // the version other instances hear of at the commit
        Stored *stored = nullptr; // told what the push being applied stores
    };
    // One push inside an open transaction: no commit, no poke. An accepted push that stores
    // changes takes the group's next version.
    protocol::PushReply applyPush(const Session &session, const protocol::PushRequest &request,
                                  WriteGroup &group);
    // The mutations of a push the store has not seen yet, and those it has (a retry).
    struct Sequence {
        QList<const protocol::Mutation *> fresh;
        QList<const protocol::Mutation *> repeated;
        qint64 last = 0; // the device's last mutation once this push is stored
    };
    // The steps of applyPush, in their order.
    PushReads readStored(PushState &state, const protocol::PushRequest &request);
    Sequence checkSequence(PushState &state, const protocol::PushRequest &request,
                           const PushReads &reads);
    QSet<QString> merge(PushState &state, const Sequence &sequence);
    void keepChains(PushState &state, const QSet<QString> &changed);
    void logConflicts(PushState &state);
    void authorise(PushState &state, const Access &access, const StoredRecord &record,
                   const std::optional<StoredRecord> &before);
    // Whether a record that leaves its guard (under guards now) would be read in full by
    // anyone of the office, when before it was not: such a write is refused, whoever makes
    // it, since it would open a restricted or confidential record's file to everyone.
    bool opensToTheOffice(const StoredRecord &before, const StoredRecord &record,
                          const QList<StoredRecord> &guards, PushState &state);
    void followUp(PushState &state, const StoredRecord &record,
                  const std::optional<StoredRecord> &before);
    // Final records (and records of final ones) take no changes: refused with Locked.
    void checkLocks(PushState &state, const StoredRecord &record,
                    const std::optional<StoredRecord> &before);
    void applyChange(PushState &state, const protocol::Change &change);
    StoredRecord *recordFor(PushState &state, const QString &entity, const QString &id);
    QJsonArray sights(PushState &state, const QString &entity, const QString &id);
    void checkNewRecord(PushState &state, const StoredRecord &record);
    // The records whose access a record's follows, nearest first (an exception's series; a
    // paper's item and its meeting; see EntityPolicy), from the push under way when given,
    // else from the store; the chain stops at a guard that is not there.
    QList<StoredRecord> guardsOf(PushState *state, const Session &session,
                                 const StoredRecord &record);
    // What the user reads of a stored record, its guards looked up: every route that
    // returns records asks this.
    ReadAccess readable(const Access &access, const Session &session, const StoredRecord &record);
    // Who lost all sight of a record whose access fields changed, or of a record whose
    // access follows it, receives it as gone.
    void revokeLostSight(PushState &state, const StoredRecord &record, const StoredRecord &before);

    ServerStorage &m_storage;
    const Clock &m_clock;
    Options m_options;
    qint64 m_clampMs = 0;
    quint16 m_clampCounter = 0;
};

} // namespace spil::server
