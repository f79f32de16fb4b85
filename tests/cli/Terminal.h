// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace spil::test {

struct TerminalRun {
    int code = -1;
    QByteArray out;      // standard output, a pipe as in `x=$(spilctl ...)`
    QByteArray terminal; // what standard error showed on the terminal
};

// Runs a program as from a shell in a terminal whose output is captured: standard error is
// a pseudo-terminal (so the program sees a person watching), standard output a pipe.
TerminalRun runOnTerminal(const QString &program, const QStringList &args, const QByteArray &input,
                          int timeoutMs = 60000);

} // namespace spil::test
