// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace spil::qml {

// Dutch when asked for ("nl") or when the system speaks Dutch, English otherwise; installs
// the translation and sets the default locale the views format dates with. Returns the
// language chosen ("nl" or "en").
QString applyLanguage(const QString &requested);
// The language applyLanguage chose last ("nl" or "en"); before it ran, the one it would
// choose for the system. What the app writes into records for its user (a reminder's
// title) is in this language, as its screens are, whatever the default locale says.
QString appLanguage();

} // namespace spil::qml
