// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <gtest/gtest.h>

namespace spil::test {

// Whether text is what the golden file tests/golden/<name>.txt holds; the failure shows
// the difference as a unified diff. With SPIL_UPDATE_GOLDEN=1 in the environment the file
// is written instead (and the check passes), for a change of behaviour that is meant.
::testing::AssertionResult matchesGolden(const QString &name, const QString &text);

// The lines of a unified diff from before to after (empty when they are equal).
QString unifiedDiff(const QStringList &before, const QStringList &after, int context = 2);

} // namespace spil::test
