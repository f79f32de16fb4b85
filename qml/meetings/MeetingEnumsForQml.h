// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Meeting.h"

#include <QtQml/qqmlregistration.h>

// QML reads a meeting's enums from core as Meeting.Decision, Meeting.Review.
namespace spil::qml::MeetingForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(spil::MeetingEnums)
QML_NAMED_ELEMENT(Meeting)
} // namespace spil::qml::MeetingForeign
