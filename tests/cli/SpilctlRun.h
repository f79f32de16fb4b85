// SPDX-License-Identifier: GPL-3.0-or-later
// Runs spilctl as a person would, for the command line's tests.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <gtest/gtest.h>

namespace spil::test {

struct Outcome {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// spilctl --db db args..., with input on its standard input.
inline Outcome spilctl(const QString &db, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(SPILCTL_PATH), QStringList{QStringLiteral("--db"), db} + args);
    p.write(input);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(60000);
    EXPECT_TRUE(finished) << args.join(QLatin1Char(' ')).toStdString();
    return {finished ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace spil::test
