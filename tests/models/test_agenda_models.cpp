// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "core/agenda/AgendaRepo.h"
#include "qml/agenda/AppointmentDetails.h"
#include "qml/agenda/BookingForm.h"
#include "qml/agenda/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

namespace {
QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row, 0), role).toString();
    return out;
}
} // namespace

class AgendaModels : public AppFixture {};

TEST_F(AgendaModels, TodayListsTheDirectorsDayWithThePastAndTheRunningMarked)
{
    start(QStringLiteral("director"));
    TimelineModel today(app->office(), app->people());
    QAbstractItemModelTester tester(&today, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(
        column(today, TimelineModel::roleOf("title")),
        (QStringList{QStringLiteral("Dagstart met Sanne"), QStringLiteral("Managementteam-overleg"),
                     QStringLiteral("Klantgesprek Hofstede Groep"),
                     QStringLiteral("Gesprek met de ondernemingsraad")}));
    QList<Timing> when;
    for (int row = 0; row < today.rowCount(); ++row)
        when << today.data(today.index(row), TimelineModel::roleOf("when")).value<Timing>();
    EXPECT_EQ(when, (QList<Timing>{Timing::Past, Timing::Now, Timing::Later, Timing::Later}));
    EXPECT_EQ(today.data(today.index(1), TimelineModel::roleOf("timeText")).toString(),
              QStringLiteral("09:00 – 10:30"));
    EXPECT_FALSE(today.showHomeTime());
    EXPECT_EQ(today.firstCurrentRow(), 1);
}

TEST_F(AgendaModels, AbroadTheDayIsReadInLocalTimeWithHomeTimeBeside)
{
    start(QStringLiteral("director"), QStringLiteral("America/New_York"));
    clock.set(at("2026-11-30T08:00:00-05:00")); // 14:00 at home
    TimelineModel today(app->office(), app->people());
    EXPECT_TRUE(today.showHomeTime());
    EXPECT_EQ(today.localZoneLabel(), QStringLiteral("New York"));
    EXPECT_EQ(today.homeZoneLabel(), QStringLiteral("Amsterdam"));
    // A place and its time are kept together (no-break spaces) when the header wraps.
    EXPECT_EQ(today.zonesNowText(), QStringLiteral("New\u00a0York\u00a008:00, home "
                                                   "Amsterdam\u00a014:00"));
    // Late in the evening abroad it is tomorrow at home: the header says so, and the
    // minute's reload keeps the times current.
    clock.set(at("2026-11-30T19:41:00-05:00"));
    today.reload();
    EXPECT_EQ(today.zonesNowText(),
              QStringLiteral("New\u00a0York\u00a019:41, home Amsterdam\u00a001:41 (Tue 1 Dec)"));
    clock.set(at("2026-11-30T08:00:00-05:00"));
    today.reload();
    const int row = int(column(today, TimelineModel::roleOf("title"))
                            .indexOf(QStringLiteral("Gesprek met de ondernemingsraad")));
    ASSERT_GE(row, 0);
    EXPECT_EQ(today.data(today.index(row), TimelineModel::roleOf("timeText")).toString(),
              QStringLiteral("09:00 – 10:00"));
    EXPECT_EQ(today.data(today.index(row), TimelineModel::roleOf("homeTimeText")).toString(),
              QStringLiteral("15:00 – 16:00"));

    AppointmentDetails next(app->office(), app->people());
    next.setFollowNext(true);
    EXPECT_EQ(next.title(), QStringLiteral("Gesprek met de ondernemingsraad"));
    EXPECT_EQ(next.timeText(), QStringLiteral("09:00 – 10:00"));
    EXPECT_EQ(next.homeTimeText(), QStringLiteral("15:00 – 16:00"));
}

TEST_F(AgendaModels, TheNextAppointmentCountsDownAndSaysWhatToReadFirst)
{
    start(QStringLiteral("director"));
    AppointmentDetails next(app->office(), app->people());
    next.setFollowNext(true);
    EXPECT_TRUE(next.running());
    EXPECT_EQ(next.title(), QStringLiteral("Managementteam-overleg"));
    EXPECT_EQ(next.timeLeft(), QStringLiteral("now · 1 h 15 min left"));
    EXPECT_EQ(next.startsIn(), QString()) << "it has started";

    clock.set(at("2026-11-30T10:45:00+01:00"));
    next.reload();
    EXPECT_FALSE(next.running());
    EXPECT_EQ(next.title(), QStringLiteral("Klantgesprek Hofstede Groep"));
    EXPECT_EQ(next.timeLeft(), QStringLiteral("in 15 min"));
    EXPECT_EQ(next.startsIn(), QStringLiteral("in 15 min"));
    EXPECT_EQ(next.place(), QStringLiteral("Vergaderzaal 2"));
    EXPECT_EQ(next.attendees(), QStringList{QStringLiteral("Lotte de Vries")});

    // In the evening the next one is tomorrow's: it says so, not "in 14 h 30 min".
    clock.set(at("2026-11-30T19:00:00+01:00"));
    next.reload();
    EXPECT_EQ(next.timeLeft(),
              QStringLiteral("tomorrow at %1").arg(next.timeText().section(QLatin1Char(' '), 0, 0)))
        << next.title().toStdString();
    // The appointment's page gives the day and time above it: there it is how far off.
    EXPECT_TRUE(next.startsIn().startsWith(QStringLiteral("in 1")) &&
                next.startsIn().contains(QStringLiteral(" h")))
        << next.startsIn().toStdString();

    clock.set(at("2026-12-03T11:00:00+01:00")); // Thursday: the board presentation at 14:00
    next.reload();
    EXPECT_EQ(next.title(), QStringLiteral("Voorbereiding presentatie Raad van Bestuur"));
    clock.set(at("2026-12-03T13:59:00+01:00"));
    next.reload();
    EXPECT_EQ(next.kindText(), QStringLiteral("Prep time"));
    clock.set(at("2026-12-03T14:01:00+01:00"));
    next.reload();
    EXPECT_EQ(next.readFirst(), QStringLiteral("Eerst lezen: jaarplan 2027 (v3) en de begroting."));
}

TEST_F(AgendaModels, TheAssistantsWeekSpellsOutDoubleBookingsAndPrepTime)
{
    start(QStringLiteral("assistant"));
    EXPECT_EQ(app->agendaPersonId(), idOf("maarten"));
    // An intrusion into the protected prep time before Thursday's presentation.
    Appointment intruder;
    intruder.owner = idOf("maarten");
    intruder.title = QStringLiteral("Even bellen");
    intruder.startUtc = at("2026-12-03T13:00:00+01:00");
    intruder.endUtc = at("2026-12-03T13:15:00+01:00");
    AgendaRepo(*app->office()->store()).add(intruder, true);
    app->reloadViews();

    TimelineModel week(app->office(), app->people());
    QAbstractItemModelTester tester(&week, QAbstractItemModelTester::FailureReportingMode::Fatal);
    week.setDays(7);
    week.setWithConflicts(true);
    const QStringList titles = column(week, TimelineModel::roleOf("title"));
    const QStringList warnings = column(week, TimelineModel::roleOf("warning"));
    EXPECT_EQ(warnings[titles.indexOf(QStringLiteral("Lunch met wethouder Van Dijk"))],
              QStringLiteral("Overlaps “Call met de accountant”"));
    EXPECT_EQ(warnings[titles.indexOf(QStringLiteral("Call met de accountant"))],
              QStringLiteral("Overlaps “Lunch met wethouder Van Dijk”"));
    EXPECT_TRUE(warnings[titles.indexOf(QStringLiteral("Even bellen"))].contains(
        QStringLiteral("In prep time for “Presentatie jaarplan 2027 aan de Raad van Bestuur”")));
    EXPECT_TRUE(warnings[titles.indexOf(QStringLiteral("Klantgesprek Hofstede Groep"))].isEmpty());
    EXPECT_GE(week.warningCount(), 3);
    EXPECT_EQ(week.title(), QStringLiteral("Week 49"));
}

TEST_F(AgendaModels, BookingIntoPrepTimeIsRefusedWithTheReasonUnlessForced)
{
    start(QStringLiteral("assistant"));
    BookingForm form(app->office(), app->people());
    form.setTitle(QStringLiteral("Kort overleg"));
    form.setDayIndex(3); // Thursday
    form.setStartMinutes(12 * 60 + 30);
    form.setMinutes(30);
    EXPECT_EQ(form.ownerId(), idOf("maarten"));
    EXPECT_FALSE(form.book());
    EXPECT_EQ(form.refusal(),
              QStringLiteral("This falls in the 120 minutes Maarten keeps free to prepare "
                             "“Presentatie jaarplan 2027 aan de Raad van Bestuur” (Thu 3 Dec, "
                             "14:00). Choose another time, or book it anyway."));
    EXPECT_TRUE(form.error().isEmpty());
    EXPECT_TRUE(form.book(true));
    AgendaRepo agenda(*app->office()->store());
    bool found = false;
    for (const Occurrence &o :
         agenda.occurrences(idOf("maarten"), at("2026-12-03T00:00:00+01:00"),
                            at("2026-12-04T00:00:00+01:00"), app->office()->localZone()))
        found = found || (o.appointment.title == QStringLiteral("Kort overleg") &&
                          o.startUtc == at("2026-12-03T12:30:00+01:00"));
    EXPECT_TRUE(found);

    BookingForm untitled(app->office(), app->people());
    EXPECT_FALSE(untitled.book());
    EXPECT_FALSE(untitled.error().isEmpty());
}

TEST_F(AgendaModels, AFreeSlotForEveryoneCanBePickedWithATap)
{
    start(QStringLiteral("assistant"));
    BookingForm form(app->office(), app->people());
    form.toggleAttendee(idOf("ingrid"));
    form.setMinutes(60);
    form.findSlots();
    EXPECT_TRUE(form.searched());
    ASSERT_FALSE(form.freeSlots().isEmpty());
    const FreeSlot first = form.freeSlots().constFirst();
    form.pickSlot(0);
    EXPECT_EQ(form.dayIndex(), first.dayIndex);
    EXPECT_EQ(form.startMinutes(), first.startMinutes);
    // Not in the past, and not during the running management meeting.
    EXPECT_TRUE(form.dayIndex() > 0 || form.startMinutes() >= 10 * 60 + 30);
    form.setTitle(QStringLiteral("Afstemming"));
    EXPECT_TRUE(form.book());
}

TEST_F(AgendaModels, ANewBookingNeverStartsInThePastAndSlotsStartOnTheChosenDay)
{
    start(QStringLiteral("assistant")); // Monday 09:15
    BookingForm morning(app->office(), app->people());
    EXPECT_EQ(morning.dayIndex(), 0);
    EXPECT_EQ(morning.startMinutes(), 9 * 60 + 30);

    clock.set(at("2026-12-04T18:10:00+01:00")); // Friday evening: Monday morning it is
    BookingForm evening(app->office(), app->people());
    EXPECT_EQ(evening.dayIndex(), 3);
    EXPECT_EQ(evening.startMinutes(), 9 * 60);

    clock.set(at("2026-11-30T09:15:00+01:00"));
    BookingForm form(app->office(), app->people());
    form.setDayIndex(3); // Thursday
    form.setMinutes(60);
    form.findSlots();
    ASSERT_FALSE(form.freeSlots().isEmpty());
    for (const FreeSlot &slot : form.freeSlots())
        EXPECT_GE(slot.dayIndex, 3);
    EXPECT_EQ(form.pickedSlot(), -1);
    form.pickSlot(1);
    EXPECT_EQ(form.pickedSlot(), 1); // the form still shows which one was picked
    EXPECT_EQ(form.freeSlots().size() > 1, true);
}

TEST_F(AgendaModels, TheAppointmentPageShowsItsDoubleBookingAndCancelsWithUndo)
{
    start(QStringLiteral("assistant"));
    AgendaRepo agenda(*app->office()->store());
    const auto find = [&](const QString &title, qint64 from, qint64 to) {
        for (const Occurrence &o :
             agenda.occurrences(idOf("maarten"), from, to, app->office()->localZone()))
            if (o.appointment.title == title)
                return o;
        return Occurrence{};
    };
    const Occurrence lunch = find(QStringLiteral("Lunch met wethouder Van Dijk"),
                                  at("2026-12-01T00:00:00+01:00"), at("2026-12-02T00:00:00+01:00"));
    ASSERT_FALSE(lunch.appointment.id.isEmpty());
    AppointmentDetails details(app->office(), app->people());
    details.setAppointmentId(lunch.appointment.id);
    details.setStartUtc(double(lunch.startUtc));
    EXPECT_EQ(details.warnings(), QStringLiteral("Overlaps “Call met de accountant”"));
    ASSERT_TRUE(details.canCancel());
    QSignalSpy shown(&details, &AppointmentDetails::changed);
    ASSERT_TRUE(details.cancel());
    EXPECT_EQ(shown.count(), 1); // read once after the cancel, not once more
    EXPECT_EQ(details.statusText(), QStringLiteral("Cancelled"));
    EXPECT_TRUE(details.warnings().isEmpty());
    EXPECT_FALSE(details.canCancel());
    details.undoCancel();
    EXPECT_EQ(shown.count(), 2);
    EXPECT_TRUE(details.statusText().isEmpty());
    EXPECT_FALSE(details.warnings().isEmpty());

    // One meeting of a series: only that one, and back again.
    const Occurrence weekly =
        find(QStringLiteral("Managementteam-overleg"), at("2026-12-28T00:00:00+01:00"),
             at("2026-12-29T00:00:00+01:00"));
    ASSERT_FALSE(weekly.appointment.id.isEmpty());
    AppointmentDetails instance(app->office(), app->people());
    instance.setAppointmentId(weekly.appointment.id);
    instance.setStartUtc(double(weekly.startUtc));
    ASSERT_TRUE(instance.cancel());
    EXPECT_EQ(instance.statusText(), QStringLiteral("Cancelled"));
    EXPECT_TRUE(find(QStringLiteral("Managementteam-overleg"), at("2026-12-28T00:00:00+01:00"),
                     at("2026-12-29T00:00:00+01:00"))
                    .appointment.id.isEmpty());
    EXPECT_FALSE(find(QStringLiteral("Managementteam-overleg"), at("2026-11-30T00:00:00+01:00"),
                      at("2026-12-01T00:00:00+01:00"))
                     .appointment.id.isEmpty()); // this week's stays
    instance.undoCancel();
    EXPECT_TRUE(instance.statusText().isEmpty());
    EXPECT_FALSE(find(QStringLiteral("Managementteam-overleg"), at("2026-12-28T00:00:00+01:00"),
                      at("2026-12-29T00:00:00+01:00"))
                     .appointment.id.isEmpty());
}

TEST_F(AgendaModels, TheReadingListShowsWhatToReadBeforeTheComingAppointments)
{
    start(QStringLiteral("director"));
    TimelineModel reading(app->office(), app->people());
    QAbstractItemModelTester tester(&reading,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    reading.setDays(7);
    reading.setReadingOnly(true);
    ASSERT_EQ(reading.count(), 2); // the board presentation and the confidential talk
    EXPECT_EQ(reading.data(reading.index(0), TimelineModel::roleOf("title")).toString(),
              QStringLiteral("Reorganisatie: gesprek met HR"));
    EXPECT_EQ(reading.data(reading.index(1), TimelineModel::roleOf("readFirst")).toString(),
              QStringLiteral("Eerst lezen: jaarplan 2027 (v3) en de begroting."));
    clock.set(at("2026-12-03T16:00:00+01:00")); // after the presentation
    reading.reload();
    EXPECT_EQ(reading.count(), 0);
}

TEST_F(AgendaModels, AnAllDayItemStaysOnItsDateEastOfUtc)
{
    start(QStringLiteral("director"));
    TimelineModel week(app->office(), app->people());
    week.setDays(7);
    week.setOffset(1); // next week holds the move day (the ninth working day)
    const QStringList titles = column(week, TimelineModel::roleOf("title"));
    const int row = int(titles.indexOf(QStringLiteral("Verhuisdag kantoor")));
    ASSERT_GE(row, 0);
    EXPECT_EQ(week.data(week.index(row), TimelineModel::roleOf("dayText")).toString(),
              QStringLiteral("Friday 11 December"));
    AppointmentDetails details(app->office(), app->people());
    details.setAppointmentId(
        week.data(week.index(row), TimelineModel::roleOf("appointmentId")).toString());
    EXPECT_TRUE(details.dayText().endsWith(QStringLiteral("Friday 11 December")));
    details.setStartUtc(week.data(week.index(row), TimelineModel::roleOf("startUtc")).toDouble());
    EXPECT_TRUE(details.dayText().endsWith(QStringLiteral("Friday 11 December")));
}

TEST_F(AgendaModels, FindingSlotsWithAnUnreadableZoneSaysSoInsteadOfThrowing)
{
    start(QStringLiteral("assistant"));
    giveUnknownZone("ingrid");
    BookingForm form(app->office(), app->people());
    form.toggleAttendee(idOf("ingrid"));
    form.findSlots();
    EXPECT_TRUE(form.freeSlots().isEmpty());
    EXPECT_FALSE(form.error().isEmpty());
}
