// SPDX-License-Identifier: GPL-3.0-or-later
// The archive's search over the text of its files: PDFs drawn here with QPdfWriter, read on
// the device with Qt PDF page by page, kept by hash and found by the search.
#include "core/archive/ArchiveRepo.h"
#include "core/archive/ArchiveText.h"
#include "core/common/Clock.h"
#include "core/common/Sha256.h"
#include "core/documents/DocumentRepo.h"
#include "core/documents/FileCache.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace spil;

namespace {
// A PDF whose page n holds lines[n], drawn as text (so a reader finds it as text).
QByteArray pdfOf(const QStringList &pages)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, {}));
        QPainter painter(&writer);
        for (qsizetype n = 0; n < pages.size(); ++n) {
            if (n > 0)
                writer.newPage();
            painter.drawText(QPointF(60, 200), pages.at(n));
        }
    }
    return bytes;
}

QString hexOf(const QByteArray &bytes)
{
    Sha256 hash;
    hash.addData(bytes);
    return hash.hex();
}
} // namespace

TEST(ArchiveText, APdfsTextIsReadPageByPageWithItsAccents)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("brief.pdf"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(pdfOf({QStringLiteral("Geachte heer Van Rijswijk,"),
                   QStringLiteral("de coöperatie zegt het contract op."),
                   QStringLiteral("Kind regards, the board")}));
    f.close();
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Van Rijswijk"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("coöperatie"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Kind regards"))) << text.toStdString();
    EXPECT_EQ(fileText(path, QStringLiteral("application/pdf")), text);
    // Not a PDF, or not there: no text, and nothing thrown.
    EXPECT_TRUE(pdfText(dir.filePath(QStringLiteral("missing.pdf"))).isEmpty());
    EXPECT_TRUE(fileText(path, QStringLiteral("image/png")).isEmpty());
}

TEST(ArchiveText, TheArchivedFilesInTheCacheAreReadOnceAndFoundByTheSearch)
{
    QTemporaryDir dir;
    ManualClock clock(1'795'000'000'000);
    Database db(dir.filePath(QStringLiteral("store.db")), clock);
    Person director;
    director.name = QStringLiteral("Maarten Verhoeven");
    director.handle = QStringLiteral("maarten");
    director.role = Role::Director;
    director.tz = QStringLiteral("Europe/Amsterdam");
    const QString maarten = PeopleRepo(db).add(director);
    FileCache cache(db, dir.filePath(QStringLiteral("cache")));
    QDir().mkpath(cache.dir());
    ArchiveRepo archive(db);
    const auto filed = [&](const char *subject, const QByteArray &bytes, bool inCache) {
        ArchiveItem a;
        a.owner = maarten;
        a.kind = ArchiveKind::LetterIn;
        a.date = QDate(2026, 11, 2);
        a.subject = QString::fromUtf8(subject);
        const QString item = archive.add(a, maarten);
        Document d;
        d.title = a.subject;
        d.mime = QStringLiteral("application/pdf");
        d.size = bytes.size();
        d.sha256 = hexOf(bytes);
        d.addedBy = maarten;
        archive.file(item, DocumentRepo(db).add(d));
        if (inCache) {
            QFile f(cache.pathOf(d.sha256));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
        }
        return d.sha256;
    };
    const QString here = filed("Opzegging",
                               pdfOf({QStringLiteral("Wij zeggen de huur van "
                                                     "het pand Maliebaan op.")}),
                               true);
    const QString elsewhere =
        filed("Offerte", pdfOf({QStringLiteral("Offerte voor schoonmaakwerk")}), false);
    EXPECT_TRUE(archive.search(QStringLiteral("maliebaan")).isEmpty());
    EXPECT_EQ(indexArchiveFiles(db, cache), 1);
    EXPECT_TRUE(archive.hasFileText(here));
    EXPECT_FALSE(archive.hasFileText(elsewhere)) << "its file is not on this device";
    const auto hits = archive.search(QStringLiteral("pand malie"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().item.subject, QStringLiteral("Opzegging"));
    EXPECT_EQ(indexArchiveFiles(db, cache), 0) << "read once";
}
