// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/server/ServerStorage.h"

#include <memory>

namespace spil::server {

// The backend a --db value names: postgresql://USER@HOST:PORT/DBNAME is PostgreSQL,
// anything else the path of a SQLite file.
std::unique_ptr<ServerStorage> openStorage(const QString &db);
// Makes a new store there (the epoch and the default workspace); refuses an existing one.
void createStorage(const QString &db);

} // namespace spil::server
