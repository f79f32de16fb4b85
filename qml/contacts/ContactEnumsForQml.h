// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contacts/Contact.h"

#include <QtQml/qqmlregistration.h>

// QML reads a contact's enums from core as Contact.Inside, Contact.English (or
// Contact.Gate.Never, Contact.Form.Ms: a gate's and a form of address's values are best
// written scoped).
namespace spil::qml::ContactForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(spil::ContactEnums)
QML_NAMED_ELEMENT(Contact)
} // namespace spil::qml::ContactForeign
