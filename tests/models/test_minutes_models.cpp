// SPDX-License-Identifier: GPL-3.0-or-later
// The minutes page's model on the demo office: one item at a time with its lines, each
// action with its task's status read through, a line added, edited, removed and brought
// back, the next steps of the minutes, comments in review, final locked, a correction, and
// the export filed with the meeting.
#include "AppFixture.h"

#include "core/documents/DocumentRepo.h"
#include "core/documents/FileCache.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/MinutesRepo.h"
#include "core/tasks/TaskRepo.h"
#include "qml/meetings/MinutesModel.h"
#include "qml/shell/OfficeStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

namespace {
QVariant role(const MinutesModel &m, int row, const char *name)
{
    return m.data(m.index(row), MinutesModel::roleOf(name));
}

// The demo's past board meeting: the one meeting with minutes.
QString pastBoard(Database &db)
{
    const QList<QVariantMap> minutes = db.liveRecords(QStringLiteral("minutes"));
    EXPECT_EQ(minutes.size(), 1);
    return minutes.isEmpty() ? QString()
                             : minutes.first().value(QStringLiteral("appointment_id")).toString();
}
} // namespace

TEST(MinutesModelSetUp, EveryRowRoleIsARowProperty)
{
    for (const char *name : {"lineId", "kind", "comment", "kindText", "text", "aboutText",
                             "statusText", "done", "mine", "comments"})
        EXPECT_GE(MinutesModel::roleOf(name), 0) << name;
}

class MinutesModels : public AppFixture {};

TEST_F(MinutesModels, OneItemAtATimeWithItsLinesAndEachActionsTaskStatus)
{
    start(QStringLiteral("assistant"));
    Database &db = *app->office()->store();
    MinutesModel minutes(app->office(), app->people());
    QAbstractItemModelTester tester(&minutes,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    minutes.setAppointmentId(pastBoard(db));

    EXPECT_EQ(minutes.title(), QStringLiteral("Raad van Bestuur"));
    EXPECT_EQ(minutes.itemCount(), 3);
    EXPECT_EQ(minutes.stateText(), QStringLiteral("Version 1 · In review"));
    EXPECT_TRUE(minutes.editable());
    EXPECT_TRUE(minutes.commentable());
    EXPECT_EQ(minutes.itemText(), QStringLiteral("Item 1 of 3 · Ingrid Smit · 5 min"));
    ASSERT_EQ(minutes.rowCount(), 1);
    EXPECT_EQ(role(minutes, 0, "kindText").toString(), QStringLiteral("Note"));

    minutes.next();
    EXPECT_EQ(minutes.itemTitle(), QStringLiteral("Kwartaalcijfers Q3"));
    ASSERT_EQ(minutes.rowCount(), 3);
    EXPECT_EQ(role(minutes, 1, "kind").value<MinutesEntryKind>(), MinutesEntryKind::Decision);
    const QVariantList onDecision = role(minutes, 1, "comments").toList();
    ASSERT_EQ(onDecision.size(), 1);
    EXPECT_EQ(onDecision[0].toMap().value(QStringLiteral("text")).toString(),
              QStringLiteral("Ingrid Smit: Graag vermelden: onder voorbehoud van de accountant."));
    EXPECT_FALSE(onDecision[0].toMap().value(QStringLiteral("mine")).toBool())
        << "Ingrid's, not the secretary's";
    EXPECT_EQ(role(minutes, 2, "kindText").toString(), QStringLiteral("Action"));
    EXPECT_EQ(role(minutes, 2, "statusText").toString(), QStringLiteral("Done"));
    EXPECT_TRUE(role(minutes, 2, "done").toBool());
    EXPECT_TRUE(
        role(minutes, 2, "aboutText").toString().startsWith(QStringLiteral("Maarten Verhoeven")));

    minutes.next();
    minutes.next(); // no further than the last item
    EXPECT_EQ(minutes.itemIndex(), 2);
    ASSERT_EQ(minutes.rowCount(), 2);
    EXPECT_EQ(role(minutes, 1, "statusText").toString(), QStringLiteral("Open"));
    minutes.previous();
    EXPECT_EQ(minutes.itemIndex(), 1);

    // The owner strikes the action's task off on another screen: its row changes in place.
    QSignalSpy resets(&minutes, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&minutes, &QAbstractItemModel::dataChanged);
    minutes.next();
    resets.clear();
    const QString line = role(minutes, 1, "lineId").toString();
    const QString task = db.get(QStringLiteral("minutes_entries"), line)
                             ->value(QStringLiteral("task_id"))
                             .toString();
    app->office()->act([&](Database &d) { TaskRepo(d).markDone(task); });
    EXPECT_EQ(role(minutes, 1, "statusText").toString(), QStringLiteral("Done"));
    EXPECT_EQ(resets.count(), 0);
    EXPECT_GE(changed.count(), 1);
}

TEST_F(MinutesModels, LinesAreAddedInTwoTapsEditedAndRemovedWithUndo)
{
    start(QStringLiteral("assistant"));
    Database &db = *app->office()->store();
    MinutesModel minutes(app->office(), app->people());
    QAbstractItemModelTester tester(&minutes,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    minutes.setAppointmentId(pastBoard(db));
    minutes.setState(MinutesState::Draft);
    EXPECT_EQ(minutes.stateText(), QStringLiteral("Version 1 · Draft"));
    EXPECT_FALSE(minutes.commentable());

    // The owners to pick from: the meeting's owner and its attendees.
    QStringList names;
    for (const QVariant &a : minutes.attendees())
        names << a.toMap().value(QStringLiteral("name")).toString();
    EXPECT_EQ(names, (QStringList{QStringLiteral("Maarten Verhoeven"),
                                  QStringLiteral("Ingrid Smit"), QStringLiteral("Sanne Bakker")}));

    EXPECT_TRUE(minutes.add(MinutesEntryKind::Decision, QStringLiteral("Agenda akkoord")));
    EXPECT_FALSE(minutes.add(MinutesEntryKind::Decision, QStringLiteral("  ")));
    const QString ingrid =
        minutes.attendees().at(1).toMap().value(QStringLiteral("personId")).toString();
    EXPECT_TRUE(minutes.addAction(QStringLiteral("Jaarkalender rondsturen"), ingrid, 1));
    ASSERT_EQ(minutes.rowCount(), 3);
    EXPECT_EQ(role(minutes, 2, "statusText").toString(), QStringLiteral("Open"));
    const QString action = role(minutes, 2, "lineId").toString();
    const Task task = *TaskRepo(db).byId(db.get(QStringLiteral("minutes_entries"), action)
                                             ->value(QStringLiteral("task_id"))
                                             .toString());
    EXPECT_EQ(task.assignee, ingrid);
    // In a week from the meeting three weeks ago (Monday 9 November), not from today: what
    // was agreed there, written up later.
    EXPECT_EQ(task.dueUtc, at("2026-11-16T17:00:00+01:00")) << "in a week, at five";

    EXPECT_TRUE(minutes.editLine(role(minutes, 1, "lineId").toString(),
                                 QStringLiteral("Agenda ongewijzigd akkoord")));
    EXPECT_EQ(role(minutes, 1, "text").toString(), QStringLiteral("Agenda ongewijzigd akkoord"));

    EXPECT_EQ(minutes.removeLine(action), QStringLiteral("Jaarkalender rondsturen"));
    EXPECT_EQ(minutes.rowCount(), 2);
    EXPECT_FALSE(TaskRepo(db).byId(task.id).has_value()) << "the task goes with its line";
    minutes.restoreLine(action);
    ASSERT_EQ(minutes.rowCount(), 3);
    EXPECT_EQ(role(minutes, 2, "lineId").toString(), action);
    EXPECT_TRUE(TaskRepo(db).byId(task.id).has_value());
}

TEST_F(MinutesModels, ReviewTakesCommentsFinalIsLockedAndACorrectionIsANewVersion)
{
    start(QStringLiteral("assistant"));
    Database &db = *app->office()->store();
    MinutesModel minutes(app->office(), app->people());
    QAbstractItemModelTester tester(&minutes,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    minutes.setAppointmentId(pastBoard(db));
    EXPECT_TRUE(minutes.comment({}, QStringLiteral("Akkoord met de notulen")));
    ASSERT_EQ(minutes.rowCount(), 2);
    EXPECT_TRUE(role(minutes, 1, "comment").toBool());
    EXPECT_EQ(role(minutes, 1, "aboutText").toString(), QStringLiteral("Sanne Bakker"));
    EXPECT_TRUE(role(minutes, 1, "mine").toBool());

    // Taken back by a stray tap, and brought back by Undo.
    const QString mine = role(minutes, 1, "lineId").toString();
    EXPECT_EQ(minutes.removeComment(mine), QStringLiteral("Akkoord met de notulen"));
    EXPECT_EQ(minutes.rowCount(), 1);
    minutes.restoreComment(mine);
    ASSERT_EQ(minutes.rowCount(), 2);
    EXPECT_EQ(role(minutes, 1, "lineId").toString(), mine);
    // Ingrid's comment on the next item is not the secretary's to take back.
    minutes.next();
    const QString ingrids =
        role(minutes, 1, "comments").toList().first().toMap().value("commentId").toString();
    QSignalSpy refused(app->office(), &OfficeStore::actionFailed);
    EXPECT_EQ(minutes.removeComment(ingrids), QString());
    EXPECT_EQ(refused.count(), 1);
    EXPECT_EQ(role(minutes, 1, "comments").toList().size(), 1);
    minutes.previous();

    QSignalSpy failures(app->office(), &OfficeStore::actionFailed);
    minutes.setState(MinutesState::Final);
    EXPECT_EQ(minutes.state(), MinutesState::Final);
    EXPECT_FALSE(minutes.editable());
    EXPECT_FALSE(minutes.commentable());
    EXPECT_FALSE(minutes.add(MinutesEntryKind::Note, QStringLiteral("Nog iets")));
    EXPECT_EQ(failures.count(), 1) << "refused, and said so";
    EXPECT_EQ(minutes.rowCount(), 2);

    minutes.correct();
    EXPECT_EQ(minutes.stateText(), QStringLiteral("Version 2 · Draft"));
    EXPECT_TRUE(minutes.editable());
    EXPECT_EQ(minutes.rowCount(), 1) << "the lines come along, the comments stay with version 1";
}

TEST_F(MinutesModels, TheExportIsFiledWithTheMeeting)
{
    start(QStringLiteral("assistant"));
    Database &db = *app->office()->store();
    MinutesModel minutes(app->office(), app->people());
    const QString meeting = pastBoard(db);
    minutes.setAppointmentId(meeting);
    const QString path = minutes.exportPdf(QStringLiteral("nl"));
    ASSERT_FALSE(path.isEmpty());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    const QList<Document> filed = DocumentRepo(db).list(meeting);
    ASSERT_EQ(filed.size(), 1);
    EXPECT_EQ(filed[0].title, QStringLiteral("Notulen Raad van Bestuur v1.pdf"));
    EXPECT_EQ(filed[0].mime, QStringLiteral("application/pdf"));
    EXPECT_TRUE(app->office()->fileCache()->holds(filed[0].sha256));
    EXPECT_EQ(minutes.exportText(),
              QStringLiteral("Filed with the meeting: Notulen Raad van Bestuur v1.pdf"));
}

// Minutes opened for a meeting days ahead say so (the wrong meeting picked is seen at
// once); the past meeting's do not.
TEST_F(MinutesModels, MinutesOfAMeetingAheadSaySo)
{
    start(QStringLiteral("assistant")); // Monday 30 November
    Database &db = *app->office()->store();
    MinutesModel minutes(app->office(), app->people());
    minutes.setAppointmentId(pastBoard(db));
    EXPECT_EQ(minutes.aheadText(), QString());
    const auto next = MeetingRepo(db).nextWithAgenda(); // Thursday 3 December
    ASSERT_TRUE(next.has_value());
    minutes.setAppointmentId(next->appointmentId);
    EXPECT_EQ(minutes.aheadText().toStdString(),
              "Ahead of the meeting: it is on Thursday 3 December, in 3 days.");
    clock.advance(3 * 24 * 3600 * 1000LL); // on the day
    minutes.reload();
    EXPECT_EQ(minutes.aheadText(), QString());
}
