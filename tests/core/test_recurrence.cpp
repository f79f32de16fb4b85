// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/agenda/Recurrence.h"
#include "core/common/Error.h"

using namespace spil;
using namespace spil::test;

namespace {
const QTimeZone amsterdam("Europe/Amsterdam");
constexpr qint64 kHour = 3600 * 1000LL;
} // namespace

TEST(Recurrence, WeeklyMeetingKeepsItsWallClockTimeAcrossDst)
{
    // Mondays 09:00 in Amsterdam, from October into November 2026 (DST ends 25 October).
    const qint64 first = in("Europe/Amsterdam", "2026-10-12T09:00");
    const auto starts =
        expandRecurrence(QStringLiteral("FREQ=WEEKLY;BYDAY=MO"), first, kHour, amsterdam, first,
                         in("Europe/Amsterdam", "2026-11-10T00:00"));
    ASSERT_EQ(starts.size(), 5);
    for (qint64 s : starts)
        EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(s, amsterdam).time(), QTime(9, 0));
    EXPECT_EQ(starts[1] - starts[0], 7 * 24 * kHour);
    EXPECT_EQ(starts[2] - starts[1], 7 * 24 * kHour + kHour); // the week with the extra hour
}

TEST(Recurrence, HonoursCountAndUntilAndTheWindow)
{
    const qint64 first = in("Europe/Amsterdam", "2026-01-05T09:00");
    const auto counted = expandRecurrence(QStringLiteral("FREQ=DAILY;COUNT=3"), first, kHour,
                                          amsterdam, first, first + 100 * 24 * kHour);
    EXPECT_EQ(counted.size(), 3);
    const auto until = expandRecurrence(QStringLiteral("FREQ=DAILY;UNTIL=20260108T080000Z"), first,
                                        kHour, amsterdam, first, first + 100 * 24 * kHour);
    EXPECT_EQ(until.size(), 4); // 5, 6, 7 and 8 January at 09:00 (08:00 UTC)
    // A window far from the start: only its instances, found without walking every day.
    const qint64 from = in("Europe/Amsterdam", "2030-06-03T00:00");
    const auto window = expandRecurrence(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,WE"), first, kHour,
                                         amsterdam, from, from + 7 * 24 * kHour);
    ASSERT_EQ(window.size(), 2);
    EXPECT_EQ(window[0], in("Europe/Amsterdam", "2030-06-03T09:00"));
    EXPECT_EQ(window[1], in("Europe/Amsterdam", "2030-06-05T09:00"));
}

TEST(Recurrence, AnInstanceThatStartedBeforeTheWindowStillCounts)
{
    const qint64 first = in("Europe/Amsterdam", "2026-01-05T23:00");
    const auto starts = expandRecurrence(QStringLiteral("FREQ=DAILY"), first, 2 * kHour, amsterdam,
                                         in("Europe/Amsterdam", "2026-01-07T00:00"),
                                         in("Europe/Amsterdam", "2026-01-08T00:00"));
    ASSERT_EQ(starts.size(), 2);
    EXPECT_EQ(starts[0], in("Europe/Amsterdam", "2026-01-06T23:00"));
}

TEST(Recurrence, RejectsWhatIsNotAnRrule)
{
    QString why;
    EXPECT_TRUE(isValidRrule(QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1")));
    EXPECT_FALSE(isValidRrule(QStringLiteral("every monday"), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("RRULE")));
    EXPECT_FALSE(isValidRrule(QString()));
}

class RecurringAgenda : public StoreTest {};

TEST_F(RecurringAgenda, MovedAndCancelledInstancesReplaceTheirOriginals)
{
    const QString p = addPerson("Maarten Verhoeven", Role::Director);
    AgendaRepo agenda(*db);
    Appointment mt = appointment(p, "MT", in("Europe/Amsterdam", "2026-11-02T09:00"),
                                 in("Europe/Amsterdam", "2026-11-02T10:00"));
    mt.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=MO");
    const QString id = agenda.add(mt);
    agenda.moveInstance(id, in("Europe/Amsterdam", "2026-11-09T09:00"),
                        in("Europe/Amsterdam", "2026-11-10T14:00"),
                        in("Europe/Amsterdam", "2026-11-10T15:00"));
    agenda.cancelInstance(id, in("Europe/Amsterdam", "2026-11-16T09:00"));

    const auto occ = agenda.occurrences(p, in("Europe/Amsterdam", "2026-11-01T00:00"),
                                        in("Europe/Amsterdam", "2026-11-24T00:00"), amsterdam);
    ASSERT_EQ(occ.size(), 3);
    EXPECT_EQ(occ[0].startUtc, in("Europe/Amsterdam", "2026-11-02T09:00"));
    EXPECT_EQ(occ[1].startUtc, in("Europe/Amsterdam", "2026-11-10T14:00"));
    EXPECT_TRUE(occ[1].moved);
    EXPECT_EQ(occ[1].recurrenceIdUtc, in("Europe/Amsterdam", "2026-11-09T09:00"));
    EXPECT_EQ(occ[2].startUtc, in("Europe/Amsterdam", "2026-11-23T09:00"));

    // A window holding only the moved instance's new time finds it; its old slot is empty.
    const auto tuesday = agenda.occurrences(p, in("Europe/Amsterdam", "2026-11-10T00:00"),
                                            in("Europe/Amsterdam", "2026-11-11T00:00"), amsterdam);
    ASSERT_EQ(tuesday.size(), 1);
    EXPECT_TRUE(agenda
                    .occurrences(p, in("Europe/Amsterdam", "2026-11-09T00:00"),
                                 in("Europe/Amsterdam", "2026-11-10T00:00"), amsterdam)
                    .isEmpty());
}

TEST_F(RecurringAgenda, AnInvalidRruleIsRefusedWithItsReason)
{
    const QString p = addPerson("Maarten Verhoeven", Role::Director);
    Appointment a = appointment(p, "x", utc("2026-11-02T09:00:00Z"), utc("2026-11-02T10:00:00Z"));
    a.rrule = QStringLiteral("WEEKLY");
    try {
        AgendaRepo(*db).add(a);
        FAIL();
    } catch (const Error &e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_TRUE(e.message().contains(QStringLiteral("WEEKLY")));
    }
}

// A daily series from 2010 with one instance moved into a week of 2026: that instance and
// the week's own are all there, though some six thousand instances lie between (more than
// an expansion may make), and an instance "moved" from a time the rule never had is not.
TEST(Recurrence, AnInstanceMovedFromYearsAgoComesWithTheWindowsOwn)
{
    Appointment daily;
    daily.id = QStringLiteral("dagstart");
    daily.tz = QStringLiteral("Europe/Amsterdam");
    daily.startUtc = in("Europe/Amsterdam", "2010-01-04T08:30");
    daily.endUtc = daily.startUtc + kHour / 4;
    daily.rrule = QStringLiteral("FREQ=DAILY");
    InstanceChange moved;
    moved.originalStartUtc = in("Europe/Amsterdam", "2010-01-05T08:30");
    moved.startUtc = in("Europe/Amsterdam", "2026-10-21T14:00");
    moved.endUtc = moved.startUtc + kHour;
    InstanceChange stray = moved;
    stray.originalStartUtc = in("Europe/Amsterdam", "2010-01-05T10:00");
    stray.startUtc = in("Europe/Amsterdam", "2026-10-22T14:00");
    stray.endUtc = stray.startUtc + kHour;
    const auto week = seriesInstances(daily, {moved, stray}, amsterdam,
                                      in("Europe/Amsterdam", "2026-10-19T00:00"),
                                      in("Europe/Amsterdam", "2026-10-26T00:00"));
    ASSERT_EQ(week.size(), 8);
    EXPECT_EQ(week.first().recurrenceIdUtc, moved.originalStartUtc);
    EXPECT_TRUE(week.first().moved);
    EXPECT_EQ(week.first().startUtc, moved.startUtc);
    EXPECT_EQ(week[1].startUtc, in("Europe/Amsterdam", "2026-10-19T08:30"));
    EXPECT_EQ(week.last().startUtc, in("Europe/Amsterdam", "2026-10-25T08:30"));
}
