// SPDX-License-Identifier: GPL-3.0-or-later
// CalDAV on spil-server's DAV port: discovery, app passwords, writes that are ordinary
// stamped pushes reaching every device, ETags and If-Match, reads and writes under the
// same rules as a pull and a push (busy-only, prep time, another user's calendars), bad
// input, and python3-caldav as a real client.
#include "DavClient.h"
#include "Harness.h"

#include "core/agenda/AgendaRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/tasks/TaskRepo.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace spil;
using namespace spil::test;

namespace {
const QStringList kDav{QStringLiteral("--dav-port"), QStringLiteral("0")};
constexpr qint64 kAt = 1'800'000'000'000LL; // 15 January 2027, 08:00 UTC
constexpr qint64 kHour = 3'600'000;

// What iOS sends when its user picks a colour for a calendar.
const QByteArray kSetColour =
    "<?xml version=\"1.0\"?><d:propertyupdate xmlns:d=\"DAV:\" "
    "xmlns:ic=\"http://apple.com/ns/ical/\"><d:set><d:prop>"
    "<ic:calendar-color>#FF0000</ic:calendar-color><ic:calendar-order>2</ic:calendar-order>"
    "</d:prop></d:set></d:propertyupdate>";

QString agendaOf(const QString &user, const QString &slug = QStringLiteral("agenda"))
{
    return QStringLiteral("dav/calendars/%1/%2/").arg(user, slug);
}

std::optional<Appointment> byTitle(SyncedDevice &device, const QString &title)
{
    for (const QVariantMap &r : device.db().liveRecords(QStringLiteral("appointments"))) {
        if (r.value(QStringLiteral("title")).toString() == title)
            return AgendaRepo::fromRecord(r);
    }
    return std::nullopt;
}

QString addAppointment(SyncedDevice &device, const QString &title, qint64 start,
                       const QStringList &attendees = {}, bool confidential = false,
                       AppointmentKind kind = AppointmentKind::Meeting)
{
    Appointment a;
    a.owner = device.personId();
    a.title = title;
    a.startUtc = start;
    a.endUtc = start + kHour;
    a.attendees = attendees;
    a.confidential = confidential;
    a.kind = kind;
    return AgendaRepo(device.db()).add(a, true);
}

constexpr qint64 kWeek = 7 * 24 * kHour;

// The device's weekly directors' meeting, an hour at 09:00 in Amsterdam from first.
Appointment weeklyMeeting(SyncedDevice &device, qint64 first)
{
    Appointment a;
    a.owner = device.personId();
    a.title = QStringLiteral("Directieoverleg");
    a.tz = QStringLiteral("Europe/Amsterdam");
    a.startUtc = first;
    a.endUtc = first + kHour;
    a.rrule = QStringLiteral("FREQ=WEEKLY");
    return a;
}

// 20270115T080000Z, as a time-range or an expand writes its ends.
QByteArray davTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
        .toUtf8();
}

// A calendar-multiget of these resources of a user's agenda, asking for these properties.
QByteArray multigetBody(const QString &user, const QStringList &ids,
                        const QByteArray &props = "<d:getetag/><c:calendar-data/>")
{
    QByteArray body = "<c:calendar-multiget xmlns:d=\"DAV:\" "
                      "xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:prop>" +
                      props + "</d:prop>";
    for (const QString &id : ids)
        body += "<d:href>/" + (agendaOf(user) + id + QStringLiteral(".ics")).toUtf8() + "</d:href>";
    return body + "</c:calendar-multiget>";
}

// That multiget, as a calendar app asks it.
HttpResult multiget(const DavClient &app, const QStringList &ids)
{
    return app.request("REPORT", agendaOf(app.user()), multigetBody(app.user(), ids),
                       {{"Depth", "1"}});
}

bool pythonHasCaldav()
{
    return QProcess::execute(QStringLiteral("/usr/bin/python3"),
                             {QStringLiteral("-c"), QStringLiteral("import caldav")}) == 0;
}
} // namespace

TEST(CalDav, ACalendarAppFindsItsCalendarsFromTheServersAddress)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    const DavClient sanne(server, QStringLiteral("sanne"));
    const HttpResult wellKnown = sanne.request("GET", QStringLiteral(".well-known/caldav"));
    EXPECT_EQ(wellKnown.status, 301);
    EXPECT_EQ(wellKnown.header("Location"), QByteArray("/dav/"));

    const QByteArray principal = "<?xml version=\"1.0\"?><d:propfind xmlns:d=\"DAV:\"><d:prop>"
                                 "<d:current-user-principal/></d:prop></d:propfind>";
    const HttpResult root = sanne.propfind(QStringLiteral("dav/"), "0", principal);
    ASSERT_EQ(root.status, 207) << root.body.constData();
    EXPECT_TRUE(root.body.contains("<d:href>/dav/principals/sanne/</d:href>"));
    const QByteArray home =
        "<d:propfind xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
        "<d:prop><c:calendar-home-set/></d:prop></d:propfind>";
    const HttpResult me = sanne.propfind(QStringLiteral("dav/principals/sanne/"), "0", home);
    EXPECT_TRUE(me.body.contains("<d:href>/dav/calendars/sanne/</d:href>")) << me.body.constData();

    // Her agenda, her tasks, and the agenda of the director she serves.
    const HttpResult calendars = sanne.propfind(QStringLiteral("dav/calendars/sanne/"), "1");
    ASSERT_EQ(calendars.status, 207);
    for (const char *href : {"/dav/calendars/sanne/agenda/", "/dav/calendars/sanne/tasks/",
                             "/dav/calendars/sanne/maarten/"})
        EXPECT_TRUE(calendars.body.contains(QByteArray("<d:href>") + href + "</d:href>")) << href;
    EXPECT_TRUE(calendars.body.contains("<c:comp name=\"VTODO\"/>"));
    EXPECT_TRUE(calendars.body.contains("<d:sync-token>urn:spil:sync:"));
    EXPECT_FALSE(calendars.body.contains("/dav/calendars/sanne/ingrid/"));
}

TEST(CalDav, AnAppsWriteIsAStampedPushOfItsOwnThatReachesEveryDevice)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    const DavClient phone(server, QStringLiteral("maarten"));
    SyncedDevice device(server, QStringLiteral("maarten"));
    ASSERT_TRUE(device.sync());
    // A listening device: its first message is the version it starts from.
    EventsSocket events(server, server.login(QStringLiteral("maarten")));
    ASSERT_TRUE(waitFor([&] { return !events.messages().isEmpty(); }));
    const QString path = agendaOf(QStringLiteral("maarten")) + QStringLiteral("trip-1@phone.ics");
    const HttpResult made =
        phone.put(path, eventIcs(QStringLiteral("trip-1@phone"),
                                 QStringLiteral("Taxi naar Schiphol"), kAt, kAt + kHour));
    ASSERT_EQ(made.status, 201) << made.body.constData();
    const QByteArray etag = made.header("ETag");
    ASSERT_FALSE(etag.isEmpty());
    // Like any push, it pokes the devices listening.
    EXPECT_TRUE(waitFor([&] { return events.messages().size() >= 2; }));

    ASSERT_TRUE(device.sync());
    const auto arrived = byTitle(device, QStringLiteral("Taxi naar Schiphol"));
    ASSERT_TRUE(arrived);
    EXPECT_EQ(arrived->icalUid, QStringLiteral("trip-1@phone"));
    EXPECT_EQ(arrived->startUtc, kAt);
    EXPECT_EQ(arrived->createdBy, device.personId());
    // Stamped by the app password's own client id, like any device's change.
    const HttpResult pulled = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=1000"),
                                             {}, server.login(QStringLiteral("maarten")));
    bool stamped = false;
    for (const QJsonValue &r : pulled.json().value(QStringLiteral("records")).toArray()) {
        if (r.toObject().value(QStringLiteral("id")).toString() == arrived->id)
            stamped =
                r.toObject().value(QStringLiteral("hlc")).toString().endsWith(phone.deviceId());
    }
    EXPECT_TRUE(stamped);

    // The same text again changes nothing; a change on the device gives a new tag, and the
    // app's write with the old one is refused.
    const HttpResult same =
        phone.put(path,
                  eventIcs(QStringLiteral("trip-1@phone"), QStringLiteral("Taxi naar Schiphol"),
                           kAt, kAt + kHour),
                  etag);
    EXPECT_EQ(same.status, 204);
    EXPECT_EQ(same.header("ETag"), etag);
    AgendaRepo(device.db())
        .update(arrived->id, {.title = QStringLiteral("Taxi naar Schiphol (10 min eerder)")});
    ASSERT_TRUE(device.sync());
    const HttpResult read = phone.request("GET", path);
    ASSERT_EQ(read.status, 200);
    EXPECT_TRUE(read.body.contains("SUMMARY:Taxi naar Schiphol (10 min eerder)"));
    // A calendar object resource carries no METHOD (RFC 4791, 4.1), as a shared file does.
    EXPECT_FALSE(read.body.contains("METHOD:")) << read.body.constData();
    EXPECT_NE(read.header("ETag"), etag);
    EXPECT_EQ(phone.request("GET", path, {}, {{"If-None-Match", read.header("ETag")}}).status, 304);
    const HttpResult stale = phone.put(
        path, eventIcs(QStringLiteral("trip-1@phone"), QStringLiteral("Oud"), kAt, kAt + kHour),
        etag);
    EXPECT_EQ(stale.status, 412);
    EXPECT_EQ(phone
                  .request("PUT", path,
                           eventIcs(QStringLiteral("trip-1@phone"), QStringLiteral("Nieuw?"), kAt,
                                    kAt + kHour),
                           {{"If-None-Match", "*"}})
                  .status,
              412);

    const HttpResult removed =
        phone.request("DELETE", path, {}, {{"If-Match", read.header("ETag")}});
    EXPECT_EQ(removed.status, 204);
    ASSERT_TRUE(device.sync());
    EXPECT_FALSE(byTitle(device, QStringLiteral("Taxi naar Schiphol (10 min eerder)")));
    EXPECT_EQ(phone.request("GET", path).status, 404);
}

TEST(CalDav, ATaskTickedInATaskAppIsDoneOnTheDevices)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    const DavClient app(server, QStringLiteral("maarten"));
    SyncedDevice device(server, QStringLiteral("maarten"));
    ASSERT_TRUE(device.sync());
    Task t;
    t.title = QStringLiteral("Speech nalezen");
    t.assignee = device.personId();
    t.createdBy = device.personId();
    const QString id = TaskRepo(device.db()).add(t);
    ASSERT_TRUE(device.sync());

    const QString path =
        agendaOf(QStringLiteral("maarten"), QStringLiteral("tasks")) + id + QStringLiteral(".ics");
    const HttpResult read = app.request("GET", path);
    ASSERT_EQ(read.status, 200) << read.body.constData();
    ASSERT_TRUE(read.body.contains("STATUS:NEEDS-ACTION"));
    QByteArray ticked = read.body;
    ticked.replace("STATUS:NEEDS-ACTION", "STATUS:COMPLETED\r\nCOMPLETED:20261130T120000Z");
    const HttpResult done = app.put(path, ticked, read.header("ETag"));
    ASSERT_EQ(done.status, 204) << done.body.constData();
    ASSERT_TRUE(device.sync());
    EXPECT_EQ(TaskRepo(device.db()).byId(id)->status, TaskStatus::Done);
}

TEST(CalDav, AStaffMemberSeesADirectorsConfidentialMeetingOnlyAsBusyAndCannotChangeIt)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(maarten.sync());
    const QString id = addAppointment(maarten, QStringLiteral("Ontslaggesprek afdeling Inkoop"),
                                      kAt, {server.personId(QStringLiteral("joris"))}, true);
    ASSERT_TRUE(maarten.sync());

    const DavClient joris(server, QStringLiteral("joris"));
    const QString path = agendaOf(QStringLiteral("joris")) + id + QStringLiteral(".ics");
    const HttpResult read = joris.request("GET", path);
    ASSERT_EQ(read.status, 200) << read.body.constData();
    EXPECT_TRUE(read.body.contains("SUMMARY:Busy"));
    EXPECT_FALSE(read.body.contains("Ontslag"));
    const QByteArray report =
        "<c:calendar-query xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:prop>"
        "<d:getetag/><c:calendar-data/></d:prop><c:filter><c:comp-filter name=\"VCALENDAR\">"
        "<c:comp-filter name=\"VEVENT\"/></c:comp-filter></c:filter></c:calendar-query>";
    const HttpResult all =
        joris.request("REPORT", agendaOf(QStringLiteral("joris")), report, {{"Depth", "1"}});
    ASSERT_EQ(all.status, 207);
    EXPECT_TRUE(all.body.contains(id.toUtf8()));
    EXPECT_FALSE(all.body.contains("Ontslag"));

    const HttpResult changed = joris.put(
        path, eventIcs(id, QStringLiteral("Koffie"), kAt, kAt + kHour), read.header("ETag"));
    EXPECT_EQ(changed.status, 403);
    EXPECT_TRUE(changed.body.contains("busy")) << changed.body.constData();
    EXPECT_EQ(joris.request("DELETE", path).status, 403);
    ASSERT_TRUE(maarten.sync());
    EXPECT_TRUE(byTitle(maarten, QStringLiteral("Ontslaggesprek afdeling Inkoop")));
}

// A calendar app asks for a week (iOS does so for the weeks around today): a series
// started months ago is found by its instance in that week, one that ended is not, and
// neither is a one-off outside it.
TEST(CalDav, ATimeRangeFindsASeriesByItsInstancesAndNotOnceItHasEnded)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(maarten.sync());
    const auto series = [&](const char *title, const char *rule) {
        Appointment a;
        a.owner = maarten.personId();
        a.title = QString::fromUtf8(title);
        a.tz = QStringLiteral("Europe/Amsterdam");
        a.startUtc = kAt - 20 * 7 * 24 * kHour;
        a.endUtc = a.startUtc + kHour;
        a.rrule = QString::fromUtf8(rule);
        return AgendaRepo(maarten.db()).add(a, true);
    };
    series("Weekstart", "FREQ=WEEKLY");
    series("Cursus", "FREQ=WEEKLY;COUNT=3");
    // Ended too, but its second meeting was moved into the week asked for.
    const QString moved = series("Evaluatie", "FREQ=WEEKLY;COUNT=2");
    const qint64 second = kAt - 19 * 7 * 24 * kHour; // the same offset from UTC as the first
    AgendaRepo(maarten.db()).moveInstance(moved, second, kAt + 72 * kHour, kAt + 73 * kHour);
    // All day every week: UTC midnights, recurring in UTC whatever the series' zone.
    Appointment home;
    home.owner = maarten.personId();
    home.title = QStringLiteral("Thuiswerkdag");
    home.tz = QStringLiteral("Europe/Amsterdam");
    home.allDay = true;
    home.startUtc = kAt - 8 * kHour - 20 * 7 * 24 * kHour; // a Friday, 00:00 UTC
    home.endUtc = home.startUtc + 24 * kHour;
    home.rrule = QStringLiteral("FREQ=WEEKLY");
    AgendaRepo(maarten.db()).add(home, true);
    addAppointment(maarten, QStringLiteral("Later"), kAt + 30 * 24 * kHour);
    ASSERT_TRUE(maarten.sync());

    const DavClient phone(server, QStringLiteral("maarten"));
    const auto query = [&](qint64 from, qint64 to) {
        const QByteArray body =
            "<c:calendar-query xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
            "<d:prop><c:calendar-data/></d:prop><c:filter><c:comp-filter name=\"VCALENDAR\">"
            "<c:comp-filter name=\"VEVENT\"><c:time-range start=\"" +
            davTime(from) + "\" end=\"" + davTime(to) +
            "\"/></c:comp-filter></c:comp-filter></c:filter></c:calendar-query>";
        const HttpResult r =
            phone.request("REPORT", agendaOf(QStringLiteral("maarten")), body, {{"Depth", "1"}});
        EXPECT_EQ(r.status, 207) << r.body.constData();
        return r.body;
    };
    const QByteArray week = query(kAt + 24 * kHour, kAt + 8 * 24 * kHour);
    EXPECT_TRUE(week.contains("SUMMARY:Weekstart")) << week.constData();
    EXPECT_TRUE(week.contains("SUMMARY:Evaluatie")) << week.constData();
    EXPECT_TRUE(week.contains("SUMMARY:Thuiswerkdag")) << week.constData();
    EXPECT_FALSE(week.contains("SUMMARY:Cursus"));
    EXPECT_FALSE(week.contains("SUMMARY:Later"));
    // From half past midnight UTC the day after an all-day instance: it has ended (in the
    // series' own zone it would run until 01:00 UTC in winter).
    const QByteArray after =
        query(kAt + 7 * 24 * kHour + 16 * kHour + kHour / 2, kAt + 8 * 24 * kHour);
    EXPECT_FALSE(after.contains("SUMMARY:Thuiswerkdag")) << after.constData();
}

// A client that cannot recur a rule itself asks for the instances (RFC 4791, 9.6.5): each
// one in the window comes as an event of its own in UTC with its RECURRENCE-ID, the moved
// one at its new time, and a reader who may only see busy time gets busy instances.
TEST(CalDav, AnExpandedReportGivesEachInstanceInTheWindowAsAnEventOfItsOwn)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(maarten.sync());
    Appointment a = weeklyMeeting(maarten, kAt - 2 * kWeek);
    a.attendees = {server.personId(QStringLiteral("joris"))};
    a.confidential = true;
    const QString id = AgendaRepo(maarten.db()).add(a, true);
    AgendaRepo(maarten.db())
        .moveInstance(id, kAt + kWeek, kAt + kWeek + 3 * kHour, kAt + kWeek + 4 * kHour);
    // Its two meetings in the window were called off: nothing of it is there.
    Appointment reading = a;
    reading.title = QStringLiteral("Leesuur");
    reading.attendees.clear();
    reading.confidential = false;
    reading.startUtc = kAt - kWeek + 2 * kHour;
    reading.endUtc = reading.startUtc + kHour;
    reading.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=3");
    const QString off = AgendaRepo(maarten.db()).add(reading, true);
    AgendaRepo(maarten.db()).cancelInstance(off, kAt + 2 * kHour);
    AgendaRepo(maarten.db()).cancelInstance(off, kAt + kWeek + 2 * kHour);
    ASSERT_TRUE(maarten.sync());

    const QByteArray window =
        "start=\"" + davTime(kAt - kHour) + "\" end=\"" + davTime(kAt + 2 * kWeek) + "\"";
    const QByteArray data = "<c:calendar-data><c:expand " + window + "/></c:calendar-data>";
    const QByteArray query =
        "<c:calendar-query xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:prop>" +
        data +
        "</d:prop><c:filter><c:comp-filter name=\"VCALENDAR\"><c:comp-filter name=\"VEVENT\">"
        "<c:time-range " +
        window + "/></c:comp-filter></c:comp-filter></c:filter></c:calendar-query>";
    const auto instancesOf = [&](const char *who, const QByteArray &body) {
        const HttpResult r =
            DavClient(server, QString::fromLatin1(who))
                .request("REPORT", agendaOf(QString::fromLatin1(who)), body, {{"Depth", "1"}});
        EXPECT_EQ(r.status, 207) << r.body.constData();
        EXPECT_FALSE(r.body.contains("RRULE")) << r.body.constData();
        EXPECT_FALSE(r.body.contains("TZID"));
        EXPECT_TRUE(r.body.contains("RECURRENCE-ID:" + davTime(kAt))) << r.body.constData();
        EXPECT_TRUE(r.body.contains("RECURRENCE-ID:" + davTime(kAt + kWeek)));
        EXPECT_TRUE(r.body.contains("DTSTART:" + davTime(kAt + kWeek + 3 * kHour)));
        EXPECT_FALSE(r.body.contains("RECURRENCE-ID:" + davTime(kAt - kWeek)));
        return r.body;
    };
    const QByteArray own = instancesOf("maarten", query);
    EXPECT_EQ(own.count("SUMMARY:Directieoverleg"), 2) << own.constData();
    EXPECT_FALSE(own.contains(off.toUtf8())) << "a calendar with nothing in it is left out";
    EXPECT_EQ(instancesOf("maarten", multigetBody(QStringLiteral("maarten"), {id}, data))
                  .count("BEGIN:VEVENT"),
              2);
    // Asked for by name, it comes whole rather than as a calendar without a component.
    const QByteArray named = multigetBody(QStringLiteral("maarten"), {off}, data);
    const HttpResult whole =
        DavClient(server, QStringLiteral("maarten"))
            .request("REPORT", agendaOf(QStringLiteral("maarten")), named, {{"Depth", "1"}});
    EXPECT_EQ(whole.status, 207);
    EXPECT_TRUE(whole.body.contains("RRULE:FREQ=WEEKLY;COUNT=3")) << whole.body.constData();
    const QByteArray attended = instancesOf("joris", query);
    EXPECT_EQ(attended.count("SUMMARY:Busy"), 2);
    EXPECT_FALSE(attended.contains("Directieoverleg"));
}

// A client that recurs the rule itself may ask for only the changed instances that touch
// a window (RFC 4791, 9.6.6): the series comes with its rule and every cancelled date, and
// of its changed instances those in the window and the one moved out of it.
TEST(CalDav, ALimitedRecurrenceSetHoldsOnlyTheChangedInstancesThatTouchTheWindow)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(maarten.sync());
    const QString id = AgendaRepo(maarten.db()).add(weeklyMeeting(maarten, kAt - 4 * kWeek), true);
    AgendaRepo agenda(maarten.db());
    // Long before the window: moved, and cancelled.
    agenda.moveInstance(id, kAt - 3 * kWeek, kAt - 3 * kWeek + kHour, kAt - 3 * kWeek + 2 * kHour);
    agenda.cancelInstance(id, kAt - 2 * kWeek);
    // In the window: moved within it; and one moved from it to far beyond.
    agenda.moveInstance(id, kAt, kAt + 2 * kHour, kAt + 3 * kHour);
    agenda.moveInstance(id, kAt + kWeek, kAt + 10 * kWeek, kAt + 10 * kWeek + kHour);
    // After the window, left where it was.
    agenda.moveInstance(id, kAt + 5 * kWeek, kAt + 5 * kWeek + kHour, kAt + 5 * kWeek + 2 * kHour);
    ASSERT_TRUE(maarten.sync());

    const QByteArray window =
        "start=\"" + davTime(kAt - kHour) + "\" end=\"" + davTime(kAt + 2 * kWeek) + "\"";
    const QByteArray body =
        multigetBody(QStringLiteral("maarten"), {id},
                     "<c:calendar-data><c:limit-recurrence-set " + window + "/></c:calendar-data>");
    const HttpResult r =
        DavClient(server, QStringLiteral("maarten"))
            .request("REPORT", agendaOf(QStringLiteral("maarten")), body, {{"Depth", "1"}});
    ASSERT_EQ(r.status, 207) << r.body.constData();
    EXPECT_TRUE(r.body.contains("RRULE:FREQ=WEEKLY")) << r.body.constData();
    EXPECT_TRUE(r.body.contains("EXDATE")) << "a cancelled date stays with the series";
    EXPECT_EQ(r.body.count("RECURRENCE-ID"), 2) << r.body.constData();
    // RECURRENCE-IDs are written in the series' zone: 10:00 in Amsterdam is 09:00 UTC.
    const auto local = [](qint64 utc) {
        return QDateTime::fromMSecsSinceEpoch(utc, QTimeZone("Europe/Amsterdam"))
            .toString(QStringLiteral("yyyyMMdd'T'HHmmss"))
            .toUtf8();
    };
    EXPECT_TRUE(r.body.contains(local(kAt))) << r.body.constData();
    EXPECT_TRUE(r.body.contains(local(kAt + kWeek)));
    EXPECT_FALSE(r.body.contains(local(kAt - 3 * kWeek)));
    EXPECT_FALSE(r.body.contains(local(kAt + 5 * kWeek)));

    // Without the limit, every changed instance is there.
    const HttpResult whole =
        DavClient(server, QStringLiteral("maarten"))
            .request("GET", agendaOf(QStringLiteral("maarten")) + id + QStringLiteral(".ics"));
    EXPECT_EQ(whole.body.count("RECURRENCE-ID"), 4) << whole.body.constData();
}

TEST(CalDav, NobodyReadsOrWritesCalendarsThatAreNotTheirs)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    const DavClient joris(server, QStringLiteral("joris"));
    EXPECT_EQ(joris.propfind(QStringLiteral("dav/calendars/maarten/"), "1").status, 403);
    EXPECT_EQ(
        joris.request("GET", agendaOf(QStringLiteral("maarten")) + QStringLiteral("x.ics")).status,
        403);
    EXPECT_EQ(joris
                  .put(agendaOf(QStringLiteral("maarten")) + QStringLiteral("x@joris.ics"),
                       eventIcs(QStringLiteral("x@joris"), QStringLiteral("Ingeschoven"), kAt,
                                kAt + kHour))
                  .status,
              403);
    // Not one of his directors: no such calendar in his home.
    EXPECT_EQ(joris
                  .put(agendaOf(QStringLiteral("joris"), QStringLiteral("maarten")) +
                           QStringLiteral("x@joris.ics"),
                       eventIcs(QStringLiteral("x@joris"), QStringLiteral("Ingeschoven"), kAt,
                                kAt + kHour))
                  .status,
              404);

    // The assistant books in the agenda of the director she serves.
    const DavClient sanne(server, QStringLiteral("sanne"));
    const HttpResult booked = sanne.put(
        agendaOf(QStringLiteral("sanne"), QStringLiteral("maarten")) +
            QStringLiteral("b@sanne.ics"),
        eventIcs(QStringLiteral("b@sanne"), QStringLiteral("Overleg notaris"), kAt, kAt + kHour));
    EXPECT_EQ(booked.status, 201) << booked.body.constData();
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(maarten.sync());
    const auto arrived = byTitle(maarten, QStringLiteral("Overleg notaris"));
    ASSERT_TRUE(arrived);
    EXPECT_EQ(arrived->owner, maarten.personId());
    EXPECT_EQ(arrived->createdBy, server.personId(QStringLiteral("sanne")));
}

TEST(CalDav, ABookingInADirectorsPrepTimeIsRefused)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(maarten.sync());
    // Maarten keeps 120 minutes free before a presentation.
    addAppointment(maarten, QStringLiteral("Presentatie aan de aandeelhouders"), kAt + 3 * kHour,
                   {}, false, AppointmentKind::Presentation);
    ASSERT_TRUE(maarten.sync());
    const DavClient sanne(server, QStringLiteral("sanne"));
    const QString path = agendaOf(QStringLiteral("sanne"), QStringLiteral("maarten"));
    const HttpResult refused =
        sanne.put(path + QStringLiteral("p@sanne.ics"),
                  eventIcs(QStringLiteral("p@sanne"), QStringLiteral("Belafspraak"),
                           kAt + 2 * kHour, kAt + 2 * kHour + 1'800'000));
    EXPECT_EQ(refused.status, 403);
    EXPECT_TRUE(refused.body.contains("prep time")) << refused.body.constData();
    EXPECT_EQ(sanne
                  .put(path + QStringLiteral("q@sanne.ics"),
                       eventIcs(QStringLiteral("q@sanne"), QStringLiteral("Belafspraak"), kAt,
                                kAt + 1'800'000))
                  .status,
              201);
    ASSERT_TRUE(maarten.sync());
    int calls = 0;
    for (const QVariantMap &r : maarten.db().liveRecords(QStringLiteral("appointments")))
        calls += r.value(QStringLiteral("title")).toString() == QStringLiteral("Belafspraak");
    EXPECT_EQ(calls, 1);

    // A presentation made, and then removed, while the calendar server is running.
    const QString later = addAppointment(maarten, QStringLiteral("Presentatie aan de raad"),
                                         kAt + 8 * kHour, {}, false, AppointmentKind::Presentation);
    ASSERT_TRUE(maarten.sync());
    const QByteArray beforeIt = eventIcs(QStringLiteral("r@sanne"), QStringLiteral("Belafspraak"),
                                         kAt + 7 * kHour, kAt + 7 * kHour + 1'800'000);
    EXPECT_EQ(sanne.put(path + QStringLiteral("r@sanne.ics"), beforeIt).status, 403);
    AgendaRepo(maarten.db()).remove(later);
    ASSERT_TRUE(maarten.sync());
    EXPECT_EQ(sanne.put(path + QStringLiteral("r@sanne.ics"), beforeIt).status, 201);
}

// The server keeps the office's people between two writes of a calendar app; what the
// office manager changes in between counts for the next write.
TEST(CalDav, APersonChangedBetweenTwoWritesIsAsChangedForTheNext)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    SyncedDevice fatima(server, QStringLiteral("fatima"));
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(fatima.sync());
    addAppointment(maarten, QStringLiteral("Presentatie aan de aandeelhouders"), kAt + 3 * kHour,
                   {}, false, AppointmentKind::Presentation);
    ASSERT_TRUE(maarten.sync());
    const DavClient sanne(server, QStringLiteral("sanne"));
    const QString path = agendaOf(QStringLiteral("sanne"), QStringLiteral("maarten"));
    // Two hours before the presentation are his prep time; this call is before them.
    ASSERT_EQ(sanne
                  .put(path + QStringLiteral("a@sanne.ics"),
                       eventIcs(QStringLiteral("a@sanne"), QStringLiteral("Belafspraak"), kAt,
                                kAt + 1'800'000))
                  .status,
              201);

    // Now he wants four, and Joris has a new address.
    const QString joris = server.personId(QStringLiteral("joris"));
    PeopleRepo(fatima.db())
        .update(server.personId(QStringLiteral("maarten")),
                {{QStringLiteral("prep_minutes"), 240}});
    PeopleRepo(fatima.db())
        .update(joris, {{QStringLiteral("email"), QStringLiteral("joris.mulder@nieuw.example")}});
    ASSERT_TRUE(fatima.sync());

    const HttpResult refused =
        sanne.put(path + QStringLiteral("b@sanne.ics"),
                  eventIcs(QStringLiteral("b@sanne"), QStringLiteral("Belafspraak"),
                           kAt + 1'800'000, kAt + kHour));
    EXPECT_EQ(refused.status, 403);
    EXPECT_TRUE(refused.body.contains("prep time")) << refused.body.constData();
    const QByteArray withJoris =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//dav//EN\r\nBEGIN:VEVENT\r\n"
        "UID:c@maarten\r\nDTSTAMP:20261130T090000Z\r\nDTSTART:20270116T090000Z\r\n"
        "DTEND:20270116T100000Z\r\nSUMMARY:Kennismaking\r\n"
        "ATTENDEE;CN=Joris:mailto:joris.mulder@nieuw.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const DavClient phone(server, QStringLiteral("maarten"));
    ASSERT_EQ(
        phone.put(agendaOf(QStringLiteral("maarten")) + QStringLiteral("c@maarten.ics"), withJoris)
            .status,
        201);
    ASSERT_TRUE(maarten.sync());
    const auto meeting = byTitle(maarten, QStringLiteral("Kennismaking"));
    ASSERT_TRUE(meeting);
    EXPECT_EQ(meeting->attendees, QStringList{joris});
}

TEST(CalDav, BadRequestsAreRefusedAndTheServerKeepsServing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    const DavClient maarten(server, QStringLiteral("maarten"));
    const QString agenda = agendaOf(QStringLiteral("maarten"));
    const QByteArray twoEvents =
        eventIcs(QStringLiteral("a@x"), QStringLiteral("A"), kAt, kAt + kHour)
            .replace("END:VCALENDAR\r\n", "") +
        eventIcs(QStringLiteral("b@x"), QStringLiteral("B"), kAt, kAt + kHour)
            .mid(eventIcs(QStringLiteral("b@x"), QStringLiteral("B"), kAt, kAt + kHour)
                     .indexOf("BEGIN:VEVENT"));
    const QByteArray todo =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VTODO\r\n"
        "UID:t@x\r\nSUMMARY:Doen\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
    struct Row {
        const char *what;
        QByteArray method;
        QString path;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        int status;
    };
    const QList<Row> rows{
        {"malformed XML",
         "PROPFIND",
         agenda,
         "<d:propfind xmlns:d=\"DAV:\"><d:prop>",
         {{"Depth", "0"}},
         400},
        {"not XML at all", "REPORT", agenda, "hello", {{"Depth", "1"}}, 400},
        {"a depth of 2", "PROPFIND", agenda, {}, {{"Depth", "2"}}, 400},
        {"a time-range that is no time",
         "REPORT",
         agenda,
         "<c:calendar-query xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><c:filter>"
         "<c:comp-filter name=\"VCALENDAR\"><c:comp-filter name=\"VEVENT\"><c:time-range "
         "start=\"gisteren\"/></c:comp-filter></c:comp-filter></c:filter></c:calendar-query>",
         {{"Depth", "1"}},
         400},
        {"an expand without its end",
         "REPORT",
         agenda,
         "<c:calendar-query xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:prop>"
         "<c:calendar-data><c:expand start=\"20270101T000000Z\"/></c:calendar-data></d:prop>"
         "</c:calendar-query>",
         {{"Depth", "1"}},
         400},
        {"an expand that ends before it starts",
         "REPORT",
         agenda,
         "<c:calendar-query xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:prop>"
         "<c:calendar-data><c:expand start=\"20270201T000000Z\" end=\"20270101T000000Z\"/>"
         "</c:calendar-data></d:prop></c:calendar-query>",
         {{"Depth", "1"}},
         400},
        {"a limit-recurrence-set without its start",
         "REPORT",
         agenda,
         "<c:calendar-query xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:prop>"
         "<c:calendar-data><c:limit-recurrence-set end=\"20270101T000000Z\"/></c:calendar-data>"
         "</d:prop></c:calendar-query>",
         {{"Depth", "1"}},
         400},
        {"a sync token of another server",
         "REPORT",
         agenda,
         "<d:sync-collection xmlns:d=\"DAV:\"><d:sync-token>urn:spil:sync:x:1</d:sync-token>"
         "<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>",
         {{"Depth", "1"}},
         403},
        {"an unknown report", "REPORT", agenda, "<d:expand-property xmlns:d=\"DAV:\"/>", {}, 403},
        {"not iCalendar", "PUT", agenda + QStringLiteral("x.ics"), "dit is geen agenda", {}, 400},
        {"an event without a start",
         "PUT",
         agenda + QStringLiteral("n@x.ics"),
         "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:n@x\r\n"
         "SUMMARY:Zonder tijd\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
         {},
         400},
        {"two events in one resource",
         "PUT",
         agenda + QStringLiteral("a@x.ics"),
         twoEvents,
         {},
         400},
        {"a to-do in the agenda", "PUT", agenda + QStringLiteral("t@x.ics"), todo, {}, 403},
        {"a new task from an app",
         "PUT",
         agendaOf(QStringLiteral("maarten"), QStringLiteral("tasks")) + QStringLiteral("t@x.ics"),
         todo,
         {},
         403},
        {"a name without .ics",
         "PUT",
         agenda + QStringLiteral("x"),
         eventIcs(QStringLiteral("x"), QStringLiteral("X"), kAt, kAt + kHour),
         {},
         400},
        {"a body of 5 MiB",
         "PUT",
         agenda + QStringLiteral("big@x.ics"),
         QByteArray(5 << 20, 'x'),
         {},
         413},
        {"making a calendar",
         "MKCALENDAR",
         agendaOf(QStringLiteral("maarten"), QStringLiteral("new")),
         {},
         {},
         403},
        {"setting a property of a calendar he does not have",
         "PROPPATCH",
         agendaOf(QStringLiteral("maarten"), QStringLiteral("ingrid")),
         kSetColour,
         {},
         404},
        {"setting a property of another's calendar",
         "PROPPATCH",
         QStringLiteral("dav/calendars/ingrid/agenda/"),
         kSetColour,
         {},
         403},
        {"a PROPPATCH body that is not one",
         "PROPPATCH",
         agenda,
         "<d:prop xmlns:d=\"DAV:\"/>",
         {},
         400},
        {"a method DAV has not", "BREW", agenda, {}, {}, 405},
        {"a path outside the calendars",
         "PROPFIND",
         QStringLiteral("etc/passwd"),
         {},
         {{"Depth", "0"}},
         404},
    };
    for (const Row &row : rows) {
        const HttpResult r = maarten.request(row.method, row.path, row.body, row.headers);
        EXPECT_EQ(r.status, row.status) << row.what << ": " << r.body.left(300).constData();
        EXPECT_EQ(maarten.propfind(agenda, "0").status, 207) << "after " << row.what;
    }

    // A colour picked in the app is refused property by property in a 207, the calendar
    // as it was.
    const HttpResult colour = maarten.request("PROPPATCH", agenda, kSetColour);
    EXPECT_EQ(colour.status, 207) << colour.body.constData();
    EXPECT_TRUE(colour.body.contains("calendar-color")) << colour.body.constData();
    EXPECT_TRUE(colour.body.contains("HTTP/1.1 403")) << colour.body.constData();
    EXPECT_FALSE(colour.body.contains("HTTP/1.1 200")) << colour.body.constData();
    EXPECT_FALSE(maarten.propfind(agenda, "0").body.contains("#FF0000"));

    // Signing in: a wrong password, a revoked one, a device's bearer token, none.
    EXPECT_EQ(DavClient(server, QStringLiteral("maarten"), QStringLiteral("spil-demo"))
                  .propfind(agenda, "0")
                  .status,
              401);
    EXPECT_EQ(
        DavClient(server, QStringLiteral("joris"), maarten.password()).propfind(agenda, "0").status,
        401);
    const DavClient revoked(server, QStringLiteral("maarten"));
    EXPECT_EQ(revoked.propfind(agenda, "0").status, 207);
    EXPECT_EQ(server.admin({QStringLiteral("app-password"), QStringLiteral("revoke"),
                            QStringLiteral("maarten"), revoked.deviceId()}),
              0);
    EXPECT_EQ(revoked.propfind(agenda, "0").status, 401);
    EXPECT_EQ(maarten.propfind(agenda, "0").status, 207);
    // An app password opens the calendar port only.
    EXPECT_EQ(
        server.request("GET", QStringLiteral("/v1/pull?since=0"), {}, maarten.password()).status,
        401);
    const HttpResult none =
        DavClient(server, QStringLiteral("maarten"), QString()).request("PROPFIND", agenda);
    EXPECT_EQ(none.status, 401);
    EXPECT_TRUE(none.header("WWW-Authenticate").startsWith("Basic"));
}

namespace {
// A command of a calendar tool, run to its end; its output is kept for the failure message.
struct Tool {
    int exitCode = -1;
    QByteArray output;
};
// Each tool keeps its caches in the test's folder (khal its database), not the user's.
Tool runTool(const QString &home, const QString &program, const QStringList &args,
             const QByteArray &input = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"})
        env.insert(QLatin1String(name), home);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!waitFor([&] { return p.state() == QProcess::NotRunning; }, 120000)) {
        p.kill();
        p.waitForFinished();
        return {-1, "timed out: " + p.readAll()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

bool installed(const char *program)
{
    return !QStandardPaths::findExecutable(QLatin1String(program)).isEmpty();
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}
} // namespace

// vdirsyncer keeps a folder of .ics files in step with the server both ways; khal reads
// the synced agenda and todoman ticks a task in it, which is then done on a Spil device.
TEST(CalDav, VdirsyncerKhalAndTodomanWorkOnTheSyncedFolder)
{
    for (const char *tool : {"vdirsyncer", "khal", "todoman"}) {
        if (!installed(tool))
            GTEST_SKIP() << tool << " is not installed (scripts/setup-debian.sh installs it)";
    }
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    const DavClient app(server, QStringLiteral("maarten"));
    SyncedDevice device(server, QStringLiteral("maarten"));
    ASSERT_TRUE(device.sync());
    const QString meeting = addAppointment(device, QStringLiteral("Jaargesprek met Sanne"), kAt);
    Task t;
    t.title = QStringLiteral("Toespraak nieuwjaarsborrel schrijven");
    t.assignee = device.personId();
    t.createdBy = device.personId();
    const QString task = TaskRepo(device.db()).add(t);
    ASSERT_TRUE(device.sync());

    QTemporaryDir dir;
    const QString root = dir.path();
    writeFile(root + QStringLiteral("/vdirsyncer.conf"),
              QStringLiteral("[general]\nstatus_path = \"%1/status/\"\n\n"
                             "[pair spil]\na = \"spil_folder\"\nb = \"spil_server\"\n"
                             "collections = [\"agenda\", \"tasks\"]\n"
                             "conflict_resolution = \"b wins\"\n\n"
                             "[storage spil_folder]\ntype = \"filesystem\"\n"
                             "path = \"%1/calendars/\"\nfileext = \".ics\"\n\n"
                             "[storage spil_server]\ntype = \"caldav\"\nurl = \"%2\"\n"
                             "username = \"maarten\"\npassword = \"%3\"\n")
                  .arg(root, app.url(), app.password())
                  .toUtf8());
    writeFile(root + QStringLiteral("/khal.conf"),
              QStringLiteral("[calendars]\n[[agenda]]\npath = %1/calendars/agenda/\n"
                             "type = calendar\n\n[locale]\ntimeformat = %H:%M\n"
                             "dateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
                             "datetimeformat = %Y-%m-%d %H:%M\n"
                             "longdatetimeformat = %Y-%m-%d %H:%M\ndefault_timezone = UTC\n"
                             "local_timezone = UTC\n\n[default]\ndefault_calendar = agenda\n")
                  .arg(root)
                  .toUtf8());
    writeFile(root + QStringLiteral("/todoman.py"),
              QStringLiteral("path = \"%1/calendars/*\"\ndate_format = \"%Y-%m-%d\"\n"
                             "time_format = \"%H:%M\"\ndefault_list = \"tasks\"\n"
                             "cache_path = \"%1/todoman.sqlite3\"\n")
                  .arg(root)
                  .toUtf8());
    const QStringList vdir{QStringLiteral("-c"), root + QStringLiteral("/vdirsyncer.conf")};
    // discover asks before it makes the local folders.
    const Tool discover =
        runTool(root, QStringLiteral("vdirsyncer"),
                vdir + QStringList{QStringLiteral("discover"), QStringLiteral("spil")}, "y\ny\n");
    ASSERT_EQ(discover.exitCode, 0) << discover.output.constData();
    const auto sync = [&] {
        const Tool s =
            runTool(root, QStringLiteral("vdirsyncer"), vdir + QStringList{QStringLiteral("sync")});
        EXPECT_EQ(s.exitCode, 0) << s.output.constData();
    };
    sync();
    EXPECT_TRUE(QFile::exists(root + QStringLiteral("/calendars/agenda/") + meeting +
                              QStringLiteral(".ics")));

    // khal reads the synced agenda.
    const Tool listed =
        runTool(root, QStringLiteral("khal"),
                {QStringLiteral("-c"), root + QStringLiteral("/khal.conf"), QStringLiteral("list"),
                 QStringLiteral("2027-01-15"), QStringLiteral("1d")});
    EXPECT_EQ(listed.exitCode, 0) << listed.output.constData();
    EXPECT_TRUE(listed.output.contains("08:00-09:00 Jaargesprek met Sanne"))
        << listed.output.constData();

    // A change on the device reaches the folder, and one in the folder reaches the device.
    AgendaRepo(device.db()).update(meeting, {.location = QStringLiteral("Kamer 5")});
    ASSERT_TRUE(device.sync());
    writeFile(root + QStringLiteral("/calendars/agenda/lunch@folder.ics"),
              eventIcs(QStringLiteral("lunch@folder"), QStringLiteral("Lunch uit de map"),
                       kAt + 4 * kHour, kAt + 5 * kHour));
    sync();
    QFile synced(root + QStringLiteral("/calendars/agenda/") + meeting + QStringLiteral(".ics"));
    ASSERT_TRUE(synced.open(QIODevice::ReadOnly));
    EXPECT_TRUE(synced.readAll().contains("LOCATION:Kamer 5"));

    // todoman ticks the task off.
    const QStringList todo{QStringLiteral("--config"), root + QStringLiteral("/todoman.py")};
    const Tool tasks =
        runTool(root, QStringLiteral("todoman"),
                todo + QStringList{QStringLiteral("--porcelain"), QStringLiteral("list")});
    ASSERT_EQ(tasks.exitCode, 0) << tasks.output.constData();
    QString todoId;
    for (const QJsonValue &v : QJsonDocument::fromJson(tasks.output).array()) {
        if (v.toObject().value(QStringLiteral("summary")).toString() == t.title)
            todoId = QString::number(v.toObject().value(QStringLiteral("id")).toInt());
    }
    ASSERT_FALSE(todoId.isEmpty()) << tasks.output.constData();
    const Tool done = runTool(root, QStringLiteral("todoman"),
                              todo + QStringList{QStringLiteral("done"), todoId});
    ASSERT_EQ(done.exitCode, 0) << done.output.constData();
    sync();

    ASSERT_TRUE(device.sync());
    EXPECT_TRUE(byTitle(device, QStringLiteral("Lunch uit de map")));
    EXPECT_EQ(TaskRepo(device.db()).byId(task)->status, TaskStatus::Done);
}

namespace {
// python3-caldav's session (dav/caldav_client.py): its exit code and what it printed.
Tool pythonCaldav(const DavClient &app, const QString &certificate = {})
{
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral(SPIL_DAV_SCRIPTS "/caldav_client.py"), app.url(), app.user(),
                     app.password()};
    if (!certificate.isEmpty())
        args << certificate;
    python.start(QStringLiteral("/usr/bin/python3"), args);
    if (!waitFor([&] { return python.state() == QProcess::NotRunning; }, 60000)) {
        python.kill();
        python.waitForFinished();
    }
    return {python.exitStatus() == QProcess::NormalExit ? python.exitCode() : -1, python.readAll()};
}
} // namespace

TEST(CalDav, PythonCaldavDiscoversCreatesChangesSyncsAndDeletes)
{
    if (!pythonHasCaldav())
        GTEST_SKIP() << "python3-caldav is not installed (scripts/setup-debian.sh installs it)";
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    const DavClient app(server, QStringLiteral("maarten"));
    const Tool run = pythonCaldav(app);
    EXPECT_EQ(run.exitCode, 0) << run.output.constData();
    EXPECT_TRUE(run.output.endsWith("done\n")) << run.output.constData();
}

TEST(CalDav, OverTlsTheAppTrustsOnlyTheServersCertificate)
{
    if (!pythonHasCaldav())
        GTEST_SKIP() << "python3-caldav is not installed (scripts/setup-debian.sh installs it)";
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    ASSERT_TRUE(openssl.waitForFinished(30000));
    ASSERT_EQ(openssl.exitCode(), 0);
    ServerProcess server(
        QStringLiteral(SPIL_SERVER_PATH),
        kDav + QStringList{QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    ASSERT_TRUE(server.davUrl().startsWith(QStringLiteral("https://")));
    const DavClient app(server, QStringLiteral("maarten"));
    const Tool trusted = pythonCaldav(app, cert);
    EXPECT_EQ(trusted.exitCode, 0) << trusted.output.constData();
    const Tool untrusted = pythonCaldav(app);
    EXPECT_NE(untrusted.exitCode, 0) << untrusted.output.constData();
    EXPECT_TRUE(untrusted.output.contains("CERTIFICATE_VERIFY_FAILED"))
        << untrusted.output.constData();

    // Without TLS the DAV port listens only on this machine, unless told otherwise.
    EXPECT_EQ(server.admin({QStringLiteral("serve"), QStringLiteral("--listen"),
                            QStringLiteral("192.0.2.1:0"), QStringLiteral("--dav-port"),
                            QStringLiteral("0")}),
              2);
}

TEST(CalDav, AUserMakesListsAndRevokesTheirOwnAppPasswords)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    const QString token = server.login(QStringLiteral("sanne"));
    const QString route = QStringLiteral("/v1/app-passwords");
    const HttpResult made = server.request("POST", route, R"({"label":"iPad"})", token);
    ASSERT_EQ(made.status, 200) << made.body.constData();
    const QString id = made.json().value(QStringLiteral("id")).toString();
    const DavClient ipad(server, QStringLiteral("sanne"),
                         made.json().value(QStringLiteral("password")).toString());
    EXPECT_EQ(ipad.propfind(agendaOf(QStringLiteral("sanne")), "0").status, 207);

    const HttpResult listed = server.request("GET", route, {}, token);
    const QJsonArray passwords = listed.json().value(QStringLiteral("app_passwords")).toArray();
    ASSERT_EQ(passwords.size(), 1);
    EXPECT_EQ(passwords[0].toObject().value(QStringLiteral("label")).toString(),
              QStringLiteral("iPad"));
    EXPECT_FALSE(listed.body.contains("password\":\""));
    // Nobody lists or revokes another's, and an app password manages none.
    EXPECT_TRUE(server.request("GET", route, {}, server.login(QStringLiteral("joris")))
                    .json()
                    .value(QStringLiteral("app_passwords"))
                    .toArray()
                    .isEmpty());
    EXPECT_EQ(server
                  .request("DELETE", route + QStringLiteral("?id=") + id, {},
                           server.login(QStringLiteral("joris")))
                  .status,
              404);
    EXPECT_EQ(server.request("GET", route, {}, ipad.password()).status, 401);
    EXPECT_EQ(server.request("POST", route, "[1]", token).status, 400);

    EXPECT_EQ(server.request("DELETE", route + QStringLiteral("?id=") + id, {}, token).status, 200);
    EXPECT_EQ(ipad.propfind(agendaOf(QStringLiteral("sanne")), "0").status, 401);
    EXPECT_TRUE(server.request("GET", route, {}, token)
                    .json()
                    .value(QStringLiteral("app_passwords"))
                    .toArray()
                    .isEmpty());
}

TEST(CalDav, ASyncReportNamesWhatLeftTheCalendarSinceItsToken)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(maarten.sync());
    const QString joris = server.personId(QStringLiteral("joris"));
    const QString meeting =
        addAppointment(maarten, QStringLiteral("Voortgang project"), kAt, {joris});
    const QString other =
        addAppointment(maarten, QStringLiteral("Kwartaalcijfers"), kAt + kHour, {joris});
    ASSERT_TRUE(maarten.sync());

    const DavClient app(server, QStringLiteral("joris"));
    const QByteArray first = "<d:sync-collection xmlns:d=\"DAV:\"><d:sync-token/><d:sync-level>1"
                             "</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>";
    const HttpResult all = app.request("REPORT", agendaOf(QStringLiteral("joris")), first);
    ASSERT_EQ(all.status, 207);
    EXPECT_TRUE(all.body.contains(meeting.toUtf8()));
    const QByteArray token =
        all.body.mid(all.body.indexOf("<d:sync-token>") + 14).split('<').first();

    // Joris no longer attends one (he loses sight of it); the other is deleted.
    AgendaRepo(maarten.db()).update(meeting, {.attendees = QStringList{}});
    AgendaRepo(maarten.db()).remove(other);
    ASSERT_TRUE(maarten.sync());
    QByteArray since = first;
    since.replace("<d:sync-token/>", "<d:sync-token>" + token + "</d:sync-token>");
    const HttpResult changed = app.request("REPORT", agendaOf(QStringLiteral("joris")), since);
    ASSERT_EQ(changed.status, 207);
    for (const QString &id : {meeting, other}) {
        const qsizetype at = changed.body.indexOf(id.toUtf8());
        ASSERT_GE(at, 0) << changed.body.constData();
        EXPECT_TRUE(changed.body.mid(at, 200).contains("404")) << changed.body.constData();
    }
    EXPECT_EQ(
        app.request("GET", agendaOf(QStringLiteral("joris")) + meeting + QStringLiteral(".ics"))
            .status,
        404);
}

// The server keeps each resource's text between requests: what a device changes (a title, a
// zone, confidentiality, an attendee's name, a deletion) is served at once, and a text kept
// for one reader never reaches another who may see less.
TEST(CalDav, KeptTextsFollowEveryChangeAndNeverReachAReaderWhoMaySeeLess)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH), kDav);
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    SyncedDevice fatima(server, QStringLiteral("fatima"));
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(fatima.sync());
    const QString joris = server.personId(QStringLiteral("joris"));
    const QString secret = addAppointment(maarten, QStringLiteral("Ontslaggesprek afdeling Inkoop"),
                                          kAt, {joris}, true);
    const QString open =
        addAppointment(maarten, QStringLiteral("Voortgang project"), kAt + 2 * kHour, {joris});
    ASSERT_TRUE(maarten.sync());
    const DavClient director(server, QStringLiteral("maarten"));
    const DavClient staff(server, QStringLiteral("joris"));
    const auto get = [](const DavClient &app, const QString &id) {
        return app.request("GET", agendaOf(app.user()) + id + QStringLiteral(".ics"));
    };

    // The director reads his meeting in full first, then the staff member only as busy time,
    // by GET and by multiget, and again in turns.
    for (int round = 0; round < 2; ++round) {
        const HttpResult full = get(director, secret);
        ASSERT_EQ(full.status, 200);
        EXPECT_TRUE(full.body.contains("Ontslaggesprek")) << full.body.constData();
        const HttpResult busy = get(staff, secret);
        ASSERT_EQ(busy.status, 200);
        EXPECT_TRUE(busy.body.contains("SUMMARY:Busy")) << busy.body.constData();
        EXPECT_FALSE(busy.body.contains("Ontslag"));
        const HttpResult both = multiget(staff, {secret, open});
        ASSERT_EQ(both.status, 207);
        EXPECT_FALSE(both.body.contains("Ontslag")) << both.body.constData();
        EXPECT_TRUE(both.body.contains("Voortgang project"));
        EXPECT_TRUE(both.body.contains("Europe/Amsterdam"));
    }
    EXPECT_TRUE(get(director, open).body.contains("CN=Joris"));

    // On the devices: a new title and zone, confidentiality lifted, an attendee renamed
    // (which leaves the meeting's version as it was).
    AgendaRepo(maarten.db())
        .update(open, {.title = QStringLiteral("Voortgang project Noord"),
                       .tz = QStringLiteral("America/New_York")});
    AgendaRepo(maarten.db()).update(secret, {.confidential = false});
    ASSERT_TRUE(maarten.sync());
    const HttpResult after = multiget(staff, {secret, open});
    ASSERT_EQ(after.status, 207);
    EXPECT_TRUE(after.body.contains("SUMMARY:Voortgang project Noord")) << after.body.constData();
    const HttpResult moved = get(staff, open);
    EXPECT_TRUE(moved.body.contains("TZID:America/New_York")) << moved.body.constData();
    EXPECT_FALSE(moved.body.contains("Europe/Amsterdam"));
    EXPECT_TRUE(after.body.contains("Ontslaggesprek"));
    EXPECT_TRUE(get(staff, secret).body.contains("Ontslaggesprek"));
    PeopleRepo(fatima.db()).update(joris, {{QStringLiteral("name"), QStringLiteral("Joris Mol")}});
    ASSERT_TRUE(fatima.sync());
    const HttpResult renamed = get(director, open);
    EXPECT_TRUE(renamed.body.contains("CN=Joris Mol")) << renamed.body.constData();

    // Deleted on the device: gone from GET and from multiget.
    AgendaRepo(maarten.db()).remove(open);
    ASSERT_TRUE(maarten.sync());
    EXPECT_EQ(get(staff, open).status, 404);
    const HttpResult gone = multiget(staff, {open, secret});
    ASSERT_EQ(gone.status, 207);
    EXPECT_FALSE(gone.body.contains("Voortgang")) << gone.body.constData();
    EXPECT_TRUE(gone.body.contains("404"));
    EXPECT_TRUE(gone.body.contains("Ontslaggesprek"));
}
