// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reception/VisitorListPdf.h"

#include "core/documents/PdfPageWriter.h"
#include "core/people/PeopleRepo.h"
#include "core/reception/ReceptionRepo.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>

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

// The height of a row of the table, in points.
constexpr qreal kRow = 22;
// The columns' left edges, as shares of the width: time, visitor, organisation, host,
// arrived.
constexpr qreal kColumns[] = {0, 0.11, 0.41, 0.64, 0.87};
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
    using Page = PdfPageWriter;
    const Words w = wordsOf(language);
    PdfPageWriter page(list.title, 56);
    // Every page repeats the letterhead, the title and the table's head.
    QList<PdfBlock> head = Page::letterhead(list.letterhead);
    head << Page::block(list.title, Page::font(13, true), Page::ink, 12);
    const qreal top = std::max(page.margin() + 96, page.layOut(head, page.margin()) + 8 + kRow);
    const int perPage = int((page.bottom() - top) / kRow);
    const int pages = std::max<int>(1, int((list.lines.size() + perPage - 1) / perPage));

    QPainter &painter = page.painter();
    const qreal width = page.width();
    const qreal left = page.margin();
    const auto cell = [&](int column, qreal y, const QString &text) {
        const qreal from = left + kColumns[column] * width;
        const qreal to = column + 1 < 5 ? left + kColumns[column + 1] * width - 6 : left + width;
        const QFontMetricsF metrics(painter.font(), &page.writer());
        painter.drawText(QRectF(from, y, to - from, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(text, Qt::ElideRight, to - from));
    };
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            page.newPage();
        for (const PdfBlock &b : head)
            page.draw(b);
        painter.setFont(Page::font(9, true));
        painter.setPen(Page::muted);
        const QString heads[] = {w.time, w.visitor, w.organisation, w.host, w.arrived};
        for (int c = 0; c < 5; ++c)
            cell(c, top - kRow, heads[c]);
        painter.drawLine(QPointF(left, top), QPointF(left + width, top));
        qreal y = top;
        painter.setFont(Page::font(10));
        painter.setPen(Page::ink);
        if (list.lines.isEmpty())
            cell(1, y, w.nobody);
        for (qsizetype i = qsizetype(p) * perPage;
             i < std::min<qsizetype>(list.lines.size(), qsizetype(p + 1) * perPage); ++i) {
            const VisitorListLine &l = list.lines[i];
            const QString texts[] = {l.time, l.name, l.organisation, l.host, l.arrived};
            for (int c = 0; c < 5; ++c)
                cell(c, y, texts[c]);
            y += kRow;
        }
        page.footer(p, pages, {}, w.pageOf);
    }
    return page.finish();
}

} // namespace spil
