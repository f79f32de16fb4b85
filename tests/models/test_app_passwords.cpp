// SPDX-License-Identifier: GPL-3.0-or-later
// The app's calendar-app passwords on a real spil-server with its CalDAV port: made from the
// app (shown once, with the address and the user name to type into the app), listed,
// working on the CalDAV port, and revoked so that the app can no longer sign in.
#include "DavClient.h"
#include "ServerProcess.h"
#include "core/common/Clock.h"
#include "qml/calendar/AppPasswordList.h"
#include "qml/shell/App.h"
#include "qml/shell/SyncStatus.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

namespace {
class AppPasswordsTest : public ::testing::Test {
protected:
    void signIn(ServerProcess &server)
    {
        app.login(server.url(), QStringLiteral("sanne"), QStringLiteral("spil-demo"));
        ASSERT_TRUE(waitFor([&] { return app.ready() && !app.personId().isEmpty(); }, 15000));
        ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Synced; }));
    }
    static bool settled(AppPasswordList &apps)
    {
        const bool done = waitFor([&] { return !apps.busy(); }, 10000);
        EXPECT_FALSE(apps.failed()) << apps.message().toStdString();
        return done;
    }
    static QString labelAt(const AppPasswordList &apps, int row)
    {
        return apps.data(apps.index(row), AppPasswordList::roleOf("label")).toString();
    }
    static QString idAt(const AppPasswordList &apps, int row)
    {
        return apps.data(apps.index(row), AppPasswordList::roleOf("appPasswordId")).toString();
    }

    QTemporaryDir dir;
    SystemClock clock;
    App app{clock, dir.filePath(QStringLiteral("app")), QStringLiteral("Europe/Amsterdam")};
};
} // namespace

TEST_F(AppPasswordsTest, APasswordMadeInTheAppOpensTheCalendarPortUntilItIsRevoked)
{
    ServerProcess server{QStringLiteral(SPIL_SERVER_PATH),
                         {QStringLiteral("--dav-port"), QStringLiteral("0")}};
    signIn(server);
    AppPasswordList apps(app.office(), app.people());
    ASSERT_TRUE(apps.available());
    apps.refresh();
    ASSERT_TRUE(settled(apps));
    EXPECT_EQ(apps.count(), 0);
    EXPECT_TRUE(apps.davServed());
    EXPECT_EQ(apps.davUrl(), server.davUrl());

    apps.add(QStringLiteral("iPad"));
    ASSERT_TRUE(waitFor([&] { return !apps.busy() && apps.count() == 1; }, 10000));
    EXPECT_FALSE(apps.failed()) << apps.message().toStdString();
    EXPECT_EQ(labelAt(apps, 0), QStringLiteral("iPad"));
    EXPECT_EQ(apps.newLabel(), QStringLiteral("iPad"));
    const QString password = apps.newPassword();
    ASSERT_FALSE(password.isEmpty());

    const QString agenda = QStringLiteral("dav/calendars/sanne/agenda/");
    EXPECT_EQ(DavClient(server, QStringLiteral("sanne"), password).propfind(agenda, "0").status,
              207);

    // Read again, the list never carries a password.
    AppPasswordList again(app.office(), app.people());
    again.refresh();
    ASSERT_TRUE(settled(again));
    ASSERT_EQ(again.count(), 1);
    EXPECT_TRUE(again.newPassword().isEmpty());

    again.revoke(idAt(again, 0));
    ASSERT_TRUE(waitFor([&] { return !again.busy() && again.count() == 0; }, 10000));
    EXPECT_FALSE(again.failed()) << again.message().toStdString();
    EXPECT_EQ(DavClient(server, QStringLiteral("sanne"), password).propfind(agenda, "0").status,
              401);
}

TEST_F(AppPasswordsTest, AServerWithoutCalDavSaysSoAndAnUnknownPasswordIsNotRevoked)
{
    ServerProcess server{QStringLiteral(SPIL_SERVER_PATH)};
    signIn(server);
    AppPasswordList apps(app.office(), app.people());
    apps.refresh();
    ASSERT_TRUE(settled(apps));
    EXPECT_FALSE(apps.davServed());
    EXPECT_TRUE(apps.davUrl().isEmpty());

    apps.revoke(QStringLiteral("no-such-password"));
    ASSERT_TRUE(waitFor([&] { return !apps.busy(); }, 10000));
    EXPECT_TRUE(apps.failed());
    EXPECT_FALSE(apps.message().isEmpty());
}

TEST_F(AppPasswordsTest, TheDemoOfficeHasNoAppPasswords)
{
    app.startDemo(Role::Assistant);
    AppPasswordList apps(app.office(), app.people());
    EXPECT_FALSE(apps.available());
    apps.refresh();
    EXPECT_TRUE(apps.failed());
    EXPECT_EQ(apps.count(), 0);
}
