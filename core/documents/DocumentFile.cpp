// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentFile.h"

#include "core/common/Error.h"
#include "core/common/Sha256.h"
#include "core/documents/FileCache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace spil {

QString sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return {};
        if (n == 0)
            return hash.hex();
        hash.addData(block.constData(), n);
    }
}

Document describeFile(const QString &path)
{
    const QFileInfo info(path);
    const QString sha256 = info.isFile() ? sha256OfFile(path) : QString();
    if (sha256.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("cannot read the file %1").arg(path));
    Document d;
    d.title = info.fileName();
    d.mime = QMimeDatabase().mimeTypeForFile(info).name();
    d.size = info.size();
    d.sha256 = sha256;
    return d;
}

Document cacheFromDisk(FileCache &cache, const QString &path, const QString &by)
{
    const QFileInfo info(path);
    if (!info.isFile())
        fail(ErrorKind::BadInput, QStringLiteral("cannot read the file %1").arg(path));
    // Copied first and hashed as copied: a file that changes while it is read is kept under
    // the hash of the bytes the cache holds, never under another's.
    QDir().mkpath(cache.dir());
    const QString copy =
        QDir(cache.dir())
            .filePath(QStringLiteral("incoming-%1.part").arg(QDateTime::currentMSecsSinceEpoch()));
    QFile::remove(copy);
    if (!QFile::copy(path, copy))
        fail(ErrorKind::BadInput, QStringLiteral("cannot read the file %1").arg(path));
    Document d;
    d.sha256 = sha256OfFile(copy);
    if (d.sha256.isEmpty()) {
        QFile::remove(copy);
        fail(ErrorKind::Storage, QStringLiteral("cannot read back %1").arg(copy));
    }
    d.title = info.fileName();
    d.mime = QMimeDatabase().mimeTypeForFile(info).name();
    d.size = QFileInfo(copy).size();
    d.addedBy = by;
    const QString cached = cache.pathOf(d.sha256);
    if (QFile::exists(cached))
        QFile::remove(copy);
    else if (!QFile::rename(copy, cached)) {
        QFile::remove(copy);
        fail(ErrorKind::Storage, QStringLiteral("cannot keep the file in %1").arg(cache.dir()));
    }
    return d;
}

} // namespace spil
