// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace spil::qml {

// Dutch when asked for ("nl") or when the system speaks Dutch, English otherwise; installs
// the translation and sets the default locale the views format dates with. Returns the
// language chosen ("nl" or "en").
QString applyLanguage(const QString &requested);

} // namespace spil::qml
