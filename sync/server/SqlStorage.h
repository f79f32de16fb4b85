// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/QtSqlConnection.h"
#include "sync/server/FileStore.h"
#include "sync/server/ServerStorage.h"

namespace spil::server {

// What both SQL backends store with the same statements: meta, workspaces, users, devices,
// the mutation log, records, conflicts and revocations. A backend keeps what its SQL
// dialect or its locking makes different; both lend their connection (SqlConnection or
// PgConnection) to this part.
class SqlStorage : public ServerStorage {
public:
    void commit() override { m_connection.commit(); }
    void rollback() override { m_connection.rollback(); }
    QString epoch() override;
    QString defaultWorkspace() override;
    QString addWorkspace(const QString &name) override;
    std::optional<Workspace> workspaceByName(const QString &name) override;
    QList<Workspace> workspaces() override;
    void addUser(const User &user) override;
    std::optional<User> userByName(const QString &workspace, const QString &name) override;
    std::optional<User> userById(const QString &id) override;
    QList<User> users(const QString &workspace) override;
    void addDevice(const Device &device, const QByteArray &tokenHash) override;
    std::optional<Device> deviceByTokenHash(const QByteArray &tokenHash) override;
    std::optional<TokenOwner> tokenOwner(const QByteArray &tokenHash) override;
    QList<Device> devices(const QString &userId) override;
    QList<Device> devicesByIds(const QStringList &ids) override;
    void revokeDevice(const QString &deviceId, qint64 atMs) override;
    QList<Device> appPasswords(const QString &userId) override;
    // The migration both dialects share: devices that are app passwords.
    static QStringList appPasswordColumn();
    void setFeedToken(const QString &userId, const QByteArray &tokenHash, qint64 atMs) override;
    void removeFeedToken(const QString &userId) override;
    std::optional<User> feedTokenOwner(const QByteArray &tokenHash) override;
    std::optional<qint64> feedTokenCreated(const QString &userId) override;
    QList<StoredRecord> liveRecords(const QString &workspace, const QString &entity) override;
    QList<StoredRecord> recordsOfKind(const QString &workspace, const QString &entity) override;
    QList<StoredRecord> liveRecordsBefore(const QString &workspace, const QString &entity,
                                          const QStringList &textFields,
                                          const QStringList &timeFields, qint64 beforeMs) override;
    // The migration both dialects share: calendar feed tokens. blob and integer are the
    // dialect's types.
    static QStringList feedTokens(const QString &blob, const QString &integer);
    void setPrincipals(const QString &userId, const QStringList &principals,
                       qint64 resyncAt) override;
    qint64 currentVersion(const QString &workspace) override;
    qint64 horizon(const QString &workspace) override;
    Position position(const QString &workspace) override;
    qint64 lastMutation(const QString &workspace, const QString &clientId) override;
    std::optional<QByteArray> mutationHash(const QString &workspace, const QString &clientId,
                                           qint64 mutation) override;
    void recordMutation(const QString &workspace, const QString &clientId, qint64 mutation,
                        const QByteArray &hash) override;
    std::optional<StoredRecord> record(const QString &workspace, const QString &entity,
                                       const QString &id) override;
    bool hasRecord(const QString &workspace, const QString &entity, const QString &id) override;
    void saveRecord(const QString &workspace, const StoredRecord &record) override;
    void renewEpoch() override;
    void addConflict(const QString &workspace, const ConflictEntry &conflict) override;
    void addRevocation(const QString &workspace, const QString &personId,
                       const Revocation &revocation) override;
    QList<StoredRecord> recordsSince(const QString &workspace, qint64 since, int limit) override;
    QList<Revocation> revocations(const QString &workspace, const QString &personId, qint64 after,
                                  qint64 upTo) override;
    QList<ConflictEntry> conflicts(const QString &workspace, int limit) override;
    void forgetConflicts(const QString &workspace, const QString &entity,
                         const QStringList &recordIds, const QStringList &fields) override;
    // A statement per record and per write: SQLite has no round trips to save.
    PushReads readForPush(const QString &workspace, const QString &clientId,
                          const QList<RecordKey> &keys, bool askHolder) override;
    void applyWrites(const QString &workspace, const PushWrites &writes) override;
    // field is the schema's, never a client's: it goes into the statement's text.
    QList<StoredRecord> children(const QString &workspace, const QString &entity,
                                 const QString &field, const QString &parentId) override;
    // In the backend's write transaction (beginWrite), so that no push of the workspace
    // writes in between.
    int compact(const QString &workspace, qint64 beforeVersion) override;
    FileStore &files() override { return m_files; }
    // The migration both dialects share: a client id belongs to one device for ever (the
    // newest device of a store that signed in again keeps it); conflicts keep who could read
    // their values; a user whose principals changed pulls everything again. integer is the
    // dialect's 64-bit integer type.
    static QStringList oneDevicePerClientId(const QString &integer);
    // What a new store holds from the start, inside the creator's transaction: its epoch and
    // the default workspace.
    static void seed(QtSqlConnection &sql);

protected:
    // The connection is the backend's member: it is only kept here, not used, until the
    // backend's constructor has opened it.
    explicit SqlStorage(QtSqlConnection &connection) : m_connection(connection), m_files(connection)
    {
    }

    // The dialect's text of a field in the JSON fields of the records row called alias.
    virtual QString jsonField(const QString &alias, const QString &field) const = 0;
    // The same field as a whole number (NULL when missing).
    virtual QString jsonInteger(const QString &alias, const QString &field) const = 0;
    // The dialect's subquery that yields, one row each, the texts of the JSON array given as
    // the statement's next argument.
    virtual QString jsonTexts() const = 0;
    QSqlQuery &run(const QString &sql, const QVariantList &args = {})
    {
        return m_connection.run(sql, args);
    }
    QVariant scalar(const QString &sql, const QVariantList &args = {})
    {
        return m_connection.scalar(sql, args);
    }

private:
    // Deletes the tombstones of workspace older than beforeVersion that no live child still
    // names (a new device must be able to hold the children: its store ties them to their
    // parents); returns how many went. Runs inside the write transaction.
    int dropTombstones(const QString &workspace, qint64 beforeVersion);
    // The devices a WHERE clause (and what follows it) picks.
    QList<Device> devicesWhere(const QString &clause, const QVariantList &args);

    QtSqlConnection &m_connection;
    FileStore m_files;
};

} // namespace spil::server
