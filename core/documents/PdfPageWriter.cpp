// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/PdfPageWriter.h"

#include "core/common/Error.h"
#include "core/documents/MinutesPdf.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>

namespace spil {

namespace {
const QSizeF a4(595, 842);
// Room under the blocks for the footer.
constexpr qreal footerRoom = 36;
} // namespace

PdfPageWriter::PdfPageWriter(const QString &title, qreal margin)
    : m_margin(margin), m_buffer(&m_bytes), m_writer(&m_buffer)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer.setResolution(72);
    m_writer.setCreator(QStringLiteral("Spil"));
    m_writer.setTitle(title);
    m_writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    if (!m_painter.begin(&m_writer))
        fail(ErrorKind::Storage, QStringLiteral("cannot draw %1").arg(title));
}

QFont PdfPageWriter::font(qreal points, bool bold, bool italic)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

PdfBlock PdfPageWriter::block(const QString &text, const QFont &font, QColor color,
                              qreal spaceBefore, qreal indent, const QString &bullet)
{
    return {.text = text,
            .font = font,
            .color = color,
            .indent = indent,
            .spaceBefore = spaceBefore,
            .bullet = bullet};
}

QList<PdfBlock> PdfPageWriter::letterhead(const Letterhead &letterhead)
{
    QList<PdfBlock> out{block(letterhead.office, font(15, true), accent)};
    if (!letterhead.address.isEmpty())
        out << block(letterhead.address, font(8.5), muted, 2);
    out.last().rule = true;
    return out;
}

qreal PdfPageWriter::width() const
{
    return a4.width() - 2 * m_margin;
}

qreal PdfPageWriter::pageHeight() const
{
    return a4.height();
}

qreal PdfPageWriter::bottom() const
{
    return a4.height() - m_margin - footerRoom;
}

qreal PdfPageWriter::layOut(QList<PdfBlock> &blocks, qreal top) const
{
    const qreal w = width();
    const qreal end = bottom();
    int page = 0;
    qreal y = top;
    for (PdfBlock &b : blocks) {
        // The writer's own metrics: the screen's would wrap differently.
        const QFontMetricsF metrics(b.font, &m_writer);
        b.height = metrics.boundingRect(QRectF(0, 0, w - b.indent, 1e6), Qt::TextWordWrap, b.text)
                       .height();
        if (y + b.spaceBefore + b.height > end && y > top) {
            ++page;
            y = top;
        } else {
            y += b.spaceBefore;
        }
        b.page = page;
        b.y = y;
        y += b.height + (b.rule ? 8 : 0);
    }
    return y;
}

void PdfPageWriter::draw(const PdfBlock &b)
{
    m_painter.setFont(b.font);
    m_painter.setPen(b.color);
    if (!b.bullet.isEmpty())
        m_painter.drawText(
            QPointF(m_margin + b.indent - 11, b.y + QFontMetricsF(b.font, &m_writer).ascent()),
            b.bullet);
    m_painter.drawText(QRectF(m_margin + b.indent, b.y, width() - b.indent, b.height),
                       Qt::TextWordWrap, b.text);
    if (b.rule) {
        m_painter.setPen(QPen(accent, 1.2));
        m_painter.drawLine(QPointF(m_margin, b.y + b.height + 5),
                           QPointF(a4.width() - m_margin, b.y + b.height + 5));
    }
}

void PdfPageWriter::footer(int page, int pages, const QString &left, const QString &pageOf)
{
    m_painter.setFont(font(8));
    m_painter.setPen(muted);
    const QString right = pageOf.arg(page + 1).arg(pages);
    const QFontMetricsF metrics(m_painter.font(), &m_writer);
    const qreal rightWidth = metrics.horizontalAdvance(right);
    const qreal base = a4.height() - m_margin + 10;
    if (!left.isEmpty())
        m_painter.drawText(QPointF(m_margin, base),
                           metrics.elidedText(left, Qt::ElideRight, width() - rightWidth - 16));
    m_painter.drawText(QPointF(a4.width() - m_margin - rightWidth, base), right);
}

QByteArray PdfPageWriter::writeFlow(QList<PdfBlock> blocks, const QString &footerLeft,
                                    const QString &pageOf)
{
    layOut(blocks, m_margin);
    const int pages = blocks.isEmpty() ? 1 : blocks.last().page + 1;
    int drawing = 0;
    for (const PdfBlock &b : blocks) {
        while (b.page > drawing) {
            footer(drawing, pages, footerLeft, pageOf);
            newPage();
            ++drawing;
        }
        draw(b);
    }
    footer(drawing, pages, footerLeft, pageOf);
    return finish();
}

QByteArray PdfPageWriter::finish()
{
    m_painter.end();
    m_buffer.close();
    return m_bytes;
}

} // namespace spil
