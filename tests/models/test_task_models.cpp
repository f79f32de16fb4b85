// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "core/tasks/TaskRepo.h"
#include "qml/shell/Language.h"
#include "qml/tasks/QuickCapture.h"
#include "qml/tasks/TaskEditor.h"
#include "qml/tasks/TaskListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

class TaskModels : public AppFixture {
protected:
    int rowOf(const TaskListModel &model, const char *title)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row), TaskListModel::roleOf("title")).toString() ==
                QString::fromUtf8(title))
                return row;
        }
        return -1;
    }
    QVariant role(const TaskListModel &model, const char *title, int role)
    {
        const int row = rowOf(model, title);
        return row < 0 ? QVariant() : model.data(model.index(row), role);
    }
};

TEST_F(TaskModels, TheInboxMarksNewDelegatedTasksUntilTheyAreSeen)
{
    start(QStringLiteral("assistant"));
    TaskListModel inbox(app->office(), app->people());
    QAbstractItemModelTester tester(&inbox, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(
        role(inbox, "Terugbellen: wethouder Van Dijk", TaskListModel::roleOf("isNew")).toBool());
    EXPECT_TRUE(
        role(inbox, "Terugbellen: wethouder Van Dijk", TaskListModel::roleOf("urgent")).toBool());
    EXPECT_EQ(
        role(inbox, "Terugbellen: wethouder Van Dijk", TaskListModel::roleOf("whoText")).toString(),
        QStringLiteral("from Maarten"));
    // Overdue ones were there before: not new, but marked overdue.
    EXPECT_FALSE(
        role(inbox, "Offertes catering vergelijken", TaskListModel::roleOf("isNew")).toBool());
    EXPECT_TRUE(
        role(inbox, "Offertes catering vergelijken", TaskListModel::roleOf("overdue")).toBool());
    const int before = inbox.newCount();
    EXPECT_GT(before, 0);

    QStringList wereNew;
    for (int row = 0; row < inbox.rowCount(); ++row) {
        if (inbox.data(inbox.index(row), TaskListModel::roleOf("isNew")).toBool())
            wereNew << inbox.data(inbox.index(row), TaskListModel::roleOf("taskId")).toString();
    }
    ASSERT_EQ(wereNew.size(), before);
    for (const QString &id : wereNew)
        EXPECT_FALSE(TaskRepo(*app->office()->store()).seen().contains(id));

    TaskListModel badge(app->office(),
                        app->people()); // another view of the inbox, like the tab bar's count
    inbox.markSeen();
    EXPECT_EQ(inbox.newCount(), 0);
    EXPECT_EQ(badge.newCount(), 0);
    for (const QString &id : wereNew)
        EXPECT_TRUE(TaskRepo(*app->office()->store()).seen().contains(id));
    // A task without a due time that was handed over today is news too.
    EXPECT_TRUE(wereNew.contains(
        role(inbox, "Reisdeclaratie oktober indienen", TaskListModel::roleOf("taskId"))
            .toString()));
}

TEST_F(TaskModels, StrikingOffChangesOneRowAndUndoBringsItBack)
{
    start(QStringLiteral("assistant"));
    TaskListModel inbox(app->office(), app->people());
    QAbstractItemModelTester tester(&inbox, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&inbox, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&inbox, &QAbstractItemModel::dataChanged);
    const QString id =
        role(inbox, "Hotel in New York boeken", TaskListModel::roleOf("taskId")).toString();
    const int open = inbox.openCount();
    const qint64 outbox = app->office()->store()->pendingCount();
    ASSERT_TRUE(role(inbox, "Hotel in New York boeken", TaskListModel::roleOf("isNew")).toBool());

    inbox.strike(id);
    EXPECT_TRUE(role(inbox, "Hotel in New York boeken", TaskListModel::roleOf("done")).toBool());
    EXPECT_EQ(inbox.openCount(), open - 1);
    EXPECT_GT(app->office()->store()->pendingCount(), outbox); // on its way to the server
    EXPECT_EQ(TaskRepo(*app->office()->store()).byId(id)->status, TaskStatus::Done);

    inbox.undo(id);
    EXPECT_FALSE(role(inbox, "Hotel in New York boeken", TaskListModel::roleOf("done")).toBool());
    EXPECT_EQ(inbox.openCount(), open);
    // It was new until struck off; reopened, it is not news again.
    EXPECT_FALSE(role(inbox, "Hotel in New York boeken", TaskListModel::roleOf("isNew")).toBool());
    EXPECT_GE(changes.count(), 2);
    // The struck-off task keeps its place (done today stays in the list): no reset.
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(TaskModels, WaitingForShowsWhoHasWhatTheUserHandedOver)
{
    start(QStringLiteral("director"));
    TaskListModel waiting(app->office(), app->people());
    QAbstractItemModelTester tester(&waiting,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    waiting.setView(TaskListModel::View::Waiting);
    EXPECT_GT(waiting.count(), 0);
    EXPECT_EQ(
        role(waiting, "Hotel in New York boeken", TaskListModel::roleOf("whoText")).toString(),
        QStringLiteral("with Sanne"));
    EXPECT_EQ(rowOf(waiting, "Kerstpakketten inventariseren"), -1); // Fatima's own

    // Sanne strikes one off: it stays in its place, crossed out, saying who did it and
    // when, until the day is over.
    const QString hotel =
        role(waiting, "Hotel in New York boeken", TaskListModel::roleOf("taskId")).toString();
    const int place = rowOf(waiting, "Hotel in New York boeken");
    TaskRepo(*app->office()->store()).markDone(hotel);
    app->reloadViews();
    EXPECT_EQ(rowOf(waiting, "Hotel in New York boeken"), place);
    EXPECT_TRUE(role(waiting, "Hotel in New York boeken", TaskListModel::roleOf("done")).toBool());
    EXPECT_EQ(
        role(waiting, "Hotel in New York boeken", TaskListModel::roleOf("whoText")).toString(),
        QStringLiteral("done by Sanne · 09:15"));
    clock.set(clock.nowMs() + 24 * 3600 * 1000);
    app->reloadViews();
    EXPECT_EQ(rowOf(waiting, "Hotel in New York boeken"), -1);
    clock.set(clock.nowMs() - 24 * 3600 * 1000);
    TaskRepo(*app->office()->store()).reopen(hotel);
    app->reloadViews();

    // Sanne hands his task on to Joris (on her device; it arrives here by sync): he still
    // waits for it, and sees who has it now and through whom.
    const QString id =
        role(waiting, "Hotel in New York boeken", TaskListModel::roleOf("taskId")).toString();
    TaskRepo(*app->office()->store()).handTo(id, idOf("joris"), idOf("sanne"));
    app->reloadViews();
    EXPECT_EQ(
        role(waiting, "Hotel in New York boeken", TaskListModel::roleOf("whoText")).toString(),
        QStringLiteral("with Joris · via Sanne"));
    applyLanguage(QStringLiteral("nl"));
    app->reloadViews();
    EXPECT_EQ(
        role(waiting, "Hotel in New York boeken", TaskListModel::roleOf("whoText")).toString(),
        QStringLiteral("bij Joris · via Sanne"));
    applyLanguage(QStringLiteral("en"));
}

// Handed on and taken back with Undo: the server lets the device name only its own user as
// delegator, so the task names its holder; the row still says who handed it over.
TEST_F(TaskModels, ATaskTakenBackAfterItWasHandedOnStillSaysWhoHandedItOver)
{
    start(QStringLiteral("assistant"));
    TaskListModel inbox(app->office(), app->people());
    const QString id =
        role(inbox, "Hotel in New York boeken", TaskListModel::roleOf("taskId")).toString();
    inbox.handTo(id, idOf("joris"));
    EXPECT_EQ(rowOf(inbox, "Hotel in New York boeken"), -1);
    inbox.handTo(id, app->personId());
    EXPECT_EQ(TaskRepo(*app->office()->store()).byId(id)->delegatedBy, app->personId());
    EXPECT_EQ(role(inbox, "Hotel in New York boeken", TaskListModel::roleOf("whoText")).toString(),
              QStringLiteral("from Maarten"));
}

TEST_F(TaskModels, TheDayReviewHoldsTodaysOpenAndOverdueWorkUrgentFirst)
{
    start(QStringLiteral("assistant")); // Monday 30 November, 09:15
    TaskListModel review(app->office(), app->people());
    QAbstractItemModelTester tester(&review, QAbstractItemModelTester::FailureReportingMode::Fatal);
    review.setView(TaskListModel::View::Review);
    QStringList titles;
    for (int row = 0; row < review.rowCount(); ++row)
        titles << review.data(review.index(row), TaskListModel::roleOf("title")).toString();
    // Due today (urgent) first, then overdue since yesterday; what is due on Wednesday or
    // has no date is not today's work.
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Terugbellen: wethouder Van Dijk"),
                                   QStringLiteral("Offertes catering vergelijken")}));
    EXPECT_TRUE(
        role(review, "Offertes catering vergelijken", TaskListModel::roleOf("overdue")).toBool());
}

TEST_F(TaskModels, AnUrgentTaskWithoutADateStandsAmongTodaysWorkInTheInboxAndTheReview)
{
    start(QStringLiteral("assistant")); // Monday 30 November, 09:15
    QuickCapture capture(app->office(), app->people());
    ASSERT_TRUE(capture.capture(QStringLiteral("Taxi bestellen"), QString(), TaskDue::None, true));
    TaskListModel inbox(app->office(), app->people());
    // After what was due yesterday, before what is due at 16:00 today; not at the bottom.
    const int taxi = rowOf(inbox, "Taxi bestellen");
    EXPECT_LT(rowOf(inbox, "Offertes catering vergelijken"), taxi);
    EXPECT_EQ(rowOf(inbox, "Terugbellen: wethouder Van Dijk"), taxi + 1);
    EXPECT_FALSE(role(inbox, "Taxi bestellen", TaskListModel::roleOf("overdue")).toBool());
    TaskListModel review(app->office(), app->people());
    review.setView(TaskListModel::View::Review);
    EXPECT_EQ(rowOf(review, "Taxi bestellen"), 0);
}

// "Bel Jan om 14:00" handed over in passing is due at 14:00 today, or tomorrow when that was
// chosen; the form says so under the title. This week and no date leave the time alone.
TEST_F(TaskModels, ATimeInACapturedTitleIsWhenItIsDue)
{
    start(QStringLiteral("assistant")); // Monday 30 November, 09:15
    QuickCapture capture(app->office(), app->people());
    const QString title = QStringLiteral("Bel Jan om 14:00");
    EXPECT_EQ(capture.titleTimeText(title, TaskDue::Today), QStringLiteral("Due today at 14:00"));
    EXPECT_EQ(capture.titleTimeText(title, TaskDue::Tomorrow),
              QStringLiteral("Due tomorrow at 14:00"));
    EXPECT_EQ(capture.titleTimeText(title, TaskDue::ThisWeek), QString());
    EXPECT_EQ(capture.titleTimeText(QStringLiteral("Bel Jan"), TaskDue::Today), QString());
    EXPECT_EQ(capture.titleTimeText(QStringLiteral("Bel Jan om 9 uur"), TaskDue::Today),
              QStringLiteral("Due today at 09:00, already past")); // it is 09:15

    ASSERT_TRUE(capture.capture(title, QString(), TaskDue::Today, false));
    ASSERT_TRUE(
        capture.capture(QStringLiteral("Taxi om 9 uur"), QString(), TaskDue::Tomorrow, false));
    ASSERT_TRUE(
        capture.capture(QStringLiteral("Zaal 14:00 boeken"), QString(), TaskDue::ThisWeek, false));
    TaskRepo tasks(*app->office()->store());
    qint64 jan = -2, taxi = -2, zaal = -2;
    for (const Task &t : tasks.list(app->personId())) {
        if (t.title == title)
            jan = t.dueUtc;
        else if (t.title == QStringLiteral("Taxi om 9 uur"))
            taxi = t.dueUtc;
        else if (t.title == QStringLiteral("Zaal 14:00 boeken"))
            zaal = t.dueUtc;
    }
    EXPECT_EQ(jan, at("2026-11-30T14:00:00+01:00"));
    EXPECT_EQ(taxi, at("2026-12-01T09:00:00+01:00"));
    EXPECT_EQ(zaal, capture.dueFor(TaskDue::ThisWeek)); // Friday at the end of the day
    EXPECT_TRUE(capture.titleTimeGone(QStringLiteral("Bel Jan om 9 uur"), TaskDue::Today));
    EXPECT_FALSE(capture.titleTimeGone(QStringLiteral("Bel Jan om 9 uur"), TaskDue::Tomorrow));
    EXPECT_FALSE(capture.titleTimeGone(title, TaskDue::Today));
    EXPECT_FALSE(capture.titleTimeGone(QStringLiteral("Bel Jan"), TaskDue::Today));
    // A day in the title is the choice until one is tapped.
    EXPECT_EQ(capture.dueInTitle(QStringLiteral("Lunch morgen om 12 uur"), TaskDue::Today),
              TaskDue::Tomorrow);
    EXPECT_EQ(capture.dueInTitle(title, TaskDue::ThisWeek), TaskDue::ThisWeek);
}

// "Bel Jan vrijdag om 10:00" is due on Friday at 10:00, said under the title with no choice
// of the form's lit; "dinsdag" on a Monday is tomorrow's choice. A chip tapped overrules it.
TEST_F(TaskModels, AWeekdayInACapturedTitleIsTheDayItIsDue)
{
    start(QStringLiteral("assistant")); // Monday 30 November, 09:15
    QuickCapture capture(app->office(), app->people());
    const QString friday = QStringLiteral("Bel Jan vrijdag om 10:00");
    EXPECT_EQ(capture.dueInTitle(friday, TaskDue::Today), TaskDue::TitleDay);
    EXPECT_EQ(capture.titleTimeText(friday, TaskDue::TitleDay),
              QStringLiteral("Due Friday 4 December at 10:00"));
    EXPECT_FALSE(capture.titleTimeGone(friday, TaskDue::TitleDay));
    EXPECT_EQ(capture.dueInTitle(QStringLiteral("dinsdag de post"), TaskDue::Today),
              TaskDue::Tomorrow);
    EXPECT_EQ(capture.dueInTitle(QStringLiteral("maandag de post"), TaskDue::ThisWeek),
              TaskDue::Today);
    // Monday's 09:00 has gone at 09:15: next Monday's.
    EXPECT_EQ(capture.dueInTitle(QStringLiteral("maandag om 9 uur de post"), TaskDue::Today),
              TaskDue::TitleDay);
    EXPECT_EQ(capture.titleTimeText(QStringLiteral("maandag om 9 uur de post"), TaskDue::TitleDay),
              QStringLiteral("Due Monday 7 December at 09:00"));
    // Without a time, at the end of that working day.
    EXPECT_EQ(capture.titleTimeText(QStringLiteral("Offerte donderdag rond"), TaskDue::TitleDay),
              QStringLiteral("Due Thursday 3 December at 17:00"));
    // A date likewise.
    EXPECT_EQ(capture.dueInTitle(QStringLiteral("Taxi 11 december om 9"), TaskDue::Today),
              TaskDue::TitleDay);
    EXPECT_EQ(capture.titleTimeText(QStringLiteral("Taxi 11 december om 9"), TaskDue::TitleDay),
              QStringLiteral("Due Friday 11 December at 09:00"));

    ASSERT_TRUE(capture.capture(friday, QString(), TaskDue::TitleDay, false));
    ASSERT_TRUE(capture.capture(QStringLiteral("Bel Piet vrijdag"), QString(), TaskDue::Tomorrow,
                                false)); // "Tomorrow" tapped
    qint64 jan = -2, piet = -2;
    for (const Task &t : TaskRepo(*app->office()->store()).list(app->personId())) {
        if (t.title == friday)
            jan = t.dueUtc;
        else if (t.title == QStringLiteral("Bel Piet vrijdag"))
            piet = t.dueUtc;
    }
    EXPECT_EQ(jan, at("2026-12-04T10:00:00+01:00"));
    EXPECT_EQ(piet, at("2026-12-01T09:00:00+01:00"));
}

// The director in New York types "Bel Jan om 16:00": the form says whose 16:00 it is, for
// the task reaches the secretary at home as 22:00.
TEST_F(TaskModels, AwayFromHomeTheTitlesTimeSaysItsZone)
{
    start(QStringLiteral("director"), QStringLiteral("America/New_York"));
    QuickCapture capture(app->office(), app->people());
    EXPECT_EQ(capture.titleTimeText(QStringLiteral("Bel Jan om 16:00"), TaskDue::Tomorrow),
              QStringLiteral("Due tomorrow at 16:00 New York"));
}

TEST_F(TaskModels, NotTodayMovesATaskToTheNextWorkingMorningAndUndoPutsItBack)
{
    start(QStringLiteral("assistant"));
    clock.set(at("2026-12-04T17:00:00+01:00")); // Friday afternoon
    TaskListModel review(app->office(), app->people());
    review.setView(TaskListModel::View::Review);
    const QString id =
        role(review, "Bloemen voor het jubileum van Joris", TaskListModel::roleOf("taskId"))
            .toString();
    ASSERT_FALSE(id.isEmpty());
    const qint64 before = TaskRepo(*app->office()->store()).byId(id)->dueUtc;
    const double previous = review.postpone(id);
    EXPECT_EQ(qint64(previous), before);
    EXPECT_EQ(TaskRepo(*app->office()->store()).byId(id)->dueUtc, at("2026-12-07T09:00:00+01:00"));
    // Not today's any more, but in its place, said to be moved, while the review is open.
    const int place = rowOf(review, "Bloemen voor het jubileum van Joris");
    EXPECT_GE(place, 0);
    EXPECT_TRUE(role(review, "Bloemen voor het jubileum van Joris", TaskListModel::roleOf("moved"))
                    .toBool());
    review.setDue(id, previous);
    EXPECT_EQ(TaskRepo(*app->office()->store()).byId(id)->dueUtc, before);
    EXPECT_EQ(rowOf(review, "Bloemen voor het jubileum van Joris"), place);
    EXPECT_FALSE(role(review, "Bloemen voor het jubileum van Joris", TaskListModel::roleOf("moved"))
                     .toBool());
    review.postpone(id);
    review.settle();
    EXPECT_EQ(rowOf(review, "Bloemen voor het jubileum van Joris"), -1);
}

// While the review is open a task struck off stays where it was, crossed out, and the
// rows under it do not move; a task new to today's work takes its place in the order; left,
// the review holds only what is open.
TEST_F(TaskModels, TheReviewKeepsItsRowsInPlaceUntilItIsLeft)
{
    start(QStringLiteral("assistant")); // Monday 30 November, 09:15
    TaskListModel review(app->office(), app->people());
    QAbstractItemModelTester tester(&review, QAbstractItemModelTester::FailureReportingMode::Fatal);
    review.setView(TaskListModel::View::Review);
    const auto titles = [&] {
        QStringList out;
        for (int row = 0; row < review.rowCount(); ++row)
            out << review.data(review.index(row), TaskListModel::roleOf("title")).toString();
        return out;
    };
    const QStringList before = titles();
    ASSERT_EQ(before.size(), 2);
    const QString first = review.data(review.index(0), TaskListModel::roleOf("taskId")).toString();
    review.strike(first);
    EXPECT_EQ(titles(), before);
    EXPECT_TRUE(review.data(review.index(0), TaskListModel::roleOf("done")).toBool());
    EXPECT_EQ(review.openCount(), 1);
    // Urgent without a date is today's work: it comes in first, as the review orders it.
    QuickCapture capture(app->office(), app->people());
    ASSERT_TRUE(capture.capture(QStringLiteral("Taxi bestellen"), QString(), TaskDue::None, true));
    EXPECT_EQ(titles(), (QStringList{QStringLiteral("Taxi bestellen"), before[0], before[1]}));
    review.settle();
    EXPECT_EQ(titles(), (QStringList{QStringLiteral("Taxi bestellen"), before[1]}));
}

TEST_F(TaskModels, QuickCaptureHandsATaskOverInTwoTaps)
{
    start(QStringLiteral("director"));
    QuickCapture capture(app->office(), app->people());
    QSignalSpy captured(&capture, &QuickCapture::captured);
    ASSERT_TRUE(capture.capture(QStringLiteral("Tafel reserveren voor de lunch"), idOf("sanne"),
                                TaskDue::Tomorrow, true));
    ASSERT_EQ(captured.count(), 1);
    EXPECT_EQ(captured.first().at(1).toString(),
              QStringLiteral("Task saved for Sanne: Tafel reserveren voor de lunch"));
    const auto task = TaskRepo(*app->office()->store()).byId(captured.first().first().toString());
    ASSERT_TRUE(task);
    EXPECT_EQ(task->assignee, idOf("sanne"));
    EXPECT_EQ(task->delegatedBy, idOf("maarten"));
    EXPECT_EQ(task->dueUtc, at("2026-12-01T09:00:00+01:00"));
    EXPECT_TRUE(task->urgent);
    EXPECT_EQ(task->source, TaskSource::InPassing);

    // One's own task: no delegator; "today" is the end of the working day.
    ASSERT_TRUE(capture.capture(QStringLiteral("Stukken lezen"), QString(), TaskDue::Today, false));
    const auto own = TaskRepo(*app->office()->store()).byId(captured.last().first().toString());
    EXPECT_TRUE(own->delegatedBy.isEmpty());
    EXPECT_EQ(own->dueUtc, at("2026-11-30T17:00:00+01:00"));
    EXPECT_EQ(capture.dueFor(TaskDue::ThisWeek), at("2026-12-04T17:00:00+01:00"));
    EXPECT_EQ(capture.dueFor(TaskDue::None), -1);

    EXPECT_FALSE(capture.capture(QStringLiteral("   "), QString(), TaskDue::None, false));
    EXPECT_FALSE(capture.error().isEmpty());
}

TEST_F(TaskModels, DueChoicesFollowTheWallClockOnDstDaysAndAfterHours)
{
    start(QStringLiteral("assistant"));
    QuickCapture capture(app->office(), app->people());
    // Saturday 27 March 2027; the clocks go forward on Sunday the 28th.
    clock.set(at("2027-03-27T20:00:00+01:00"));
    EXPECT_EQ(capture.dueFor(TaskDue::Tomorrow), at("2027-03-28T09:00:00+02:00"));
    // After working hours, "today" is still today.
    EXPECT_EQ(capture.dueFor(TaskDue::Today), at("2027-03-27T23:59:00+01:00"));
    // Friday evening, "this week" is next Friday.
    clock.set(at("2026-12-04T18:30:00+01:00"));
    EXPECT_EQ(capture.dueFor(TaskDue::ThisWeek), at("2026-12-11T17:00:00+01:00"));
}

// Abroad (her device in New York, her home Amsterdam), a due time says when it is at home
// too, in the list and on the task; at home it does not.
TEST_F(TaskModels, AbroadADueTimeSaysItsTimeAtHomeToo)
{
    const char *title = "Offertes catering vergelijken";
    {
        start(QStringLiteral("assistant"), QStringLiteral("America/New_York"));
        // Home is her own zone, not where the device is nor a record's zone.
        EXPECT_EQ(app->people()->homeZone(QTimeZone("America/New_York")).id(), "Europe/Amsterdam");
        EXPECT_EQ(app->people()->homeZoneId(QStringLiteral("Asia/Tokyo")),
                  QStringLiteral("Europe/Amsterdam"));
        TaskListModel inbox(app->office(), app->people());
        // Due yesterday at 17:00 at home, 11:00 in New York.
        EXPECT_EQ(role(inbox, title, TaskListModel::roleOf("dueText")).toString(),
                  QStringLiteral("yesterday 11:00"));
        EXPECT_EQ(role(inbox, title, TaskListModel::roleOf("homeDueText")).toString(),
                  QStringLiteral("17:00"));
        TaskEditor editor(app->office(), app->people());
        editor.setTaskId(role(inbox, title, TaskListModel::roleOf("taskId")).toString());
        EXPECT_EQ(editor.dueText(), QStringLiteral("yesterday 11:00 · home 17:00"));
    }
    start(QStringLiteral("assistant"));
    TaskListModel atHome(app->office(), app->people());
    EXPECT_EQ(role(atHome, title, TaskListModel::roleOf("homeDueText")).toString(), QString());
}

TEST_F(TaskModels, AnOpenedTaskIsEditedHandedOnOrDeleted)
{
    start(QStringLiteral("assistant"));
    TaskListModel inbox(app->office(), app->people());
    const QString id =
        role(inbox, "Reisdeclaratie oktober indienen", TaskListModel::roleOf("taskId")).toString();
    TaskEditor editor(app->office(), app->people());
    editor.setTaskId(id);
    ASSERT_TRUE(editor.found());
    EXPECT_EQ(editor.assigneeId(), idOf("sanne"));
    EXPECT_TRUE(editor.dueText().isEmpty());

    // Sanne passes it on to Joris, due tomorrow morning, urgent.
    ASSERT_TRUE(editor.save(QStringLiteral("Reisdeclaratie oktober indienen bij Financiën"),
                            QStringLiteral("bonnetjes in de map"), idOf("joris"), TaskDue::Tomorrow,
                            true));
    auto task = TaskRepo(*app->office()->store()).byId(id);
    EXPECT_EQ(task->title, QStringLiteral("Reisdeclaratie oktober indienen bij Financiën"));
    EXPECT_EQ(task->assignee, idOf("joris"));
    EXPECT_EQ(task->delegatedBy, idOf("sanne"));
    EXPECT_EQ(task->handedBy, (QStringList{idOf("maarten"), idOf("sanne")}));
    EXPECT_EQ(task->dueUtc, at("2026-12-01T09:00:00+01:00"));
    EXPECT_TRUE(task->urgent);
    EXPECT_EQ(rowOf(inbox, "Reisdeclaratie oktober indienen"), -1); // out of her inbox

    // "keep" leaves the due time alone; an empty title is refused.
    ASSERT_TRUE(
        editor.save(editor.title(), editor.notes(), editor.assigneeId(), TaskDue::Keep, false));
    EXPECT_EQ(TaskRepo(*app->office()->store()).byId(id)->dueUtc, at("2026-12-01T09:00:00+01:00"));
    EXPECT_FALSE(editor.save(QStringLiteral(" "), {}, {}, TaskDue::Keep, false));
    EXPECT_FALSE(editor.error().isEmpty());

    // Changed elsewhere since it was opened: opened again, the sheet shows what is stored now.
    TaskRepo(*app->office()->store()).setUrgent(id, true);
    editor.reload();
    EXPECT_TRUE(editor.urgent());
    EXPECT_TRUE(editor.error().isEmpty());

    EXPECT_TRUE(editor.remove());
    EXPECT_FALSE(TaskRepo(*app->office()->store()).byId(id));
    EXPECT_FALSE(editor.found());

    // A delete is undone from the snackbar: the task comes back as it was.
    inbox.restore(id);
    task = TaskRepo(*app->office()->store()).byId(id);
    ASSERT_TRUE(task);
    EXPECT_EQ(task->notes, QStringLiteral("bonnetjes in de map"));
    EXPECT_TRUE(task->urgent);
}
