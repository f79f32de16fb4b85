// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/PaperReads.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/meetings/MeetingRecords.h"
#include "core/meetings/MeetingRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

#include <QHash>
#include <QSet>
#include <QUuid>
#include <algorithm>

namespace spil {

using namespace meetings;

namespace {
const QString kReads = QStringLiteral("paper_reads");
// The namespace of read records' name-based ids (RFC 9562 version 5).
const QUuid kReadsNamespace(QStringLiteral("{5b0a3f0e-6c1d-4e55-9a43-2f1e8c7d9b10}"));
} // namespace

QString PaperReadRepo::idFor(const QString &documentId, const QString &reader)
{
    return QUuid::createUuidV5(kReadsNamespace, documentId + QLatin1Char('/') + reader)
        .toString(QUuid::WithoutBraces);
}

PaperRead PaperReadRepo::fromRecord(const QVariantMap &r)
{
    PaperRead read;
    read.id = r.value(QStringLiteral("id")).toString();
    read.documentId = r.value(QStringLiteral("document_id")).toString();
    read.reader = r.value(QStringLiteral("reader")).toString();
    read.readAt = optionalTime(r.value(QStringLiteral("read_at")));
    return read;
}

QString PaperReadRepo::recordRead(const QString &documentId, const QString &reader)
{
    if (reader.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a read needs its reader"));
    if (!m_db.get(QStringLiteral("documents"), documentId))
        fail(ErrorKind::NotFound, QStringLiteral("no document %1").arg(documentId));
    const QString id = idFor(documentId, reader);
    Database::Transaction tx(m_db);
    // Any row, a tombstone too: the id is taken for good.
    if (!m_db.scalar(QStringLiteral("SELECT 1 FROM paper_reads WHERE id = ?"), {id}).isValid()) {
        m_db.insert(kReads, {{QStringLiteral("id"), id},
                             {QStringLiteral("document_id"), documentId},
                             {QStringLiteral("reader"), reader},
                             {QStringLiteral("read_at"), m_db.clock().nowMs()}});
    }
    tx.commit();
    return id;
}

std::optional<PaperRead> PaperReadRepo::read(const QString &documentId, const QString &reader)
{
    const auto r = m_db.get(kReads, idFor(documentId, reader));
    return r ? std::optional(fromRecord(*r)) : std::nullopt;
}

QList<PaperRead> PaperReadRepo::readsOf(const QString &documentId)
{
    QList<PaperRead> out;
    for (const QVariantMap &r :
         select(m_db, kReads, QStringLiteral("document_id = ?"), {documentId}))
        out << fromRecord(r);
    std::sort(out.begin(), out.end(), [](const PaperRead &a, const PaperRead &b) {
        return std::tie(a.readAt, a.reader) < std::tie(b.readAt, b.reader);
    });
    return out;
}

QList<AttendeeReading> PaperReadRepo::unreadFor(const MeetingRef &meeting)
{
    const auto a = AgendaRepo(m_db).byId(meeting.appointmentId);
    if (!a)
        return {};
    QStringList readers{a->owner};
    PeopleRepo people(m_db);
    for (const QString &attendee : a->attendees) {
        if (!readers.contains(attendee) && people.byId(attendee))
            readers << attendee;
    }
    MeetingRepo meetings(m_db);
    QList<ItemPaper> in;
    for (const MeetingItem &item : meetings.items(meeting)) {
        for (const MeetingPaper &paper : meetings.papers(item.id)) {
            if (paper.isIn())
                in << ItemPaper{paper, item};
        }
    }
    // Whoever recorded a read counts, whatever the record's id.
    QHash<QString, QSet<QString>> readersOf;
    for (const ItemPaper &p : std::as_const(in)) {
        for (const PaperRead &r : readsOf(p.paper.documentId))
            readersOf[p.paper.documentId].insert(r.reader);
    }
    QList<AttendeeReading> out;
    for (const QString &person : std::as_const(readers)) {
        AttendeeReading reading{person, 0, {}};
        for (const ItemPaper &p : std::as_const(in)) {
            if (p.item.closedTo.contains(person))
                continue;
            ++reading.toRead;
            if (!readersOf.value(p.paper.documentId).contains(person))
                reading.unread << p;
        }
        out << reading;
    }
    return out;
}

} // namespace spil
