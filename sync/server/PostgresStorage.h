#pragma once

#include "server/PgConnection.h"
#include "server/ServerStorage.h"

#include <memory>

namespace spil::server {

// The backend for several spil-server instances over one PostgreSQL database. A push locks
// its workspace's counter row (SELECT ... FOR UPDATE) for the whole transaction, so versions
// are handed out and committed in one order and a reader never sees version V + 1 without
// V: a sequence would let a later version commit first. After each commit a NOTIFY carries
// {workspace, version} to every instance.
class PostgresStorage final : public ServerStorage {
public:
    // Opens and migrates; create() also makes the epoch and the default workspace.
    explicit PostgresStorage(const QString &url);
    ~PostgresStorage() override;
    static void create(const QString &url);

    // Every statement outside a push reads what is committed when it runs; between
    // requests a connection that failed is checked and, if gone, opened again.
    void endReads() override;
    void watchCommits(std::function<void(const QString &, qint64)> onCommit) override;
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
    QList<Device> devices(const QString &userId) override;
    QList<Device> devicesByIds(const QStringList &ids) override;
    void revokeDevice(const QString &deviceId, qint64 atMs) override;
    void bindClient(const QString &deviceId, const QString &clientId) override;
    void beginWrite(const QString &workspace) override;
    qint64 takeNextVersion(const QString &workspace) override;
    void commit() override;
    void rollback() override;
    void savepoint() override;
    void releaseSavepoint() override;
    void rollbackToSavepoint() override;
    qint64 currentVersion(const QString &workspace) override;
    qint64 horizon(const QString &workspace) override;
    qint64 lastMutation(const QString &workspace, const QString &clientId) override;
    std::optional<QByteArray> mutationHash(const QString &workspace, const QString &clientId,
                                           qint64 mutation) override;
    void recordMutation(const QString &workspace, const QString &clientId, qint64 mutation,
                        const QByteArray &hash) override;
    std::optional<StoredRecord> record(const QString &workspace, const QString &entity,
                                       const QString &id) override;
    void saveRecord(const QString &workspace, const StoredRecord &record) override;
    QList<StoredRecord> children(const QString &workspace, const QString &entity,
                                 const QString &field, const QString &parentId) override;
    void renewEpoch() override;
    void addConflict(const QString &workspace, const ConflictEntry &conflict) override;
    void addRevocation(const QString &workspace, const QString &personId,
                       const Revocation &revocation) override;
    QList<StoredRecord> recordsSince(const QString &workspace, qint64 since, int limit) override;
    QList<Revocation> revocations(const QString &workspace, const QString &personId, qint64 after,
                                  qint64 upTo) override;
    QList<ConflictEntry> conflicts(const QString &workspace, int limit) override;
    int compact(const QString &workspace, qint64 beforeVersion) override;

private:
    PgAddress m_address;
    PgConnection m_sql;
    std::unique_ptr<PgConnection> m_listen; // LISTEN wants a connection of its own
    std::function<void(const QString &, qint64)> m_onCommit;
    QString m_writing; // the workspace locked by beginWrite
    qint64 m_versionBefore = 0;
};

} // namespace spil::server
