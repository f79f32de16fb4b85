// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reception/VisitorListPdf.h"

#include "core/common/Error.h"
#include "core/people/PeopleRepo.h"
#include "core/reception/ReceptionRepo.h"
#include "core/store/Database.h"

#include <QBuffer>
#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace spil {

namespace {
struct Words {
    QString visitors, time, visitor, organisation, host, arrived, nobody, pageOf;
};

Words wordsOf(MinutesLanguage language)
{
    if (language == MinutesLanguage::Dutch)
        return {QStringLiteral("Bezoekers"),
                QStringLiteral("Tijd"),
                QStringLiteral("Bezoeker"),
                QStringLiteral("Organisatie"),
                QStringLiteral("Voor"),
                QStringLiteral("Binnen"),
                QStringLiteral("Geen bezoekers verwacht."),
                QStringLiteral("Pagina %1 van %2")};
    return {QStringLiteral("Visitors"),
            QStringLiteral("Time"),
            QStringLiteral("Visitor"),
            QStringLiteral("Organisation"),
            QStringLiteral("Host"),
            QStringLiteral("Arrived"),
            QStringLiteral("No visitors expected."),
            QStringLiteral("Page %1 of %2")};
}

QLocale localeOf(MinutesLanguage language)
{
    return language == MinutesLanguage::Dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                              : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

// Lengths in points: the writer runs at 72 dpi.
constexpr qreal kMargin = 56;
constexpr qreal kRow = 22;
const QSizeF kA4(595, 842);
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x5b, 0x61);
const QColor kAccent(0x1f, 0x4e, 0x5f);
// The columns' left edges, as shares of the width: time, visitor, organisation, host,
// arrived.
constexpr qreal kColumns[] = {0, 0.11, 0.41, 0.64, 0.87};

QFont pdfFont(qreal points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}
} // namespace

VisitorListInput visitorListOf(Database &db, const QDate &date, const QTimeZone &zone,
                               MinutesLanguage language, const Letterhead &letterhead)
{
    const Words w = wordsOf(language);
    const QLocale locale = localeOf(language);
    VisitorListInput out;
    out.letterhead = letterhead;
    out.title = w.visitors + QStringLiteral(" \u00b7 ") +
                locale.toString(date, QStringLiteral("dddd d MMMM yyyy"));
    PeopleRepo people(db);
    const auto timeOf = [&](qint64 ms) {
        return ms != 0 ? locale.toString(QDateTime::fromMSecsSinceEpoch(ms, zone).time(),
                                         QStringLiteral("HH:mm"))
                       : QString();
    };
    for (const ExpectedVisitor &v : ReceptionRepo(db).day(date, zone)) {
        const auto host = people.byId(v.host);
        out.lines << VisitorListLine{timeOf(v.expectedUtc), v.name, v.organisation,
                                     host ? host->name : QString(), timeOf(v.checkedInAt)};
    }
    return out;
}

QByteArray writeVisitorListPdf(const VisitorListInput &list, MinutesLanguage language)
{
    const Words w = wordsOf(language);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setCreator(QStringLiteral("Spil"));
    writer.setTitle(list.title);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    const qreal width = kA4.width() - 2 * kMargin;
    const qreal top = kMargin + 96; // under the letterhead, the title and the table's head
    const int perPage = int((kA4.height() - kMargin - 36 - top) / kRow);
    const int pages = std::max<int>(1, int((list.lines.size() + perPage - 1) / perPage));

    QPainter painter;
    if (!painter.begin(&writer))
        fail(ErrorKind::Storage, QStringLiteral("cannot draw the day list"));
    const auto cell = [&](int column, qreal y, const QString &text) {
        const qreal left = kMargin + kColumns[column] * width;
        const qreal right =
            column + 1 < 5 ? kMargin + kColumns[column + 1] * width - 6 : kMargin + width;
        const QFontMetricsF metrics(painter.font(), &writer);
        painter.drawText(QRectF(left, y, right - left, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(text, Qt::ElideRight, right - left));
    };
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        qreal y = kMargin;
        painter.setPen(kAccent);
        painter.setFont(pdfFont(15, true));
        painter.drawText(QRectF(kMargin, y, width, 22), Qt::AlignLeft, list.letterhead.office);
        y += 22;
        painter.setPen(kMuted);
        painter.setFont(pdfFont(8.5));
        painter.drawText(QRectF(kMargin, y, width, 14), Qt::AlignLeft, list.letterhead.address);
        y += 16;
        painter.drawLine(QPointF(kMargin, y), QPointF(kMargin + width, y));
        y += 12;
        painter.setPen(kInk);
        painter.setFont(pdfFont(13, true));
        painter.drawText(QRectF(kMargin, y, width, 20), Qt::AlignLeft, list.title);
        y = top - kRow;
        painter.setFont(pdfFont(9, true));
        painter.setPen(kMuted);
        const QString heads[] = {w.time, w.visitor, w.organisation, w.host, w.arrived};
        for (int c = 0; c < 5; ++c)
            cell(c, y, heads[c]);
        painter.drawLine(QPointF(kMargin, top), QPointF(kMargin + width, top));
        y = top;
        painter.setFont(pdfFont(10));
        painter.setPen(kInk);
        if (list.lines.isEmpty())
            cell(1, y, w.nobody);
        for (qsizetype i = qsizetype(page) * perPage;
             i < std::min<qsizetype>(list.lines.size(), qsizetype(page + 1) * perPage); ++i) {
            const VisitorListLine &l = list.lines[i];
            const QString texts[] = {l.time, l.name, l.organisation, l.host, l.arrived};
            for (int c = 0; c < 5; ++c)
                cell(c, y, texts[c]);
            y += kRow;
        }
        painter.setFont(pdfFont(8));
        painter.setPen(kMuted);
        painter.drawText(QRectF(kMargin, kA4.height() - kMargin - 12, width, 12), Qt::AlignRight,
                         w.pageOf.arg(page + 1).arg(pages));
    }
    painter.end();
    return bytes;
}

} // namespace spil
