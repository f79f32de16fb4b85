// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaperFixture.h"

#include "core/documents/BoardPack.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QVariantMap>

namespace spil::test {

namespace {

QString paper(const QString &dir, const QString &word, int pages)
{
    const QString path = QDir(dir).filePath(word + QStringLiteral(".pdf"));
    QPdfWriter writer(path);
    writer.setResolution(72);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
    for (int n = 1; n <= pages; ++n) {
        if (n > 1)
            writer.newPage();
        painter.drawText(QPointF(80, 200), QStringLiteral("%1 page %2").arg(word).arg(n));
        painter.drawText(QPointF(80, 240), QStringLiteral("The text of a board paper."));
    }
    return path;
}

} // namespace

PaperFixture makePaperFixture(const QString &dir)
{
    const PackMeeting meeting{
        QStringLiteral("Board meeting"),
        QStringLiteral("Tue 8 Dec 2026, 14:00-16:00"),
        {{QStringLiteral("Budget 2027"),
          QStringLiteral("Treasurer"),
          30,
          {{QStringLiteral("Budget"), paper(dir, QStringLiteral("Budget"), 3)}}},
         {QStringLiteral("Housing plan"),
          {},
          20,
          {{QStringLiteral("Plan"), paper(dir, QStringLiteral("Housing"), 2)},
           {QStringLiteral("Advice"), {}}}}}};
    const QString out = QDir(dir).filePath(QStringLiteral("pack.pdf"));
    const BoardPack pack = writeBoardPack(meeting, out);
    PaperFixture fixture{QUrl::fromLocalFile(out), {}};
    for (const auto &item : pack.items)
        fixture.itemStarts.append(QVariantMap{{QStringLiteral("title"), item.title},
                                              {QStringLiteral("page"), item.page}});
    return fixture;
}

} // namespace spil::test
