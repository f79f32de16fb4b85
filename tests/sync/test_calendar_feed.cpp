// SPDX-License-Identifier: GPL-3.0-or-later
// A user's subscribable calendar (/v1/feed/TOKEN.ics): conditional requests answered with
// 304, a link replaced or revoked by its user or by spil-server, the user's open tasks as
// VTODO, and tokens kept only as their hash.
#include "Harness.h"

#include "core/agenda/AgendaRepo.h"
#include "core/tasks/TaskRepo.h"
#include "sync/server/CalendarFeed.h"
#include "sync/server/Credentials.h"

using namespace spil;
using namespace spil::test;

namespace {
QString newFeed(const ServerProcess &server, const QString &token)
{
    const HttpResult link = server.request("POST", QStringLiteral("/v1/feed-token"), {}, token);
    EXPECT_EQ(link.status, 200) << link.body.constData();
    return link.json().value(QStringLiteral("path")).toString();
}

QString addMeeting(SyncedDevice &device, const char *title, const QStringList &attendees)
{
    Appointment a;
    a.owner = device.personId();
    a.title = QString::fromUtf8(title);
    a.attendees = attendees;
    a.startUtc = 1'800'000'000'000LL;
    a.endUtc = a.startUtc + 3'600'000;
    return AgendaRepo(device.db()).add(a, true);
}
} // namespace

TEST(CalendarFeed, APollingCalendarIsToldNothingChangedUntilSomethingDid)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString feed = newFeed(server, server.login(QStringLiteral("joris")));
    ASSERT_TRUE(feed.startsWith(QStringLiteral("/v1/feed/")) &&
                feed.endsWith(QStringLiteral(".ics")));

    const HttpResult first = server.request("GET", feed);
    ASSERT_EQ(first.status, 200) << first.body.constData();
    EXPECT_TRUE(first.header("Content-Type").startsWith("text/calendar"));
    EXPECT_EQ(first.header("Cache-Control"), QByteArray("private"));
    const QByteArray etag = first.header("ETag");
    ASSERT_FALSE(etag.isEmpty());
    EXPECT_TRUE(first.body.startsWith("BEGIN:VCALENDAR\r\n"));

    const HttpResult same = server.request("GET", feed, {}, {}, {{"If-None-Match", etag}});
    EXPECT_EQ(same.status, 304);
    EXPECT_TRUE(same.body.isEmpty());
    EXPECT_EQ(same.header("ETag"), etag);

    SyncedDevice maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(maarten.sync());
    addMeeting(maarten, "Rondleiding nieuwe collega", {server.personId(QStringLiteral("joris"))});
    ASSERT_TRUE(maarten.sync());
    const HttpResult changed = server.request("GET", feed, {}, {}, {{"If-None-Match", etag}});
    ASSERT_EQ(changed.status, 200);
    EXPECT_NE(changed.header("ETag"), etag);
    EXPECT_TRUE(changed.body.contains("SUMMARY:Rondleiding nieuwe collega\r\n"));
}

TEST(CalendarFeed, AReplacedOrRevokedLinkStopsWorking)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("sanne"));
    const QString status = QStringLiteral("/v1/feed-token");
    EXPECT_FALSE(
        server.request("GET", status, {}, token).json().value(QStringLiteral("active")).toBool());
    const QString old = newFeed(server, token);
    const QString current = newFeed(server, token);
    EXPECT_NE(old, current);
    const HttpResult gone = server.request("GET", old);
    EXPECT_EQ(gone.status, 404);
    EXPECT_EQ(gone.errorCode(), QStringLiteral("not_found"));
    EXPECT_EQ(server.request("GET", current).status, 200);
    const HttpResult active = server.request("GET", status, {}, token);
    EXPECT_TRUE(active.json().value(QStringLiteral("active")).toBool());
    EXPECT_GT(active.json().value(QStringLiteral("created_at")).toInteger(), 0);
    EXPECT_FALSE(active.body.contains(current.section(QLatin1Char('/'), -1).toUtf8()));

    ASSERT_EQ(server.request("DELETE", status, {}, token).status, 200);
    EXPECT_EQ(server.request("GET", current).status, 404);
    EXPECT_FALSE(
        server.request("GET", status, {}, token).json().value(QStringLiteral("active")).toBool());
}

TEST(CalendarFeed, SpilServerReplacesAndRevokesAUsersLink)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    ASSERT_EQ(server.admin({QStringLiteral("feed-token"), QStringLiteral("replace"),
                            QStringLiteral("maarten")}),
              0);
    const QString feed = QString::fromUtf8(server.lastOutput()).trimmed();
    const HttpResult served = server.request("GET", feed);
    ASSERT_EQ(served.status, 200) << feed.toStdString();
    EXPECT_TRUE(served.body.contains("X-WR-CALNAME:Maarten Verhoeven\r\n"));
    ASSERT_EQ(server.admin({QStringLiteral("feed-token"), QStringLiteral("revoke"),
                            QStringLiteral("maarten")}),
              0);
    EXPECT_EQ(server.request("GET", feed).status, 404);
    EXPECT_NE(server.admin({QStringLiteral("feed-token"), QStringLiteral("replace"),
                            QStringLiteral("niemand")}),
              0);
}

TEST(CalendarFeed, TheUsersOpenTasksComeAsTodos)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(maarten.sync());
    Task t;
    t.title = QStringLiteral("Bezoekerspassen klaarleggen");
    t.assignee = server.personId(QStringLiteral("joris"));
    t.delegatedBy = t.createdBy = maarten.personId();
    const QString done = TaskRepo(maarten.db()).add(t);
    t.title = QStringLiteral("Open taak voor Joris");
    TaskRepo(maarten.db()).add(t);
    TaskRepo(maarten.db()).markDone(done);
    ASSERT_TRUE(maarten.sync());
    const HttpResult feed =
        server.request("GET", newFeed(server, server.login(QStringLiteral("joris"))));
    ASSERT_EQ(feed.status, 200);
    EXPECT_TRUE(feed.body.contains("BEGIN:VTODO\r\n"));
    EXPECT_TRUE(feed.body.contains("SUMMARY:Open taak voor Joris\r\n"));
    EXPECT_FALSE(feed.body.contains("Bezoekerspassen klaarleggen"));
}

// The store keeps a feed token only as its hash, as it does a device's.
TEST(CalendarFeed, ATokenIsKeptOnlyAsItsHash)
{
    ServiceUnderTest local;
    const server::User user =
        local.addUser(QStringLiteral("sanne"), Role::Assistant, QStringLiteral("geheim"));
    server::CalendarFeed feed(local.storage(), local.clock);
    const QString token = feed.replaceToken(user);
    EXPECT_FALSE(local.storage().feedTokenOwner(token.toUtf8()).has_value());
    const auto owner = local.storage().feedTokenOwner(server::tokenHash(token));
    ASSERT_TRUE(owner.has_value());
    EXPECT_EQ(owner->id, user.id);
    EXPECT_EQ(feed.tokenCreated(user), local.clock.nowMs());
}
