// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/Person.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <utility>

namespace spil::server {

class FileStore;

struct User {
    QString id;
    QString workspace;
    QString name;            // the login name, e.g. "sanne"
    Role role = Role::Staff; // stored by its name (roleName)
    QString personId;
    QStringList principals; // person ids, for assistants
    QString passwordHash;   // argon2id, libsodium's string form
    // The version at which what this user may read last changed (new principals): a
    // device of theirs whose cursor is below it pulls everything again.
    qint64 resyncAt = 0;
};

struct Device {
    QString id;
    QString userId;
    QString name;
    QString clientId; // bound at its first push
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    qint64 revokedAt = 0; // 0: not revoked
    // An app password: a calendar app's own device, signing in with Basic auth on the
    // CalDAV port only (its token is the password), never with a bearer token.
    bool appPassword = false;
};

// A record as the server holds it: field values, and per field the stamp that wrote it and
// the server version it was written at ({"title": {"hlc": "...", "v": 12}}).
struct StoredRecord {
    QString entity;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject fields;
    QJsonObject stamps; // left empty by recordsSince(): pulls need only newestStamp()
    QString newest;     // the newest stamp among the fields, as recordsSince() reads it

    QString newestStamp() const
    {
        QString out = newest;
        for (auto it = stamps.begin(); it != stamps.end(); ++it)
            out = std::max(out, it.value().toObject().value(QStringLiteral("hlc")).toString());
        return out;
    }
};

struct ConflictEntry {
    QString entity;
    QString recordId;
    QString field;
    QJsonValue lostValue;
    QString lostHlc;
    QJsonValue keptValue;
    QString keptHlc;
    qint64 version = 0;
    qint64 atMs = 0;
    // What decides who could read the two values when they were current (Access::sight of
    // the record before the push, as its writer pushed it, and after); none for entries
    // logged before this was kept, which nobody is shown.
    std::optional<QJsonArray> sight;
};

// A token's device and, unless it was deleted since, the user it belongs to.
struct TokenOwner {
    Device device;
    std::optional<User> user;
};

struct Workspace {
    QString id;
    QString name; // what logins and admin commands name it by, e.g. "default"
};

struct Revocation {
    QString entity;
    QString recordId;
    qint64 version = 0;
};

struct RecordKey {
    QString entity;
    QString id;
};

// What a push reads before it decides anything, in one go: the records it names (those
// the server holds), how far the client's mutations go, and which device holds its
// client id.
struct PushReads {
    QList<StoredRecord> records;
    qint64 lastMutation = 0;
    QString clientHolder; // empty: the client id is nobody's yet
};

// Everything one push writes, handed to the store once the push is accepted, so that a
// refused push writes nothing at all.
struct PushWrites {
    qint64 version = 0; // the workspace's version from now on (0: a push that only binds)
    QString clientId;
    QString bindDevice; // when set, the client id becomes this device's
    // Tells other instances of the version at the commit (see notifyCommit): the last push
    // of a group does, for the whole group.
    bool notify = false;
    QList<std::pair<qint64, QByteArray>> mutations; // number, hash
    QList<StoredRecord> records;    // one row per record, in the order they were decided
    QList<ConflictEntry> conflicts; // in the order the log shows them
    QList<std::pair<QString, Revocation>> revocations; // by person
};

// Where spil-server keeps its state. The sync rules live in SyncService, above any
// backend; a backend only stores, orders and locks. SQLite is the embedded one.
class ServerStorage {
public:
    virtual ~ServerStorage() = default;

    // Called between requests: what other processes committed (an admin command, another
    // instance) becomes visible to the next read.
    virtual void endReads() = 0;

    virtual QString epoch() = 0;
    virtual QString defaultWorkspace() = 0;
    // Workspaces (organisations) share nothing but the server: each has its own users,
    // devices, records, versions and mutation log.
    virtual QString addWorkspace(const QString &name) = 0;
    virtual std::optional<Workspace> workspaceByName(const QString &name) = 0;
    virtual QList<Workspace> workspaces() = 0;

    // Calls onCommit from the event loop with versions that other processes committed
    // (another instance over the same database). A backend that cannot hear them calls
    // nothing: the server's periodic poll then finds them.
    virtual void
    watchCommits(std::function<void(const QString &workspace, qint64 version)> onCommit)
    {
        Q_UNUSED(onCommit);
    }

    virtual void addUser(const User &user) = 0;
    virtual std::optional<User> userByName(const QString &workspace, const QString &name) = 0;
    virtual std::optional<User> userById(const QString &id) = 0;
    virtual QList<User> users(const QString &workspace) = 0;
    // Inside a write transaction of the user's workspace.
    virtual void setPrincipals(const QString &userId, const QStringList &principals,
                               qint64 resyncAt) = 0;

    virtual void addDevice(const Device &device, const QByteArray &tokenHash) = 0;
    virtual std::optional<Device> deviceByTokenHash(const QByteArray &tokenHash) = 0;
    // Every request asks this: the device and its user in one read.
    virtual std::optional<TokenOwner> tokenOwner(const QByteArray &tokenHash) = 0;
    virtual QList<Device> devices(const QString &userId) = 0;
    // The devices of these ids that exist, in one read (pokes check many sockets at once).
    virtual QList<Device> devicesByIds(const QStringList &ids) = 0;
    virtual void revokeDevice(const QString &deviceId, qint64 atMs) = 0;
    // A user's app passwords that are not revoked, oldest first.
    virtual QList<Device> appPasswords(const QString &userId) = 0;

    // Calendar feeds: one read-only token per user, kept as its hash; setting another ends
    // the one before.
    virtual void setFeedToken(const QString &userId, const QByteArray &tokenHash, qint64 atMs) = 0;
    virtual void removeFeedToken(const QString &userId) = 0;
    // The user a feed token belongs to, if it is a current one.
    virtual std::optional<User> feedTokenOwner(const QByteArray &tokenHash) = 0;
    // When the user's current feed token was made; nothing when they have none.
    virtual std::optional<qint64> feedTokenCreated(const QString &userId) = 0;

    // A push runs between beginWrite and commit (or rollback): one transaction in which
    // the workspace's version counter is locked, so versions are handed out in commit order.
    // Returns the workspace's version as locked: the writer counts on from it.
    virtual qint64 beginWrite(const QString &workspace) = 0;
    // For writers other than pushes (admin commands): the next version (on PostgreSQL,
    // other instances hear of it at the commit).
    virtual qint64 takeNextVersion(const QString &workspace) = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;

    // Inside beginWrite: the records of keys, the client's last mutation and (asked for
    // when the device is not bound yet) the device its client id is bound to.
    virtual PushReads readForPush(const QString &workspace, const QString &clientId,
                                  const QList<RecordKey> &keys, bool askHolder) = 0;
    // Inside beginWrite: stores one accepted push and sets the workspace's version to
    // writes.version. A bound client id stays one device's for ever; mutation logs are per
    // workspace, and so are bindings.
    virtual void applyWrites(const QString &workspace, const PushWrites &writes) = 0;
    // Inside beginWrite: other instances hear of the version once this commits (when the
    // last push of a group wrote nothing, the group's newest version goes this way).
    virtual void notifyCommit(const QString &workspace, qint64 version)
    {
        Q_UNUSED(workspace);
        Q_UNUSED(version);
    }

    virtual qint64 currentVersion(const QString &workspace) = 0;
    // Cursors below the horizon point at tombstones that were compacted away.
    virtual qint64 horizon(const QString &workspace) = 0;
    // The three above in one read, for a request that checks them all (a CalDAV write's
    // view of the agenda): each statement costs about as much as the work it reads.
    struct Position {
        QString epoch;
        qint64 version = 0;
        qint64 horizon = 0;
    };
    virtual Position position(const QString &workspace) = 0;

    virtual qint64 lastMutation(const QString &workspace, const QString &clientId) = 0;
    virtual std::optional<QByteArray> mutationHash(const QString &workspace,
                                                   const QString &clientId, qint64 mutation) = 0;
    virtual void recordMutation(const QString &workspace, const QString &clientId, qint64 mutation,
                                const QByteArray &hash) = 0;

    virtual std::optional<StoredRecord> record(const QString &workspace, const QString &entity,
                                               const QString &id) = 0;
    // Whether the record is there (a tombstone counts), without reading it.
    virtual bool hasRecord(const QString &workspace, const QString &entity, const QString &id) = 0;
    virtual void saveRecord(const QString &workspace, const StoredRecord &record) = 0;
    // Records of entity whose field names parentId (an appointment's exceptions, say).
    virtual QList<StoredRecord> children(const QString &workspace, const QString &entity,
                                         const QString &field, const QString &parentId) = 0;
    // The live records (no tombstones) of one kind in a workspace, without their stamps.
    virtual QList<StoredRecord> liveRecords(const QString &workspace, const QString &entity) = 0;
    // Every record of one kind in a workspace, tombstones included, without their stamps.
    virtual QList<StoredRecord> recordsOfKind(const QString &workspace, const QString &entity) = 0;
    // The live records of entity, without their stamps, that still hold a text in one of
    // textFields and whose every one of timeFields (ms; a missing one counts as 0) lies
    // before beforeMs: what a sweep by age has left to do, read without the rest of the kind.
    virtual QList<StoredRecord> liveRecordsBefore(const QString &workspace, const QString &entity,
                                                  const QStringList &textFields,
                                                  const QStringList &timeFields,
                                                  qint64 beforeMs) = 0;
    // A new epoch: every device starts over (after a restore from a backup).
    virtual void renewEpoch() = 0;
    virtual void addConflict(const QString &workspace, const ConflictEntry &conflict) = 0;
    virtual void addRevocation(const QString &workspace, const QString &personId,
                               const Revocation &revocation) = 0;

    // Records with a version above since, tombstones included, by version: about limit of
    // them, but never splitting one version. Their stamps are left out; newest is set.
    virtual QList<StoredRecord> recordsSince(const QString &workspace, qint64 since, int limit) = 0;
    virtual QList<Revocation> revocations(const QString &workspace, const QString &personId,
                                          qint64 after, qint64 upTo) = 0;
    virtual QList<ConflictEntry> conflicts(const QString &workspace, int limit) = 0;
    // Removes what the conflict log holds of fields of the records: a value emptied for
    // good (a visitor's name past the retention) must not live on as a lost value.
    virtual void forgetConflicts(const QString &workspace, const QString &entity,
                                 const QStringList &recordIds, const QStringList &fields) = 0;

    // Drops tombstones written before the version (but not those live children still
    // name) and raises the horizon to it.
    virtual int compact(const QString &workspace, qint64 beforeVersion) = 0;

    // The files of documents (their bytes, uploads under way), in the same database.
    virtual FileStore &files() = 0;
};

} // namespace spil::server
