// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl login against a real spil-server: the store comes up to date at login, a big
// office shows its progress to a person at a terminal, and a store that knows nobody says
// what to do.
#include "BigOffice.h"
#include "ServerProcess.h"
#include "SpilctlRun.h"
#include "Terminal.h"
#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "sync/client/SyncClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace spil;
using namespace spil::test;

namespace {
int taskCount(const QString &db)
{
    const Outcome r = spilctl(db, {QStringLiteral("task"), QStringLiteral("list"),
                                   QStringLiteral("--all"), QStringLiteral("--json")});
    EXPECT_EQ(r.code, 0) << r.err.constData();
    return int(QJsonDocument::fromJson(r.out).array().size());
}
} // namespace

TEST(Login, BringsTheStoreUpToDateSoThePeopleCanBeNamed)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.db"));
    const Outcome login = spilctl(
        db, {QStringLiteral("login"), server.url(), QStringLiteral("maarten")}, "spil-demo\n");
    ASSERT_EQ(login.code, 0) << login.err.constData();
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^logged in to \\S+ as maarten\\npulled [1-9]\\d* "
                                          "records\\n$"))
            .match(QString::fromUtf8(login.out))
            .hasMatch())
        << login.out.constData();
    // The demo office is one page: nothing long enough to show progress for.
    EXPECT_TRUE(login.err.isEmpty()) << login.err.constData();
    const Outcome added =
        spilctl(db, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("Taxi"),
                     QStringLiteral("--assignee"), QStringLiteral("sanne")});
    EXPECT_EQ(added.code, 0) << added.err.constData();
}

TEST(Login, AFirstPullOfABigOfficeShowsItsProgressOnTheTerminalOnly)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    constexpr int kTasks = 3000; // three pages and more
    ASSERT_EQ(addTasks(server, QStringLiteral("maarten"), kTasks), QString());
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.db"));
    const TerminalRun login = runOnTerminal(QStringLiteral(SPILCTL_PATH),
                                            {QStringLiteral("--db"), db, QStringLiteral("login"),
                                             server.url(), QStringLiteral("maarten")},
                                            "spil-demo\n");
    ASSERT_EQ(login.code, 0) << login.terminal.constData();

    // Standard output is for scripts: the result, never the progress.
    const auto pulled =
        QRegularExpression(
            QStringLiteral("^logged in to \\S+ as maarten\\npulled (\\d+) records?\\n$"))
            .match(QString::fromUtf8(login.out));
    ASSERT_TRUE(pulled.hasMatch()) << login.out.constData();
    EXPECT_GE(pulled.captured(1).toInt(), kTasks);

    // The terminal shows how far the pull is, page by page, and where it ended.
    QList<int> percents;
    QList<int> records;
    static const QRegularExpression line(
        QStringLiteral("fetched ([\\d,]+) records \\((\\d+) %\\)"));
    for (auto it = line.globalMatch(QString::fromUtf8(login.terminal)); it.hasNext();) {
        const auto m = it.next();
        records << QString(m.captured(1)).remove(QLatin1Char(',')).toInt();
        percents << m.captured(2).toInt();
    }
    ASSERT_GE(percents.size(), 2) << login.terminal.constData();
    EXPECT_GT(percents.first(), 0);
    EXPECT_LT(percents.first(), 100);
    EXPECT_EQ(percents.last(), 100);
    EXPECT_EQ(records.last(), pulled.captured(1).toInt());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("fetched \\d,\\d{3} records"))
                    .match(QString::fromUtf8(login.terminal))
                    .hasMatch())
        << "thousands are grouped: " << login.terminal.constData();
    // Each line moves on: a page may bring no record the device keeps (the last one of
    // tombstones, say), and then only the percentage moves.
    for (int i = 1; i < percents.size(); ++i) {
        EXPECT_GE(percents[i], percents[i - 1]);
        EXPECT_GE(records[i], records[i - 1]);
        EXPECT_TRUE(records[i] > records[i - 1] || percents[i] > percents[i - 1])
            << "line " << i << " repeats the one before: " << login.terminal.constData();
    }
    EXPECT_GE(taskCount(db), kTasks);
}

TEST(Login, AStoreThatKnowsNobodySaysWhatBringsThePeopleIn)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    QTemporaryDir dir;
    const QStringList handOver{QStringLiteral("task"), QStringLiteral("add"),
                               QStringLiteral("Taxi"), QStringLiteral("--assignee"),
                               QStringLiteral("sanne")};

    const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
    const Outcome nobody = spilctl(fresh, handOver);
    EXPECT_EQ(nobody.code, 2);
    EXPECT_EQ(nobody.err.count('\n'), 1) << nobody.err.constData();
    EXPECT_TRUE(nobody.err.contains("no person 'sanne'")) << nobody.err.constData();
    EXPECT_TRUE(nobody.err.contains("login URL USER")) << nobody.err.constData();
    EXPECT_TRUE(nobody.err.contains("demo")) << nobody.err.constData();

    // Signed in by a client that did not pull (the app offline after its login, an older
    // spilctl): the store holds a token and nobody.
    const QString unsynced = dir.filePath(QStringLiteral("unsynced.db"));
    {
        SystemClock clock;
        Database store(unsynced, clock);
        client::SyncClient client(store);
        QString error = QStringLiteral("no answer");
        bool done = false;
        client.login(server.url(), QStringLiteral("maarten"), QStringLiteral("spil-demo"),
                     QStringLiteral("test"), [&](const QString &e) {
                         error = e;
                         done = true;
                     });
        ASSERT_TRUE(waitFor([&] { return done; }, 30000));
        ASSERT_EQ(error, QString());
    }
    const Outcome notYet = spilctl(unsynced, handOver);
    EXPECT_EQ(notYet.code, 2);
    EXPECT_EQ(notYet.err.count('\n'), 1) << notYet.err.constData();
    EXPECT_TRUE(notYet.err.contains("no person 'sanne'")) << notYet.err.constData();
    EXPECT_TRUE(notYet.err.contains("not synced yet")) << notYet.err.constData();
    EXPECT_TRUE(notYet.err.contains(QStringLiteral("spilctl --db %1 sync").arg(unsynced).toUtf8()))
        << notYet.err.constData();
    // Doing what it says works.
    ASSERT_EQ(spilctl(unsynced, {QStringLiteral("sync")}).code, 0);
    const Outcome added = spilctl(unsynced, handOver);
    EXPECT_EQ(added.code, 0) << added.err.constData();
    // One task handed over is one change pushed, however many fields it wrote.
    const Outcome synced = spilctl(unsynced, {QStringLiteral("sync")});
    ASSERT_EQ(synced.code, 0) << synced.err.constData();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^pushed 1 change, pulled \\d+ records?\\n$"))
                    .match(QString::fromUtf8(synced.out))
                    .hasMatch())
        << synced.out.constData();
}

TEST(Login, AWrongPasswordIsOneLineWithoutBookingAdvice)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    QTemporaryDir dir;
    const Outcome r =
        spilctl(dir.filePath(QStringLiteral("a.db")),
                {QStringLiteral("login"), server.url(), QStringLiteral("maarten")}, "verkeerd\n");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.constData();
    EXPECT_TRUE(r.err.startsWith("spilctl: login failed: ")) << r.err.constData();
    EXPECT_FALSE(r.err.contains("--force")) << r.err.constData();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.constData();
}
