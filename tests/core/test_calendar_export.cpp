// SPDX-License-Identifier: GPL-3.0-or-later
// An agenda written as iCalendar (core/calendar): time zones, series with their moved and
// cancelled instances, all-day items, priority, status, attendees, confidentiality, tasks,
// and what a reader who may only see busy time receives.
#include "CalendarTest.h"

#include "core/calendar/CalendarExport.h"
#include "core/calendar/IcsExport.h"
#include "core/calendar/IcsTimeZones.h"
#include "core/tasks/TaskRepo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <libical/ical.h>

using namespace spil;
using namespace spil::test;

namespace {
class CalendarExport : public StoreTest {
protected:
    QByteArray exportOf(const QString &person, ExportOptions options = {})
    {
        return writeIcs(calendarFromStore(*db, person, options), clock.nowMs());
    }
    QString maarten = addPerson("Maarten Verhoeven", Role::Director);
    QString ingrid = addPerson("Ingrid Smit", Role::Director);
    AgendaRepo agenda{*db};
};
} // namespace

TEST_F(CalendarExport, LinesEndInCrlfAndAreFoldedAt75Octets)
{
    Appointment a = appointment(maarten, "Overleg", in("Europe/Amsterdam", "2026-12-02T10:00"),
                                in("Europe/Amsterdam", "2026-12-02T11:00"));
    a.notes = QString(300, QLatin1Char('x'));
    agenda.add(a);
    const QByteArray ics = exportOf(maarten);
    ASSERT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_FALSE(ics.contains("\n\n"));
    for (const QByteArray &line : ics.split('\n')) {
        EXPECT_TRUE(line.isEmpty() || line.endsWith('\r')) << line.constData();
        EXPECT_LE(line.size(), 76) << line.constData(); // 75 octets and the CR
    }
    EXPECT_TRUE(unfolded(ics).contains(QStringLiteral("DESCRIPTION:") + a.notes));
    // A file to share says it is published, as Outlook's and Google's exports do; the same
    // calendar as a CalDAV resource must not carry a METHOD.
    EXPECT_TRUE(ics.contains("\r\nMETHOD:PUBLISH\r\n"));
    const QByteArray resource =
        writeIcs(calendarFromStore(*db, maarten, {}), clock.nowMs(), IcsUse::CalDavResource);
    EXPECT_FALSE(resource.contains("METHOD:"));
    EXPECT_TRUE(resource.contains("SUMMARY:Overleg"));
}

TEST_F(CalendarExport, TimedEventsAreWrittenInTheirZoneWithAVTimezoneForEach)
{
    agenda.add(appointment(maarten, "Overleg", in("Europe/Amsterdam", "2026-12-02T10:00"),
                           in("Europe/Amsterdam", "2026-12-02T11:00")));
    agenda.add(appointment(maarten, "Investor breakfast",
                           in("America/New_York", "2026-12-08T09:00"),
                           in("America/New_York", "2026-12-08T10:30"), "America/New_York"));
    const QByteArray ics = exportOf(maarten);
    const auto zones = components(ics, QStringLiteral("VTIMEZONE"));
    ASSERT_EQ(zones.size(), 2);
    QStringList ids{zones[0].first(), zones[1].first()};
    ids.sort();
    EXPECT_EQ(ids, (QStringList{QStringLiteral("TZID:America/New_York"),
                                QStringLiteral("TZID:Europe/Amsterdam")}));
    const QStringList amsterdam =
        zones[0].first().endsWith(QStringLiteral("Amsterdam")) ? zones[0] : zones[1];
    EXPECT_TRUE(amsterdam.contains(QStringLiteral("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3")));
    EXPECT_TRUE(amsterdam.contains(QStringLiteral("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")));
    EXPECT_TRUE(amsterdam.contains(QStringLiteral("TZOFFSETTO:+0200")));
    const auto events = components(ics, QStringLiteral("VEVENT"));
    const QStringList ny = withSummary(events, QStringLiteral("Investor breakfast"));
    EXPECT_TRUE(ny.contains(QStringLiteral("DTSTART;TZID=America/New_York:20261208T090000")));
    EXPECT_TRUE(ny.contains(QStringLiteral("DTEND;TZID=America/New_York:20261208T103000")));
    const QStringList home = withSummary(events, QStringLiteral("Overleg"));
    EXPECT_TRUE(home.contains(QStringLiteral("DTSTART;TZID=Europe/Amsterdam:20261202T100000")));
}

TEST_F(CalendarExport, ASeriesCarriesItsRuleCancelledInstancesAndMovedOnes)
{
    Appointment weekly =
        appointment(maarten, "Weekstart", in("Europe/Amsterdam", "2026-11-30T09:00"),
                    in("Europe/Amsterdam", "2026-11-30T09:30"));
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=MO");
    const QString id = agenda.add(weekly);
    agenda.cancelInstance(id, in("Europe/Amsterdam", "2026-12-07T09:00"));
    agenda.changeOccurrence(id, in("Europe/Amsterdam", "2026-12-14T09:00"),
                            {.title = QStringLiteral("Weekstart (later)"),
                             .startUtc = in("Europe/Amsterdam", "2026-12-14T11:00"),
                             .endUtc = in("Europe/Amsterdam", "2026-12-14T11:30")});
    const auto events = components(exportOf(maarten), QStringLiteral("VEVENT"));
    ASSERT_EQ(events.size(), 2);
    const QStringList series = withSummary(events, QStringLiteral("Weekstart"));
    EXPECT_TRUE(series.contains(QStringLiteral("UID:") + id));
    EXPECT_TRUE(series.contains(QStringLiteral("RRULE:FREQ=WEEKLY;BYDAY=MO")));
    EXPECT_TRUE(series.contains(QStringLiteral("EXDATE;TZID=Europe/Amsterdam:20261207T090000")));
    const QStringList moved = withSummary(events, QStringLiteral("Weekstart (later)"));
    EXPECT_TRUE(moved.contains(QStringLiteral("UID:") + id));
    EXPECT_TRUE(
        moved.contains(QStringLiteral("RECURRENCE-ID;TZID=Europe/Amsterdam:20261214T090000")));
    EXPECT_TRUE(moved.contains(QStringLiteral("DTSTART;TZID=Europe/Amsterdam:20261214T110000")));
    EXPECT_FALSE(propertyNames(moved).contains(QStringLiteral("RRULE")));
}

TEST_F(CalendarExport, AnAllDayItemIsWrittenAsDatesAndLeavesTheTimeFree)
{
    Appointment closed = appointment(maarten, "Kantoor gesloten", utc("2026-12-24T00:00:00Z"),
                                     utc("2026-12-26T00:00:00Z"));
    closed.allDay = true;
    agenda.add(closed);
    const QByteArray ics = exportOf(maarten);
    const QStringList e =
        withSummary(components(ics, QStringLiteral("VEVENT")), QStringLiteral("Kantoor gesloten"));
    EXPECT_TRUE(e.contains(QStringLiteral("DTSTART;VALUE=DATE:20261224")));
    EXPECT_TRUE(e.contains(QStringLiteral("DTEND;VALUE=DATE:20261226")));
    EXPECT_TRUE(e.contains(QStringLiteral("TRANSP:TRANSPARENT")));
    EXPECT_TRUE(components(ics, QStringLiteral("VTIMEZONE")).isEmpty());
}

TEST_F(CalendarExport, PriorityStatusAttendeesAndConfidentialityAreKept)
{
    db->run(QStringLiteral("UPDATE people SET email = 'ingrid@spil.example' WHERE id = ?"),
            {ingrid});
    Appointment a = appointment(maarten, "Bestuur", in("Europe/Amsterdam", "2026-12-03T14:00"),
                                in("Europe/Amsterdam", "2026-12-03T16:00"));
    a.priority = AppointmentPriority::High;
    a.status = AppointmentStatus::Tentative;
    a.confidential = true;
    a.kind = AppointmentKind::Presentation;
    a.attendees = {ingrid, QStringLiteral("Jan Jansen"), QStringLiteral("petra@gemeente.example")};
    agenda.add(a);
    const QStringList e = withSummary(components(exportOf(maarten), QStringLiteral("VEVENT")),
                                      QStringLiteral("Bestuur"));
    EXPECT_TRUE(e.contains(QStringLiteral("PRIORITY:1")));
    EXPECT_TRUE(e.contains(QStringLiteral("STATUS:TENTATIVE")));
    EXPECT_TRUE(e.contains(QStringLiteral("CLASS:CONFIDENTIAL")));
    EXPECT_TRUE(e.contains(QStringLiteral("X-SPIL-KIND:presentation")));
    EXPECT_TRUE(e.contains(QStringLiteral("ATTENDEE;CN=Ingrid Smit:mailto:ingrid@spil.example")));
    EXPECT_TRUE(e.contains(QStringLiteral("ATTENDEE;CN=Jan Jansen:urn:x-spil:name:Jan%20Jansen")));
    EXPECT_TRUE(e.contains(QStringLiteral("ATTENDEE:mailto:petra@gemeente.example")));
}

TEST_F(CalendarExport, TasksGoOutAsTodosOnlyWhenAsked)
{
    TaskRepo tasks(*db);
    Task open;
    open.title = QStringLiteral("Taxi bestellen");
    open.assignee = maarten;
    open.urgent = true;
    open.dueUtc = utc("2026-11-27T16:00:00Z");
    tasks.add(open);
    Task done;
    done.title = QStringLiteral("Verslag lezen");
    done.assignee = maarten;
    const QString doneId = tasks.add(done);
    clock.set(utc("2026-11-26T09:30:00Z"));
    tasks.markDone(doneId);

    EXPECT_TRUE(components(exportOf(maarten), QStringLiteral("VTODO")).isEmpty());
    const auto todos = components(exportOf(maarten, {.tasks = true}), QStringLiteral("VTODO"));
    ASSERT_EQ(todos.size(), 2);
    const QStringList taxi = withSummary(todos, QStringLiteral("Taxi bestellen"));
    EXPECT_TRUE(taxi.contains(QStringLiteral("DUE:20261127T160000Z")));
    EXPECT_TRUE(taxi.contains(QStringLiteral("STATUS:NEEDS-ACTION")));
    EXPECT_TRUE(taxi.contains(QStringLiteral("PRIORITY:1")));
    const QStringList verslag = withSummary(todos, QStringLiteral("Verslag lezen"));
    EXPECT_TRUE(verslag.contains(QStringLiteral("STATUS:COMPLETED")));
    EXPECT_TRUE(verslag.contains(QStringLiteral("COMPLETED:20261126T093000Z")));
}

TEST_F(CalendarExport, AWindowLeavesOutWhatLiesOutsideIt)
{
    agenda.add(appointment(maarten, "Vroeg", in("Europe/Amsterdam", "2026-11-02T10:00"),
                           in("Europe/Amsterdam", "2026-11-02T11:00")));
    agenda.add(appointment(maarten, "Binnen", in("Europe/Amsterdam", "2026-12-02T10:00"),
                           in("Europe/Amsterdam", "2026-12-02T11:00")));
    Appointment ended =
        appointment(maarten, "Afgelopen reeks", in("Europe/Amsterdam", "2026-10-05T09:00"),
                    in("Europe/Amsterdam", "2026-10-05T09:30"));
    ended.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=3");
    agenda.add(ended);
    Appointment running = ended;
    running.title = QStringLiteral("Lopende reeks");
    running.rrule = QStringLiteral("FREQ=WEEKLY");
    agenda.add(running);
    const auto events = components(exportOf(maarten, {.fromUtc = utc("2026-12-01T00:00:00Z"),
                                                      .toUtc = utc("2026-12-08T00:00:00Z")}),
                                   QStringLiteral("VEVENT"));
    QStringList titles;
    for (const QStringList &e : events)
        titles << e.filter(QRegularExpression(QStringLiteral("^SUMMARY:"))).value(0);
    titles.sort();
    EXPECT_EQ(titles, (QStringList{QStringLiteral("SUMMARY:Binnen"),
                                   QStringLiteral("SUMMARY:Lopende reeks")}));
}

// A staff member's store holds a director's confidential appointment as the server sent it:
// a redacted copy. It goes out as busy time and nothing else.
TEST_F(CalendarExport, ARedactedCopyGoesOutAsBusyAndNothingMore)
{
    const QString id = db->newId();
    {
        Database::Transaction tx(*db, Database::Transaction::TrustServerOrder);
        db->applyRemote(QStringLiteral("appointments"), id,
                        {{QStringLiteral("owner"), ingrid},
                         {QStringLiteral("title"), QString()},
                         {QStringLiteral("location"), QString()},
                         {QStringLiteral("notes"), QString()},
                         {QStringLiteral("attendees"), QJsonArray()},
                         {QStringLiteral("confidential"), true},
                         {QStringLiteral("start_utc"), in("Europe/Amsterdam", "2026-12-03T14:00")},
                         {QStringLiteral("end_utc"), in("Europe/Amsterdam", "2026-12-03T16:00")},
                         {QStringLiteral("tz"), QStringLiteral("Europe/Amsterdam")},
                         {QStringLiteral("rrule"), QStringLiteral("FREQ=WEEKLY;COUNT=2")}},
                        false);
        tx.commit();
    }
    const auto events = components(exportOf(ingrid), QStringLiteral("VEVENT"));
    ASSERT_EQ(events.size(), 1);
    QStringList names = propertyNames(events[0]);
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("DTEND"), QStringLiteral("DTSTAMP"),
                                  QStringLiteral("DTSTART"), QStringLiteral("RRULE"),
                                  QStringLiteral("SUMMARY"), QStringLiteral("TRANSP"),
                                  QStringLiteral("UID")}));
    EXPECT_TRUE(events[0].contains(QStringLiteral("SUMMARY:Busy")));
    EXPECT_TRUE(events[0].contains(QStringLiteral("TRANSP:OPAQUE")));
    EXPECT_TRUE(
        events[0].contains(QStringLiteral("DTSTART;TZID=Europe/Amsterdam:20261203T140000")));
}

TEST_F(CalendarExport, TheOwnersConfidentialAppointmentGoesOutInFull)
{
    Appointment a =
        appointment(ingrid, "Gesprek met de raad", in("Europe/Amsterdam", "2026-12-03T14:00"),
                    in("Europe/Amsterdam", "2026-12-03T16:00"));
    a.confidential = true;
    a.notes = QStringLiteral("Over de fusie");
    agenda.add(a);
    const auto events = components(exportOf(ingrid), QStringLiteral("VEVENT"));
    ASSERT_EQ(events.size(), 1);
    EXPECT_TRUE(events[0].contains(QStringLiteral("SUMMARY:Gesprek met de raad")));
    EXPECT_TRUE(events[0].contains(QStringLiteral("DESCRIPTION:Over de fusie")));
    EXPECT_TRUE(events[0].contains(QStringLiteral("CLASS:CONFIDENTIAL")));
}

TEST(CalendarTimeZones, AZoneIsWrittenTheSameEachTimeAndNeverWithAnotherStretchsRules)
{
    const auto text = [](const char *zone, const char *atUtc) {
        icalcomponent *vtz = makeVTimezone(
            QLatin1String(zone),
            QDateTime::fromString(QLatin1String(atUtc), Qt::ISODate).toMSecsSinceEpoch());
        const QByteArray out(icalcomponent_as_ical_string(vtz));
        icalcomponent_free(vtz);
        return out;
    };
    const QByteArray amsterdam = text("Europe/Amsterdam", "2026-12-02T10:00:00Z");
    EXPECT_TRUE(amsterdam.contains("TZID:Europe/Amsterdam"));
    EXPECT_TRUE(amsterdam.contains("BEGIN:DAYLIGHT"));
    EXPECT_EQ(text("Europe/Amsterdam", "2026-03-01T10:00:00Z"), amsterdam);
    const QByteArray newYork = text("America/New_York", "2026-12-02T10:00:00Z");
    EXPECT_TRUE(newYork.contains("TZID:America/New_York"));
    EXPECT_FALSE(newYork.contains("Amsterdam"));
    EXPECT_EQ(text("Europe/Amsterdam", "2026-07-01T10:00:00Z"), amsterdam);
    // São Paulo ended DST on 17 February 2019: one transition that year, and each side of it
    // keeps its own offset.
    const QByteArray summer = text("America/Sao_Paulo", "2019-01-10T12:00:00Z");
    const QByteArray after = text("America/Sao_Paulo", "2019-06-10T12:00:00Z");
    EXPECT_TRUE(summer.contains("TZOFFSETTO:-0200")) << summer.constData();
    EXPECT_TRUE(after.contains("TZOFFSETTO:-0300")) << after.constData();
    EXPECT_EQ(text("America/Sao_Paulo", "2019-01-20T12:00:00Z"), summer);
    EXPECT_EQ(text("America/Sao_Paulo", "2019-11-20T12:00:00Z"), after);
}
