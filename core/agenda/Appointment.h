// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace spil {

// kind: meeting, presentation, travel, prep, personal; priority: low, normal, high;
// status: tentative, confirmed, cancelled.
const QStringList &appointmentKinds();
const QStringList &appointmentPriorities();
const QStringList &appointmentStatuses();

struct Appointment {
    QString id;
    QString owner; // the person whose agenda holds it
    QString title;
    QString kind = QStringLiteral("meeting");
    QString priority = QStringLiteral("normal");
    QString status = QStringLiteral("confirmed");
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    QString tz = QStringLiteral("Europe/Amsterdam"); // the zone it was planned in
    // An all-day item is a date, not an instant: it stays on its date in every zone.
    // Its start/end hold midnight UTC of the first day and of the day after the last.
    bool allDay = false;
    QString location;
    QStringList attendees; // person ids, or names of outsiders
    bool confidential = false;
    QString notes;
    QString rrule; // RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=MO
    QString createdBy;
};

// One appearance of an appointment on the timeline: the appointment itself, or one
// instance of a recurring series after its exceptions (moved or cancelled instances).
struct Occurrence {
    Appointment appointment;
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    qint64 recurrenceIdUtc = -1; // the instance's original start; -1 when not recurring
    bool moved = false;

    // Busy time blocks others; cancelled appointments and all-day items do not.
    bool isBusy() const
    {
        return appointment.status != QStringLiteral("cancelled") && !appointment.allDay;
    }
};

} // namespace spil
