// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/supplies/Supply.h"

#include <QtQml/qqmlregistration.h>

// QML reads an order's states from core as Order.Draft, Order.Ordered, Order.Received.
namespace spil::qml::OrderForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(spil::OrderEnums)
QML_NAMED_ELEMENT(Order)
} // namespace spil::qml::OrderForeign
