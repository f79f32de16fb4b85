// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/agenda/AgendaRules.h"

using namespace spil;
using namespace spil::test;

class TimeZones : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        maarten = addPerson("Maarten Verhoeven", Role::Director);
    }
    AgendaRepo agenda{*db};
    QString maarten;
    const QTimeZone amsterdam{"Europe/Amsterdam"};
    const QTimeZone newYork{"America/New_York"};
};

TEST_F(TimeZones, ADirectorInNewYorkReadsAnAmsterdamMeetingInLocalTime)
{
    agenda.add(appointment(maarten, "MT", in("Europe/Amsterdam", "2026-12-07T09:00"),
                           in("Europe/Amsterdam", "2026-12-07T10:30")));
    AgendaRules rules(*db, agenda);
    // 09:00 in Amsterdam is 03:00 in New York, on the same date.
    const auto day = rules.day(maarten, QDate(2026, 12, 7), newYork);
    ASSERT_EQ(day.size(), 1);
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(day[0].startUtc, newYork);
    EXPECT_EQ(local.time(), QTime(3, 0));
    EXPECT_EQ(local.date(), QDate(2026, 12, 7));
    EXPECT_EQ(day[0].appointment.tz, QStringLiteral("Europe/Amsterdam"));
    // An Amsterdam evening meeting falls on the New York afternoon, not the next day.
    agenda.add(appointment(maarten, "Diner", in("Europe/Amsterdam", "2026-12-07T23:30"),
                           in("Europe/Amsterdam", "2026-12-08T01:00")));
    EXPECT_EQ(rules.day(maarten, QDate(2026, 12, 7), newYork).size(), 2);
    EXPECT_EQ(rules.day(maarten, QDate(2026, 12, 7), amsterdam).size(), 2); // runs past midnight
    EXPECT_EQ(rules.day(maarten, QDate(2026, 12, 8), amsterdam).size(), 1);
    EXPECT_TRUE(rules.day(maarten, QDate(2026, 12, 8), newYork).isEmpty());
}

TEST_F(TimeZones, ADayThatSpansADstChangeHasItsRealLength)
{
    // 25 October 2026: clocks in Amsterdam go back, the day has 25 hours.
    const qint64 start = startOfDay(QDate(2026, 10, 25), amsterdam);
    const qint64 end = startOfDay(QDate(2026, 10, 26), amsterdam);
    EXPECT_EQ(end - start, 25 * 3600 * 1000LL);
    EXPECT_EQ(startOfDay(QDate(2026, 3, 30), amsterdam) - startOfDay(QDate(2026, 3, 29), amsterdam),
              23 * 3600 * 1000LL);
    // The late evening of the long day belongs to it and not to the next.
    agenda.add(appointment(maarten, "Laat", in("Europe/Amsterdam", "2026-10-25T23:15"),
                           in("Europe/Amsterdam", "2026-10-25T23:45")));
    AgendaRules rules(*db, agenda);
    EXPECT_EQ(rules.day(maarten, QDate(2026, 10, 25), amsterdam).size(), 1);
    EXPECT_TRUE(rules.day(maarten, QDate(2026, 10, 26), amsterdam).isEmpty());
}

TEST_F(TimeZones, AnAllDayItemStaysOnItsDateInEveryZone)
{
    Appointment move =
        appointment(maarten, "Verhuisdag", startOfDay(QDate(2026, 12, 10), QTimeZone::utc()),
                    startOfDay(QDate(2026, 12, 11), QTimeZone::utc()));
    move.allDay = true;
    agenda.add(move);
    AgendaRules rules(*db, agenda);
    for (const char *zone :
         {"Pacific/Auckland", "Europe/Amsterdam", "America/New_York", "Pacific/Honolulu"}) {
        const QTimeZone z(zone);
        const auto day = rules.day(maarten, QDate(2026, 12, 10), z);
        ASSERT_EQ(day.size(), 1) << zone;
        EXPECT_EQ(day[0].startUtc, startOfDay(QDate(2026, 12, 10), z)) << zone;
        EXPECT_TRUE(rules.day(maarten, QDate(2026, 12, 9), z).isEmpty()) << zone;
        EXPECT_TRUE(rules.day(maarten, QDate(2026, 12, 11), z).isEmpty()) << zone;
    }
    // All-day items do not make a person busy.
    agenda.add(appointment(maarten, "Overleg", in("Europe/Amsterdam", "2026-12-10T10:00"),
                           in("Europe/Amsterdam", "2026-12-10T11:00")));
    EXPECT_TRUE(rules
                    .conflicts(maarten, startOfDay(QDate(2026, 12, 10), amsterdam),
                               startOfDay(QDate(2026, 12, 11), amsterdam))
                    .isEmpty());
}

TEST_F(TimeZones, ParsesAndFormatsInstantsWithTheirZone)
{
    EXPECT_EQ(parseInstant(QStringLiteral("2026-12-07T09:00"), amsterdam),
              parseInstant(QStringLiteral("2026-12-07T08:00:00Z"), QTimeZone::utc()));
    EXPECT_EQ(parseInstant(QStringLiteral("2026-12-07T03:00-05:00"), amsterdam),
              parseInstant(QStringLiteral("2026-12-07T08:00Z"), amsterdam));
    EXPECT_EQ(
        formatInstant(parseInstant(QStringLiteral("2026-07-01T12:00Z"), amsterdam), amsterdam),
        QStringLiteral("2026-07-01T14:00:00+02:00"));
    EXPECT_EQ(formatInstant(0, QTimeZone::utc()), QStringLiteral("1970-01-01T00:00:00Z"));
    EXPECT_THROW(parseInstant(QStringLiteral("morgen om negen"), amsterdam), Error);
    EXPECT_THROW(parseInstant(QStringLiteral("2026-02-30T09:00"), amsterdam), Error);
    EXPECT_THROW(zoneOrFail(QStringLiteral("Europe/Atlantis")), Error);
}

TEST(WallClock, NineOClockIsNineOnDstDaysAndTwentyFourIsTheNextMidnight)
{
    const QTimeZone amsterdam("Europe/Amsterdam");
    EXPECT_EQ(spil::atWallClock(QDate(2027, 3, 28), 9 * 60, amsterdam),
              spil::parseInstant(QStringLiteral("2027-03-28T09:00:00+02:00"), amsterdam));
    EXPECT_EQ(spil::atWallClock(QDate(2026, 10, 25), 9 * 60, amsterdam),
              spil::parseInstant(QStringLiteral("2026-10-25T09:00:00+01:00"), amsterdam));
    EXPECT_EQ(spil::atWallClock(QDate(2026, 12, 4), 24 * 60, amsterdam),
              spil::parseInstant(QStringLiteral("2026-12-05T00:00:00+01:00"), amsterdam));
    EXPECT_EQ(
        spil::wallClockMinutes(
            spil::parseInstant(QStringLiteral("2027-03-28T09:30:00+02:00"), amsterdam), amsterdam),
        9 * 60 + 30);
}
