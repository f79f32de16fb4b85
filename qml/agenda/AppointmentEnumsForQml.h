// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/Appointment.h"

#include <QtQml/qqmlregistration.h>

// The agenda's enums as QML reads them: Appointment.Cancelled, Appointment.Status.Cancelled.
// A foreign namespace over core's gadget: Qt 6.4 takes a gadget's enums from another library
// this way, though not another library's namespace.
namespace spil::qml::AppointmentForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(spil::AppointmentEnums)
QML_NAMED_ELEMENT(Appointment)
} // namespace spil::qml::AppointmentForeign
