// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/AgendaRepo.h"
#include "core/meetings/Meeting.h"

#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// What one edit of an agenda item changes; a field left empty stays as it is.
struct MeetingItemChange {
    std::optional<QString> title = std::nullopt;
    std::optional<QString> presenter = std::nullopt;
    std::optional<int> minutesAllotted = std::nullopt;
    std::optional<int> position = std::nullopt;
    std::optional<QStringList> closedTo = std::nullopt;
};

// A meeting's agenda and the papers its items need, with the rules about them: a paper's
// deliverer gets a task, which attaching the paper closes.
class MeetingRepo {
public:
    explicit MeetingRepo(Database &db) : m_db(db) {}

    // An item of an existing appointment, in one user action.
    QString addItem(MeetingItem item);
    void updateItem(const QString &id, const MeetingItemChange &change);
    std::optional<MeetingItem> itemById(const QString &id);
    // The agenda in its order.
    QList<MeetingItem> items(const MeetingRef &meeting);

    // A paper for an item, added by `by`; with a deliverer, their task (due when the paper
    // is, saying which meeting and item it is for) is added in the same user action.
    QString addPaper(MeetingPaper paper, const QString &by);
    // The paper is in: its document (a documents record in the store) is attached and
    // becomes the item's (appointment_id and item_id), and its deliverer's task is closed,
    // in one user action.
    void attachPaper(const QString &paperId, const QString &documentId);
    std::optional<MeetingPaper> paperById(const QString &id);
    // An item's papers, the first due first.
    QList<MeetingPaper> papers(const QString &itemId);
    // Every paper of the meeting, in agenda order.
    QList<MeetingPaper> papersOf(const MeetingRef &meeting);
    PapersIn papersIn(const MeetingRef &meeting);
    // Papers whose due time has passed and that are not in, oldest due first: of one
    // meeting, or of every meeting the store holds.
    QList<LatePaper> latePapers(const std::optional<MeetingRef> &meeting = std::nullopt);

    // The next meeting (by its start, not over yet) that has an agenda: the one the
    // director's Today counts papers for.
    std::optional<MeetingRef> nextWithAgenda();
    // The next meeting (not over yet) whose agenda asks for papers, of person's agenda
    // (owned or attended) when one is named: the director's Today says "3 of 5 papers in"
    // for it.
    std::optional<MeetingRef> nextWithPapers(const QString &person = {});

    // Changes one occurrence as AgendaRepo::changeOccurrence() does, in one user action; a
    // meeting made confidential by it quiets the tasks of all its items in that action, as
    // their records named it to everyone a task reaches.
    OccurrenceChange changeOccurrence(const QString &appointmentId, qint64 originalStartUtc,
                                      const AppointmentEdit &edit, bool force = false);
    // Changes a meeting (a whole series) as AgendaRepo::update() does, in one user action,
    // quieting its tasks the same way when it is made confidential (an import does this).
    void update(const QString &appointmentId, const AppointmentEdit &edit, bool force = false);

    static MeetingItem itemFromRecord(const QVariantMap &record);
    static QVariantMap toRecord(const MeetingItem &item);
    static MeetingPaper paperFromRecord(const QVariantMap &record);
    static QVariantMap toRecord(const MeetingPaper &paper);

private:
    // Once an item is closed (or its meeting confidential), the tasks made for its papers
    // and actions say nothing of it any more (MeetingTasks.h).
    void quietTasksOf(const MeetingItem &item);
    void quietTasksIfConfidential(const QString &appointmentId, const AppointmentEdit &edit);
    Database &m_db;
};

} // namespace spil
