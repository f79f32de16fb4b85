// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include <QElapsedTimer>
#include <QProcess>
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <unistd.h>

namespace spil::test {

TerminalRun runOnTerminal(const QString &program, const QStringList &args, const QByteArray &input,
                          int timeoutMs)
{
    TerminalRun run;
    int master = -1, slave = -1;
    if (openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
        return run;
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    QProcess p;
    p.setChildProcessModifier([master, slave] {
        ::close(master);
        ::dup2(slave, STDERR_FILENO);
        ::close(slave);
    });
    p.start(program, args);
    ::close(slave); // the child holds the terminal now: reads end when it is gone
    if (p.waitForStarted(10000)) {
        p.write(input);
        p.closeWriteChannel();
    }
    const auto drain = [&] {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n <= 0)
                return n == 0 || errno != EAGAIN; // EIO: nobody holds the terminal any more
            run.terminal.append(buffer, n);
        }
    };
    QElapsedTimer timer;
    timer.start();
    bool closed = false;
    while (timer.elapsed() < timeoutMs && (p.state() != QProcess::NotRunning || !closed)) {
        pollfd fd{master, POLLIN, 0};
        ::poll(&fd, 1, 20);
        closed = drain();
        p.waitForFinished(10);
        run.out += p.readAllStandardOutput();
    }
    ::close(master);
    run.out += p.readAllStandardOutput();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
        return run; // code stays -1: it did not end in time
    }
    run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return run;
}

} // namespace spil::test
