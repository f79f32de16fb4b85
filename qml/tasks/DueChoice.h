// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

class OfficeStore;
class PeopleDirectory;

// The choices of the capture and edit sheets for when a task is due (QML: Due.Today, ...):
// a choice, not a date picker. Keep leaves the due time a task has.
namespace Due {
Q_NAMESPACE
QML_ELEMENT
enum class Choice { Keep, None, Today, Tomorrow, ThisWeek };
Q_ENUM_NS(Choice)
} // namespace Due

// The due time a choice stands for, in UTC ms (-1: none; Keep: none either, for a new task):
// today (end of the working day; before midnight after hours), tomorrow (09:00),
// this week (Friday at the end of the day; next Friday from Friday evening on).
qint64 dueForChoice(const OfficeStore &office, const PeopleDirectory &people, Due::Choice choice);

} // namespace spil::qml
