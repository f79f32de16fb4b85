// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace spil::server {

// Passwords are stored as argon2id hashes (libsodium, interactive limits); device tokens
// are 32 random bytes, handed out once in base64url and stored only as a BLAKE2b hash.
QString hashPassword(const QString &password);
bool verifyPassword(const QString &password, const QString &hash);
QString makeToken();
QByteArray tokenHash(const QString &token);

} // namespace spil::server
