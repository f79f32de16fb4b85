// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/requests/Request.h"

#include <QtQml/qqmlregistration.h>

// QML reads a request's enums from core as Request.Urgent, Request.Forwarded (write them
// scoped, Request.State.Declined, where two enums share a key).
namespace spil::qml::RequestForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(spil::RequestEnums)
QML_NAMED_ELEMENT(Request)
} // namespace spil::qml::RequestForeign
