// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/MinutesPdf.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Error.h"
#include "core/documents/DocumentRepo.h"
#include "core/documents/FileCache.h"
#include "core/letters/OfficeStyle.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/MinutesRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace spil {

namespace {

QLocale localeOf(MinutesLanguage language)
{
    return language == MinutesLanguage::Dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                              : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString stateWord(MinutesState state, const MinutesWords &w)
{
    switch (state) {
    case MinutesState::Draft:
        return w.draft;
    case MinutesState::Review:
        return w.review;
    case MinutesState::Final:
        return w.final;
    }
    return {};
}

QString statusWord(TaskStatus status, const MinutesWords &w)
{
    switch (status) {
    case TaskStatus::Open:
        return w.open;
    case TaskStatus::Done:
        return w.done;
    case TaskStatus::Cancelled:
        return w.cancelled;
    }
    return {};
}

// All lengths in points: the writer runs at 72 dpi.
constexpr qreal margin = 56;
constexpr qreal footerRoom = 36;
const QSizeF a4(595, 842);
const QColor ink(0x1a, 0x1a, 0x1a);
const QColor muted(0x55, 0x5b, 0x61);
const QColor accent(0x1f, 0x4e, 0x5f);

QFont pdfFont(qreal points, bool bold = false, bool italic = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

// One paragraph of the minutes: wrapped inside its indent, kept on one page.
struct Block {
    QString text;
    QFont font;
    QColor color = ink;
    qreal indent = 0;
    qreal spaceBefore = 0;
    QString bullet;    // drawn in the indent's room before the text
    bool rule = false; // a line under the block (the letterhead's)
    qreal height = 0;
    int page = 0;
    qreal y = 0;
};

QList<Block> blocksOf(const MinutesPdfInput &m, const MinutesWords &w)
{
    QList<Block> out;
    const auto add = [&](const QString &text, const QFont &font, qreal spaceBefore,
                         QColor color = ink, qreal indent = 0, const QString &bullet = {}) {
        out << Block{text, font, color, indent, spaceBefore, bullet};
    };
    add(m.letterhead.office, pdfFont(15, true), 0, accent);
    if (!m.letterhead.address.isEmpty())
        add(m.letterhead.address, pdfFont(8.5), 2, muted);
    out.last().rule = true;
    add(w.minutes + QStringLiteral(": ") + m.title, pdfFont(17, true), 26);
    add(m.when, pdfFont(10.5), 4, muted);
    add(w.attendees + QStringLiteral(": ") +
            (m.attendees.isEmpty() ? w.nothing : m.attendees.join(QStringLiteral(", "))),
        pdfFont(10), 8);
    add(w.version.arg(m.version) + QStringLiteral(" \u00b7 ") + m.state, pdfFont(10, true), 4,
        accent);
    int n = 0;
    for (const MinutesPdfItem &item : m.items) {
        add(QStringLiteral("%1. %2").arg(++n).arg(item.title), pdfFont(12.5, true), 22);
        if (item.notes.isEmpty() && item.decisions.isEmpty() && item.actions.isEmpty())
            add(w.nothing, pdfFont(10, false, true), 4, muted, 18);
        const auto section = [&](const QString &label, const QStringList &lines) {
            if (lines.isEmpty())
                return;
            add(label, pdfFont(9, true), 8, muted, 18);
            for (const QString &line : lines)
                add(line, pdfFont(10), 3, ink, 30, QStringLiteral("\u2022"));
        };
        section(w.notes, item.notes);
        section(w.decisions, item.decisions);
        if (!item.actions.isEmpty()) {
            add(w.actions, pdfFont(9, true), 8, muted, 18);
            for (const MinutesPdfAction &a : item.actions) {
                add(a.text, pdfFont(10), 3, ink, 30, QStringLiteral("\u25b8"));
                QStringList about{w.owner + QStringLiteral(": ") + a.owner};
                if (!a.due.isEmpty())
                    about << w.due + QStringLiteral(": ") + a.due;
                if (!a.status.isEmpty())
                    about << a.status;
                add(about.join(QStringLiteral(" \u00b7 ")), pdfFont(8.5), 1, muted, 30);
            }
        }
    }
    return out;
}

QPageLayout a4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
}
} // namespace

MinutesWords minutesWords(MinutesLanguage language)
{
    if (language == MinutesLanguage::Dutch)
        return {QStringLiteral("Notulen"),
                QStringLiteral("Aanwezig"),
                QStringLiteral("Versie %1"),
                QStringLiteral("Notities"),
                QStringLiteral("Besluiten"),
                QStringLiteral("Actiepunten"),
                QStringLiteral("Eigenaar"),
                QStringLiteral("Uiterlijk"),
                QStringLiteral("Niets vastgelegd"),
                QStringLiteral("Pagina %1 van %2"),
                QStringLiteral("concept"),
                QStringLiteral("ter review"),
                QStringLiteral("definitief"),
                QStringLiteral("open"),
                QStringLiteral("gedaan"),
                QStringLiteral("vervallen"),
                QStringLiteral("Notulen %1 v%2.pdf")};
    return {QStringLiteral("Minutes"),
            QStringLiteral("Attendees"),
            QStringLiteral("Version %1"),
            QStringLiteral("Notes"),
            QStringLiteral("Decisions"),
            QStringLiteral("Actions"),
            QStringLiteral("Owner"),
            QStringLiteral("Due"),
            QStringLiteral("Nothing recorded"),
            QStringLiteral("Page %1 of %2"),
            QStringLiteral("draft"),
            QStringLiteral("in review"),
            QStringLiteral("final"),
            QStringLiteral("open"),
            QStringLiteral("done"),
            QStringLiteral("cancelled"),
            QStringLiteral("Minutes %1 v%2.pdf")};
}

MinutesPdfInput minutesPdfOf(Database &db, const MeetingRef &meeting, const QTimeZone &zone,
                             MinutesLanguage language, const Letterhead &letterhead)
{
    const auto a = AgendaRepo(db).byId(meeting.appointmentId);
    if (!a)
        fail(ErrorKind::NotFound, QStringLiteral("no meeting %1").arg(meeting.appointmentId));
    MinutesRepo minutes(db);
    const auto current = minutes.current(meeting);
    if (!current)
        fail(ErrorKind::NotFound, QStringLiteral("this meeting has no minutes yet"));
    const MinutesWords w = minutesWords(language);
    const QLocale locale = localeOf(language);
    PeopleRepo people(db);
    const auto nameOf = [&](const QString &id) {
        const auto p = people.byId(id);
        return p ? p->name : id;
    };
    const qint64 start = meeting.occurrenceUtc >= 0 ? meeting.occurrenceUtc : a->startUtc;
    const qint64 end = start + (a->endUtc - a->startUtc);
    MinutesPdfInput out;
    out.letterhead = letterhead;
    out.title = a->title;
    out.when = locale.toString(QDateTime::fromMSecsSinceEpoch(start, zone),
                               QStringLiteral("dddd d MMMM yyyy, HH:mm")) +
               QStringLiteral("\u2013") +
               locale.toString(QDateTime::fromMSecsSinceEpoch(end, zone), QStringLiteral("HH:mm"));
    if (!a->location.isEmpty())
        out.when += QStringLiteral(" \u00b7 ") + a->location;
    // The owner chairs; the attendees follow in the order the meeting names them.
    QStringList present{a->owner};
    for (const QString &id : a->attendees) {
        if (!present.contains(id))
            present << id;
    }
    for (const QString &id : present)
        out.attendees << nameOf(id);
    out.version = current->version;
    out.state = stateWord(current->state, w);
    QHash<QString, qsizetype> itemAt;
    for (const MeetingItem &item : MeetingRepo(db).items(meeting)) {
        itemAt.insert(item.id, out.items.size());
        out.items << MinutesPdfItem{item.title, {}, {}, {}};
    }
    for (const MinutesLine &line : minutes.lines(meeting)) {
        MinutesPdfItem &item = out.items[itemAt.value(line.entry.itemId)];
        switch (line.entry.kind) {
        case MinutesEntryKind::Note:
            item.notes << line.entry.text;
            break;
        case MinutesEntryKind::Decision:
            item.decisions << line.entry.text;
            break;
        case MinutesEntryKind::Action:
            item.actions << MinutesPdfAction{
                line.entry.text, nameOf(line.entry.owner),
                line.entry.dueUtc >= 0
                    ? locale.toString(
                          QDateTime::fromMSecsSinceEpoch(line.entry.dueUtc, zone).date(),
                          QStringLiteral("d MMMM yyyy"))
                    : QString(),
                line.taskStatus ? statusWord(*line.taskStatus, w) : QString()};
            break;
        }
    }
    return out;
}

QByteArray writeMinutesPdf(const MinutesPdfInput &minutes, MinutesLanguage language)
{
    const MinutesWords w = minutesWords(language);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setCreator(QStringLiteral("Spil"));
    writer.setTitle(w.minutes + QStringLiteral(": ") + minutes.title);
    writer.setPageLayout(a4Layout());

    // Laid out first, so that every page knows how many there are.
    const qreal width = a4.width() - 2 * margin;
    const qreal bottom = a4.height() - margin - footerRoom;
    QList<Block> blocks = blocksOf(minutes, w);
    int page = 0;
    qreal y = margin;
    for (Block &b : blocks) {
        const QFontMetricsF metrics(b.font, &writer);
        b.height =
            metrics.boundingRect(QRectF(0, 0, width - b.indent, 1e6), Qt::TextWordWrap, b.text)
                .height();
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
        fail(ErrorKind::Storage, QStringLiteral("cannot draw the minutes"));
    const auto footer = [&](int p) {
        painter.setFont(pdfFont(8));
        painter.setPen(muted);
        const QString left = w.minutes + QStringLiteral(": ") + minutes.title +
                             QStringLiteral(" \u00b7 ") + w.version.arg(minutes.version) +
                             QStringLiteral(" \u00b7 ") + minutes.state;
        const QString right = w.pageOf.arg(p + 1).arg(pages);
        const QFontMetricsF metrics(painter.font(), &writer);
        const qreal rightWidth = metrics.horizontalAdvance(right);
        const qreal base = a4.height() - margin + 10;
        painter.drawText(QPointF(margin, base),
                         metrics.elidedText(left, Qt::ElideRight, width - rightWidth - 16));
        painter.drawText(QPointF(a4.width() - margin - rightWidth, base), right);
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
        const QRectF box(margin + b.indent, b.y, width - b.indent, b.height);
        if (!b.bullet.isEmpty())
            painter.drawText(
                QPointF(margin + b.indent - 11, b.y + QFontMetricsF(b.font, &writer).ascent()),
                b.bullet);
        painter.drawText(box, Qt::TextWordWrap, b.text);
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

Document fileMinutesPdf(Database &db, FileCache &cache, const MeetingRef &meeting,
                        const QString &title, const QByteArray &pdf, const QString &by)
{
    Document d;
    d.title = title;
    d.mime = QStringLiteral("application/pdf");
    d.size = pdf.size();
    d.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    d.addedBy = by;
    d.appointmentId = meeting.appointmentId;
    QDir().mkpath(cache.dir());
    QSaveFile file(cache.pathOf(d.sha256));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        fail(ErrorKind::Storage,
             QStringLiteral("cannot write the minutes into %1").arg(cache.dir()));
    d.id = DocumentRepo(db).add(d);
    cache.owe(d.sha256);
    return *DocumentRepo(db).byId(d.id);
}

Letterhead letterheadOf(Database &db)
{
    const OfficeStyle style = OfficeStyleRepo(db).current();
    return {style.officeName, style.addressLines.join(addressSeparator())};
}

void setLetterhead(Database &db, const Letterhead &letterhead)
{
    OfficeStyleRepo(db).change({.officeName = letterhead.office,
                                .addressLines = letterhead.address.split(addressSeparator())});
}

} // namespace spil
