// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace spil {

// RFC 9562 version 7: 48 bits of Unix milliseconds first, so ids made on different
// devices sort by creation time and index well in SQLite's B-trees.
QString makeUuid7(qint64 unixMs);
bool isUuid(const QString &text);

} // namespace spil
