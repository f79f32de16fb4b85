// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "core/checklists/ChecklistRepo.h"
#include "core/personnel/PersonnelRepo.h"
#include "core/tasks/TaskRepo.h"
#include "qml/people/PeopleModel.h"
#include "qml/personnel/AbsenceListModel.h"
#include "qml/personnel/PersonnelDatesModel.h"

#include <QAbstractItemModelTester>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

// The demo office on Monday 30 November 2026: Noor off sick since Monday 23 November with a
// company doctor's visit on Wednesday 9 December; Sanne's birthday on Thursday 3 December,
// Joris ten years with the office on Saturday 5 December, Maarten's birthday on 12 December
// and Pieter's first day on Monday 14 December.
namespace {
class PersonnelModels : public AppFixture {
protected:
    template <class Model> QVariant role(const Model &m, int row, const char *name)
    {
        return m.data(m.index(row), Model::roleOf(name));
    }
};
} // namespace

TEST_F(PersonnelModels, TheOfficeManagerSeesWhoIsAbsentWithTheReasonAndTheNextDoctorsVisit)
{
    start(QStringLiteral("office-manager"));
    AbsenceListModel absent(app->office(), app->people());
    QAbstractItemModelTester tester(&absent, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(absent.canEdit());
    ASSERT_EQ(absent.count(), 1);
    EXPECT_EQ(role(absent, 0, "name").toString(), QStringLiteral("Noor Jansen"));
    EXPECT_EQ(role(absent, 0, "spanText").toString(), QStringLiteral("since Mon 23 Nov"));
    EXPECT_EQ(role(absent, 0, "days").toInt(), 8);
    EXPECT_TRUE(role(absent, 0, "open").toBool());
    EXPECT_EQ(role(absent, 0, "reason").toString(), QStringLiteral("Griep met longontsteking"));
    EXPECT_EQ(role(absent, 0, "doctorText").toString(), QStringLiteral("Wed 9 Dec 10:30"));
}

TEST_F(PersonnelModels, AnAssistantSeesOnlyWhoIsAbsentAndNoPersonnelDates)
{
    start(QStringLiteral("assistant"));
    AbsenceListModel absent(app->office(), app->people());
    EXPECT_FALSE(absent.canEdit());
    ASSERT_EQ(absent.count(), 1);
    EXPECT_EQ(role(absent, 0, "name").toString(), QStringLiteral("Noor Jansen"));
    EXPECT_TRUE(role(absent, 0, "reason").toString().isEmpty());
    EXPECT_TRUE(role(absent, 0, "doctorText").toString().isEmpty());
    PersonnelDatesModel dates(app->office(), app->people());
    EXPECT_EQ(dates.count(), 0);
    EXPECT_EQ(dates.makeReminders(), 0);
}

TEST_F(PersonnelModels, ASickLeaveIsReportedEndedRemovedAndBroughtBack)
{
    start(QStringLiteral("office-manager"));
    AbsenceListModel absent(app->office(), app->people());
    absent.setView(AbsenceListModel::View::Current);
    QAbstractItemModelTester tester(&absent, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString joris = idOf("joris");
    const QString id = absent.report(joris, true, QStringLiteral("Migraine"), QString());
    ASSERT_FALSE(id.isEmpty());
    ASSERT_EQ(absent.count(), 2);
    EXPECT_EQ(PersonnelRepo(*app->office()->store()).absence(id)->from, QDate(2026, 11, 29));
    EXPECT_EQ(absent.idAt(1), id);
    EXPECT_EQ(role(absent, 1, "reason").toString(), QStringLiteral("Migraine"));

    // Back today: yesterday was the last day, and the leave leaves the list.
    ASSERT_TRUE(absent.end(id));
    EXPECT_EQ(PersonnelRepo(*app->office()->store()).absence(id)->until, QDate(2026, 11, 29));
    EXPECT_EQ(absent.count(), 1);

    const QString noor = absent.idAt(0);
    ASSERT_TRUE(absent.remove(noor));
    EXPECT_EQ(absent.count(), 0);
    ASSERT_TRUE(absent.restore(noor));
    ASSERT_EQ(absent.count(), 1);
    EXPECT_EQ(role(absent, 0, "reason").toString(), QStringLiteral("Griep met longontsteking"));
    EXPECT_TRUE(absent.report(QStringLiteral("nobody"), false, {}, {}).isEmpty());
}

TEST_F(PersonnelModels, TheComingMonthByDateAndItsRemindersMadeOnce)
{
    start(QStringLiteral("office-manager"));
    PersonnelDatesModel dates(app->office(), app->people());
    QAbstractItemModelTester tester(&dates, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(dates.count(), 4);
    EXPECT_EQ(role(dates, 0, "name").toString(), QStringLiteral("Sanne Bakker"));
    EXPECT_EQ(role(dates, 0, "event").value<PersonnelEvent>(), PersonnelEvent::Birthday);
    EXPECT_EQ(role(dates, 0, "years").toInt(), 35);
    EXPECT_EQ(role(dates, 0, "daysAway").toInt(), 3);
    EXPECT_EQ(role(dates, 1, "event").value<PersonnelEvent>(), PersonnelEvent::Anniversary);
    EXPECT_EQ(role(dates, 1, "years").toInt(), 10);
    EXPECT_EQ(role(dates, 3, "name").toString(), QStringLiteral("Pieter de Boer"));
    EXPECT_EQ(role(dates, 3, "event").value<PersonnelEvent>(), PersonnelEvent::Start);
    EXPECT_FALSE(role(dates, 3, "onboarding").toBool());

    // Sanne's birthday, Joris's anniversary and Noor's week off sick.
    EXPECT_EQ(dates.makeReminders(), 3);
    EXPECT_EQ(dates.makeReminders(), 0);
    int mine = 0;
    for (const Task &t : TaskRepo(*app->office()->store()).list(app->people()->me().id)) {
        if (t.title.contains(QStringLiteral("Sanne Bakker")))
            ++mine;
    }
    EXPECT_EQ(mine, 1);

    const QString welcome = ChecklistRepo(*app->office()->store())
                                .resolveTemplate(QStringLiteral("Welkom nieuwe collega"))
                                .id;
    ASSERT_TRUE(dates.startOnboarding(idOf("pieter"), welcome));
    EXPECT_TRUE(role(dates, 3, "onboarding").toBool());
    EXPECT_FALSE(dates.startOnboarding(idOf("pieter"), welcome));
    dates.setDays(7);
    EXPECT_EQ(dates.count(), 2);
}

// The office manager enters a colleague's dates in the app: a first day ahead comes up as
// a start (the onboarding's cue); a date another device set after the form opened stays;
// a date it cannot read is refused with the reason and changes nothing.
TEST_F(PersonnelModels, AColleaguesDatesAreSetFromTheFormAndTheStartComesUp)
{
    start(QStringLiteral("office-manager"));
    PersonnelDatesModel dates(app->office(), app->people());
    const QString lotte = idOf("lotte");
    const QString birthWas = dates.birthDateOf(lotte), startWas = dates.startDateOf(lotte);
    const QDate today = QDateTime::fromMSecsSinceEpoch(app->office()->store()->clock().nowMs(),
                                                       QTimeZone("Europe/Amsterdam"))
                            .date();
    const QString first = today.addDays(10).toString(Qt::ISODate);

    EXPECT_FALSE(
        dates.setDates(lotte, QStringLiteral("14-03-1988"), first, birthWas, startWas).isEmpty());
    EXPECT_EQ(dates.startDateOf(lotte), startWas) << "a refused form changed nothing";
    EXPECT_FALSE(dates.setDates({}, {}, first, {}, {}).isEmpty()) << "no colleague chosen";

    // Meanwhile another device enters her birth date.
    PersonnelRepo(*app->office()->store()).setPersonnel(lotte, {.birthDate = QDate(1990, 6, 1)});
    EXPECT_TRUE(dates.setDates(lotte, birthWas, first, birthWas, startWas).isEmpty());
    EXPECT_EQ(dates.startDateOf(lotte), first);
    EXPECT_EQ(dates.birthDateOf(lotte), QStringLiteral("1990-06-01"));
    bool comesUp = false;
    for (int row = 0; row < dates.count(); ++row)
        comesUp |= role(dates, row, "personId").toString() == lotte &&
                   role(dates, row, "event").value<PersonnelEvent>() == PersonnelEvent::Start;
    EXPECT_TRUE(comesUp);
    // Emptied, the start date is no longer known.
    EXPECT_TRUE(
        dates.setDates(lotte, QStringLiteral("1990-06-01"), {}, QStringLiteral("1990-06-01"), first)
            .isEmpty());
    EXPECT_TRUE(dates.startDateOf(lotte).isEmpty());
}

TEST_F(PersonnelModels, ThePickersShowWhoIsAbsentToday)
{
    start(QStringLiteral("assistant"));
    PeopleModel people(app->office(), app->people());
    const int noor = people.rowOf(idOf("noor"));
    ASSERT_GE(noor, 0);
    EXPECT_TRUE(role(people, noor, "absent").toBool());
    EXPECT_FALSE(role(people, people.rowOf(idOf("joris")), "absent").toBool());
}

// The doctor's visit form starts on the next working day: tomorrow on a Monday, Monday on a
// Friday, Saturday or Sunday. The days it lists begin with today.
TEST_F(PersonnelModels, TheDoctorsVisitFormStartsOnTheNextWorkingDay)
{
    start(QStringLiteral("office-manager"));
    AbsenceListModel absent(app->office(), app->people());
    EXPECT_EQ(absent.visitDays().value(0), QStringLiteral("today"));
    EXPECT_EQ(absent.firstVisitDay(), 1);
    clock.set(at("2026-12-04T09:15:00+01:00")); // Friday
    EXPECT_EQ(absent.firstVisitDay(), 3);
    clock.set(at("2026-12-05T09:15:00+01:00")); // Saturday
    EXPECT_EQ(absent.firstVisitDay(), 2);
    EXPECT_EQ(absent.visitDays().value(2), QStringLiteral("Mon 7 Dec"));
    clock.set(at("2026-12-06T23:30:00+01:00")); // Sunday night
    EXPECT_EQ(absent.firstVisitDay(), 1);
}
