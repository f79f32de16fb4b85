// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentFile.h"

#include "core/common/Error.h"
#include "core/common/Sha256.h"
#include "core/documents/FileCache.h"

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
    Document d = describeFile(path);
    d.addedBy = by;
    QDir().mkpath(cache.dir());
    const QString cached = cache.pathOf(d.sha256);
    if (!QFile::exists(cached) && !QFile::copy(path, cached))
        fail(ErrorKind::Storage, QStringLiteral("cannot copy the file into %1").arg(cache.dir()));
    return d;
}

} // namespace spil
