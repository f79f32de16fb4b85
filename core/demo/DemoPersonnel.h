// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace spil {

class Database;

// The people of the demo office the personnel part speaks of, by id.
struct DemoColleagues {
    QString officeManager, director, assistant, secondAssistant, staff, newColleague, sick;
};

// Birthdays and work anniversaries around today, a new colleague starting next week with an
// onboarding template ready, and one sick leave of more than a week with a doctor's visit:
// what the office manager's Personnel page shows on the demo's today.
void addDemoPersonnel(Database &db, const DemoColleagues &who, const QDate &today);

} // namespace spil
