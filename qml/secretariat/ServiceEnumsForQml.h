// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secretariat/Service.h"

#include <QtQml/qqmlregistration.h>

// QML reads a service request's states from core as Service.Open, Service.Done.
namespace spil::qml::ServiceForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(spil::ServiceEnums)
QML_NAMED_ELEMENT(Service)
} // namespace spil::qml::ServiceForeign
