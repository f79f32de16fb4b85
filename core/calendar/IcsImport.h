// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/Appointment.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace spil {

// Why one component of a file was not taken: its UID (when it has one), the line its
// BEGIN is on, and the reason in a sentence.
struct IcsProblem {
    QString uid;
    int line = 0;
    QString reason;
};

// One instance of a series as the file has it (a VEVENT with a RECURRENCE-ID).
struct IcsInstance {
    qint64 originalStartUtc = 0;
    bool cancelled = false;
    qint64 startUtc = 0;
    qint64 endUtc = -1; // -1: the series' length (a series the file does not hold)
    QString title;
    QString location;
};

// One event of the file: the appointment it stands for (owner, id and creator not yet
// set), and for a series its cancelled instances and changed ones. An event that only
// changes instances of a series the file does not hold has hasMaster false.
struct IcsEvent {
    QString uid;
    int line = 0;
    bool hasMaster = false;
    Appointment appointment;
    QList<qint64> cancelled; // original starts (EXDATE, or an instance marked cancelled)
    QList<IcsInstance> instances;
};

// What reading a file needs to know of the agenda it goes into.
struct IcsReadOptions {
    QString defaultZone = QStringLiteral("UTC"); // for floating times and all-day items
    QHash<QString, QString> personByEmail;       // lower-case address -> person id
    QSet<QString> personIds;
};

struct IcsContents {
    QList<IcsEvent> events;
    QList<IcsProblem> problems;
    // Components an agenda does not take (tasks, journal entries), each named as a problem.
    QList<IcsProblem> ignored;
};

// Reads an .ics text (an Outlook or Google export, or Spil's own): line folding and CRLF,
// VTIMEZONE and TZID (IANA ids, Windows names, prefixed ids; the zone's rules are the
// system's), DATE values as all-day items, RRULE with EXDATE, RECURRENCE-ID instances,
// PRIORITY, STATUS, CLASS, ATTENDEE (one of the office by address, anyone else by name).
// Each component that cannot be taken is a problem, and nothing of it is read.
IcsContents readIcs(const QByteArray &text, const IcsReadOptions &options);

} // namespace spil
