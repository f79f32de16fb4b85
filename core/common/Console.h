// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <iostream>
#include <string>

namespace spil {

// One line from standard input without its line ending: how the command-line tools take a
// password, so it never shows in the process list or the shell's history.
inline QString readStdinLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace spil
