// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace spil {

// The people's fixed sets of values; QML reads them as Person.Director (a foreign namespace
// in the qml layer).
struct PersonEnums {
    Q_GADGET
public:
    // director: a principal with an agenda of their own; assistant: serves one or more
    // principals (the people listed in principals); office-manager: leads the secretariat;
    // staff: receives tasks and checklist items; admin: runs the installation. Unknown:
    // the app's user before anyone is known; it has no text and is never stored.
    enum class Role { Director, Assistant, OfficeManager, Staff, Admin, Unknown };
    Q_ENUM(Role)
};
using Role = PersonEnums::Role;
inline constexpr EnumText<Role> roleTexts[] = {{Role::Director, "director"},
                                               {Role::Assistant, "assistant"},
                                               {Role::OfficeManager, "office-manager"},
                                               {Role::Staff, "staff"},
                                               {Role::Admin, "admin"}};
template <> inline constexpr std::span<const EnumText<Role>> enumTexts<Role>{roleTexts};

struct Person {
    QString id;
    QString name;
    QString handle; // short login-style name, unique: "maarten"
    Role role = Role::Staff;
    QString email;
    QString tz = QStringLiteral("Europe/Amsterdam"); // home zone
    int workStartMin = 9 * 60;                       // working hours in the home zone
    int workEndMin = 17 * 60;
    QList<int> workDays{1, 2, 3, 4, 5}; // ISO weekdays
    QStringList principals;             // for assistants
    int prepMinutes = 0; // protected time before each of this principal's presentations
};

} // namespace spil
