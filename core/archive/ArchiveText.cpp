// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/archive/ArchiveText.h"

#include "core/archive/ArchiveRepo.h"
#include "core/documents/FileCache.h"

#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>

namespace spil {

QString pdfText(const QString &path)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    QStringList pages;
    for (int page = 0; page < pdf.pageCount(); ++page)
        pages << pdf.getAllText(page).text();
    return pages.join(QLatin1Char('\n'));
}

QString fileText(const QString &path, const QString &mime)
{
    if (!textReadable(mime))
        return {};
    if (mime == QLatin1String("application/pdf"))
        return pdfText(path);
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.read(4 * 1024 * 1024));
    }
    return {};
}

int indexArchiveFiles(Database &db, FileCache &cache)
{
    ArchiveRepo archive(db);
    int read = 0;
    for (const Document &d : archive.documentsWithoutText()) {
        if (!cache.holds(d.sha256) || archive.hasFileText(d.sha256))
            continue;
        archive.setFileText(d.sha256, fileText(cache.pathOf(d.sha256), d.mime));
        ++read;
    }
    return read;
}

} // namespace spil
