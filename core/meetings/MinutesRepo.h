// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Meeting.h"

#include <QHash>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// A meeting's minutes: one record per version with its state, and entries per agenda item.
// Final minutes take no more changes here (Error Refused) nor on the server; a correction
// is a new version, which starts as a draft holding the final one's entries.
class MinutesRepo {
public:
    explicit MinutesRepo(Database &db) : m_db(db) {}

    // The newest version of the meeting's minutes, if there are any.
    std::optional<Minutes> current(const MeetingRef &meeting);
    // The newest version, begun (version 1, a draft) by `by` when there is none.
    Minutes open(const MeetingRef &meeting, const QString &by);
    std::optional<Minutes> byId(const QString &id);

    // A note or a decision for an item, in the meeting's current minutes.
    QString addEntry(const QString &itemId, MinutesEntryKind kind, const QString &text,
                     const QString &by);
    // An action for an owner by a due time (-1: none): the entry and the owner's task, in
    // one user action.
    QString addAction(const QString &itemId, const QString &text, const QString &owner,
                      qint64 dueUtc, const QString &by);
    void editEntry(const QString &entryId, const QString &text);
    // A line taken out of minutes that are not final, with an action's task; restoreEntry()
    // undoes it.
    void removeEntry(const QString &entryId);
    void restoreEntry(const QString &entryId);
    // draft -> review -> final; review may go back to draft. Final is for good.
    void setState(const QString &minutesId, MinutesState state);
    // A new draft version of final minutes, with copies of their entries (written by `by`),
    // to be corrected.
    QString correct(const MeetingRef &meeting, const QString &by);

    // An attendee's comment on the item's current minutes, on one of its lines (entryId) or
    // on the item as a whole (entryId empty). Minutes take comments only in review.
    QString addComment(const QString &itemId, const QString &entryId, const QString &text,
                       const QString &by);
    // Its author takes a comment back while the minutes are not final; restoreComment()
    // undoes it. Someone else's comment is refused.
    void removeComment(const QString &commentId, const QString &by);
    void restoreComment(const QString &commentId, const QString &by);
    // The comments on the meeting's current minutes, in agenda order, oldest first.
    QList<MinutesComment> comments(const MeetingRef &meeting);

    // The current minutes' lines in agenda order, each action with its task's status.
    QList<MinutesLine> lines(const MeetingRef &meeting);
    // The open actions of the series' earlier meetings (by their current minutes), to be
    // carried into the agenda of `next`, one of its later occurrences.
    QList<CarriedAction> openActionsFor(const MeetingRef &next);

    static Minutes minutesFromRecord(const QVariantMap &record);
    static MinutesEntry entryFromRecord(const QVariantMap &record);
    static QVariantMap toRecord(const MinutesEntry &entry);
    static MinutesComment commentFromRecord(const QVariantMap &record);
    static QVariantMap toRecord(const MinutesComment &comment);

private:
    // Refuses anyone but the comment's author, and comments of final minutes.
    void refuseOthersComment(const MinutesComment &comment, const QString &by);
    // Each agenda item's position, by item id: the order lines and comments are listed in.
    QHash<QString, int> itemPositions(const MeetingRef &meeting);
    // The minutes an item's new entries go into: its meeting's current ones, refused when
    // they are final.
    Minutes writableFor(const QString &itemId, const QString &by);
    Minutes openWithin(const MeetingRef &meeting, const QString &by);
    QString insertEntry(const MinutesEntry &entry);
    Database &m_db;
};

} // namespace spil
