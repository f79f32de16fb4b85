// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/Person.h"

#include <QtQml/qqmlregistration.h>

// The people's enums as QML reads them: Person.Director, Person.Role.Director (see
// AppointmentEnumsForQml.h for why a foreign namespace).
namespace spil::qml::PersonForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(spil::PersonEnums)
QML_NAMED_ELEMENT(Person)
} // namespace spil::qml::PersonForeign
