// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Meeting.h"

#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// That a person opened a paper (a document of a meeting), once: the first time counts.
struct PaperRead {
    QString id;
    QString documentId;
    QString reader; // a person id
    qint64 readAt = 0;
};

// A paper that is in, with the agenda item it belongs to.
struct ItemPaper {
    MeetingPaper paper;
    MeetingItem item;
};

// What one person who should read a meeting's papers has not opened yet.
struct AttendeeReading {
    QString person;
    int toRead = 0;          // the papers in that are meant for them
    QList<ItemPaper> unread; // of those, the ones they have not opened, in agenda order
};

// Who opened which paper. The app's reader and spilctl's `doc open` record a read; the
// secretary reads per attendee what is still unread before the meeting.
class PaperReadRepo {
public:
    explicit PaperReadRepo(Database &db) : m_db(db) {}

    // The record of reader's read of documentId: the same on every device, so two devices
    // (or two openings) make one record.
    static QString idFor(const QString &documentId, const QString &reader);

    // Records, in one user action, that reader opened the document; a read recorded
    // before stays as it was (nothing is written). Returns the record's id.
    QString recordRead(const QString &documentId, const QString &reader);
    std::optional<PaperRead> read(const QString &documentId, const QString &reader);
    // The reads of one document, the first first.
    QList<PaperRead> readsOf(const QString &documentId);

    // Per person who should read the meeting's papers (its owner, then its attendees that
    // are people of the office), the papers in that they have not opened; papers of an
    // item closed to someone are not theirs to read.
    QList<AttendeeReading> unreadFor(const MeetingRef &meeting);

    static PaperRead fromRecord(const QVariantMap &record);

private:
    Database &m_db;
};

} // namespace spil
