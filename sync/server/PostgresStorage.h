// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/server/PgConnection.h"
#include "sync/server/SqlStorage.h"

#include <memory>

namespace spil::server {

// The backend for several spil-server instances over one PostgreSQL database. A push locks
// its workspace's counter row (SELECT ... FOR UPDATE) for the whole transaction, so versions
// are handed out and committed in one order and a reader never sees version V + 1 without
// V: a sequence would let a later version commit first. After each commit a NOTIFY carries
// {workspace, version} to every instance.
class PostgresStorage final : public SqlStorage {
public:
    // Opens and migrates; create() also makes the epoch and the default workspace.
    explicit PostgresStorage(const QString &url);
    ~PostgresStorage() override;
    static void create(const QString &url);

    // Every statement outside a push reads what is committed when it runs; between
    // requests a connection that failed is checked and, if gone, opened again.
    void endReads() override;
    void watchCommits(std::function<void(const QString &, qint64)> onCommit) override;
    qint64 beginWrite(const QString &workspace) override;
    qint64 takeNextVersion(const QString &workspace) override;
    // One statement each: a push costs the database a round trip to read and one to write.
    PushReads readForPush(const QString &workspace, const QString &clientId,
                          const QList<RecordKey> &keys, bool askHolder) override;
    void applyWrites(const QString &workspace, const PushWrites &writes) override;
    void notifyCommit(const QString &workspace, qint64 version) override;

private:
    QString jsonField(const QString &alias, const QString &field) const override;
    QString jsonInteger(const QString &alias, const QString &field) const override;
    QString jsonTexts() const override;

    PgAddress m_address;
    PgConnection m_sql;
    std::unique_ptr<PgConnection> m_listen; // LISTEN wants a connection of its own
    std::function<void(const QString &, qint64)> m_onCommit;
};

} // namespace spil::server
