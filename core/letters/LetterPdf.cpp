// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letters/LetterPdf.h"

#include "core/common/Error.h"
#include "core/contacts/ContactRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace spil {

namespace {
// All lengths in points: the writer runs at 72 dpi.
constexpr qreal margin = 64;
constexpr qreal footerRoom = 36;
const QSizeF a4(595, 842);
const QColor ink(0x1a, 0x1a, 0x1a);
const QColor muted(0x55, 0x5b, 0x61);
const QColor accent(0x1f, 0x4e, 0x5f);

QFont pdfFont(qreal points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

struct Block {
    QString text;
    QFont font;
    QColor color = ink;
    qreal spaceBefore = 0;
    bool rule = false;
    qreal height = 0;
    int page = 0;
    qreal y = 0;
};

QString pageOf(ContactLanguage language)
{
    return language == ContactLanguage::Dutch ? QStringLiteral("Pagina %1 van %2")
                                              : QStringLiteral("Page %1 of %2");
}

} // namespace

LetterPdfInput letterPdfOf(Database &db, const QString &letterId, const QDate &date)
{
    const auto letter = LetterRepo(db).byId(letterId);
    if (!letter)
        fail(ErrorKind::NotFound, QStringLiteral("no letter %1").arg(letterId));
    const auto contact = ContactRepo(db).byId(letter->contactId);
    if (!contact)
        fail(ErrorKind::NotFound, QStringLiteral("the letter's contact is gone"));
    const auto director = PeopleRepo(db).byId(letter->owner);
    LetterPdfInput out;
    out.letterhead = letterheadOf(db);
    out.parts = letterParts(*letter, *contact, director ? director->name : QString(),
                            houseStyleOf(db), date);
    out.text = letter->text;
    out.title = (letter->language == ContactLanguage::Dutch ? QStringLiteral("Brief %1 %2")
                                                            : QStringLiteral("Letter %1 %2"))
                    .arg(contact->name.simplified(), letter->subject.simplified());
    return out;
}

QByteArray writeLetterPdf(const LetterPdfInput &l, ContactLanguage language)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setCreator(QStringLiteral("Spil"));
    writer.setTitle(l.title);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));

    QList<Block> blocks;
    blocks << Block{l.letterhead.office, pdfFont(15, true), accent, 0};
    if (!l.letterhead.address.isEmpty())
        blocks << Block{l.letterhead.address, pdfFont(8.5), muted, 2};
    blocks.last().rule = true;
    // The address block where a window envelope shows it, then place and date.
    blocks << Block{l.parts.addressBlock.join(QLatin1Char('\n')), pdfFont(10.5), ink, 60};
    blocks << Block{l.parts.placeAndDate, pdfFont(10.5), ink, 36};
    blocks << Block{l.parts.subjectLine, pdfFont(10.5, true), ink, 18};
    // The text paragraph by paragraph, so a page breaks between paragraphs.
    const QStringList paragraphs = l.text.split(QStringLiteral("\n\n"));
    qreal before = 24;
    for (const QString &p : paragraphs) {
        if (p.trimmed().isEmpty()) {
            before += 12;
            continue;
        }
        blocks << Block{p.trimmed(), pdfFont(10.5), ink, before};
        before = 12;
    }

    const qreal width = a4.width() - 2 * margin;
    const qreal bottom = a4.height() - margin - footerRoom;
    int page = 0;
    qreal y = margin;
    for (Block &b : blocks) {
        const QFontMetricsF metrics(b.font, &writer);
        b.height =
            metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, b.text).height();
        if (y + b.spaceBefore + b.height > bottom && y > margin) {
            ++page;
            y = margin;
        } else {
            y += b.spaceBefore;
        }
        b.page = page;
        b.y = y;
        y += b.height + (b.rule ? 8 : 0);
    }
    const int pages = page + 1;

    QPainter painter;
    if (!painter.begin(&writer))
        fail(ErrorKind::Storage, QStringLiteral("cannot draw the letter"));
    const auto footer = [&](int p) {
        painter.setFont(pdfFont(8));
        painter.setPen(muted);
        const QString right = pageOf(language).arg(p + 1).arg(pages);
        const QFontMetricsF metrics(painter.font(), &writer);
        const qreal base = a4.height() - margin + 10;
        painter.drawText(QPointF(margin, base),
                         metrics.elidedText(l.parts.subjectLine, Qt::ElideRight,
                                            width - metrics.horizontalAdvance(right) - 16));
        painter.drawText(QPointF(a4.width() - margin - metrics.horizontalAdvance(right), base),
                         right);
    };
    int drawing = 0;
    for (const Block &b : blocks) {
        while (b.page > drawing) {
            footer(drawing);
            writer.newPage();
            ++drawing;
        }
        painter.setFont(b.font);
        painter.setPen(b.color);
        painter.drawText(QRectF(margin, b.y, width, b.height), Qt::TextWordWrap, b.text);
        if (b.rule) {
            painter.setPen(QPen(accent, 1.2));
            painter.drawLine(QPointF(margin, b.y + b.height + 5),
                             QPointF(a4.width() - margin, b.y + b.height + 5));
        }
    }
    footer(drawing);
    painter.end();
    return bytes;
}

QString sendLetter(Database &db, FileCache &cache, const QString &letterId, const QString &user,
                   LetterVia via, const QDate &on)
{
    const auto letter = LetterRepo(db).byId(letterId);
    if (!letter)
        fail(ErrorKind::NotFound, QStringLiteral("no letter %1").arg(letterId));
    if (letter->state != LetterState::Ready)
        fail(ErrorKind::BadInput, QStringLiteral("only a ready letter is sent"));
    if (!on.isValid())
        fail(ErrorKind::BadInput, QStringLiteral("a letter is sent on a day"));
    const LetterPdfInput input = letterPdfOf(db, letterId, on);
    return fileLetter(db, cache, letterId, user, via, on, writeLetterPdf(input, letter->language),
                      input.title + QStringLiteral(".pdf"));
}

} // namespace spil
