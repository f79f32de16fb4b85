// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/SqlConnection.h"
#include "sync/server/SqlStorage.h"

namespace spil::server {

// The embedded backend: one SQLite file in WAL mode with synchronous=FULL, so a push the
// server acknowledged survives a crash of the process or the machine.
class SqliteStorage final : public SqlStorage {
public:
    // Opens and migrates; create() also makes the epoch and the default workspace.
    explicit SqliteStorage(const QString &path);
    static void create(const QString &path);

    void endReads() override { m_sql.endReads(); }
    qint64 beginWrite(const QString &workspace) override;
    qint64 takeNextVersion(const QString &workspace) override;

private:
    QString jsonField(const QString &alias, const QString &field) const override;
    QString jsonInteger(const QString &alias, const QString &field) const override;
    QString jsonTexts() const override;

    SqlConnection m_sql;
};

} // namespace spil::server
