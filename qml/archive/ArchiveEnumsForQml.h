// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/archive/Archive.h"

#include <QtQml/qqmlregistration.h>

// QML reads an archived item's kind from core as Archive.Contract, Archive.LetterIn, ...
namespace spil::qml::ArchiveForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(spil::ArchiveEnums)
QML_NAMED_ELEMENT(Archive)
} // namespace spil::qml::ArchiveForeign
