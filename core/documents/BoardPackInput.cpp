// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/BoardPackInput.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Error.h"
#include "core/documents/DocumentRepo.h"
#include "core/meetings/MeetingRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

#include <QDateTime>

namespace spil {

namespace {
const QString kPdf = QStringLiteral("application/pdf");

std::optional<Document> pdfOfPaper(DocumentRepo &documents, const MeetingPaper &paper)
{
    if (!paper.isIn())
        return std::nullopt;
    const auto d = documents.byId(paper.documentId);
    if (!d || d->mime != kPdf)
        return std::nullopt;
    return d;
}
} // namespace

QList<Document> boardPackDocuments(Database &db, const MeetingRef &meeting)
{
    MeetingRepo meetings(db);
    DocumentRepo documents(db);
    QList<Document> out;
    for (const MeetingItem &item : meetings.items(meeting)) {
        for (const MeetingPaper &paper : meetings.papers(item.id)) {
            if (const auto d = pdfOfPaper(documents, paper))
                out << *d;
        }
    }
    return out;
}

PackMeeting boardPackOf(Database &db, const MeetingRef &meeting, const QTimeZone &zone,
                        const std::function<QString(const Document &)> &pdfOf,
                        const QLocale &locale)
{
    const auto a = AgendaRepo(db).byId(meeting.appointmentId);
    if (!a)
        fail(ErrorKind::NotFound, QStringLiteral("no meeting %1").arg(meeting.appointmentId));
    const qint64 start = meeting.occurrenceUtc >= 0 ? meeting.occurrenceUtc : a->startUtc;
    const qint64 end = start + (a->endUtc - a->startUtc);
    PackMeeting pack;
    pack.title = a->title;
    pack.startUtc = start;
    pack.endUtc = end;
    pack.when = locale.toString(QDateTime::fromMSecsSinceEpoch(start, zone),
                                QStringLiteral("ddd d MMM yyyy, HH:mm")) +
                QStringLiteral(" – ") +
                locale.toString(QDateTime::fromMSecsSinceEpoch(end, zone), QStringLiteral("HH:mm"));
    MeetingRepo meetings(db);
    DocumentRepo documents(db);
    PeopleRepo people(db);
    for (const MeetingItem &item : meetings.items(meeting)) {
        PackItem p;
        p.title = item.title;
        p.minutes = item.minutesAllotted;
        if (!item.presenter.isEmpty()) {
            const auto who = people.byId(item.presenter);
            p.presenter = who ? who->name : item.presenter;
        }
        for (const MeetingPaper &paper : meetings.papers(item.id)) {
            const auto d = pdfOfPaper(documents, paper);
            p.papers << PackPaper{paper.title, d ? pdfOf(*d) : QString()};
        }
        pack.items << p;
    }
    return pack;
}

} // namespace spil
