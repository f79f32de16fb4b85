// SPDX-License-Identifier: GPL-3.0-or-later
// The app's calendar link on a real spil-server: made and replaced through the sync client
// (the old link stops working), remembered on the device; the agenda exported to a file,
// and an .ics file the app was opened with imported into the agenda it shows.
#include "ServerProcess.h"
#include "core/common/Clock.h"
#include "qml/calendar/CalendarLink.h"
#include "qml/shell/App.h"
#include "qml/shell/SyncStatus.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

namespace {
class CalendarLinkTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        app.login(server.url(), QStringLiteral("sanne"), QStringLiteral("spil-demo"));
        ASSERT_TRUE(waitFor([&] { return app.ready() && !app.personId().isEmpty(); }, 15000));
        ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Synced; }));
    }
    QString replaced(CalendarLink &link)
    {
        link.replace();
        EXPECT_TRUE(waitFor([&] { return !link.busy(); }, 10000));
        EXPECT_FALSE(link.failed()) << link.message().toStdString();
        return link.url();
    }

    ServerProcess server{QStringLiteral(SPIL_SERVER_PATH)};
    QTemporaryDir dir;
    SystemClock clock;
    App app{clock, dir.filePath(QStringLiteral("app")), QStringLiteral("Europe/Amsterdam")};
};
} // namespace

TEST_F(CalendarLinkTest, AReplacedLinkServesTheAgendaAndTheOneBeforeStopsWorking)
{
    CalendarLink link(app.office(), app.people());
    EXPECT_TRUE(link.available());
    EXPECT_TRUE(link.url().isEmpty());

    const QString first = replaced(link);
    ASSERT_TRUE(first.startsWith(server.url() + QStringLiteral("/v1/feed/")))
        << first.toStdString();
    EXPECT_TRUE(link.webcalUrl().startsWith(QStringLiteral("webcal://127.0.0.1:")));
    const QString firstPath = first.mid(server.url().size());
    const HttpResult feed = server.request("GET", firstPath);
    ASSERT_EQ(feed.status, 200);
    // Sanne serves Maarten: his agenda is in her feed.
    EXPECT_TRUE(feed.body.contains("SUMMARY:Managementteam-overleg\r\n"));

    const QString second = replaced(link);
    EXPECT_NE(second, first);
    EXPECT_EQ(server.request("GET", firstPath).status, 404);
    EXPECT_EQ(server.request("GET", second.mid(server.url().size())).status, 200);

    // The device remembers the link it was given (the server keeps only its hash).
    CalendarLink again(app.office(), app.people());
    EXPECT_EQ(again.url(), second);
}

TEST_F(CalendarLinkTest, TheAgendaIsExportedToAFileToHandOn)
{
    CalendarLink link(app.office(), app.people());
    link.setExportFolder(dir.filePath(QStringLiteral("exports")));
    const QUrl file = link.exportFile();
    ASSERT_TRUE(file.isLocalFile()) << link.message().toStdString();
    EXPECT_FALSE(link.failed());
    QFile ics(file.toLocalFile());
    ASSERT_TRUE(ics.open(QIODevice::ReadOnly));
    const QByteArray text = ics.readAll();
    EXPECT_TRUE(text.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(text.contains("X-WR-CALNAME:Sanne Bakker\r\n"));
    EXPECT_TRUE(text.contains("BEGIN:VTODO\r\n"));
    EXPECT_TRUE(link.message().contains(QStringLiteral("spil-sanne-")));
}

TEST_F(CalendarLinkTest, AFileOpenedWithTheAppGoesIntoTheAgendaItShowsAndUpToTheServer)
{
    CalendarLink link(app.office(), app.people());
    const QUrl google = QUrl::fromLocalFile(QStringLiteral(SPIL_CORE_TEST_DATA "/google.ics"));
    ASSERT_TRUE(link.importFile(google)) << link.message().toStdString();
    // Sanne's pages show Maarten's agenda, the director she serves.
    EXPECT_EQ(link.message(),
              QStringLiteral("google.ics into Maarten's agenda: 4 added, 0 updated, 0 unchanged, "
                             "0 skipped."));
    ASSERT_TRUE(waitFor(
        [&] {
            return app.sync()->state() == SyncStatus::State::Synced &&
                   app.office()->syncClient()->pendingChanges() == 0;
        },
        15000));
    const HttpResult pull = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {},
                                           server.login(QStringLiteral("maarten")));
    EXPECT_TRUE(pull.body.contains("Lunch wethouder"));
    EXPECT_TRUE(pull.body.contains("0a9s8d7f6g5h4j3k2l1q@google.com"));

    ASSERT_TRUE(link.importFile(google));
    EXPECT_TRUE(link.message().contains(QStringLiteral("0 added, 0 updated, 4 unchanged")));

    const QUrl broken = QUrl::fromLocalFile(QStringLiteral(SPIL_CORE_TEST_DATA "/broken.ics"));
    EXPECT_FALSE(link.importFile(broken));
    EXPECT_TRUE(link.failed());
    EXPECT_TRUE(link.partial());
    // (Without a translator the plural reads "event(s)".)
    EXPECT_TRUE(link.message().startsWith(QStringLiteral("Nothing imported from broken.ics: 4 ")))
        << link.message().toStdString();
    EXPECT_TRUE(link.message().contains(QStringLiteral("(line 12: DTSTART names the time zone")));
    EXPECT_TRUE(link.importFile(broken, true));
    EXPECT_FALSE(link.partial());
    EXPECT_TRUE(link.message().contains(QStringLiteral("2 added")));
}
