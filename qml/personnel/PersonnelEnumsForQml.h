// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/personnel/Personnel.h"

#include <QtQml/qqmlregistration.h>

// QML reads the personnel events from core as Personnel.Birthday, Personnel.Start, ...
namespace spil::qml::PersonnelForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(spil::PersonnelEnums)
QML_NAMED_ELEMENT(Personnel)
} // namespace spil::qml::PersonnelForeign
