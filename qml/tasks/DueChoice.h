// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace spil::qml {

class OfficeStore;
class PeopleDirectory;

// The due time a choice of the capture and edit sheets stands for, in UTC ms (-1: none):
// today (end of the working day; before midnight after hours), tomorrow (09:00),
// week (Friday at the end of the day; next Friday from Friday evening on), none.
qint64 dueForChoice(const OfficeStore &office, const PeopleDirectory &people,
                    const QString &choice);

} // namespace spil::qml
