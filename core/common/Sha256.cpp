// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Sha256.h"

#include "core/common/Error.h"

#include <openssl/evp.h>

namespace spil {

struct Sha256::Context {
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(md); }
};

Sha256::Sha256() : m_context(std::make_unique<Context>())
{
    if (!m_context->md || EVP_DigestInit_ex(m_context->md, EVP_sha256(), nullptr) != 1)
        fail(ErrorKind::Storage, QStringLiteral("SHA-256 is not available"));
}

Sha256::~Sha256() = default;

void Sha256::addData(const char *data, qint64 size)
{
    if (size > 0)
        EVP_DigestUpdate(m_context->md, data, size_t(size));
}

QByteArray Sha256::digest()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->md, digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

} // namespace spil
