// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace spil {

// status: open, done, cancelled. source: where it came from: in_passing (handed over in
// the corridor), meeting (an action item), request, email, self.
const QStringList &taskStatuses();
const QStringList &taskSources();

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
    QString status = QStringLiteral("open");
    QString source = QStringLiteral("self");
    qint64 createdAt = 0;
    qint64 doneAt = -1;
};

// 09:00 in zone of the first working day (Monday to Friday) after the day of nowMs: where
// "not today" moves a task to.
qint64 nextWorkingMorning(qint64 nowMs, const QTimeZone &zone);

// One line of the end-of-day review.
struct ReviewItem {
    Task task;
    bool overdue = false;
};

} // namespace spil
