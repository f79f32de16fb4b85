// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/OpenStorage.h"

#include "sync/server/PgConnection.h"
#include "sync/server/PostgresStorage.h"
#include "sync/server/SqliteStorage.h"

namespace spil::server {

std::unique_ptr<ServerStorage> openStorage(const QString &db)
{
    if (PgAddress::isPgUrl(db))
        return std::make_unique<PostgresStorage>(db);
    return std::make_unique<SqliteStorage>(db);
}

void createStorage(const QString &db)
{
    if (PgAddress::isPgUrl(db))
        PostgresStorage::create(db);
    else
        SqliteStorage::create(db);
}

} // namespace spil::server
