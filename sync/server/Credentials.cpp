// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/Credentials.h"

#include "core/common/Error.h"

#include <sodium.h>

namespace spil::server {

namespace {
void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        fail(ErrorKind::Storage, QStringLiteral("libsodium cannot start"));
}
} // namespace

QString hashPassword(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        fail(ErrorKind::Storage, QStringLiteral("out of memory while hashing a password"));
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &password, const QString &hash)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

QString makeToken()
{
    ensureSodium();
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenHash(const QString &token)
{
    ensureSodium();
    const QByteArray utf8 = token.toUtf8();
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(utf8.constData()),
                       size_t(utf8.size()), nullptr, 0);
    return out;
}

} // namespace spil::server
