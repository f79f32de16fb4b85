// SPDX-License-Identifier: GPL-3.0-or-later
// A calendar written with its series expanded into instances (RFC 4791, 9.6.5), as a
// CalDAV client asks that cannot recur a rule itself: every instance in the window with
// its RECURRENCE-ID, in UTC, with the series' changes, and no rule, exception or zone.
#include "CalendarTest.h"

#include "core/calendar/IcsExport.h"

using namespace spil;
using namespace spil::test;

namespace {
const QString kZone = QStringLiteral("Europe/Amsterdam");

CalendarEvent event(const char *id, const char *title, qint64 start, qint64 end)
{
    CalendarEvent e;
    e.appointment.id = QString::fromLatin1(id);
    e.appointment.title = QString::fromUtf8(title);
    e.appointment.tz = kZone;
    e.appointment.startUtc = start;
    e.appointment.endUtc = end;
    return e;
}

// Mondays at 09:00 in Amsterdam from 12 October 2026; summer time ends on 25 October.
CalendarEvent weekly()
{
    CalendarEvent e = event("weekstart", "Weekstart", in("Europe/Amsterdam", "2026-10-12T09:00"),
                            in("Europe/Amsterdam", "2026-10-12T09:30"));
    e.appointment.rrule = QStringLiteral("FREQ=WEEKLY");
    return e;
}

InstanceChange change(const char *original)
{
    InstanceChange c;
    c.originalStartUtc = in("Europe/Amsterdam", original);
    return c;
}

QByteArray expanded(const CalendarData &data, const char *from, const char *to)
{
    return writeIcs(data, utc("2026-10-01T00:00:00Z"), IcsUse::CalDavResource,
                    IcsExpansion{utc(from), utc(to)});
}

QStringList withRecurrenceId(const QList<QStringList> &events, const QString &id)
{
    for (const QStringList &e : events) {
        if (e.contains(QStringLiteral("RECURRENCE-ID:") + id))
            return e;
    }
    return {};
}
} // namespace

TEST(CalendarExpand, ASeriesBecomesItsInstancesInTheWindowInUtcAcrossTheClockChange)
{
    CalendarData data;
    data.events << weekly();
    const QByteArray ics = expanded(data, "2026-10-19T00:00:00Z", "2026-11-03T00:00:00Z");
    const auto events = components(ics, QStringLiteral("VEVENT"));
    ASSERT_EQ(events.size(), 3) << ics.constData();
    // 09:00 in Amsterdam is 07:00 UTC in summer time and 08:00 UTC after it.
    const QStringList summer = withRecurrenceId(events, QStringLiteral("20261019T070000Z"));
    EXPECT_TRUE(summer.contains(QStringLiteral("DTSTART:20261019T070000Z")));
    EXPECT_TRUE(summer.contains(QStringLiteral("DTEND:20261019T073000Z")));
    const QStringList winter = withRecurrenceId(events, QStringLiteral("20261026T080000Z"));
    EXPECT_TRUE(winter.contains(QStringLiteral("DTSTART:20261026T080000Z")));
    EXPECT_FALSE(withRecurrenceId(events, QStringLiteral("20261102T080000Z")).isEmpty());
    for (const QStringList &e : events) {
        EXPECT_TRUE(e.contains(QStringLiteral("UID:weekstart")));
        EXPECT_TRUE(e.contains(QStringLiteral("SUMMARY:Weekstart")));
        const QStringList names = propertyNames(e);
        EXPECT_FALSE(names.contains(QStringLiteral("RRULE")));
        EXPECT_FALSE(names.contains(QStringLiteral("EXDATE")));
    }
    EXPECT_FALSE(ics.contains("TZID")) << ics.constData();
    EXPECT_TRUE(components(ics, QStringLiteral("VTIMEZONE")).isEmpty());
}

TEST(CalendarExpand, ChangedInstancesAreWrittenAsChangedAndCancelledOnesNotAtAll)
{
    CalendarEvent e = weekly();
    InstanceChange cancelled = change("2026-10-26T09:00");
    cancelled.cancelled = true;
    InstanceChange retitled = change("2026-11-02T09:00");
    retitled.title = QStringLiteral("Weekstart met de raad");
    retitled.location = QStringLiteral("Raadzaal");
    // From far outside the window into it, and from inside it to far away.
    InstanceChange movedIn = change("2026-12-07T09:00");
    movedIn.startUtc = in("Europe/Amsterdam", "2026-10-21T14:00");
    movedIn.endUtc = in("Europe/Amsterdam", "2026-10-21T15:00");
    InstanceChange movedOut = change("2026-10-19T09:00");
    movedOut.startUtc = in("Europe/Amsterdam", "2026-12-20T09:00");
    movedOut.endUtc = in("Europe/Amsterdam", "2026-12-20T09:30");
    e.instances = {cancelled, retitled, movedIn, movedOut};
    CalendarData data;
    data.events << e;
    const QByteArray ics = expanded(data, "2026-10-19T00:00:00Z", "2026-11-03T00:00:00Z");
    const auto events = components(ics, QStringLiteral("VEVENT"));
    ASSERT_EQ(events.size(), 2) << ics.constData();
    const QStringList moved = withRecurrenceId(events, QStringLiteral("20261207T080000Z"));
    EXPECT_TRUE(moved.contains(QStringLiteral("DTSTART:20261021T120000Z"))) << ics.constData();
    EXPECT_TRUE(moved.contains(QStringLiteral("DTEND:20261021T130000Z")));
    const QStringList board = withRecurrenceId(events, QStringLiteral("20261102T080000Z"));
    EXPECT_TRUE(board.contains(QStringLiteral("SUMMARY:Weekstart met de raad")));
    EXPECT_TRUE(board.contains(QStringLiteral("LOCATION:Raadzaal")));
    EXPECT_TRUE(withRecurrenceId(events, QStringLiteral("20261026T080000Z")).isEmpty());
    EXPECT_TRUE(withRecurrenceId(events, QStringLiteral("20261019T070000Z")).isEmpty());
}

TEST(CalendarExpand, OneOffsInTheWindowAreInUtcAllDayItemsStayDatesAndBusyStaysBusy)
{
    CalendarData data;
    const CalendarEvent meeting =
        event("overleg", "Overleg", in("Europe/Amsterdam", "2026-10-20T10:00"),
              in("Europe/Amsterdam", "2026-10-20T11:00"));
    CalendarEvent home =
        event("thuis", "Thuiswerkdag", utc("2026-10-16T00:00:00Z"), utc("2026-10-17T00:00:00Z"));
    home.appointment.allDay = true;
    home.appointment.rrule = QStringLiteral("FREQ=WEEKLY");
    CalendarEvent hidden = weekly();
    hidden.appointment.id = QStringLiteral("verborgen");
    hidden.appointment.title.clear();
    hidden.appointment.confidential = true;
    hidden.busyOnly = true;
    const CalendarEvent later = event("later", "Later", in("Europe/Amsterdam", "2026-10-30T10:00"),
                                      in("Europe/Amsterdam", "2026-10-30T11:00"));
    data.events << meeting << home << hidden << later;
    const QByteArray ics = expanded(data, "2026-10-19T00:00:00Z", "2026-10-26T00:00:00Z");
    const auto events = components(ics, QStringLiteral("VEVENT"));
    ASSERT_EQ(events.size(), 3) << ics.constData();
    const QStringList overleg = withSummary(events, QStringLiteral("Overleg"));
    EXPECT_TRUE(overleg.contains(QStringLiteral("DTSTART:20261020T080000Z")));
    EXPECT_FALSE(propertyNames(overleg).contains(QStringLiteral("RECURRENCE-ID")));
    const QStringList friday = withSummary(events, QStringLiteral("Thuiswerkdag"));
    EXPECT_TRUE(friday.contains(QStringLiteral("RECURRENCE-ID;VALUE=DATE:20261023")));
    EXPECT_TRUE(friday.contains(QStringLiteral("DTSTART;VALUE=DATE:20261023")));
    EXPECT_TRUE(friday.contains(QStringLiteral("DTEND;VALUE=DATE:20261024")));
    const QStringList busy = withSummary(events, QStringLiteral("Busy"));
    QStringList names = propertyNames(busy);
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("DTEND"), QStringLiteral("DTSTAMP"),
                                  QStringLiteral("DTSTART"), QStringLiteral("RECURRENCE-ID"),
                                  QStringLiteral("SUMMARY"), QStringLiteral("TRANSP"),
                                  QStringLiteral("UID")}));
}
