// SPDX-License-Identifier: GPL-3.0-or-later
// What the meeting repositories share inside core/meetings: reading their records.
#pragma once

#include "core/meetings/Meeting.h"

#include <QVariantList>
#include <QVariantMap>

namespace spil {

class Database;

namespace meetings {

inline const QString kItems = QStringLiteral("meeting_items");
inline const QString kPapers = QStringLiteral("meeting_papers");
inline const QString kMinutes = QStringLiteral("minutes");
inline const QString kEntries = QStringLiteral("minutes_entries");
inline const QString kComments = QStringLiteral("minutes_comments");

// Every live record of entity matching where (an SQL condition on its columns), decoded.
QList<QVariantMap> select(Database &db, const QString &entity, const QString &where,
                          const QVariantList &args);
// The condition and its arguments naming one meeting's records.
QString meetingWhere();
QVariantList meetingArgs(const MeetingRef &meeting);
// A stored time (or null) as milliseconds, -1 for none; and back.
qint64 optionalTime(const QVariant &value);
QVariant storedTime(qint64 ms);

} // namespace meetings
} // namespace spil
