// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "core/checklists/ChecklistRepo.h"
#include "core/common/Time.h"
#include "core/personnel/PersonnelRepo.h"
#include "qml/checklists/ChecklistRunModel.h"
#include "qml/checklists/ChecklistRunsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

class ChecklistModels : public AppFixture {
protected:
    QString firstOpenItem(const ChecklistRunModel &run)
    {
        for (int row = 0; row < run.rowCount(); ++row) {
            if (!run.data(run.index(row), ChecklistRunModel::roleOf("done")).toBool())
                return run.data(run.index(row), ChecklistRunModel::roleOf("itemId")).toString();
        }
        return {};
    }
};

TEST_F(ChecklistModels, ATickMovesTheProgressInTotalAndPerPhase)
{
    start(QStringLiteral("office-manager"));
    ChecklistRunsModel runs(app->office(), app->people());
    ASSERT_EQ(runs.count(), 1);
    ChecklistRunModel run(app->office(), app->people());
    QAbstractItemModelTester tester(&run, QAbstractItemModelTester::FailureReportingMode::Fatal);
    run.setRunId(runs.idAt(0));
    EXPECT_EQ(run.title(), QStringLiteral("Verhuizing naar de Stationsweg"));
    EXPECT_EQ(run.phases().size(), 3);
    const int done = run.doneCount();
    const int total = run.total();
    EXPECT_EQ(run.rowCount(), total);

    QSignalSpy resets(&run, &QAbstractItemModel::modelReset);
    const QString item = firstOpenItem(run);
    run.tick(item);
    EXPECT_EQ(run.doneCount(), done + 1);
    EXPECT_EQ(run.percent(), (done + 1) * 100 / total);
    EXPECT_EQ(resets.count(), 0);
    int phaseDone = 0;
    for (const RunPhase &phase : run.phases())
        phaseDone += phase.done;
    EXPECT_EQ(phaseDone, done + 1);
    EXPECT_EQ(ChecklistRepo(*app->office()->store()).itemById(item)->doneBy, app->personId());

    run.untick(item); // undoing a mistaken tick is its own action
    EXPECT_EQ(run.doneCount(), done);
}

TEST_F(ChecklistModels, TwoPeopleTickingTheSameItemAtOnceLeaveItDoneByTheFirst)
{
    start(QStringLiteral("office-manager"));
    ChecklistRunsModel runs(app->office(), app->people());
    ChecklistRunModel run(app->office(), app->people());
    run.setRunId(runs.idAt(0));
    const int done = run.doneCount();
    const QString item = firstOpenItem(run);
    // Joris's tick reached this device a moment before its user tapped the same item.
    clock.advance(1000);
    ChecklistRepo(*app->office()->store()).tick(item, idOf("joris"));
    const qint64 jorisAt = ChecklistRepo(*app->office()->store()).itemById(item)->doneAt;
    app->reloadViews();
    clock.advance(1000);
    run.tick(item);
    EXPECT_EQ(run.doneCount(), done + 1);
    const auto stored = ChecklistRepo(*app->office()->store()).itemById(item);
    EXPECT_EQ(stored->status, ChecklistItemStatus::Done);
    EXPECT_EQ(stored->doneBy, idOf("joris"));
    EXPECT_EQ(stored->doneAt, jorisAt);
}

TEST_F(ChecklistModels, FiltersShowMineAndOpenItems)
{
    start(QStringLiteral("office-manager"));
    ChecklistRunsModel runs(app->office(), app->people());
    ChecklistRunModel run(app->office(), app->people());
    QAbstractItemModelTester tester(&run, QAbstractItemModelTester::FailureReportingMode::Fatal);
    run.setRunId(runs.idAt(0));
    const int all = run.rowCount();
    run.setFilter(ChecklistRunModel::Filter::Mine);
    EXPECT_GT(run.rowCount(), 0);
    EXPECT_LT(run.rowCount(), all);
    for (int row = 0; row < run.rowCount(); ++row)
        EXPECT_TRUE(run.data(run.index(row), ChecklistRunModel::roleOf("mine")).toBool());
    run.setFilter(ChecklistRunModel::Filter::Open);
    EXPECT_EQ(run.rowCount(), all - run.doneCount());
    EXPECT_EQ(run.total(), all); // progress always counts the whole run
}

// The office manager sees at the item that whoever should do it is off sick that day, so
// she hands it to someone else in time; done items and others' items stay as they were.
TEST_F(ChecklistModels, AnOpenItemOfSomeoneOffSickOnItsDaySaysSo)
{
    start(QStringLiteral("office-manager"));
    ChecklistRunsModel runs(app->office(), app->people());
    ChecklistRunModel run(app->office(), app->people());
    run.setRunId(runs.idAt(0));
    Database &db = *app->office()->store();
    const QList<ChecklistItem> items = ChecklistRepo(db).items(runs.idAt(0));
    const auto absentRows = [&] {
        QSet<QString> ids;
        for (int row = 0; row < run.rowCount(); ++row)
            if (run.data(run.index(row), ChecklistRunModel::roleOf("absent")).toBool())
                ids << run.data(run.index(row), ChecklistRunModel::roleOf("itemId")).toString();
        return ids;
    };
    // The demo's colleague off sick since last week has four open items: the lines asked for
    // the week before, and three on move day.
    const QSet<QString> before = absentRows();
    EXPECT_EQ(before.size(), 4);
    QString someone;
    for (const ChecklistItem &item : items)
        if (item.status != ChecklistItemStatus::Done && !item.responsible.isEmpty() &&
            item.responsible != app->personId() && !before.contains(item.id))
            someone = item.responsible;
    ASSERT_FALSE(someone.isEmpty());

    const QDate today = dateIn(db.clock().nowMs(), app->office()->localZone());
    QString leave;
    app->office()->act([&](Database &store) {
        leave = PersonnelRepo(store).addAbsence({.personId = someone, .from = today});
    });
    ASSERT_FALSE(leave.isEmpty());
    QSet<QString> expected = before;
    for (const ChecklistItem &item : items)
        if (item.status != ChecklistItemStatus::Done && item.responsible == someone)
            expected << item.id;
    EXPECT_GT(expected.size(), before.size());
    EXPECT_EQ(absentRows(), expected);

    // A leave that ended yesterday marks nothing: what is left is due from today on. Nor do
    // done items, whoever is away.
    app->office()->act([&](Database &store) {
        PersonnelRepo personnel(store);
        personnel.removeAbsence(leave);
        personnel.addAbsence(
            {.personId = someone, .from = today.addDays(-3), .until = today.addDays(-1)});
    });
    EXPECT_EQ(absentRows(), before);
    run.tick(*before.begin());
    EXPECT_EQ(absentRows().size(), before.size() - 1);
}

TEST_F(ChecklistModels, ATickFromAnotherDeviceChangesOnlyItsRow)
{
    start(QStringLiteral("office-manager"));
    ChecklistRunsModel runs(app->office(), app->people());
    ChecklistRunModel run(app->office(), app->people());
    run.setRunId(runs.idAt(0));
    QSignalSpy resets(&run, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&run, &QAbstractItemModel::dataChanged);
    const QString item = firstOpenItem(run);
    // What a pull does: the store changes, then the app tells its views.
    ChecklistRepo(*app->office()->store()).tick(item, idOf("joris"));
    app->reloadViews();
    EXPECT_EQ(resets.count(), 0);
    ASSERT_EQ(changes.count(), 1);
    const QModelIndex changed = changes.first().first().toModelIndex();
    EXPECT_EQ(run.data(changed, ChecklistRunModel::roleOf("itemId")).toString(), item);
    EXPECT_TRUE(run.data(changed, ChecklistRunModel::roleOf("doneText"))
                    .toString()
                    .startsWith(QStringLiteral("Joris")));
}

TEST_F(ChecklistModels, IncidentsAreLoggedWithTheirTimeAndANewRunStartsFromATemplate)
{
    start(QStringLiteral("office-manager"));
    ChecklistRunsModel runs(app->office(), app->people());
    ChecklistRunModel run(app->office(), app->people());
    run.setRunId(runs.idAt(0));
    const qsizetype before = run.incidents().size();
    EXPECT_TRUE(run.addIncident(QStringLiteral("Verhuizer 30 minuten te laat")));
    EXPECT_FALSE(run.addIncident(QStringLiteral("  ")));
    ASSERT_EQ(run.incidents().size(), before + 1);
    const IncidentEntry newest = run.incidents().constFirst();
    EXPECT_EQ(newest.text, QStringLiteral("Verhuizer 30 minuten te laat"));
    EXPECT_EQ(newest.time, QStringLiteral("09:15"));

    ASSERT_FALSE(runs.templates().isEmpty());
    const QString templateId = runs.templates().constFirst().id;
    const QString started = runs.startRun(templateId, QStringLiteral("Verhuizing Utrecht"), 7);
    ASSERT_FALSE(started.isEmpty());
    EXPECT_EQ(runs.count(), 2);
    ChecklistRunModel fresh(app->office(), app->people());
    fresh.setRunId(started);
    EXPECT_EQ(fresh.doneCount(), 0);
    EXPECT_GT(fresh.total(), 0);
}

// A row never leaves under a thumb: the tap meant for it would land on the next one. Ticked
// here or on another device it stays in its place, marked done, until the filter is chosen
// again.
TEST_F(ChecklistModels, UnderTheOpenFilterATickedRowStaysInPlaceUntilTheFilterIsChosenAgain)
{
    start(QStringLiteral("office-manager"));
    ChecklistRunsModel runs(app->office(), app->people());
    ChecklistRunModel run(app->office(), app->people());
    QAbstractItemModelTester tester(&run, QAbstractItemModelTester::FailureReportingMode::Fatal);
    run.setRunId(runs.idAt(0));
    run.setFilter(ChecklistRunModel::Filter::Open);
    const int open = run.rowCount();
    ASSERT_GT(open, 2);
    QSignalSpy resets(&run, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&run, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&run, &QAbstractItemModel::rowsInserted);
    const auto idAt = [&](int row) {
        return run.data(run.index(row), ChecklistRunModel::roleOf("itemId")).toString();
    };
    const auto doneAt = [&](int row) {
        return run.data(run.index(row), ChecklistRunModel::roleOf("done")).toBool();
    };
    const QString mine = idAt(1);
    const QString theirs = idAt(2);
    run.tick(mine);
    // Fatima's tablet ticks the next one a moment before her thumb reaches it.
    ChecklistRepo(*app->office()->store()).tick(theirs, idOf("joris"));
    app->reloadViews();
    EXPECT_EQ(run.rowCount(), open);
    EXPECT_EQ(removed.count(), 0);
    EXPECT_EQ(idAt(1), mine);
    EXPECT_TRUE(doneAt(1));
    EXPECT_EQ(idAt(2), theirs);
    EXPECT_TRUE(doneAt(2));

    // Chosen again, the list holds only what is open.
    run.setFilter(ChecklistRunModel::Filter::Open);
    EXPECT_EQ(run.rowCount(), open - 2);
    EXPECT_NE(idAt(1), mine);
    EXPECT_NE(idAt(1), theirs);
    // Another device unticks one: it comes back in its place.
    ChecklistRepo(*app->office()->store()).untick(mine);
    app->reloadViews();
    EXPECT_EQ(run.rowCount(), open - 1);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.first().at(1).toInt(), 1);
    EXPECT_EQ(idAt(1), mine);
    EXPECT_FALSE(doneAt(1));
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(ChecklistModels, UnderMineAnItemHandedAwayStaysInPlaceUntilTheFilterIsChosenAgain)
{
    start(QStringLiteral("office-manager"));
    ChecklistRunsModel runs(app->office(), app->people());
    ChecklistRunModel run(app->office(), app->people());
    QAbstractItemModelTester tester(&run, QAbstractItemModelTester::FailureReportingMode::Fatal);
    run.setRunId(runs.idAt(0));
    run.setFilter(ChecklistRunModel::Filter::Mine);
    const int mine = run.rowCount();
    ASSERT_GT(mine, 0);
    QString open;
    for (int row = 0; row < run.rowCount() && open.isEmpty(); ++row)
        if (!run.data(run.index(row), ChecklistRunModel::roleOf("done")).toBool())
            open = run.data(run.index(row), ChecklistRunModel::roleOf("itemId")).toString();
    ASSERT_FALSE(open.isEmpty());
    ASSERT_TRUE(run.handTo(open, idOf("pieter")));
    EXPECT_EQ(run.rowCount(), mine);
    run.setFilter(ChecklistRunModel::Filter::Mine);
    EXPECT_EQ(run.rowCount(), mine - 1);
}

// The move day chosen close by: the dialog says beforehand that the weeks-before items start
// late; a move day far enough ahead starts with none late.
TEST_F(ChecklistModels, ARunForADayCloseByCountsTheItemsItStartsOverdue)
{
    start(QStringLiteral("office-manager"));
    ChecklistRunsModel runs(app->office(), app->people());
    ChecklistTemplateEntry move;
    for (const ChecklistTemplateEntry &t : runs.templates())
        if (t.name == QStringLiteral("Verhuizing kantoor"))
            move = t;
    ASSERT_FALSE(move.id.isEmpty());
    const QDate today = QDate::fromString(runs.today(), Qt::ISODate);
    const int todays = runs.startsOverdue(move.id, runs.today());
    EXPECT_GE(todays, 5);          // the five of the weeks before
    EXPECT_LT(todays, move.items); // not the days after
    EXPECT_EQ(runs.startsOverdue(move.id, today.addDays(30).toString(Qt::ISODate)), 0);
    EXPECT_EQ(runs.startsOverdue(move.id, QStringLiteral("not a day")), 0);
    EXPECT_EQ(runs.startsOverdue(QStringLiteral("no such template"), runs.today()), 0);
}
