// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting page's papers, who has not opened them and the actions carried over, and
// Today's "3 of 5 papers in", on the demo office: the board meeting has five papers, three
// in, one late, each of the two directors has one unread.
#include "AppFixture.h"

#include "core/agenda/AgendaRepo.h"
#include "core/documents/DocumentRepo.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/MinutesRepo.h"
#include "core/meetings/PaperReads.h"
#include "core/tasks/TaskRepo.h"
#include "qml/documents/PaperOpener.h"
#include "qml/meetings/CarriedActionsModel.h"
#include "qml/meetings/MeetingPapersModel.h"
#include "qml/meetings/NextPapers.h"
#include "qml/meetings/UnreadPapersModel.h"
#include "qml/shell/OfficeStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

namespace {
template <class Model> QVariant role(const Model &m, int row, const char *name)
{
    return m.data(m.index(row), Model::roleOf(name));
}
} // namespace

TEST(PaperReadModelsSetUp, EveryRowRoleIsARowProperty)
{
    for (const char *name :
         {"paperId", "title", "itemTitle", "documentId", "stateText", "late", "read"})
        EXPECT_GE(MeetingPapersModel::roleOf(name), 0) << name;
    for (const char *name : {"personId", "name", "unread", "countText", "unreadTitles"})
        EXPECT_GE(UnreadPapersModel::roleOf(name), 0) << name;
    for (const char *name : {"entryId", "text", "owner", "detailText", "statusText", "overdue"})
        EXPECT_GE(CarriedActionsModel::roleOf(name), 0) << name;
}

class PaperReadModels : public AppFixture {
protected:
    MeetingRef board()
    {
        const auto next = MeetingRepo(*app->office()->store()).nextWithPapers();
        EXPECT_TRUE(next.has_value());
        return next.value_or(MeetingRef{});
    }
};

TEST_F(PaperReadModels, TodaySaysHowManyOfTheNextMeetingsPapersAreIn)
{
    start(QStringLiteral("director"));
    NextPapers next(app->office(), app->people());
    EXPECT_TRUE(next.present());
    EXPECT_EQ(next.appointmentId(), board().appointmentId);
    EXPECT_EQ(next.text(), QStringLiteral("3 of 5 papers in"));
    EXPECT_EQ(next.late(), 1);
    // Of the three in, he has opened two: "Voorstel beloning 2027" is his to read first.
    EXPECT_EQ(next.unread(), 1);
    EXPECT_TRUE(
        next.title().endsWith(QStringLiteral("Presentatie jaarplan 2027 aan de Raad van Bestuur")));

    // A paper comes in: the line says so at once.
    QSignalSpy changed(&next, &NextPapers::changed);
    Database &db = *app->office()->store();
    const MeetingPaper waiting = [&] {
        for (const MeetingPaper &p : MeetingRepo(db).papersOf(board())) {
            if (!p.isIn() && !p.isLate(clock.nowMs()))
                return p;
        }
        return MeetingPaper{};
    }();
    ASSERT_FALSE(waiting.id.isEmpty());
    Document d;
    d.title = QStringLiteral("Begroting 2027.pdf");
    d.sha256 = QString(64, QLatin1Char('e'));
    d.addedBy = app->personId();
    EXPECT_EQ(app->office()->act([&](Database &store) {
        MeetingRepo(store).attachPaper(waiting.id, DocumentRepo(store).add(d));
    }),
              QString());
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(next.text(), QStringLiteral("4 of 5 papers in"));
}

TEST_F(PaperReadModels, TheMeetingsPapersOpenAndReadingOneMarksItRead)
{
    start(QStringLiteral("director"));
    MeetingPapersModel papers(app->office(), app->people());
    QAbstractItemModelTester tester(&papers, QAbstractItemModelTester::FailureReportingMode::Fatal);
    papers.setAppointmentId(board().appointmentId);
    ASSERT_EQ(papers.rowCount(), 5);
    // In agenda order: the opening's minutes, read by Maarten.
    EXPECT_EQ(role(papers, 0, "title").toString(), QStringLiteral("Notulen vorige vergadering"));
    EXPECT_EQ(role(papers, 0, "stateText").toString(), QStringLiteral("In · read"));
    EXPECT_TRUE(role(papers, 0, "read").toBool());
    int late = 0, in = 0, row = -1;
    for (int i = 0; i < papers.rowCount(); ++i) {
        late += role(papers, i, "late").toBool() ? 1 : 0;
        in += role(papers, i, "documentId").toString().isEmpty() ? 0 : 1;
        if (role(papers, i, "title").toString() == QStringLiteral("Voorstel beloning 2027"))
            row = i;
    }
    EXPECT_EQ(late, 1);
    EXPECT_EQ(in, 3);
    ASSERT_GE(row, 0);
    EXPECT_EQ(role(papers, row, "stateText").toString(), QStringLiteral("In · not read yet"));
    EXPECT_FALSE(role(papers, row, "read").toBool());

    // Opened in the reader: recorded once, the row changes in place, and Today has nothing
    // left for him to read.
    NextPapers next(app->office(), app->people());
    EXPECT_EQ(next.unread(), 1);
    PaperOpener opener(app->office(), app->people());
    const QString doc = role(papers, row, "documentId").toString();
    QSignalSpy resets(&papers, &QAbstractItemModel::modelReset);
    const qint64 outbox = app->office()->store()->pendingCount();
    EXPECT_TRUE(opener.recordRead(doc));
    EXPECT_GT(app->office()->store()->pendingCount(), outbox);
    EXPECT_TRUE(role(papers, row, "read").toBool());
    EXPECT_EQ(role(papers, row, "stateText").toString(), QStringLiteral("In · read"));
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(next.unread(), 0);
    const qint64 afterFirst = app->office()->store()->pendingCount();
    EXPECT_FALSE(opener.recordRead(doc)) << "a second opening records nothing";
    EXPECT_EQ(app->office()->store()->pendingCount(), afterFirst);

    // The demo's papers are on this device: one opens at once, offline.
    QSignalSpy failed(&opener, &PaperOpener::failed);
    QSignalSpy ready(&opener, &PaperOpener::ready);
    opener.open(doc);
    ASSERT_EQ(ready.count(), 1);
    EXPECT_EQ(failed.count(), 0);
    const QString path = ready.first().at(0).toString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
    file.close();

    // Gone from the device with no server to fetch it from: opening says so rather than
    // failing silently.
    ASSERT_TRUE(QFile::remove(path));
    opener.open(doc);
    EXPECT_EQ(ready.count(), 1);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.first().at(0).toString(), QStringLiteral("This paper is not on this device."));
    EXPECT_FALSE(opener.busy());
}

TEST_F(PaperReadModels, TheSecretarySeesPerAttendeeWhatIsUnread)
{
    start(QStringLiteral("assistant"));
    UnreadPapersModel unread(app->office(), app->people());
    QAbstractItemModelTester tester(&unread, QAbstractItemModelTester::FailureReportingMode::Fatal);
    unread.setAppointmentId(board().appointmentId);
    EXPECT_TRUE(unread.shown());
    ASSERT_EQ(unread.rowCount(), 2);
    EXPECT_EQ(role(unread, 0, "name").toString(), QStringLiteral("Maarten Verhoeven"));
    EXPECT_EQ(role(unread, 0, "countText").toString(), QStringLiteral("1 of 3 unread"));
    EXPECT_EQ(role(unread, 0, "unreadTitles").toString(), QStringLiteral("Voorstel beloning 2027"));
    EXPECT_EQ(role(unread, 1, "name").toString(), QStringLiteral("Ingrid Smit"));
    EXPECT_EQ(role(unread, 1, "unreadTitles").toString(), QStringLiteral("Marktanalyse 2027"));

    // Maarten's read arrives (as a pull would bring it): his row changes in place.
    QSignalSpy resets(&unread, &QAbstractItemModel::modelReset);
    Database &db = *app->office()->store();
    const QString pay = [&] {
        for (const MeetingPaper &p : MeetingRepo(db).papersOf(board())) {
            if (p.title == QStringLiteral("Voorstel beloning 2027"))
                return p.documentId;
        }
        return QString();
    }();
    EXPECT_EQ(app->office()->act(
                  [&](Database &store) { PaperReadRepo(store).recordRead(pay, idOf("maarten")); }),
              QString());
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(role(unread, 0, "countText").toString(), QStringLiteral("All read"));
    EXPECT_EQ(role(unread, 0, "unread").toInt(), 0);
    EXPECT_EQ(role(unread, 0, "unreadTitles").toString(), QString());
}

TEST_F(PaperReadModels, OnlyTheOwnersSideSeesWhoHasNotOpenedThePapers)
{
    start(QStringLiteral("assistant"));
    // A meeting of Ingrid's, whom Sanne does not serve: the reads of others never reach her
    // device, so the panel would read everyone as unread.
    Database &db = *app->office()->store();
    Appointment a;
    a.owner = idOf("ingrid");
    a.title = QStringLiteral("Overleg RvC");
    a.startUtc = at("2026-12-02T10:00:00+01:00");
    a.endUtc = a.startUtc + 3'600'000;
    a.attendees = {idOf("sanne")};
    QString meeting;
    app->office()->act([&](Database &store) { meeting = AgendaRepo(store).add(a, true); });
    MeetingItem item;
    item.meeting = {meeting, -1};
    item.title = QStringLiteral("Jaarrekening");
    MeetingPaper paper;
    paper.itemId = MeetingRepo(db).addItem(item);
    paper.title = QStringLiteral("Jaarrekening 2026");
    Document d;
    d.title = paper.title;
    d.sha256 = QString(64, QLatin1Char('f'));
    d.addedBy = idOf("sanne");
    MeetingRepo(db).attachPaper(MeetingRepo(db).addPaper(paper, idOf("sanne")),
                                DocumentRepo(db).add(d));
    UnreadPapersModel unread(app->office(), app->people());
    unread.setAppointmentId(meeting);
    EXPECT_FALSE(unread.shown());
    EXPECT_EQ(unread.rowCount(), 0);
}

TEST_F(PaperReadModels, OpenActionsOfTheSeriesAreCarriedIntoItsNextMeeting)
{
    start(QStringLiteral("assistant"));
    Database &db = *app->office()->store();
    // This Monday's management meeting agreed an action; next Monday's carries it.
    const QString series = [&] {
        for (const Appointment &a : AgendaRepo(db).appointmentsOf(idOf("maarten"))) {
            if (!a.rrule.isEmpty())
                return a.id;
        }
        return QString();
    }();
    ASSERT_FALSE(series.isEmpty());
    const qint64 monday = at("2026-11-30T09:00:00+01:00");
    const qint64 nextMonday = at("2026-12-07T09:00:00+01:00");
    MeetingItem item;
    item.meeting = {series, monday};
    item.title = QStringLiteral("Lopende zaken");
    const QString itemId = MeetingRepo(db).addItem(item);
    const QString entry =
        MinutesRepo(db).addAction(itemId, QStringLiteral("Offerte schoonmaak opvragen"),
                                  idOf("lotte"), at("2026-12-04T17:00:00+01:00"), idOf("sanne"));
    app->reloadViews();

    CarriedActionsModel carried(app->office(), app->people());
    QAbstractItemModelTester tester(&carried,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    carried.setAppointmentId(series);
    carried.setOccurrenceUtc(double(nextMonday));
    ASSERT_EQ(carried.rowCount(), 1);
    EXPECT_EQ(role(carried, 0, "text").toString(), QStringLiteral("Offerte schoonmaak opvragen"));
    EXPECT_EQ(role(carried, 0, "owner").toString(), QStringLiteral("Lotte de Vries"));
    EXPECT_EQ(role(carried, 0, "statusText").toString(), QStringLiteral("Open · due Fri 4 Dec"));
    EXPECT_TRUE(role(carried, 0, "detailText")
                    .toString()
                    .startsWith(QStringLiteral("Lopende zaken · agreed ")));
    EXPECT_FALSE(role(carried, 0, "overdue").toBool());
    // The meeting it was agreed in carries nothing of its own.
    carried.setOccurrenceUtc(double(monday));
    EXPECT_EQ(carried.rowCount(), 0);
    carried.setOccurrenceUtc(double(nextMonday));
    ASSERT_EQ(carried.rowCount(), 1);

    // Its owner strikes the task off: it is no longer carried.
    const QString task = db.get(QStringLiteral("minutes_entries"), entry)
                             ->value(QStringLiteral("task_id"))
                             .toString();
    EXPECT_EQ(app->office()->act([&](Database &store) { TaskRepo(store).markDone(task); }),
              QString());
    EXPECT_EQ(carried.rowCount(), 0);
}
