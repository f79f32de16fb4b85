// SPDX-License-Identifier: GPL-3.0-or-later
// A meeting's agenda and its papers: items in order, papers whose deliverers get a task
// that attaching the paper closes, late papers and "3 of 5 papers in"; and "new meeting".
#include "TestStore.h"

#include "core/calendar/CalendarImport.h"
#include "core/documents/DocumentRepo.h"
#include "core/meetings/MeetingPlanner.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/MeetingTasks.h"
#include "core/tasks/TaskRepo.h"

#include <QJsonArray>

using namespace spil;
using namespace spil::test;

class Meetings : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        maarten = addPerson("Maarten Verhoeven", Role::Director);
        sanne = addPerson("Sanne de Vries", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
        joris = addPerson("Joris Bakker", Role::Staff);
        board = {AgendaRepo(*db).add(appointment(maarten, "Raad van bestuur",
                                                 utc("2026-12-10T13:00:00Z"),
                                                 utc("2026-12-10T16:00:00Z"))),
                 -1};
    }
    QString item(const char *title, QStringList closedTo = {})
    {
        MeetingItem i;
        i.meeting = board;
        i.title = QString::fromUtf8(title);
        i.presenter = maarten;
        i.minutesAllotted = 20;
        i.closedTo = std::move(closedTo);
        return meetings.addItem(i);
    }
    QString paper(const QString &itemId, const char *title, const QString &deliverer, qint64 due)
    {
        MeetingPaper p;
        p.itemId = itemId;
        p.title = QString::fromUtf8(title);
        p.deliverer = deliverer;
        p.dueUtc = due;
        return meetings.addPaper(p, sanne);
    }
    // A document in the store, as its deliverer added it (of no meeting yet).
    QString document(const char *title)
    {
        Document d;
        d.title = QString::fromUtf8(title);
        d.sha256 = QString(64, QLatin1Char('a'));
        d.size = 1000;
        d.addedBy = joris;
        return DocumentRepo(*db).add(d);
    }
    MeetingRepo meetings{*db};
    QString maarten, sanne, joris;
    MeetingRef board;
};

TEST_F(Meetings, ItemsKeepTheirOrderAndNewOnesGoLast)
{
    const QString opening = item("Opening");
    const QString budget = item("Begroting 2027", {joris});
    const QString close = item("Rondvraag");
    auto agenda = meetings.items(board);
    ASSERT_EQ(agenda.size(), 3);
    EXPECT_EQ(agenda[0].id, opening);
    EXPECT_EQ(agenda[1].closedTo, QStringList{joris});
    EXPECT_EQ(agenda[2].position, 3);

    meetings.updateItem(close, {.position = 0});
    EXPECT_EQ(meetings.items(board).first().id, close);
    const auto changes = lastActionChanges(*db);
    EXPECT_EQ(changes.keys(), QStringList{QStringLiteral("meeting_items.position")});
    EXPECT_THROW(meetings.updateItem(budget, {.title = QString()}), Error);
    EXPECT_EQ(meetings.itemById(budget)->title, QStringLiteral("Begroting 2027"));
}

TEST_F(Meetings, AnItemNeedsAMeetingThatExistsAndATitle)
{
    MeetingItem i;
    i.meeting = {QStringLiteral("nope"), -1};
    i.title = QStringLiteral("Opening");
    EXPECT_THROW(meetings.addItem(i), Error);
    i.meeting = board;
    i.title = QStringLiteral("  ");
    EXPECT_THROW(meetings.addItem(i), Error);
    i.title = QStringLiteral("Opening");
    i.minutesAllotted = -5;
    EXPECT_THROW(meetings.addItem(i), Error);
    EXPECT_TRUE(meetings.items(board).isEmpty());
}

TEST_F(Meetings, APaperWithADelivererGivesThemATaskInTheSameAction)
{
    const QString budget = item("Begroting 2027");
    const QString id =
        paper(budget, "Begroting en toelichting", joris, utc("2026-12-07T12:00:00Z"));
    const auto changes = lastActionChanges(*db);
    EXPECT_TRUE(changes.contains(QStringLiteral("meeting_papers.title")));
    EXPECT_TRUE(changes.contains(QStringLiteral("tasks.assignee")));

    const MeetingPaper p = *meetings.paperById(id);
    const Task task = *TaskRepo(*db).byId(p.taskId);
    EXPECT_EQ(task.assignee, joris);
    EXPECT_EQ(task.delegatedBy, sanne);
    EXPECT_EQ(task.dueUtc, utc("2026-12-07T12:00:00Z"));
    EXPECT_EQ(task.source, TaskSource::Meeting);
    EXPECT_EQ(task.status, TaskStatus::Open);
    EXPECT_TRUE(task.notes.contains(QStringLiteral("Raad van bestuur")))
        << task.notes.toStdString();
    EXPECT_TRUE(task.notes.contains(QStringLiteral("Begroting 2027"))) << task.notes.toStdString();
    EXPECT_EQ(p.createdBy, sanne);

    // Without a deliverer (the secretary has it), no task.
    const QString own = paper(budget, "Notulen vorige keer", {}, -1);
    EXPECT_TRUE(meetings.paperById(own)->taskId.isEmpty());
}

TEST_F(Meetings, ATaskForAClosedItemsPaperNamesNothingOfItAndTheDeviceShowsItsWords)
{
    const QString closed = item("Beloning directie", {joris});
    const QString id = paper(closed, "Salarisvoorstel", maarten, -1);
    const Task task = *TaskRepo(*db).byId(meetings.paperById(id)->taskId);
    EXPECT_EQ(task.title, QStringLiteral("Paper for a meeting"));
    EXPECT_TRUE(task.notes.isEmpty()) << task.notes.toStdString();
    // This store holds the paper: its words come from there.
    const auto words = meetingTaskWords(*db, task.id);
    ASSERT_TRUE(words.has_value());
    EXPECT_EQ(words->title, QStringLiteral("Salarisvoorstel"));
    EXPECT_TRUE(words->notes.contains(QStringLiteral("Beloning directie")));
    EXPECT_FALSE(meetingTaskWords(*db, QStringLiteral("no such task")).has_value());

    // An open item's task named it; closing the item later quiets it in the same action.
    const QString open = item("Begroting 2027");
    const QString later = paper(open, "Begroting en toelichting", joris, -1);
    const QString laterTask = meetings.paperById(later)->taskId;
    EXPECT_EQ(TaskRepo(*db).byId(laterTask)->title, QStringLiteral("Begroting en toelichting"));
    meetings.updateItem(open, {.closedTo = QStringList{joris}});
    EXPECT_TRUE(lastActionChanges(*db).contains(QStringLiteral("tasks.title")));
    EXPECT_EQ(TaskRepo(*db).byId(laterTask)->title, QStringLiteral("Paper for a meeting"));
    EXPECT_FALSE(TaskRepo(*db).byId(laterTask)->notes.contains(QStringLiteral("Begroting")));
}

TEST_F(Meetings, AMeetingMadeConfidentialLaterQuietsItsTasksInTheSameAction)
{
    const QString budget = item("Begroting 2027");
    const QString id = paper(budget, "Begroting en toelichting", joris, -1);
    const QString taskId = meetings.paperById(id)->taskId;
    EXPECT_EQ(TaskRepo(*db).byId(taskId)->title, QStringLiteral("Begroting en toelichting"));

    // A change that keeps it open to all leaves the words alone.
    meetings.changeOccurrence(board.appointmentId, board.occurrenceUtc,
                              {.location = QStringLiteral("Zaal 2")});
    EXPECT_FALSE(lastActionChanges(*db).contains(QStringLiteral("tasks.title")));
    EXPECT_EQ(TaskRepo(*db).byId(taskId)->title, QStringLiteral("Begroting en toelichting"));

    const qint64 before = db->pendingActions();
    const OccurrenceChange change =
        meetings.changeOccurrence(board.appointmentId, board.occurrenceUtc, {.confidential = true});
    EXPECT_EQ(db->pendingActions(), before + 1);
    const auto changes = lastActionChanges(*db);
    EXPECT_EQ(changes[QStringLiteral("appointments.confidential")], QJsonValue(true));
    EXPECT_EQ(changes[QStringLiteral("tasks.title")],
              QJsonValue(QStringLiteral("Paper for a meeting")));
    const Task quiet = *TaskRepo(*db).byId(taskId);
    EXPECT_EQ(quiet.title, QStringLiteral("Paper for a meeting"));
    EXPECT_FALSE(quiet.notes.contains(QStringLiteral("Raad van bestuur")));
    EXPECT_FALSE(quiet.notes.contains(QStringLiteral("Begroting")));
    // This device may see the meeting: it still shows the full words.
    EXPECT_EQ(meetingTaskWords(*db, taskId)->title, QStringLiteral("Begroting en toelichting"));

    // Undo opens the meeting again; the tasks keep their quiet words (no harm in that).
    AgendaRepo(*db).undoChange(change);
    EXPECT_FALSE(AgendaRepo(*db).byId(board.appointmentId)->confidential);
    EXPECT_EQ(TaskRepo(*db).byId(taskId)->title, QStringLiteral("Paper for a meeting"));
}

// The director's own calendar marks the meeting private and its file is imported again:
// the tasks stop naming it in that event's action, as when it is made confidential here.
TEST_F(Meetings, AMeetingMadeConfidentialByAnImportQuietsItsTasks)
{
    const QString id = paper(item("Begroting 2027"), "Begroting en toelichting", joris, -1);
    const QString taskId = meetings.paperById(id)->taskId;
    const QString ics = QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
                                       "BEGIN:VEVENT\r\nUID:%1\r\nDTSTAMP:20261201T090000Z\r\n"
                                       "DTSTART:20261210T130000Z\r\nDTEND:20261210T160000Z\r\n"
                                       "SUMMARY:Raad van bestuur\r\n%2END:VEVENT\r\n"
                                       "END:VCALENDAR\r\n")
                            .arg(board.appointmentId);

    // Unchanged but for its class: first open to all, which leaves the words alone.
    importIcs(*db, ics.arg(QString()).toUtf8(), maarten, sanne, false);
    EXPECT_FALSE(AgendaRepo(*db).byId(board.appointmentId)->confidential);
    EXPECT_EQ(TaskRepo(*db).byId(taskId)->title, QStringLiteral("Begroting en toelichting"));

    const qint64 before = db->pendingActions();
    const ImportReport report = importIcs(
        *db, ics.arg(QStringLiteral("CLASS:PRIVATE\r\n")).toUtf8(), maarten, sanne, false);
    EXPECT_EQ(report.updated, 1);
    EXPECT_TRUE(AgendaRepo(*db).byId(board.appointmentId)->confidential);
    EXPECT_EQ(db->pendingActions(), before + 1);
    const auto changes = lastActionChanges(*db);
    EXPECT_EQ(changes[QStringLiteral("appointments.confidential")], QJsonValue(true));
    EXPECT_EQ(changes[QStringLiteral("tasks.title")],
              QJsonValue(QStringLiteral("Paper for a meeting")));
    EXPECT_FALSE(TaskRepo(*db).byId(taskId)->notes.contains(QStringLiteral("Raad van bestuur")));
}

TEST_F(Meetings, AttachingAPaperClosesItsTaskInOneAction)
{
    const QString budget = item("Begroting 2027");
    const QString id = paper(budget, "Begroting", joris, utc("2026-12-07T12:00:00Z"));
    const QString doc = document("Begroting 2027.pdf");
    const qint64 before = db->pendingActions();
    meetings.attachPaper(id, doc);
    EXPECT_EQ(db->pendingActions(), before + 1);
    const auto changes = lastActionChanges(*db);
    EXPECT_EQ(changes[QStringLiteral("meeting_papers.document_id")], QJsonValue(doc));
    EXPECT_EQ(changes[QStringLiteral("tasks.status")], QJsonValue(QStringLiteral("done")));
    // The document is the item's now, so it follows the item's access (closed items too).
    EXPECT_EQ(changes[QStringLiteral("documents.item_id")], QJsonValue(budget));
    EXPECT_EQ(changes[QStringLiteral("documents.appointment_id")], QJsonValue(board.appointmentId));
    EXPECT_EQ(TaskRepo(*db).byId(meetings.paperById(id)->taskId)->status, TaskStatus::Done);
    EXPECT_THROW(meetings.attachPaper(id, QString()), Error);
    EXPECT_THROW(meetings.attachPaper(QStringLiteral("nope"), doc), Error);
    const QString other = paper(budget, "Bijlage", joris, -1);
    EXPECT_THROW(meetings.attachPaper(other, QStringLiteral("no-such-document")), Error);
    EXPECT_FALSE(meetings.paperById(other)->isIn());
    EXPECT_EQ(TaskRepo(*db).byId(meetings.paperById(other)->taskId)->status, TaskStatus::Open);
}

TEST_F(Meetings, PapersInCountsAttachedOnesAndLateOnesStandOut)
{
    const QString budget = item("Begroting 2027");
    const QString plan = item("Jaarplan");
    clock.set(utc("2026-12-08T09:00:00Z"));
    const QString late = paper(budget, "Begroting", joris, utc("2026-12-07T12:00:00Z"));
    const QString lateToo = paper(plan, "Jaarplan", joris, utc("2026-12-06T12:00:00Z"));
    const QString in = paper(plan, "Risico's", sanne, utc("2026-12-05T12:00:00Z"));
    paper(plan, "Planning", joris, utc("2026-12-09T12:00:00Z"));
    paper(budget, "Bijlage", {}, -1);
    meetings.attachPaper(in, document("Risico's.pdf"));

    EXPECT_EQ(meetings.papersIn(board), (PapersIn{1, 5}));
    const QList<LatePaper> lateOnes = meetings.latePapers(board);
    ASSERT_EQ(lateOnes.size(), 2);
    EXPECT_EQ(lateOnes[0].paper.id, lateToo); // the oldest due first
    EXPECT_EQ(lateOnes[0].item.title, QStringLiteral("Jaarplan"));
    EXPECT_EQ(lateOnes[1].paper.id, late);
    EXPECT_EQ(meetings.latePapers().size(), 2);

    meetings.attachPaper(late, document("Begroting.pdf"));
    EXPECT_EQ(meetings.latePapers(board).size(), 1);
    EXPECT_EQ(meetings.papersIn(board), (PapersIn{2, 5}));
    clock.set(utc("2026-12-09T12:00:01Z"));
    EXPECT_EQ(meetings.latePapers(board).size(), 2);
}

TEST_F(Meetings, NewMeetingOffersTheTimesAllAreFreeAndBooksForAll)
{
    clock.set(utc("2026-11-30T07:00:00Z"));
    AgendaRepo(*db).add(
        appointment(joris, "Klant", utc("2026-12-01T08:00:00Z"), utc("2026-12-01T12:00:00Z")));
    MeetingRequest request;
    request.title = QStringLiteral("Begroting voorbespreken");
    request.owner = maarten;
    request.attendees = {joris, sanne};
    request.minutes = 60;
    request.fromDate = QDate(2026, 12, 1);
    request.toDate = QDate(2026, 12, 1);
    request.zone = QTimeZone("Europe/Amsterdam");
    request.createdBy = sanne;
    MeetingPlanner planner(*db);
    const QList<Interval> slots = planner.slots(request);
    ASSERT_EQ(slots.size(), 1);
    EXPECT_EQ(slots[0], (Interval{utc("2026-12-01T12:00:00Z"), utc("2026-12-01T16:00:00Z")}));

    EXPECT_THROW(planner.book(request, utc("2026-12-01T09:00:00Z")), Error);
    const QString id = planner.book(request, utc("2026-12-01T13:00:00Z"));
    const Appointment booked = *AgendaRepo(*db).byId(id);
    EXPECT_EQ(booked.owner, maarten);
    EXPECT_EQ(booked.attendees, (QStringList{joris, sanne}));
    EXPECT_EQ(booked.endUtc, utc("2026-12-01T14:00:00Z"));
    EXPECT_EQ(booked.kind, AppointmentKind::Meeting);
    EXPECT_EQ(booked.createdBy, sanne);
    // Booked, the hour is no longer free for any of them.
    EXPECT_EQ(planner.slots(request).size(), 2);
    EXPECT_THROW(planner.book(request, utc("2026-12-01T13:30:00Z")), Error);
}

TEST_F(Meetings, TheNextMeetingWithAnAgendaIsTheFirstNotOverYet)
{
    EXPECT_FALSE(meetings.nextWithAgenda().has_value()) << "no agenda yet";
    item("Opening");
    const MeetingRef earlier{
        AgendaRepo(*db).add(
            appointment(maarten, "MT", utc("2026-12-03T08:00:00Z"), utc("2026-12-03T09:00:00Z"))),
        -1};
    MeetingItem i;
    i.meeting = earlier;
    i.title = QStringLiteral("Lopende zaken");
    meetings.addItem(i);
    EXPECT_EQ(meetings.nextWithAgenda(), earlier);
    clock.set(utc("2026-12-03T09:00:00Z")); // over
    EXPECT_EQ(meetings.nextWithAgenda(), board);
    clock.set(utc("2026-12-10T16:00:00Z"));
    EXPECT_FALSE(meetings.nextWithAgenda().has_value());
}
