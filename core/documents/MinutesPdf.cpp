// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/MinutesPdf.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Error.h"
#include "core/documents/DocumentRepo.h"
#include "core/documents/FileCache.h"
#include "core/documents/PdfPageWriter.h"
#include "core/letters/OfficeStyle.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/MinutesRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QLocale>
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

using Page = PdfPageWriter;
QList<PdfBlock> blocksOf(const MinutesPdfInput &m, const MinutesWords &w)
{
    QList<PdfBlock> out = Page::letterhead(m.letterhead);
    const auto add = [&](const QString &text, const QFont &font, qreal spaceBefore,
                         QColor color = Page::ink, qreal indent = 0, const QString &bullet = {}) {
        out << Page::block(text, font, color, spaceBefore, indent, bullet);
    };
    add(w.minutes + QStringLiteral(": ") + m.title, Page::font(17, true), 26);
    add(m.when, Page::font(10.5), 4, Page::muted);
    add(w.attendees + QStringLiteral(": ") +
            (m.attendees.isEmpty() ? w.nothing : m.attendees.join(QStringLiteral(", "))),
        Page::font(10), 8);
    add(w.version.arg(m.version) + QStringLiteral(" \u00b7 ") + m.state, Page::font(10, true), 4,
        Page::accent);
    int n = 0;
    for (const MinutesPdfItem &item : m.items) {
        add(QStringLiteral("%1. %2").arg(++n).arg(item.title), Page::font(12.5, true), 22);
        if (item.notes.isEmpty() && item.decisions.isEmpty() && item.actions.isEmpty())
            add(w.nothing, Page::font(10, false, true), 4, Page::muted, 18);
        const auto section = [&](const QString &label, const QStringList &lines) {
            if (lines.isEmpty())
                return;
            add(label, Page::font(9, true), 8, Page::muted, 18);
            for (const QString &line : lines)
                add(line, Page::font(10), 3, Page::ink, 30, QStringLiteral("\u2022"));
        };
        section(w.notes, item.notes);
        section(w.decisions, item.decisions);
        if (!item.actions.isEmpty()) {
            add(w.actions, Page::font(9, true), 8, Page::muted, 18);
            for (const MinutesPdfAction &a : item.actions) {
                add(a.text, Page::font(10), 3, Page::ink, 30, QStringLiteral("\u25b8"));
                QStringList about{w.owner + QStringLiteral(": ") + a.owner};
                if (!a.due.isEmpty())
                    about << w.due + QStringLiteral(": ") + a.due;
                if (!a.status.isEmpty())
                    about << a.status;
                add(about.join(QStringLiteral(" \u00b7 ")), Page::font(8.5), 1, Page::muted, 30);
            }
        }
    }
    return out;
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
    // Minutes keep a margin of 56 points; the letters, meant for a window envelope, 64.
    PdfPageWriter page(w.minutes + QStringLiteral(": ") + minutes.title, 56);
    const QString footer = w.minutes + QStringLiteral(": ") + minutes.title +
                           QStringLiteral(" \u00b7 ") + w.version.arg(minutes.version) +
                           QStringLiteral(" \u00b7 ") + minutes.state;
    return page.writeFlow(blocksOf(minutes, w), footer, w.pageOf);
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
