// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/shell/Display.h"
#include "qml/shell/MinuteTicker.h"

#include <QDateTime>
#include <QLocale>
#include <gtest/gtest.h>

using namespace spil::qml;

namespace {
qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}
const QTimeZone kAmsterdam(QByteArrayLiteral("Europe/Amsterdam"));
const QTimeZone kNewYork(QByteArrayLiteral("America/New_York"));
const QTimeZone kLondon(QByteArrayLiteral("Europe/London"));
} // namespace

// The time at home stands beside the local one only where the clocks read otherwise, on the
// day itself: London and Amsterdam differ all year, New York and Amsterdam too, but
// Amsterdam read in Amsterdam, or a home that cannot be read, not at all.
TEST(Display, TheTimeAtHomeOnlyWhereTheClocksDiffer)
{
    const qint64 from = utc("2026-12-08T14:00:00Z");
    const qint64 to = utc("2026-12-08T15:00:00Z");
    EXPECT_EQ(display::homeTimeRange(from, to, kAmsterdam, kNewYork),
              QStringLiteral("15:00 – 16:00"));
    EXPECT_EQ(display::timeRange(from, to, kNewYork), QStringLiteral("09:00 – 10:00"));
    EXPECT_TRUE(display::clocksDiffer(kAmsterdam, kLondon, from));
    EXPECT_EQ(display::homeTimeRange(from, to, kAmsterdam, kAmsterdam), QString());
    EXPECT_FALSE(
        display::clocksDiffer(QTimeZone(QByteArrayLiteral("Nowhere/Atlantis")), kNewYork, from));
    EXPECT_EQ(display::homeTimeRange(from, to, QTimeZone(QByteArrayLiteral("Nowhere/Atlantis")),
                                     kNewYork),
              QString());
    // In the weeks when America has moved its clocks and Europe has not, New York is five
    // hours behind instead of six: the offset of the day counts.
    const qint64 march = utc("2026-03-20T13:00:00Z");
    EXPECT_EQ(display::homeTimeRange(march, march + 3'600'000, kAmsterdam, kNewYork),
              QStringLiteral("14:00 – 15:00"));
    EXPECT_EQ(display::timeRange(march, march + 3'600'000, kNewYork),
              QStringLiteral("09:00 – 10:00"));
}

// An evening in New York is the small hours of the next day at home: the home time says
// that day, or 01:00 would be read as the night before the meeting.
TEST(Display, AHomeTimePastMidnightSaysItsDay)
{
    const qint64 from = utc("2026-12-08T00:00:00Z"); // Mon 19:00 in New York, Tue 01:00 at home
    EXPECT_EQ(display::homeTimeRange(from, from + 3'600'000, kAmsterdam, kNewYork),
              QLocale().toString(QDate(2026, 12, 8), QStringLiteral("ddd")) +
                  QStringLiteral(" 01:00 – 02:00"));
    // The other way round, home may still be in yesterday.
    EXPECT_EQ(display::homeTimeRange(from, from + 3'600'000, kNewYork, kAmsterdam),
              QLocale().toString(QDate(2026, 12, 7), QStringLiteral("ddd")) +
                  QStringLiteral(" 19:00 – 20:00"));
    // On the same day at both, the time alone.
    EXPECT_EQ(
        display::homeTimeRange(from - 6 * 3'600'000, from - 5 * 3'600'000, kNewYork, kAmsterdam),
        QStringLiteral("13:00 – 14:00"));
}

// A task due abroad says when that is at home too, with the day where the day differs.
TEST(Display, ADueTimeAbroadAlsoSaysItsTimeAtHome)
{
    const qint64 now = utc("2026-12-08T14:00:00Z");
    EXPECT_EQ(display::dueWithHome(utc("2026-12-08T21:00:00Z"), now, kNewYork, kAmsterdam),
              QStringLiteral("16:00 · home 22:00"));
    EXPECT_EQ(display::dueWithHome(utc("2026-12-08T23:30:00Z"), now, kNewYork, kAmsterdam),
              QStringLiteral("18:30 · home tomorrow 00:30"));
    EXPECT_EQ(display::dueWithHome(utc("2026-12-08T21:00:00Z"), now, kAmsterdam, kAmsterdam),
              QStringLiteral("22:00"));
    // The home part alone, as a list row puts it last: the time on the same day.
    EXPECT_EQ(display::homeDue(utc("2026-12-08T21:00:00Z"), now, kNewYork, kAmsterdam),
              QStringLiteral("22:00"));
    EXPECT_EQ(display::homeDue(utc("2026-12-08T23:30:00Z"), now, kNewYork, kAmsterdam),
              QStringLiteral("tomorrow 00:30"));
    EXPECT_EQ(display::homeDue(utc("2026-12-08T21:00:00Z"), now, kAmsterdam, kAmsterdam),
              QString());
}

// A page's clock turns just after the wall clock's minute does, not up to a minute later.
TEST(MinuteTicker, WaitsUntilJustAfterTheNextFullMinute)
{
    using spil::qml::MinuteTicker;
    const qint64 nineOClock = 1796544000000; // a whole minute
    EXPECT_GT(MinuteTicker::msToNextMinute(nineOClock), 60000);
    EXPECT_LE(MinuteTicker::msToNextMinute(nineOClock), 60100);
    EXPECT_GT(MinuteTicker::msToNextMinute(nineOClock + 59000), 1000);
    EXPECT_LE(MinuteTicker::msToNextMinute(nineOClock + 59000), 1100);
    EXPECT_EQ(MinuteTicker::msToNextMinute(nineOClock + 30000),
              MinuteTicker::msToNextMinute(nineOClock + 90000));
}
