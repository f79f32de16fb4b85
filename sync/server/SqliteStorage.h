#pragma once

#include "server/ServerStorage.h"
#include "store/SqlConnection.h"

namespace spil::server {

// The embedded backend: one SQLite file in WAL mode with synchronous=FULL, so a push the
// server acknowledged survives a crash of the process or the machine.
class SqliteStorage final : public ServerStorage {
public:
    // Opens and migrates; create() also makes the epoch and the default workspace.
    explicit SqliteStorage(const QString &path);
    static void create(const QString &path);

    void endReads() override { m_sql.endReads(); }
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
    SqlConnection m_sql;
};

} // namespace spil::server
