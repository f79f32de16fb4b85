// SPDX-License-Identifier: GPL-3.0-or-later
// Minutes: notes, decisions and actions per item; actions become their owners' tasks and
// show their status; draft -> review -> final, final locked, corrected in a new version;
// open actions of a series carried into its next meeting.
#include "TestStore.h"

#include "core/meetings/MeetingRepo.h"
#include "core/meetings/MinutesRepo.h"
#include "core/tasks/TaskRepo.h"

#include <functional>

using namespace spil;
using namespace spil::test;

class MinutesTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        maarten = addPerson("Maarten Verhoeven", Role::Director);
        sanne = addPerson("Sanne de Vries", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
        joris = addPerson("Joris Bakker", Role::Staff);
        Appointment mt =
            appointment(maarten, "MT", utc("2026-11-02T08:00:00Z"), utc("2026-11-02T09:00:00Z"));
        mt.rrule = QStringLiteral("FREQ=WEEKLY");
        series = AgendaRepo(*db).add(mt);
        first = {series, utc("2026-11-02T08:00:00Z")};
        firstItem = itemOf(first, "Lopende zaken");
    }
    QString itemOf(const MeetingRef &meeting, const char *title)
    {
        MeetingItem i;
        i.meeting = meeting;
        i.title = QString::fromUtf8(title);
        return MeetingRepo(*db).addItem(i);
    }
    MinutesRepo minutes{*db};
    QString maarten, sanne, joris, series, firstItem;
    MeetingRef first;
};

TEST_F(MinutesTest, EntryWordsRoundTripAndABadOneIsRefused)
{
    for (const auto kind :
         {MinutesEntryKind::Note, MinutesEntryKind::Decision, MinutesEntryKind::Action})
        EXPECT_EQ(parseText<MinutesEntryKind>(toText(kind), QStringLiteral("kind")), kind);
    for (const auto state : {MinutesState::Draft, MinutesState::Review, MinutesState::Final})
        EXPECT_EQ(parseText<MinutesState>(toText(state), QStringLiteral("state")), state);
    try {
        parseText<MinutesEntryKind>(u"besluit", QStringLiteral("kind"));
        FAIL() << "a bad word was taken";
    } catch (const Error &e) {
        EXPECT_EQ(e.message(), QStringLiteral("unknown kind 'besluit' (note, decision, action)"));
    }
}

TEST_F(MinutesTest, AnActionBecomesItsOwnersTaskAndShowsItsStatus)
{
    minutes.addEntry(firstItem, MinutesEntryKind::Decision, QStringLiteral("Akkoord"), sanne);
    clock.advance(60'000);
    const qint64 before = db->pendingActions();
    const QString action = minutes.addAction(firstItem, QStringLiteral("Offerte opvragen"), joris,
                                             utc("2026-11-06T16:00:00Z"), sanne);
    EXPECT_EQ(db->pendingActions(), before + 1) << "entry and task are one action";

    QList<MinutesLine> lines = minutes.lines(first);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].entry.kind, MinutesEntryKind::Decision);
    EXPECT_FALSE(lines[0].taskStatus.has_value());
    EXPECT_EQ(lines[1].entry.id, action);
    EXPECT_EQ(lines[1].taskStatus, TaskStatus::Open);
    const Task task = *TaskRepo(*db).byId(lines[1].entry.taskId);
    EXPECT_EQ(task.assignee, joris);
    EXPECT_EQ(task.dueUtc, utc("2026-11-06T16:00:00Z"));
    EXPECT_EQ(task.source, TaskSource::Meeting);

    TaskRepo(*db).markDone(task.id);
    EXPECT_EQ(minutes.lines(first)[1].taskStatus, TaskStatus::Done);

    EXPECT_THROW(minutes.addAction(firstItem, QStringLiteral("Bellen"), {}, -1, sanne), Error);
    EXPECT_THROW(minutes.addEntry(firstItem, MinutesEntryKind::Action, QStringLiteral("x"), sanne),
                 Error);
    EXPECT_THROW(minutes.addEntry(firstItem, MinutesEntryKind::Note, QStringLiteral(" "), sanne),
                 Error);
    EXPECT_EQ(minutes.lines(first).size(), 2);
}

TEST_F(MinutesTest, MinutesGoThroughReviewToFinalAndFinalIsLocked)
{
    const QString note =
        minutes.addEntry(firstItem, MinutesEntryKind::Note, QStringLiteral("Besproken"), sanne);
    const Minutes draft = *minutes.current(first);
    EXPECT_EQ(draft.version, 1);
    EXPECT_EQ(draft.state, MinutesState::Draft);
    EXPECT_THROW(minutes.setState(draft.id, MinutesState::Final), Error) << "review comes first";

    minutes.setState(draft.id, MinutesState::Review);
    minutes.setState(draft.id, MinutesState::Draft); // back for changes
    minutes.setState(draft.id, MinutesState::Review);
    minutes.setState(draft.id, MinutesState::Final);
    EXPECT_EQ(minutes.byId(draft.id)->state, MinutesState::Final);

    const qint64 before = db->pendingCount();
    EXPECT_THROW(minutes.editEntry(note, QStringLiteral("Anders besproken")), Error);
    EXPECT_THROW(minutes.addEntry(firstItem, MinutesEntryKind::Note, QStringLiteral("Nog"), sanne),
                 Error);
    EXPECT_THROW(minutes.setState(draft.id, MinutesState::Review), Error);
    EXPECT_EQ(db->pendingCount(), before) << "a refused edit writes nothing";

    // A correction is a new version, a draft holding the final one's lines.
    const QString v2 = minutes.correct(first, joris);
    EXPECT_EQ(minutes.current(first)->id, v2);
    EXPECT_EQ(minutes.current(first)->version, 2);
    const QList<MinutesLine> lines = minutes.lines(first);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_NE(lines[0].entry.id, note);
    EXPECT_EQ(lines[0].entry.createdBy, joris) << "the copy is the corrector's";
    minutes.editEntry(lines[0].entry.id, QStringLiteral("Anders besproken"));
    EXPECT_EQ(minutes.lines(first)[0].entry.text, QStringLiteral("Anders besproken"));
    EXPECT_EQ(db->get(QStringLiteral("minutes_entries"), note)->value(QStringLiteral("text")),
              QStringLiteral("Besproken"))
        << "the final version stays as it was";
    EXPECT_THROW(minutes.correct(first, sanne), Error) << "a draft is edited, not corrected";
}

TEST_F(MinutesTest, OpenActionsOfASeriesAreCarriedIntoItsNextMeeting)
{
    const MeetingRef second{series, utc("2026-11-09T08:00:00Z")};
    const MeetingRef third{series, utc("2026-11-16T08:00:00Z")};
    const QString secondItem = itemOf(second, "Lopende zaken");
    const QString open =
        minutes.addAction(firstItem, QStringLiteral("Offerte opvragen"), joris, -1, sanne);
    clock.advance(60'000);
    const QString done =
        minutes.addAction(firstItem, QStringLiteral("Zaal boeken"), sanne, -1, sanne);
    clock.advance(60'000);
    const QString later =
        minutes.addAction(secondItem, QStringLiteral("Contract lezen"), maarten, -1, sanne);
    minutes.addEntry(secondItem, MinutesEntryKind::Decision, QStringLiteral("Akkoord"), sanne);
    TaskRepo(*db).markDone(
        MinutesRepo::entryFromRecord(*db->get(QStringLiteral("minutes_entries"), done)).taskId);

    const QList<CarriedAction> carried = minutes.openActionsFor(third);
    ASSERT_EQ(carried.size(), 2);
    EXPECT_EQ(carried[0].action.id, open);
    EXPECT_EQ(carried[0].itemTitle, QStringLiteral("Lopende zaken"));
    EXPECT_EQ(carried[0].occurrenceUtc, first.occurrenceUtc);
    EXPECT_EQ(carried[1].action.id, later);

    // Into the second meeting only the first one's; nothing into the first.
    ASSERT_EQ(minutes.openActionsFor(second).size(), 1);
    EXPECT_TRUE(minutes.openActionsFor(first).isEmpty());

    // A corrected first meeting counts once, by its newest version.
    minutes.setState(minutes.current(first)->id, MinutesState::Review);
    minutes.setState(minutes.current(first)->id, MinutesState::Final);
    minutes.correct(first, sanne);
    EXPECT_EQ(minutes.openActionsFor(third).size(), 2);
}

namespace {
ErrorKind kindOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.kind();
    }
    ADD_FAILURE() << "no error";
    return ErrorKind::Storage;
}
} // namespace

TEST_F(MinutesTest, OnlyItsAuthorTakesACommentBackAndUndoBringsItBack)
{
    minutes.addEntry(firstItem, MinutesEntryKind::Note, QStringLiteral("Opening"), sanne);
    const Minutes draft = *minutes.current(first);
    minutes.setState(draft.id, MinutesState::Review);
    const QString mine = minutes.addComment(firstItem, {}, QStringLiteral("Typfout"), joris);

    const qint64 before = db->pendingCount();
    EXPECT_EQ(kindOf([&] { minutes.removeComment(mine, sanne); }), ErrorKind::Refused)
        << "someone else's comment stays";
    EXPECT_EQ(db->pendingCount(), before);
    ASSERT_EQ(minutes.comments(first).size(), 1);

    minutes.removeComment(mine, joris);
    EXPECT_TRUE(minutes.comments(first).isEmpty());
    EXPECT_EQ(kindOf([&] { minutes.restoreComment(mine, sanne); }), ErrorKind::Refused);
    minutes.restoreComment(mine, joris);
    ASSERT_EQ(minutes.comments(first).size(), 1);
    EXPECT_EQ(minutes.comments(first).first().text, QStringLiteral("Typfout"));

    minutes.setState(draft.id, MinutesState::Final);
    EXPECT_EQ(kindOf([&] { minutes.removeComment(mine, joris); }), ErrorKind::Refused)
        << "final minutes keep their comments";
    EXPECT_EQ(kindOf([&] { minutes.removeComment(QStringLiteral("nope"), joris); }),
              ErrorKind::NotFound);
}

TEST_F(MinutesTest, CommentsAreTakenOnlyWhileTheMinutesAreInReview)
{
    const QString decision =
        minutes.addEntry(firstItem, MinutesEntryKind::Decision, QStringLiteral("Akkoord"), sanne);
    const Minutes draft = *minutes.current(first);
    const qint64 before = db->pendingCount();
    EXPECT_EQ(kindOf([&] { minutes.addComment(firstItem, {}, QStringLiteral("Te vroeg"), joris); }),
              ErrorKind::Refused)
        << "a draft is still being written";
    EXPECT_EQ(db->pendingCount(), before);

    minutes.setState(draft.id, MinutesState::Review);
    const QString onLine =
        minutes.addComment(firstItem, decision, QStringLiteral("Onder voorbehoud"), joris);
    clock.advance(1000);
    const QString onItem =
        minutes.addComment(firstItem, {}, QStringLiteral("Graag ook de begroting"), maarten);
    EXPECT_EQ(kindOf([&] { minutes.addComment(firstItem, {}, QStringLiteral("  "), joris); }),
              ErrorKind::BadInput);
    EXPECT_EQ(kindOf([&] {
                  minutes.addComment(firstItem, QStringLiteral("nope"), QStringLiteral("x"), joris);
              }),
              ErrorKind::NotFound)
        << "a comment names a line of these minutes";

    const QList<MinutesComment> comments = minutes.comments(first);
    ASSERT_EQ(comments.size(), 2);
    EXPECT_EQ(comments[0].id, onLine);
    EXPECT_EQ(comments[0].entryId, decision);
    EXPECT_EQ(comments[0].author, joris);
    EXPECT_EQ(comments[0].minutesId, draft.id);
    EXPECT_EQ(comments[1].id, onItem);
    EXPECT_TRUE(comments[1].entryId.isEmpty());

    minutes.setState(draft.id, MinutesState::Final);
    EXPECT_EQ(kindOf([&] { minutes.addComment(firstItem, {}, QStringLiteral("Laat"), joris); }),
              ErrorKind::Refused);
    // A correction starts a new version: its review has comments of its own.
    minutes.correct(first, sanne);
    EXPECT_TRUE(minutes.comments(first).isEmpty());
}

TEST_F(MinutesTest, ALineTakenOutComesBackWithItsTaskOnUndo)
{
    const QString action =
        minutes.addAction(firstItem, QStringLiteral("Offerte opvragen"), joris, -1, sanne);
    const QString taskId = minutes.lines(first)[0].entry.taskId;
    const qint64 before = db->pendingActions();
    minutes.removeEntry(action);
    EXPECT_EQ(db->pendingActions(), before + 1) << "line and task go in one action";
    EXPECT_TRUE(minutes.lines(first).isEmpty());
    EXPECT_FALSE(TaskRepo(*db).byId(taskId).has_value());

    minutes.restoreEntry(action);
    ASSERT_EQ(minutes.lines(first).size(), 1);
    EXPECT_EQ(minutes.lines(first)[0].taskStatus, TaskStatus::Open);

    const Minutes m = *minutes.current(first);
    minutes.setState(m.id, MinutesState::Review);
    minutes.setState(m.id, MinutesState::Final);
    EXPECT_EQ(kindOf([&] { minutes.removeEntry(action); }), ErrorKind::Refused);
    EXPECT_EQ(minutes.lines(first).size(), 1);
}
