// SPDX-License-Identifier: GPL-3.0-or-later
// DavHandler without a socket: the DAV logic on a SyncService in this process, requests
// built by hand.
#include "Harness.h"

#include "core/store/Uuid7.h"
#include "sync/server/Admin.h"
#include "sync/server/AppPasswords.h"
#include "sync/server/DavCache.h"
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

// A CalDAV write tells the cache what its push stored, so that the write's answer (its
// ETag) reads nothing of the change log; taken in only where the agenda stood just before
// that push, since anything written between would be missing from it.
TEST(DavCache, APushOfItsOwnIsTakenInOnlyWhereTheAgendaStoodJustBeforeIt)
{
    ServiceUnderTest s;
    const QString workspace = s.storage().defaultWorkspace();
    DavCache cache;
    const DavCache::Agenda &agenda = cache.agenda(s.storage(), workspace);
    const qint64 at = agenda.version;
    const quint64 generation = agenda.peopleGeneration;
    const QString id = makeUuid7(s.clock.nowMs());
    const StoredRecord meeting{QStringLiteral("appointments"),
                               id,
                               at + 2,
                               false,
                               {{QStringLiteral("title"), QStringLiteral("Overleg")},
                                {QStringLiteral("ical_uid"), QStringLiteral("overleg@t")}},
                               {{QStringLiteral("title"),
                                 QJsonObject{{QStringLiteral("hlc"), QStringLiteral("h-2")}}}},
                               {}};
    // Another write came between: the next read takes both from the log.
    cache.follow(workspace, at + 1, at + 2, {meeting});
    EXPECT_FALSE(agenda.appointments.contains(id));
    EXPECT_EQ(agenda.version, at);

    const QString personId = makeUuid7(s.clock.nowMs() + 1);
    const StoredRecord person{QStringLiteral("people"), personId, at + 1, false,
                              {{QStringLiteral("name"), QStringLiteral("Noor")}}, {}, {}};
    cache.follow(workspace, at, at + 1, {person});
    EXPECT_EQ(agenda.version, at + 1);
    EXPECT_TRUE(agenda.people.contains(personId));
    EXPECT_NE(agenda.peopleGeneration, generation) << "copies of the people must know";

    cache.follow(workspace, at + 1, at + 2, {meeting});
    EXPECT_EQ(agenda.version, at + 2);
    ASSERT_TRUE(agenda.appointments.contains(id));
    EXPECT_EQ(agenda.byIcalUid.value(QStringLiteral("overleg@t")), QSet<QString>{id});
    // Kept as the log reads it: the newest stamp alone.
    EXPECT_EQ(agenda.appointments.value(id).newestStamp(), QStringLiteral("h-2"));
    EXPECT_TRUE(agenda.appointments.value(id).stamps.isEmpty());
}
