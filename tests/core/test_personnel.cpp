// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/checklists/ChecklistRepo.h"
#include "core/common/EnumText.h"
#include "core/personnel/PersonnelRepo.h"
#include "core/tasks/TaskRepo.h"

#include <QMetaEnum>
#include <QSet>

using namespace spil;
using namespace spil::test;

namespace {
PersonnelRecord born(const QDate &birth, const QDate &start = {})
{
    return {QString(), QStringLiteral("p"), birth, start, QString()};
}

// The store's clock stands at Thursday 26 November 2026, 09:00 in Amsterdam.
class Personnel : public StoreTest {
protected:
    Personnel()
    {
        fatima = addPerson("Fatima El Amrani", Role::OfficeManager);
        lotte = addPerson("Lotte de Vries", Role::Staff);
        daan = addPerson("Daan Smit", Role::Staff);
    }
    QSet<QString> changedFields()
    {
        const auto changes = lastActionChanges(*db);
        return QSet<QString>(changes.keyBegin(), changes.keyEnd());
    }
    QStringList remind(const QDate &day)
    {
        return repo.makeReminderTasks(day, fatima, fatima, zone, QStringLiteral("en"));
    }
    const QTimeZone zone{QByteArray("Europe/Amsterdam")};
    const QDate today{2026, 11, 26};
    QString fatima, lotte, daan;
    PersonnelRepo repo{*db};
};
} // namespace

TEST(PersonnelEnums, EveryValueKeepsItsWordAndABadWordIsRefused)
{
    const QMetaEnum meta = QMetaEnum::fromType<PersonnelEvent>();
    QSet<QString> seen;
    for (int i = 0; i < meta.keyCount(); ++i) {
        const auto value = PersonnelEvent(meta.value(i));
        const QString text = toText(value);
        EXPECT_FALSE(seen.contains(text));
        seen.insert(text);
        EXPECT_EQ(parseText<PersonnelEvent>(text, QStringLiteral("event")), value);
    }
    EXPECT_THROW(parseText<PersonnelEvent>(QStringLiteral("wedding"), QStringLiteral("event")),
                 Error);
}

TEST(PersonnelRules, ABirthdayOnTheTwentyNinthOfFebruaryFallsOnTheTwentyEighthInOtherYears)
{
    EXPECT_EQ(sameDayIn(QDate(1988, 2, 29), 2027), QDate(2027, 2, 28));
    EXPECT_EQ(sameDayIn(QDate(1988, 2, 29), 2028), QDate(2028, 2, 29));
    const auto next = nextBirthday(born(QDate(1988, 2, 29)), QDate(2027, 2, 1));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->date, QDate(2027, 2, 28));
    EXPECT_EQ(next->years, 39);
    // The day after it passed, the next one is a year on, on the leap day again.
    EXPECT_EQ(nextBirthday(born(QDate(1988, 2, 29)), QDate(2028, 3, 1))->date, QDate(2029, 2, 28));
    EXPECT_EQ(nextBirthday(born(QDate(1988, 2, 29)), QDate(2028, 2, 29))->date, QDate(2028, 2, 29));
}

TEST(PersonnelRules, ABirthdayTodayIsTheNextOneAndAYearEndWrapsToTheNextYear)
{
    EXPECT_EQ(nextBirthday(born(QDate(1990, 11, 26)), QDate(2026, 11, 26))->date,
              QDate(2026, 11, 26));
    const auto january = nextBirthday(born(QDate(1990, 1, 3)), QDate(2026, 12, 30));
    EXPECT_EQ(january->date, QDate(2027, 1, 3));
    EXPECT_EQ(january->years, 37);
    EXPECT_FALSE(nextBirthday(born(QDate()), QDate(2026, 12, 30)));
}

TEST(PersonnelRules, AnAnniversaryCountsWholeYearsAndNeverFallsOnTheStartItself)
{
    const auto first = nextAnniversary(born({}, QDate(2025, 12, 1)), QDate(2026, 11, 26));
    ASSERT_TRUE(first);
    EXPECT_EQ(first->date, QDate(2026, 12, 1));
    EXPECT_EQ(first->years, 1);
    // A colleague who starts next week has no anniversary before a year has passed.
    EXPECT_EQ(nextAnniversary(born({}, QDate(2026, 12, 1)), QDate(2026, 11, 26))->date,
              QDate(2027, 12, 1));
    // Started on a leap day: the anniversary is on 28 February in other years.
    const auto leap = nextAnniversary(born({}, QDate(2016, 2, 29)), QDate(2026, 2, 1));
    EXPECT_EQ(leap->date, QDate(2026, 2, 28));
    EXPECT_EQ(leap->years, 10);
}

TEST(PersonnelRules, UpcomingListsBirthdaysAnniversariesAndStartsByDate)
{
    const QList<PersonnelRecord> records{
        {{}, QStringLiteral("a"), QDate(1980, 12, 3), QDate(2016, 11, 28), {}},
        {{}, QStringLiteral("b"), QDate(1995, 6, 1), QDate(2026, 12, 1), {}},
        {{}, QStringLiteral("c"), QDate(1970, 1, 20), {}, {}}};
    const auto list = upcoming(records, QDate(2026, 11, 26), 14);
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list[0], (PersonnelDate{PersonnelEvent::Anniversary, "a", QDate(2026, 11, 28), 10}));
    EXPECT_EQ(list[1], (PersonnelDate{PersonnelEvent::Start, "b", QDate(2026, 12, 1), 0}));
    EXPECT_EQ(list[2], (PersonnelDate{PersonnelEvent::Birthday, "a", QDate(2026, 12, 3), 46}));
}

TEST(PersonnelRules, AnAbsenceCoversItsDaysFromFirstToLastAndAnOpenOneEveryDayAfter)
{
    const Absence closed{{}, {}, QDate(2026, 11, 23), QDate(2026, 11, 27), {}};
    EXPECT_FALSE(isAbsentOn(closed, QDate(2026, 11, 22)));
    EXPECT_TRUE(isAbsentOn(closed, QDate(2026, 11, 23)));
    EXPECT_TRUE(isAbsentOn(closed, QDate(2026, 11, 27)));
    EXPECT_FALSE(isAbsentOn(closed, QDate(2026, 11, 28)));
    const Absence open{{}, {}, QDate(2026, 11, 23), {}, {}};
    EXPECT_TRUE(isAbsentOn(open, QDate(2027, 3, 1)));
    EXPECT_FALSE(isAbsentOn(open, QDate(2026, 11, 22)));
}

TEST(PersonnelRules, RemindersComeAWeekAheadDueTheDayBeforeAndASickLeaveAfterAWeek)
{
    const QList<PersonnelRecord> records{
        {{}, QStringLiteral("a"), QDate(1980, 12, 3), {}, {}},   // in 7 days: due 2 December
        {{}, QStringLiteral("b"), QDate(1980, 12, 4), {}, {}},   // in 8 days: not yet
        {{}, QStringLiteral("c"), QDate(1980, 11, 26), {}, {}}}; // today: due today
    const QList<Absence> absences{
        {QStringLiteral("x"), QStringLiteral("d"), QDate(2026, 11, 19), {}, {}}, // a week today
        {QStringLiteral("y"), QStringLiteral("e"), QDate(2026, 11, 20), {}, {}}, // six days
        {QStringLiteral("z"), QStringLiteral("f"), QDate(2026, 11, 2), QDate(2026, 11, 20), {}}};
    const auto due = remindersDue(records, absences, QDate(2026, 11, 26));
    ASSERT_EQ(due.size(), 3);
    EXPECT_EQ(due[0].what.personId, QStringLiteral("c"));
    EXPECT_EQ(due[0].due, QDate(2026, 11, 26));
    EXPECT_EQ(due[1].what.personId, QStringLiteral("a"));
    EXPECT_EQ(due[1].due, QDate(2026, 12, 2));
    EXPECT_EQ(due[2].what.event, PersonnelEvent::Absence);
    EXPECT_EQ(due[2].subjectId, QStringLiteral("x"));
    // The same reminder found on another day (or another device) has the same task id.
    const auto later = remindersDue(records, absences, QDate(2026, 11, 30));
    const auto sameLeave = std::find_if(later.begin(), later.end(), [](const Reminder &r) {
        return r.subjectId == QStringLiteral("x");
    });
    ASSERT_NE(sameLeave, later.end());
    EXPECT_EQ(reminderTaskId(*sameLeave), reminderTaskId(due[2]));
    EXPECT_NE(reminderTaskId(due[0]), reminderTaskId(due[1]));
}

TEST_F(Personnel, PersonnelDataLiveInOneRecordPerPersonAndAnEditWritesOnlyWhatChanged)
{
    repo.setPersonnel(lotte, {.birthDate = QDate(1990, 12, 3), .startDate = QDate(2016, 11, 28)});
    repo.setPersonnel(lotte, {.startDate = QDate(2016, 11, 29)});
    EXPECT_EQ(changedFields(), QSet<QString>{QStringLiteral("personnel.start_date")});
    const auto record = repo.personnelOf(lotte);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->id, PersonnelRepo::personnelId(lotte));
    EXPECT_EQ(record->birthDate, QDate(1990, 12, 3));
    EXPECT_EQ(record->startDate, QDate(2016, 11, 29));
    EXPECT_EQ(repo.personnel().size(), 1);
    EXPECT_THROW(repo.setPersonnel(lotte, {.birthDate = QDate(2027, 1, 1)}), Error);
    EXPECT_THROW(repo.setPersonnel(QStringLiteral("nobody"), {.birthDate = QDate(1990, 1, 1)}),
                 Error);
}

TEST_F(Personnel, ASickLeaveIsOneActionWithItsDetailsApartAndEndsOnItsLastDay)
{
    const QString id = repo.addAbsence(
        {.personId = lotte, .from = QDate(2026, 11, 23)},
        {.reason = QStringLiteral("Griep"), .doctorVisits = {QStringLiteral("2026-12-01T10:00")}});
    const auto changes = changedFields();
    EXPECT_TRUE(changes.contains(QStringLiteral("absences.from_date")));
    EXPECT_TRUE(changes.contains(QStringLiteral("absence_details.reason")));
    EXPECT_FALSE(changes.contains(QStringLiteral("absences.reason")));
    ASSERT_EQ(repo.absentOn(today).size(), 1);
    EXPECT_EQ(repo.detailsOf(id)->reason, QStringLiteral("Griep"));
    EXPECT_EQ(repo.detailsOf(id)->doctorVisits, QStringList{QStringLiteral("2026-12-01T10:00")});

    repo.endAbsence(id, QDate(2026, 11, 25));
    EXPECT_EQ(changedFields(), QSet<QString>{QStringLiteral("absences.until_date")});
    EXPECT_TRUE(repo.absentOn(today).isEmpty());
    EXPECT_EQ(repo.absentOn(QDate(2026, 11, 25)).size(), 1);
    EXPECT_THROW(repo.endAbsence(id, QDate(2026, 11, 22)), Error);
}

TEST_F(Personnel, ABadSickLeaveIsRefusedWithNothingWritten)
{
    const qint64 before = db->pendingCount();
    EXPECT_THROW(repo.addAbsence({.personId = lotte}), Error);
    EXPECT_THROW(repo.addAbsence({.personId = QStringLiteral("nobody"), .from = today}), Error);
    EXPECT_THROW(repo.addAbsence({.personId = lotte, .from = today, .until = today.addDays(-1)}),
                 Error);
    EXPECT_THROW(repo.addAbsence({.personId = lotte, .from = today},
                                 {.doctorVisits = {QStringLiteral("morgen om tien")}}),
                 Error);
    EXPECT_EQ(db->pendingCount(), before);
    EXPECT_TRUE(repo.absences().isEmpty());
}

TEST_F(Personnel, DoctorsVisitsAreKeptInTheirOrderAndAReasonCanChange)
{
    const QString id = repo.addAbsence({.personId = daan, .from = today});
    repo.updateDetails(id, {.doctorVisits = QStringList{QStringLiteral("2026-12-08T14:30"),
                                                        QStringLiteral("2026-12-01T09:00")}});
    EXPECT_EQ(changedFields(), QSet<QString>{QStringLiteral("absence_details.doctor_visits")});
    EXPECT_EQ(repo.detailsOf(id)->doctorVisits.first(), QStringLiteral("2026-12-01T09:00"));
    repo.updateDetails(id, {.reason = QStringLiteral("Rugklachten")});
    EXPECT_EQ(repo.detailsOf(id)->reason, QStringLiteral("Rugklachten"));
}

TEST_F(Personnel, ARemovedSickLeaveTakesItsDetailsAlongAndUndoBringsBothBack)
{
    const QString id =
        repo.addAbsence({.personId = lotte, .from = today}, {.reason = QStringLiteral("Griep")});
    repo.removeAbsence(id);
    EXPECT_EQ(changedFields(), (QSet<QString>{QStringLiteral("absences.deleted"),
                                              QStringLiteral("absence_details.deleted")}));
    EXPECT_TRUE(repo.absences().isEmpty());
    EXPECT_FALSE(repo.detailsOf(id));
    repo.restoreAbsence(id);
    EXPECT_EQ(repo.absentOn(today).size(), 1);
    EXPECT_EQ(repo.detailsOf(id)->reason, QStringLiteral("Griep"));
}

TEST_F(Personnel, RemindersBecomeTheOfficeManagersTasksOnceWhateverBecomesOfThem)
{
    repo.setPersonnel(lotte, {.birthDate = QDate(1990, 12, 1)});
    repo.setPersonnel(daan, {.startDate = QDate(2026, 11, 30)});
    const QString leave = repo.addAbsence({.personId = lotte, .from = QDate(2026, 11, 16)},
                                          {.reason = QStringLiteral("Griep")});
    const QStringList made = remind(today);
    ASSERT_EQ(made.size(), 3);
    TaskRepo tasks(*db);
    QStringList titles;
    for (const QString &id : made) {
        const auto task = tasks.byId(id);
        ASSERT_TRUE(task);
        EXPECT_EQ(task->assignee, fatima);
        EXPECT_FALSE(task->title.contains(QStringLiteral("Griep")));
        titles << task->title;
    }
    EXPECT_TRUE(
        titles.contains(QStringLiteral("Prepare a welcome: Daan Smit starts on 30 November")));
    EXPECT_TRUE(titles.contains(
        QStringLiteral("Card or flowers: Lotte de Vries's birthday on 1 December")));
    // The birthday's task is due the day before, at nine in the office manager's zone.
    EXPECT_EQ(tasks.byId(reminderTaskId(remindersDue(repo.personnel(), {}, today).last()))->dueUtc,
              in("Europe/Amsterdam", "2026-11-30T09:00"));

    // Asked again, on another day: nothing new; a reminder struck off or removed stays so.
    EXPECT_TRUE(remind(today).isEmpty());
    tasks.markDone(made[0]);
    Database::Transaction tx(*db);
    db->remove(QStringLiteral("tasks"), made[1]);
    tx.commit();
    EXPECT_TRUE(remind(today.addDays(2)).isEmpty());
    EXPECT_EQ(repo.absence(leave)->personId, lotte);
}

TEST_F(Personnel, TheSameRemindersOnTwoStoresHaveTheSameIds)
{
    repo.setPersonnel(lotte, {.birthDate = QDate(1990, 12, 1)});
    const QStringList first = remind(today);
    QTemporaryDir otherDir;
    Database other(otherDir.filePath(QStringLiteral("other.db")), clock);
    Person fatimaThere = *PeopleRepo(*db).byId(fatima);
    Person lotteThere = *PeopleRepo(*db).byId(lotte);
    PeopleRepo(other).add(fatimaThere);
    PeopleRepo(other).add(lotteThere);
    PersonnelRepo there(other);
    there.setPersonnel(lotte, {.birthDate = QDate(1990, 12, 1)});
    EXPECT_EQ(there.makeReminderTasks(today, fatima, fatima, zone, QStringLiteral("nl")), first);
}

TEST_F(Personnel, ANewColleaguesOnboardingStartsOnTheirFirstDayInOneAction)
{
    ChecklistRepo checklists(*db);
    ChecklistTemplate t;
    t.name = QStringLiteral("Onboarding");
    t.items = {
        {{},
         QStringLiteral("Voor de start"),
         0,
         0,
         QStringLiteral("Laptop bestellen"),
         fatima,
         -7 * 24 * 60},
        {{}, QStringLiteral("Eerste dag"), 1, 0, QStringLiteral("Rondleiding"), fatima, 9 * 60}};
    const QString templateId = checklists.addTemplate(t);
    EXPECT_THROW(repo.startOnboarding(daan, templateId, QStringLiteral("Europe/Amsterdam"), fatima),
                 Error);
    repo.setPersonnel(daan, {.startDate = QDate(2026, 12, 7)});
    const QString run =
        repo.startOnboarding(daan, templateId, QStringLiteral("Europe/Amsterdam"), fatima);
    const auto changes = changedFields();
    EXPECT_TRUE(changes.contains(QStringLiteral("checklist_runs.title")));
    EXPECT_TRUE(changes.contains(QStringLiteral("personnel.onboarding_run_id")));
    EXPECT_EQ(repo.personnelOf(daan)->onboardingRunId, run);
    EXPECT_EQ(checklists.runById(run)->title, QStringLiteral("Onboarding: Daan Smit"));
    const auto items = checklists.items(run);
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].dueUtc, in("Europe/Amsterdam", "2026-11-30T00:00"));
    EXPECT_THROW(repo.startOnboarding(daan, templateId, QStringLiteral("Europe/Amsterdam"), fatima),
                 Error);
}

TEST(PersonnelStore, DatesAndDoctorsVisitsTakeOneSpellingOnly)
{
    QTemporaryDir dir;
    ManualClock clock;
    Database db(dir.filePath(QStringLiteral("s.db")), clock);
    Database::Transaction tx(db);
    EXPECT_THROW(db.insert(QStringLiteral("absences"),
                           {{QStringLiteral("from_date"), QStringLiteral("26-11-2026")}}),
                 Error);
    EXPECT_THROW(db.insert(QStringLiteral("personnel"),
                           {{QStringLiteral("birth_date"), QStringLiteral("2026-02-30")}}),
                 Error);
    EXPECT_THROW(db.insert(QStringLiteral("absence_details"),
                           {{QStringLiteral("doctor_visits"),
                             QStringList{QStringLiteral("2026-12-01 10:00")}}}),
                 Error);
    EXPECT_NO_THROW(
        db.insert(QStringLiteral("absences"), {{QStringLiteral("until_date"), QString()}}));
}
