// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tasks/Task.h"

#include <QtQml/qqmlregistration.h>

// QML reads a task's enums from core as Task.Done, Task.InPassing (or Task.Status.Done).
namespace spil::qml::TaskForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(spil::TaskEnums)
QML_NAMED_ELEMENT(Task)
} // namespace spil::qml::TaskForeign
