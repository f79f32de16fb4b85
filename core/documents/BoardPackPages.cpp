// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/BoardPackPages.h"

#include "core/common/Error.h"
#include "core/documents/BoardPack.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace spil {

namespace {

// All lengths in points: the writer runs at 72 dpi, so one unit is one point.
constexpr qreal margin = 56;
constexpr qreal lineHeight = 20;
constexpr qreal titleBlock = 70; // the meeting's title and time, on the first agenda page
const QSizeF a4(595, 842);

qsizetype linesOn(int page)
{
    const qreal room = a4.height() - 2 * margin - (page == 0 ? titleBlock : 0);
    return static_cast<qsizetype>(room / lineHeight);
}

QPageLayout layoutOf(QSizeF size)
{
    const bool wide = size.width() > size.height();
    const QSizeF upright = wide ? size.transposed() : size;
    return QPageLayout(QPageSize(upright, QPageSize::Point, QString(), QPageSize::ExactMatch),
                       wide ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF());
}

QFont packFont(qreal points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// One line of the cover within the margins: a long title (or the time there and at home)
// goes a size or two smaller, and what still does not fit ends in "…", never past the
// page's edge.
void drawFitted(QPainter &painter, const QPointF &at, const QString &text, qreal points,
                bool bold = false)
{
    const qreal room = a4.width() - 2 * margin;
    QFont font = packFont(points, bold);
    for (qreal size = points; size >= points - 4; size -= 1) {
        font = packFont(size, bold);
        if (QFontMetricsF(font).horizontalAdvance(text) <= room)
            break;
    }
    painter.setFont(font);
    painter.drawText(at, QFontMetricsF(font).elidedText(text, Qt::ElideRight, room));
}

// The item's title at the top and the page number at the bottom, inside the margins that
// printers and most papers leave free.
void drawMarks(QPainter &painter, QSizeF size, const QString &header, const QString &footer)
{
    painter.setFont(packFont(8));
    painter.setPen(QColor(0x44, 0x44, 0x44));
    const QFontMetricsF metrics(painter.font());
    const qreal width = size.width() - 2 * 28;
    painter.drawText(QPointF(28, 22), metrics.elidedText(header, Qt::ElideRight, width));
    const qreal footerWidth = metrics.horizontalAdvance(footer);
    painter.drawText(QPointF((size.width() - footerWidth) / 2, size.height() - 14), footer);
}

void drawAgendaLine(QPainter &painter, const AgendaLine &line, qreal y)
{
    const qreal left = margin + (line.item ? 0 : 18);
    const qreal right = a4.width() - margin;
    painter.setFont(packFont(line.item ? 11 : 10, line.item));
    const QFontMetricsF metrics(painter.font());
    const qreal rightWidth = metrics.horizontalAdvance(line.right);
    painter.drawText(QPointF(right - rightWidth, y), line.right);
    const qreal room = right - rightWidth - 12 - left;
    painter.drawText(QPointF(left, y), metrics.elidedText(line.text, Qt::ElideRight, room));
}

} // namespace

int agendaPageCount(qsizetype lineCount)
{
    int pages = 1;
    for (qsizetype left = lineCount - linesOn(0); left > 0; left -= linesOn(pages))
        ++pages;
    return pages;
}

QByteArray drawPackFrame(const QString &title, const QString &when, const QList<AgendaLine> &lines,
                         const QList<PaperOverlay> &overlays, const PackWords &words)
{
    const int agendaPages = agendaPageCount(lines.size());
    const auto total = agendaPages + overlays.size();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setCreator(QStringLiteral("Spil"));
    writer.setTitle(title);
    writer.setPageLayout(layoutOf(a4));
    QPainter painter;
    if (!painter.begin(&writer))
        fail(ErrorKind::Storage, QStringLiteral("cannot draw the board pack's pages"));

    qsizetype next = 0;
    for (int page = 0; page < agendaPages; ++page) {
        if (page > 0)
            writer.newPage();
        qreal y = margin;
        if (page == 0) {
            painter.setPen(Qt::black);
            drawFitted(painter, QPointF(margin, y + 18), title, 18, true);
            drawFitted(painter, QPointF(margin, y + 40), when, 11);
            y += titleBlock;
        }
        painter.setPen(Qt::black);
        for (qsizetype n = 0; n < linesOn(page) && next < lines.size(); ++n, ++next)
            drawAgendaLine(painter, lines[next], y + (n + 1) * lineHeight);
        drawMarks(painter, a4, words.agenda, words.pageOf.arg(page + 1).arg(total));
    }
    for (qsizetype i = 0; i < overlays.size(); ++i) {
        writer.setPageLayout(layoutOf(overlays[i].size));
        writer.newPage();
        drawMarks(painter, overlays[i].size, overlays[i].header,
                  words.pageOf.arg(agendaPages + i + 1).arg(total));
    }
    painter.end();
    return bytes;
}

} // namespace spil
