// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace spil {

// A to-do (VTODO) as a task list app writes it back: what it may change of a task.
struct IcsTodo {
    QString uid;
    QString summary;
    QString description;
    bool completed = false; // STATUS:COMPLETED, or a COMPLETED time
    bool cancelled = false;
    // A due time the file states in UTC or as a date; nothing when it has none it can
    // place (a task's due time then stays as it is).
    std::optional<qint64> dueUtc;
    bool hasDue = false;
    int priority = 0; // 0: none; 1-4 is what Spil calls urgent
};

// The VTODOs of an .ics text; nothing for a text libical cannot read.
std::optional<QList<IcsTodo>> readTodos(const QByteArray &text);

} // namespace spil
