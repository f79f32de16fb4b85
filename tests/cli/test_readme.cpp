// SPDX-License-Identifier: GPL-3.0-or-later
// The README's "two devices syncing by hand", run with bash exactly as it is written there,
// against a real spil-server with the demo office: what a newcomer types first must work.
#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <csignal>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace spil::test;

namespace {
// The first ```sh block after the heading line that contains `heading`.
QString shellBlockAfter(const QString &markdown, const QString &heading)
{
    const qsizetype at = markdown.indexOf(heading);
    if (at < 0)
        return {};
    static const QRegularExpression block(QStringLiteral("```sh\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const auto m = block.match(markdown, at);
    return m.hasMatch() ? m.captured(1) : QString();
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST(Readme, TwoDevicesSyncingByHandWorkAsWritten)
{
    QFile readme(QStringLiteral(SPIL_SOURCE_DIR "/README.md"));
    ASSERT_TRUE(readme.open(QIODevice::ReadOnly));
    const QString script =
        shellBlockAfter(QString::fromUtf8(readme.readAll()), QStringLiteral("syncing by hand"));
    ASSERT_FALSE(script.isEmpty()) << "README.md has no sh block after 'syncing by hand'";
    // The text names the demo server's port through the variable demo.sh also reads.
    ASSERT_TRUE(script.contains(QStringLiteral("${SPIL_DEMO_PORT:-8470}"))) << script.toStdString();

    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH)); // the demo office
    // The README runs from a checkout with the build in build/: this one has just spilctl.
    QTemporaryDir checkout;
    ASSERT_TRUE(QDir(checkout.path()).mkpath(QStringLiteral("build/platforms/cli")));
    ASSERT_TRUE(QFile::link(QStringLiteral(SPILCTL_PATH),
                            checkout.filePath(QStringLiteral("build/platforms/cli/spilctl"))));
    const QString out = checkout.filePath(QStringLiteral("out.txt"));
    const QString err = checkout.filePath(QStringLiteral("err.txt"));

    QProcess bash;
    bash.setWorkingDirectory(checkout.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SPIL_DEMO_PORT"), server.url().section(QLatin1Char(':'), -1));
    bash.setProcessEnvironment(env);
    // The watcher it leaves running writes on after bash is gone: into files, and in a
    // process group of its own that the test ends.
    bash.setStandardOutputFile(out);
    bash.setStandardErrorFile(err);
    bash.setChildProcessModifier([] { ::setsid(); });
    bash.start(QStringLiteral("bash"), {QStringLiteral("-e"), QStringLiteral("-c"), script});
    ASSERT_TRUE(bash.waitForStarted());
    const pid_t group = pid_t(bash.processId());
    struct StopWatcher {
        pid_t group;
        ~StopWatcher() { ::kill(-group, SIGTERM); }
    } stop{group};

    ASSERT_TRUE(bash.waitForFinished(60000)) << contents(err).constData();
    EXPECT_EQ(bash.exitCode(), 0) << contents(err).constData();
    // "b prints the task within moments".
    const bool arrived = waitFor(
        [&] {
            return QRegularExpression(QStringLiteral("tasks \\w{8} Taxi bestellen \\[urgent\\]"))
                .match(QString::fromUtf8(contents(out)))
                .hasMatch();
        },
        15000);
    EXPECT_TRUE(arrived) << "out:\n"
                         << contents(out).constData() << "err:\n"
                         << contents(err).constData();
}
