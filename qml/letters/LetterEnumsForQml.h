// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letters/Letter.h"

#include <QtQml/qqmlregistration.h>

// QML reads a letter's states from core as Letter.Draft, Letter.Approval, Letter.Post, ...
namespace spil::qml::LetterForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(spil::LetterEnums)
QML_NAMED_ELEMENT(Letter)
} // namespace spil::qml::LetterForeign
