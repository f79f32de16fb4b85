// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace spil {

// SHA-256 fed piece by piece, through OpenSSL's libcrypto: it uses the processor's SHA
// instructions (about 1.7 GB/s here), where QCryptographicHash in Qt 6.4 computes it in
// portable C (about 160 MB/s), which made hashing most of a file download's time.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const char *data, qint64 size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    // The digest's 32 bytes, or in lower-case hex; the object is spent after either.
    QByteArray digest();
    QString hex() { return QString::fromLatin1(digest().toHex()); }

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace spil
