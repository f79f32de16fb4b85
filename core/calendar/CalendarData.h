// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/Appointment.h"
#include "core/tasks/Task.h"

#include <QHash>
#include <QList>
#include <QString>

namespace spil {

// One appointment as a calendar shows it: a one-off, or a series with the instances that
// differ from its rule. busyOnly: its reader may only know that the time is taken.
struct CalendarEvent {
    Appointment appointment;
    QList<InstanceChange> instances;
    bool busyOnly = false;
};

// How an attendee who is one of the office is written: by name and address.
struct CalendarPerson {
    QString name;
    QString email;
    bool operator==(const CalendarPerson &) const = default;
};

// What an .ics file holds, as plain values: the device builds it from its store
// (calendarFromStore), the server from the records it holds, and writeIcs turns it into
// text either way.
struct CalendarData {
    QString name; // the calendar's name, as a subscribing app shows it
    QList<CalendarEvent> events;
    QList<Task> tasks;
    QHash<QString, CalendarPerson> people; // by person id
};

// A redacted copy (what a reader of a confidential appointment they may only see as busy
// holds): confidential, and without the title every readable appointment has.
inline bool isBusyBlock(const Appointment &a)
{
    return a.confidential && a.title.isEmpty();
}

} // namespace spil
