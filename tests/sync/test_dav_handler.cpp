// SPDX-License-Identifier: GPL-3.0-or-later
// DavHandler without a socket: the DAV logic on a SyncService in this process, requests
// built by hand.
#include "Harness.h"

#include "sync/server/Admin.h"
#include "sync/server/AppPasswords.h"
#include "sync/server/DavHandler.h"

using namespace spil;
using namespace spil::server;
using namespace spil::test;

namespace {
DavRequest request(const QByteArray &method, const QByteArray &target, const QByteArray &auth,
                   const QByteArray &body = {}, const QByteArray &depth = {})
{
    DavRequest r;
    r.method = method;
    r.target = target;
    r.body = body;
    r.headers.insert("authorization", "Basic " + auth.toBase64());
    if (!depth.isEmpty())
        r.headers.insert("depth", depth);
    return r;
}
} // namespace

TEST(DavHandler, AnswersWithoutASocketAndDecidesWhoAsksFromTheAppPasswordAlone)
{
    ServiceUnderTest s;
    // Users as spil-server makes them: each with the person record everyone syncs.
    const QString workspace = s.storage().defaultWorkspace();
    for (const char *name : {"eva", "bram"})
        server::addUser(s.storage(), workspace, QLatin1String(name), QStringLiteral("staff"), {},
                        QStringLiteral("password-1"));
    const NewAppPassword made = addAppPassword(s.storage(), workspace, QStringLiteral("eva"),
                                               QStringLiteral("phone"), s.clock.nowMs());
    DavHandler dav(s.service());
    const QByteArray auth = "eva:" + made.password.toUtf8();

    const DavResponse home = dav.handle(request("PROPFIND", "/dav/calendars/eva/", auth, {}, "1"));
    EXPECT_EQ(home.status, 207);
    EXPECT_TRUE(home.body.contains("/dav/calendars/eva/agenda/"));
    // The same password under another name, the user's login password, another's home.
    EXPECT_EQ(dav.handle(request("PROPFIND", "/dav/calendars/bram/",
                                 "bram:" + made.password.toUtf8(), {}, "0"))
                  .status,
              401);
    EXPECT_EQ(
        dav.handle(request("PROPFIND", "/dav/calendars/eva/", "eva:password-1", {}, "0")).status,
        401);
    EXPECT_EQ(dav.handle(request("PROPFIND", "/dav/calendars/bram/", auth, {}, "0")).status, 403);

    // A series with an instance moved: one resource, written as the core writes it.
    const QByteArray ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:weekly@t\r\n"
        "DTSTAMP:20261130T090000Z\r\nDTSTART:20270104T090000Z\r\nDTEND:20270104T093000Z\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=4\r\nSUMMARY:Weekstart\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n"
        "UID:weekly@t\r\nDTSTAMP:20261130T090000Z\r\nRECURRENCE-ID:20270111T090000Z\r\n"
        "DTSTART:20270111T100000Z\r\nDTEND:20270111T103000Z\r\nSUMMARY:Weekstart\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n";
    const DavResponse made201 =
        dav.handle(request("PUT", "/dav/calendars/eva/agenda/weekly%40t.ics", auth, ics));
    ASSERT_EQ(made201.status, 201) << made201.body.constData();
    const DavResponse read =
        dav.handle(request("GET", "/dav/calendars/eva/agenda/weekly@t.ics", auth));
    ASSERT_EQ(read.status, 200);
    EXPECT_TRUE(read.body.contains("RRULE:FREQ=WEEKLY;COUNT=4"));
    EXPECT_TRUE(read.body.contains("RECURRENCE-ID"));
    EXPECT_EQ(read.body.count("BEGIN:VEVENT"), 2);
}
