// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/store/Hlc.h"
#include "core/store/Uuid7.h"

#include <QSet>

using namespace spil;
using namespace spil::test;

TEST(Uuid7, CarriesVersionVariantAndTime)
{
    const qint64 ms = utc("2026-11-26T08:00:00Z");
    const QString id = makeUuid7(ms);
    ASSERT_TRUE(isUuid(id)) << id.toStdString();
    EXPECT_EQ(id[14], QLatin1Char('7'));
    EXPECT_TRUE(QStringLiteral("89ab").contains(id[19]));
    const QString hexMs = id.left(8) + id.mid(9, 4);
    EXPECT_EQ(hexMs.toLongLong(nullptr, 16), ms);
}

TEST(Uuid7, SortsByCreationTimeAndIsUnique)
{
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 2000; ++i) {
        const QString id = makeUuid7(1'700'000'000'000 + i);
        EXPECT_FALSE(seen.contains(id));
        seen.insert(id);
        EXPECT_LT(previous, id);
        previous = id;
    }
}

TEST(Hlc, RisesWhileTheWallClockStandsStillOrGoesBack)
{
    ManualClock clock(1000);
    Hlc hlc(clock, QStringLiteral("a"));
    const HlcStamp s1 = hlc.tick();
    const HlcStamp s2 = hlc.tick();
    clock.set(500); // set back by NTP
    const HlcStamp s3 = hlc.tick();
    EXPECT_LT(s1, s2);
    EXPECT_LT(s2, s3);
    EXPECT_EQ(s3.ms, 1000);
    EXPECT_EQ(s3.counter, 2);
    clock.set(2000);
    const HlcStamp s4 = hlc.tick();
    EXPECT_EQ(s4.ms, 2000);
    EXPECT_EQ(s4.counter, 0);
}

TEST(Hlc, ObservedRemoteStampsOrderLaterLocalOnes)
{
    ManualClock clock(1000);
    Hlc hlc(clock, QStringLiteral("a"));
    hlc.observe(HlcStamp{5000, 7, QStringLiteral("b")});
    const HlcStamp next = hlc.tick();
    EXPECT_EQ(next.ms, 5000);
    EXPECT_EQ(next.counter, 8);
}

TEST(Hlc, TextFormSortsLikeTheStampAndParsesBack)
{
    const HlcStamp a{0x17f00000000, 0xffff, QStringLiteral("client-a")};
    const HlcStamp b{0x17f00000001, 0, QStringLiteral("client-a")};
    EXPECT_LT(a.toString(), b.toString());
    HlcStamp parsed;
    ASSERT_TRUE(HlcStamp::parse(a.toString(), &parsed));
    EXPECT_EQ(parsed, a);
    EXPECT_FALSE(HlcStamp::parse(QStringLiteral("not-a-stamp"), &parsed));
    EXPECT_FALSE(HlcStamp::parse(QStringLiteral("zzzzzzzzzzzz-0000-x"), &parsed));
    // Only the exact form toString() writes: text order must stay stamp order.
    for (const char *bad : {"-00000000001-0000-x", "0192f3a1b2c3--001-x", "0192F3A1B2C3-0000-x",
                            "0192f3a1b2c3-00A0-x", "+192f3a1b2c3-0000-x", " 192f3a1b2c3-0000-x",
                            "0x92f3a1b2c3-0000-x", "0192f3a1b2c3-0000-"})
        EXPECT_FALSE(HlcStamp::parse(QLatin1String(bad), &parsed)) << bad;
}

TEST(Uuid7, OnlyTheWholeTextIsAnId)
{
    const QString id = QStringLiteral("0192f3a1-0000-7abc-8def-0123456789ab");
    EXPECT_TRUE(isUuid(id));
    EXPECT_FALSE(isUuid(id + QLatin1Char('\n')));
    EXPECT_FALSE(isUuid(QLatin1Char('\n') + id));
    EXPECT_FALSE(isUuid(id.toUpper()));
}

TEST(Hlc, CounterOverflowBorrowsTheNextMillisecond)
{
    ManualClock clock(1000);
    Hlc hlc(clock, QStringLiteral("a"));
    hlc.observe(HlcStamp{1000, 0xffff, QStringLiteral("b")});
    const HlcStamp next = hlc.tick();
    EXPECT_EQ(next.ms, 1001);
    EXPECT_EQ(next.counter, 0);
}
