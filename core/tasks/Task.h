// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace spil {

// A task's fixed sets of values; QML reads them as Task.Open, Task.InPassing, ...
struct TaskEnums {
    Q_GADGET
public:
    enum class Status { Open, Done, Cancelled };
    Q_ENUM(Status)
    // Where it came from: handed over in the corridor, an action item of a meeting, a
    // request, an e-mail, or one's own.
    enum class Source { InPassing, Meeting, Request, Email, Self };
    Q_ENUM(Source)
    // When a task is due, as the capture and edit sheets offer it: a choice, not a date
    // picker (see dueFor). Keep leaves the due time a task has. TitleDay is only a
    // capture's: the day its title names ("Bel Jan vrijdag", "11 december", dateInTitle), which
    // no choice offers. Never stored.
    enum class Due { Keep, None, Today, Tomorrow, ThisWeek, TitleDay };
    Q_ENUM(Due)
};
using TaskStatus = TaskEnums::Status;
using TaskSource = TaskEnums::Source;
using TaskDue = TaskEnums::Due;

inline constexpr EnumText<TaskStatus> taskStatusTexts[] = {
    {TaskStatus::Open, "open"}, {TaskStatus::Done, "done"}, {TaskStatus::Cancelled, "cancelled"}};
template <>
inline constexpr std::span<const EnumText<TaskStatus>> enumTexts<TaskStatus>{taskStatusTexts};
inline constexpr EnumText<TaskSource> taskSourceTexts[] = {{TaskSource::InPassing, "in_passing"},
                                                           {TaskSource::Meeting, "meeting"},
                                                           {TaskSource::Request, "request"},
                                                           {TaskSource::Email, "email"},
                                                           {TaskSource::Self, "self"}};
template <>
inline constexpr std::span<const EnumText<TaskSource>> enumTexts<TaskSource>{taskSourceTexts};

struct Task {
    QString id;
    QString title;
    QString notes;
    QString assignee;    // who does it
    QString delegatedBy; // who handed it over; empty when it is one's own
    // Everyone who handed it on, first to last (delegatedBy is the last): they all keep
    // waiting for it until it is done.
    QStringList handedBy;
    QString createdBy;
    qint64 dueUtc = -1;  // -1: no due time
    bool urgent = false; // the yellow marker
    TaskStatus status = TaskStatus::Open;
    TaskSource source = TaskSource::Self;
    qint64 createdAt = 0;
    qint64 doneAt = -1;
    QString contactId; // the contact it is about (core/contacts; empty: none)
};

// When a task stands in a list of tasks: at its due time; an urgent one without a date from
// the moment it was made (handed over in passing, it is due now and stands among what is
// due now, not below next week's work); other tasks without a date after all the rest.
qint64 listTime(const Task &task);

// The order of a list of tasks, whether open or done (a task struck off keeps its place,
// as on paper): by listTime, then the older first, then by title (the tasks an action makes
// at once, as a meeting's actions, stand alphabetically). Lists sort stably with it over
// the store's order (open first, then by id).
bool standsBefore(const Task &a, const Task &b);

// 09:00 in zone of the first working day (Monday to Friday) after the day of nowMs: where
// "not today" moves a task to.
qint64 nextWorkingMorning(qint64 nowMs, const QTimeZone &zone);

// The due time a choice stands for at nowMs, for someone whose working day ends at
// workEndMin in zone (0: 17:00): today is the end of the working day (before midnight
// after hours), tomorrow 09:00, this week Friday at the end of the day (next Friday from
// Friday evening on); -1 for none, and nothing for Keep and TitleDay.
std::optional<qint64> dueFor(TaskDue choice, qint64 nowMs, const QTimeZone &zone, int workEndMin);
// The minute a working day that ends at workEndMin ends (0, unknown: 17:00).
int endOfWorkingDay(int workEndMin);

// One line of the end-of-day review.
struct ReviewItem {
    Task task;
    bool overdue = false;
};

} // namespace spil
