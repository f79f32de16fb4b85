// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

namespace spil {

struct Letterhead;

// One paragraph of a PDF: wrapped inside its indent and kept on one page.
struct PdfBlock {
    QString text;
    QFont font;
    QColor color;
    qreal indent = 0;
    qreal spaceBefore = 0;
    QString bullet;    // drawn in the indent's room before the text
    bool rule = false; // a line under the block (the letterhead's)
    // Where layOut put it.
    qreal height = 0;
    int page = 0;
    qreal y = 0;
};

// The A4 pages of the office's PDFs (minutes, letters, the day list of visitors): their
// margins, fonts and colours, the letterhead, blocks laid out before anything is drawn so
// that every page can say "page n of N", and that footer. Lengths are in points: the
// writer runs at 72 dpi.
class PdfPageWriter {
public:
    static inline const QColor ink{0x1a, 0x1a, 0x1a};
    static inline const QColor muted{0x55, 0x5b, 0x61};
    static inline const QColor accent{0x1f, 0x4e, 0x5f};

    PdfPageWriter(const QString &title, qreal margin);
    PdfPageWriter(const PdfPageWriter &) = delete;
    PdfPageWriter &operator=(const PdfPageWriter &) = delete;

    static QFont font(qreal points, bool bold = false, bool italic = false);
    static PdfBlock block(const QString &text, const QFont &font, QColor color = ink,
                          qreal spaceBefore = 0, qreal indent = 0, const QString &bullet = {});
    // The office's name and, when there is one, its address line, with a rule under them.
    static QList<PdfBlock> letterhead(const Letterhead &letterhead);

    qreal margin() const { return m_margin; }
    qreal width() const; // between the margins
    qreal pageHeight() const;
    // Where the blocks of a page end, above the footer.
    qreal bottom() const;
    QPdfWriter &writer() { return m_writer; }
    QPainter &painter() { return m_painter; }

    // Gives each block its height, page and place from top of a page on: a page breaks
    // between blocks, never inside one. Returns where the last one ends.
    qreal layOut(QList<PdfBlock> &blocks, qreal top) const;
    // Draws the block at its place on the current page.
    void draw(const PdfBlock &block);
    // "Page n of N" (pageOf: "Page %1 of %2") on the right at the foot, left on the left,
    // elided to the room beside it. page counts from 0.
    void footer(int page, int pages, const QString &left, const QString &pageOf);
    void newPage() { m_writer.newPage(); }

    // A flowing document: the laid out blocks page by page, each with its footer.
    QByteArray writeFlow(QList<PdfBlock> blocks, const QString &footerLeft, const QString &pageOf);
    // The PDF's bytes once everything is drawn.
    QByteArray finish();

private:
    qreal m_margin;
    QByteArray m_bytes;
    QBuffer m_buffer;
    QPdfWriter m_writer;
    QPainter m_painter;
};

} // namespace spil
