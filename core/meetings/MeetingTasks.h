// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/Appointment.h"
#include "core/meetings/Meeting.h"

#include <QString>
#include <optional>

namespace spil {

class Database;

// What a task made for a paper's deliverer or an action's owner says.
struct MeetingTaskWords {
    QString title;
    QString notes;
};

// A task reaches more people than its meeting's items do (its creator, whoever it was
// delegated by or handed through, and the office manager), so its record names the
// meeting, the item and the paper or action only when the item is closed to nobody and
// the meeting is not confidential. Otherwise the record carries neutral words, and a
// device shows the full ones from the paper or line of the minutes it holds: only a device
// that may see the item holds them.
bool namesItsItem(const Appointment &meeting, const MeetingItem &item);

// The words of a deliverer's task (startUtc: the occurrence's start), as stored.
MeetingTaskWords paperTaskWords(const Appointment &meeting, const MeetingItem &item,
                                const QString &paperTitle, qint64 startUtc);
// The words of an action owner's task, as stored.
MeetingTaskWords actionTaskWords(const Appointment &meeting, const MeetingItem &item,
                                 const QString &text);

// The full words of a task made for a paper or an action, when this device's store holds
// that paper or line of the minutes; nullopt for any other task, or one whose item this
// device may not see.
std::optional<MeetingTaskWords> meetingTaskWords(Database &db, const QString &taskId);

} // namespace spil
