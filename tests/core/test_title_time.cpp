// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/tasks/TitleTime.h"

#include <gtest/gtest.h>

using namespace spil;
using namespace spil::test;

namespace {
struct Case {
    const char *title;
    int minute; // -1: no time in it
};
} // namespace

TEST(TitleTime, AClockTimeInATitleIsReadAndOtherNumbersAreNot)
{
    const Case cases[] = {
        {"Bel Jan om 14:00", 14 * 60},
        {"Bel Jan om 14.30", 14 * 60 + 30},
        {"koffie om 9 uur met Ingrid", 9 * 60},
        {"om 3 uur de taxi", 15 * 60}, // working hours: the afternoon
        {"Call the bank at 3pm", 15 * 60},
        {"Call the bank at 11 a.m.", 11 * 60},
        {"12pm lunch", 12 * 60},
        {"12am check", 0},
        {"Taxi 06:30 naar Schiphol", 6 * 60 + 30}, // a leading zero: the morning
        {"zaal 14:00-15:30 reserveren", 14 * 60},
        {"Agenda before 5", 17 * 60},
        {"rond 10u terugbellen", 10 * 60},
        {"Tafel reserveren voor 4 personen", -1},
        {"3.50 declareren", -1},
        {"Q3 cijfers 2026", -1},
        {"Versie 1.2 rondsturen", -1},
        {"Verslag 12/03 nakijken", -1},
        {"om 25:00", -1},
        {"ratio 3:1", -1},
        {"3 amsterdamse adressen", -1},
        {"", -1},
        // Found in a second reading: each of these was misread or missed.
        {"Rond 40 gasten, bel om 15:00", 15 * 60},
        {"Catering rond 20 personen", -1},
        {"lunch for around 12 people", -1},
        {"check at 2 locations", -1},
        {"om 2 redenen bellen", -1},
        {"om 10u30 bellen", 10 * 60 + 30},
        {"at 10h30", 10 * 60 + 30},
        {"Q3 PM review", -1},
        {"2 PM'ers bellen", -1},
        {"at 3 a.m", 3 * 60},
        {"Bel Jan om 3.", 15 * 60},
        {"Call at 5.", 17 * 60},
        {"om 14.30.", 14 * 60 + 30},
        {"Taxi 5:45 naar Schiphol", 5 * 60 + 45}, // written, not said: as written
        {"om 8 uur 's avonds", 20 * 60},
        {"at 7 in the evening", 19 * 60},
        {"om 2026 klaar", -1},
        // A part of the hour: Dutch "half 3" is half an hour before three.
        {"Bel Jan om half 3", 14 * 60 + 30},
        {"Vergadering half 3", 14 * 60 + 30},
        {"om half 1 lunch", 12 * 60 + 30},
        {"om half 9 de post", 8 * 60 + 30},
        {"om kwart over 4", 16 * 60 + 15},
        {"kwart voor 9 's avonds", 20 * 60 + 45},
        {"at half past 3", 15 * 60 + 30},
        {"Call at a quarter to 12", 11 * 60 + 45},
        {"half 3 liter melk", -1},
        {"om half 2026", -1},
        {"om half 13", -1},
        {"half 3.", 14 * 60 + 30},
        // Found in a second reading.
        {"half 12 's avonds", 23 * 60 + 30},
        {"kwart voor 12 's avonds", 23 * 60 + 45},
        {"om half 7", 18 * 60 + 30}, // as "om 6.30": the afternoon
        {"kwart over 6", 18 * 60 + 15},
        {"kwart over 06", 6 * 60 + 15},
        {"Bel Jan om vijf voor half 3", 14 * 60 + 25},
        {"Bel Jan om kwart over half 3", 14 * 60 + 45},
        {"om tien over 3", 15 * 60 + 10},
        {"Call at half 3", 15 * 60 + 30}, // British
        {"at half past 3pm", 15 * 60 + 30},
        {"at a quarter to 12pm", 11 * 60 + 45},
        {"at 9:00 pm", 21 * 60},
        {"Taxi om 9 uur, terug half 6.", 9 * 60},
        {"Taxi 06:30, half 8.", 6 * 60 + 30},
        {"vanavond om 8 uur de taxi", 20 * 60},
        {"tonight at 7", 19 * 60},
        {"morgenavond om 8 uur", 20 * 60},
        {"vanmiddag om 1 uur", 13 * 60},
    };
    for (const Case &c : cases) {
        const auto minute = timeInTitle(QString::fromUtf8(c.title));
        if (c.minute < 0)
            EXPECT_FALSE(minute.has_value()) << c.title << " read as " << minute.value_or(-1);
        else
            EXPECT_EQ(minute.value_or(-1), c.minute) << c.title;
    }
}

TEST(TitleTime, TodayAndTomorrowTakeTheTimeTheOtherChoicesDoNot)
{
    const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    const qint64 now = in("Europe/Amsterdam", "2026-11-30T09:15");
    EXPECT_EQ(dueAtTitleTime(TaskDue::Today, 14 * 60, now, zone),
              in("Europe/Amsterdam", "2026-11-30T14:00"));
    EXPECT_EQ(dueAtTitleTime(TaskDue::Tomorrow, 14 * 60, now, zone),
              in("Europe/Amsterdam", "2026-12-01T14:00"));
    EXPECT_FALSE(dueAtTitleTime(TaskDue::ThisWeek, 14 * 60, now, zone).has_value());
    EXPECT_FALSE(dueAtTitleTime(TaskDue::None, 14 * 60, now, zone).has_value());
    EXPECT_FALSE(dueAtTitleTime(TaskDue::Keep, 14 * 60, now, zone).has_value());
}

TEST(TitleTime, ADayInATitleIsTheChoiceItNames)
{
    const std::pair<const char *, std::optional<TaskDue>> cases[] = {
        {"Lunch morgen om 12 uur", TaskDue::Tomorrow},
        {"Morgen Jan bellen om 10:00", TaskDue::Tomorrow},
        {"Lunch tomorrow at 12:00", TaskDue::Tomorrow},
        {"morgenochtend de post", TaskDue::Tomorrow},
        {"Bel Jan vandaag", TaskDue::Today},
        {"vanavond om 8 uur de taxi", TaskDue::Today},
        {"Call the bank tonight", TaskDue::Today},
        {"vandaag bellen, morgen langs", TaskDue::Today},
        {"Offerte deze week rond", TaskDue::ThisWeek},
        {"'s morgens de post", std::nullopt},
        {"overmorgen de taxi", std::nullopt},
        {"Goedemorgen zeggen", std::nullopt},
        {"the day after tomorrow", std::nullopt},
        {"deze morgen de post", TaskDue::Today},
        {"maandag morgen de post", TaskDue::TitleDay},
        {"Bel Jan vrijdag om 10:00", TaskDue::TitleDay},
        {"Call the bank on Friday", TaskDue::TitleDay},
        {"vrijdag bellen, morgen langs", TaskDue::TitleDay},
        {"morgen bellen, vrijdag langs", TaskDue::Tomorrow},
        {"elke vrijdag de planten", std::nullopt},
        {"'s vrijdags de planten", std::nullopt},
        {"deze week woensdag de post", TaskDue::TitleDay},
        {"vrijdag 11 december de borrel", TaskDue::TitleDay},
        {"Taxi op 11-12 om 9", TaskDue::TitleDay},
        {"Bel Jan om 14:00", std::nullopt},
        {"", std::nullopt},
    };
    for (const auto &[title, day] : cases)
        EXPECT_EQ(dayInTitle(QString::fromUtf8(title)), day) << title;
}

// Seen from Wednesday 2 December 2026: a weekday is the coming one, a date that date.
TEST(TitleTime, AWeekdayOrADateInATitleIsTheDayItNames)
{
    const QDate wednesday(2026, 12, 2);
    const std::pair<const char *, std::optional<QDate>> cases[] = {
        {"Bel Jan vrijdag", QDate(2026, 12, 4)},
        {"Bel Jan vrijdag om 10:00", QDate(2026, 12, 4)},
        {"vrijdagmiddag de borrel", QDate(2026, 12, 4)},
        {"Maandag de offerte", QDate(2026, 12, 7)},
        {"maandag morgen de post", QDate(2026, 12, 7)},
        {"woensdag de post", wednesday},
        {"dinsdag de post", QDate(2026, 12, 8)},
        {"Call the bank on Friday", QDate(2026, 12, 4)},
        {"Lunch on Monday at 12:30", QDate(2026, 12, 7)},
        {"volgende week vrijdag de taxi", QDate(2026, 12, 11)},
        {"vrijdag volgende week de taxi", QDate(2026, 12, 11)},
        {"next week Monday: the board", QDate(2026, 12, 7)},
        {"woensdag volgende week de post", QDate(2026, 12, 9)},
        {"elke vrijdag de planten", std::nullopt},
        {"iedere maandag het overleg", std::nullopt},
        {"every Friday: the plants", std::nullopt},
        {"vorige vrijdag gemist", std::nullopt},
        {"afgelopen maandag nabellen", std::nullopt},
        {"since Monday no answer", std::nullopt},
        {"'s vrijdags de planten", std::nullopt},
        {"Vrijdagmiddagborrel", std::nullopt},
        {"Notulen van vorige week vrijdag uitwerken", std::nullopt},
        {"vrijdag vorige week gemist", std::nullopt},
        {"last week Friday: the minutes", std::nullopt},
        {"vrijdag 11 december de borrel", QDate(2026, 12, 11)},
        {"Friday, Dec 11: drinks", QDate(2026, 12, 11)},
        {"Friday 11/12 drinks", QDate(2026, 12, 11)},
        {"Taxi 11 december om 9", QDate(2026, 12, 11)},
        {"Taxi op 11-12 om 9", QDate(2026, 12, 11)},
        {"Taxi on 11 December at 9", QDate(2026, 12, 11)},
        {"Offerte voor 3 dec. rond", QDate(2026, 12, 3)},
        {"Jaarplan uiterlijk 1 april 2027", QDate(2027, 4, 1)},
        {"Kerstpakketten 1 december", QDate(2027, 12, 1)},
        {"Dinner on January 8th", QDate(2027, 1, 8)},
        {"Bel Jan 3 keer", std::nullopt},
        {"3/4 liter melk", std::nullopt},
        {"Offerte 31 februari", std::nullopt},
        {"mei 2 taken", std::nullopt},
        {"vrijdag 10 uur de borrel", QDate(2026, 12, 4)},
        {"Bel Jan vrijdag over volgende week", QDate(2026, 12, 4)},
        {"Friday of next week: drinks", QDate(2026, 12, 11)},
        {"deze week woensdag de post", wednesday},
        {"Bel Jan om 14:00", std::nullopt},
    };
    for (const auto &[title, date] : cases)
        EXPECT_EQ(dateInTitle(QString::fromUtf8(title), wednesday), date) << title;
}

TEST(TitleTime, AWeekdayIsDueAtTheTitlesTimeElseAtTheEndOfThatWorkingDay)
{
    const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    const qint64 now = in("Europe/Amsterdam", "2026-12-02T09:15");
    EXPECT_EQ(dueOnTitleDay(QStringLiteral("Bel Jan vrijdag om 10:00"), now, zone, 0),
              in("Europe/Amsterdam", "2026-12-04T10:00"));
    EXPECT_EQ(dueOnTitleDay(QStringLiteral("Bel Jan vrijdag"), now, zone, 16 * 60 + 30),
              in("Europe/Amsterdam", "2026-12-04T16:30"));
    EXPECT_EQ(dueOnTitleDay(QStringLiteral("Bel Jan vrijdag"), now, zone, 0),
              in("Europe/Amsterdam", "2026-12-04T17:00"));
    // "vrijdagavond om 8": the evening's hour.
    EXPECT_EQ(dueOnTitleDay(QStringLiteral("vrijdagavond om 8 uur de taxi"), now, zone, 0),
              in("Europe/Amsterdam", "2026-12-04T20:00"));
    EXPECT_EQ(dueOnTitleDay(QStringLiteral("Dinner on Friday evening at 7"), now, zone, 0),
              in("Europe/Amsterdam", "2026-12-04T19:00"));
    EXPECT_FALSE(dueOnTitleDay(QStringLiteral("Bel Jan om 14:00"), now, zone, 0).has_value());
    EXPECT_EQ(dueOnTitleDay(QStringLiteral("Taxi 11 december om 9"), now, zone, 0),
              in("Europe/Amsterdam", "2026-12-11T09:00"));
    // A date is that date, its time gone or not.
    EXPECT_EQ(dueOnTitleDay(QStringLiteral("Taxi 2 december om 9"), now, zone, 0),
              in("Europe/Amsterdam", "2026-12-02T09:00"));
    // Today's weekday: today while its time is to come, next week's once it has gone.
    EXPECT_EQ(dueOnTitleDay(QStringLiteral("woensdag om 11 uur de post"), now, zone, 0),
              in("Europe/Amsterdam", "2026-12-02T11:00"));
    EXPECT_EQ(dueOnTitleDay(QStringLiteral("woensdag om 9 uur de post"), now, zone, 0),
              in("Europe/Amsterdam", "2026-12-09T09:00"));
    // The choices know no title: the title's day is known only with it.
    EXPECT_FALSE(dueFor(TaskDue::TitleDay, now, zone, 0).has_value());
}
