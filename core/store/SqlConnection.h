// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/QtSqlConnection.h"

namespace spil {

// One SQLite connection (see QtSqlConnection). Shared by the device's store and the
// server's.
class SqlConnection final : public QtSqlConnection {
public:
    // Opens path and runs the given PRAGMA statements.
    SqlConnection(const QString &path, const QStringList &pragmas);

    void begin() override;
    // Takes the write lock at once, so that a transaction which reads before it writes
    // cannot meet another process's commit in between (SQLITE_BUSY_SNAPSHOT).
    void beginImmediate();
    void commit() override;
    void rollback() override;
    // rollback() that says whether it worked: false when no transaction was open (SQLite
    // may have ended it itself after an error) or the rollback failed.
    bool tryRollback();
    // Resets every cached statement. A statement stepped but not run to its end keeps
    // SQLite's read snapshot open, hiding what other connections committed since; a
    // long-lived process calls this between requests.
    void endReads() { finishStatements(); }
    // Forward-only migrations: step i of steps brings the schema from version i to i + 1
    // (PRAGMA user_version), each in its own transaction. Refuses a newer store.
    void migrate(const QList<QStringList> &steps, int targetVersion);
    int schemaVersion();
};

} // namespace spil
