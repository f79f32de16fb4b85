// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"
#include "core/tasks/Task.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace spil {

// A meeting's fixed sets of values; QML reads them as Meeting.Decision, Meeting.Final.
struct MeetingEnums {
    Q_GADGET
public:
    // One line of the minutes: a note, a decision, or an action, which its owner receives
    // as a task.
    enum class EntryKind { Note, Decision, Action };
    Q_ENUM(EntryKind)
    // Minutes are drafted, read by the attendees in review, then final: locked for good;
    // a correction is a new version.
    enum class MinutesState { Draft, Review, Final };
    Q_ENUM(MinutesState)
};
using MinutesEntryKind = MeetingEnums::EntryKind;
using MinutesState = MeetingEnums::MinutesState;

inline constexpr EnumText<MinutesEntryKind> minutesEntryKindTexts[] = {
    {MinutesEntryKind::Note, "note"},
    {MinutesEntryKind::Decision, "decision"},
    {MinutesEntryKind::Action, "action"}};
template <>
inline constexpr std::span<const EnumText<MinutesEntryKind>> enumTexts<MinutesEntryKind>{
    minutesEntryKindTexts};
inline constexpr EnumText<MinutesState> minutesStateTexts[] = {{MinutesState::Draft, "draft"},
                                                               {MinutesState::Review, "review"},
                                                               {MinutesState::Final, "final"}};
template <>
inline constexpr std::span<const EnumText<MinutesState>> enumTexts<MinutesState>{minutesStateTexts};

// A meeting is an appointment, or one occurrence of a recurring one: the series' id and
// the occurrence's original start (-1 for an appointment that does not recur).
struct MeetingRef {
    QString appointmentId;
    qint64 occurrenceUtc = -1;
    bool operator==(const MeetingRef &) const = default;
};

// One point of the agenda. The people it is closed to never receive it, its papers or its
// minutes (the server sees to that).
struct MeetingItem {
    QString id;
    MeetingRef meeting;
    int position = -1; // -1: after the last item
    QString title;
    QString presenter; // a person id, may be empty
    int minutesAllotted = 0;
    QStringList closedTo; // person ids
};

// A paper someone delivers for an item by a due time; in once a document is attached.
struct MeetingPaper {
    QString id;
    QString itemId;
    QString title;
    QString deliverer; // a person id, may be empty (the secretary has it already)
    qint64 dueUtc = -1;
    QString documentId; // empty until attached
    QString taskId;     // the deliverer's task
    QString createdBy;

    bool isIn() const { return !documentId.isEmpty(); }
    bool isLate(qint64 nowMs) const { return !isIn() && dueUtc >= 0 && dueUtc < nowMs; }
};

// How many of a meeting's papers are in: "3 of 5 papers in".
struct PapersIn {
    int in = 0;
    int total = 0;
    bool operator==(const PapersIn &) const = default;
};

// A late paper with the item it belongs to, for the secretary's list.
struct LatePaper {
    MeetingPaper paper;
    MeetingItem item;
};

// One version of a meeting's minutes.
struct Minutes {
    QString id;
    MeetingRef meeting;
    int version = 1;
    MinutesState state = MinutesState::Draft;
    QString createdBy;
};

struct MinutesEntry {
    QString id;
    QString itemId;
    QString minutesId;
    MinutesEntryKind kind = MinutesEntryKind::Note;
    QString text;
    QString owner;      // an action's: a person id
    qint64 dueUtc = -1; // an action's
    QString taskId;     // an action's task
    QString createdBy;
    qint64 createdAt = 0;
};

// An attendee's comment on minutes in review: on one line, or on an agenda item as a whole
// (entryId empty).
struct MinutesComment {
    QString id;
    QString minutesId;
    QString itemId;
    QString entryId;
    QString text;
    QString author; // a person id: who wrote it, never someone else
    qint64 createdAt = 0;
};

// A line of the minutes as they read: an action shows its task's status, read through.
struct MinutesLine {
    MinutesEntry entry;
    std::optional<TaskStatus> taskStatus;
};

// An action of an earlier meeting of a series whose task is still open.
struct CarriedAction {
    MinutesEntry action;
    QString itemTitle;
    qint64 occurrenceUtc = -1; // the meeting it was agreed in
};

} // namespace spil
