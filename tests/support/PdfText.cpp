// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfText.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QStringList>
#include <gtest/gtest.h>

namespace spil::test {

QString pdfText(const QByteArray &pdf, int *pages)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    EXPECT_EQ(doc.status(), QPdfDocument::Status::Ready);
    QStringList text;
    for (int p = 0; p < doc.pageCount(); ++p)
        text << doc.getAllText(p).text();
    if (pages)
        *pages = doc.pageCount();
    return text.join(QLatin1Char('\f'))
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '));
}

} // namespace spil::test
