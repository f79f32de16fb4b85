// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace spil {

// The text of a paper of the demo office's board meeting, by its title: a heading, then its
// paragraphs (Dutch, as the demo office works). Empty for a title it does not know.
QStringList demoPaperText(const char *title);

} // namespace spil
