// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/server/ServerStorage.h"

namespace spil::server {

// App passwords: calendar apps cannot do Spil's sign-in, so each gets a password of its
// own for the CalDAV port, made by the server (32 random bytes) and kept only as its
// hash, like a device's token. Each is a device of its user: what a calendar app writes is
// stamped with a client id of its own and numbered like any device's mutations, and
// revoking one signs out that app alone.
struct NewAppPassword {
    Device device;
    QString password; // shown once
};

// For a user of the workspace (by login name); Error(NotFound) when there is none.
NewAppPassword addAppPassword(ServerStorage &storage, const QString &workspace,
                              const QString &userName, const QString &label, qint64 nowMs);
QList<Device> appPasswords(ServerStorage &storage, const QString &workspace,
                           const QString &userName);
// By the device id `list` shows (or its last 8 characters); Error(NotFound) otherwise.
void revokeAppPassword(ServerStorage &storage, const QString &workspace, const QString &userName,
                       const QString &id, qint64 nowMs);

} // namespace spil::server
