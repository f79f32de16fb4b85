// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checklists/Checklist.h"

#include <QtQml/qqmlregistration.h>

// QML reads a checklist's enums from core as Checklist.Done (or Checklist.ItemStatus.Done).
namespace spil::qml::ChecklistForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(spil::ChecklistEnums)
QML_NAMED_ELEMENT(Checklist)
} // namespace spil::qml::ChecklistForeign
