// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QtGlobal>

namespace spil::qml {

// Reading the store for a view must not throw into Qt's event loop: records that came from
// other devices can hold what this build cannot read (an unknown time zone, a rule libical
// refuses). The view then shows what it could read, and the problem is logged.
template <class Read> void readGuarded(const char *view, Read &&read)
{
    try {
        read();
    } catch (const Error &e) {
        qWarning("spil: %s: %s", view, qPrintable(e.message()));
    }
}

} // namespace spil::qml
