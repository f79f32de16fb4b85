// SPDX-License-Identifier: GPL-3.0-or-later
// The demo office's papers as Qt PDF reads them on a device: pages, and text the reader's
// search and the archive's search find.
#include "core/archive/ArchiveText.h"
#include "core/demo/DemoPaperPdf.h"
#include "core/demo/DemoPaperTexts.h"

#include <QFile>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace spil;

namespace {
QString written(const QTemporaryDir &dir, const QByteArray &pdf)
{
    const QString path = dir.filePath(QStringLiteral("paper.pdf"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    return path;
}
} // namespace

TEST(DemoPapers, AreTheSameBytesEveryTimeAndReadAsTheirText)
{
    const QStringList text = demoPaperText("Voorstel beloning 2027");
    ASSERT_GT(text.size(), 2);
    const QByteArray pdf = demoPaperPdf(text[0], text.mid(1));
    EXPECT_EQ(pdf, demoPaperPdf(text[0], text.mid(1)));
    EXPECT_TRUE(demoPaperText("Een stuk dat niet bestaat").isEmpty());

    QTemporaryDir dir;
    const QString read = pdfText(written(dir, pdf)).simplified();
    EXPECT_TRUE(read.startsWith(QStringLiteral("Voorstel beloning directie 2027")))
        << read.toStdString();
    // Characters past ASCII in the fonts' own encoding: the euro sign, an apostrophe.
    EXPECT_TRUE(read.contains(QStringLiteral("€"))) << read.toStdString();
    EXPECT_TRUE(read.contains(QStringLiteral("38.000")));
    const QByteArray other = demoPaperPdf(QStringLiteral("Risico's"), {QStringLiteral("Één")});
    EXPECT_EQ(pdfText(written(dir, other)).simplified(), QStringLiteral("Risico's Één"));
}

TEST(DemoPapers, ALongPaperRunsOnToMorePagesWithNothingLost)
{
    QStringList paragraphs;
    for (int i = 1; i <= 40; ++i)
        paragraphs << QStringLiteral("Alinea %1: de markt groeit, de klanten blijven en de "
                                     "kosten dalen volgens plan in het hele jaar.")
                          .arg(i);
    QTemporaryDir dir;
    QPdfDocument document;
    ASSERT_EQ(document.load(written(dir, demoPaperPdf(QStringLiteral("Lang stuk"), paragraphs))),
              QPdfDocument::Error::None);
    EXPECT_GE(document.pageCount(), 2);
    const QString all = pdfText(dir.filePath(QStringLiteral("paper.pdf"))).simplified();
    EXPECT_TRUE(all.contains(QStringLiteral("Alinea 1:")));
    EXPECT_TRUE(all.contains(QStringLiteral("Alinea 40:")));
}
