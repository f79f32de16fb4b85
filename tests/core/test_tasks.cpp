// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskStoreTest.h"

#include "core/common/Error.h"

using namespace spil;
using namespace spil::test;

using Tasks = TaskStoreTest;

TEST_F(Tasks, TheDelegatorWaitsForWhatTheyHandedOver)
{
    const QString hotel = task("Hotel boeken", sanne, maarten, utc("2026-11-28T12:00:00Z"));
    task("Bloemen", sanne, maarten, utc("2026-11-27T12:00:00Z"));
    task("Eigen werk", maarten, maarten);
    task("Van iemand anders", sanne, QString());
    auto waiting = tasks.waitingFor(maarten);
    ASSERT_EQ(waiting.size(), 2);
    EXPECT_EQ(waiting[0].title, QStringLiteral("Bloemen")); // due first
    tasks.markDone(hotel);
    waiting = tasks.waitingFor(maarten);
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_TRUE(tasks.waitingFor(sanne).isEmpty());
}

TEST_F(Tasks, HandingOnKeepsTheChainAndEveryHandWaitsUntilItIsDone)
{
    const QString lotte = addPerson("Lotte de Wit", Role::Staff);
    const QString id = task("Jaarverslag drukken", sanne, maarten);
    EXPECT_EQ(tasks.byId(id)->handedBy, QStringList{maarten});

    const int pending = db->pendingCount();
    tasks.handTo(id, lotte, sanne, {.notes = QStringLiteral("Drukker bellen")});
    const Task handed = *tasks.byId(id);
    EXPECT_EQ(handed.assignee, lotte);
    EXPECT_EQ(handed.delegatedBy, sanne);
    EXPECT_EQ(handed.handedBy, (QStringList{maarten, sanne}));
    EXPECT_EQ(handed.notes, QStringLiteral("Drukker bellen"));
    // One intent, one mutation: the hand travels whole or not at all.
    QSet<qint64> mutations;
    for (const OutboxChange &c : db->pendingChanges().mid(pending))
        mutations.insert(c.mutation);
    EXPECT_EQ(mutations.size(), 1);

    for (const QString &delegator : {maarten, sanne}) {
        const auto waiting = tasks.waitingFor(delegator);
        ASSERT_EQ(waiting.size(), 1) << delegator.toStdString();
        EXPECT_EQ(waiting.first().id, id);
    }
    EXPECT_TRUE(tasks.waitingFor(lotte).isEmpty());

    // Lotte hands it back to Sanne: nobody is added twice, Lotte now waits too.
    tasks.handTo(id, sanne, lotte);
    EXPECT_EQ(tasks.byId(id)->handedBy, (QStringList{maarten, sanne, lotte}));
    EXPECT_EQ(tasks.waitingFor(maarten).size(), 1);
    EXPECT_TRUE(tasks.waitingFor(sanne).isEmpty()); // hers to do again
    EXPECT_EQ(tasks.waitingFor(lotte).size(), 1);
    // Taking it back adds no hand.
    tasks.handTo(id, sanne, sanne);
    EXPECT_EQ(tasks.byId(id)->handedBy, (QStringList{maarten, sanne, lotte}));

    tasks.markDone(id);
    for (const QString &delegator : {maarten, sanne, lotte})
        EXPECT_TRUE(tasks.waitingFor(delegator).isEmpty()) << delegator.toStdString();
}

TEST_F(Tasks, ATaskFromBeforeTheChainCountsItsDelegatorAsTheFirstHand)
{
    const QString lotte = addPerson("Lotte de Wit", Role::Staff);
    const QString id = task("Oude taak", sanne, maarten);
    {
        // As a store from before the chain holds it.
        Database::Transaction tx(*db);
        db->run(QStringLiteral("UPDATE tasks SET handed_by = '[]' WHERE id = ?"), {id});
        tx.commit();
    }
    EXPECT_EQ(tasks.waitingFor(maarten).size(), 1);
    tasks.handTo(id, lotte, sanne);
    EXPECT_EQ(tasks.byId(id)->handedBy, (QStringList{maarten, sanne}));
    EXPECT_EQ(tasks.waitingFor(maarten).size(), 1);
}

TEST_F(Tasks, TheEndOfDayReviewHoldsTodaysOpenAndOverdueWorkUrgentFirst)
{
    const QTimeZone amsterdam("Europe/Amsterdam");
    clock.set(utc("2026-11-26T16:30:00Z")); // Thursday 17:30 in Amsterdam
    task("Volgende week", sanne, maarten, utc("2026-11-30T09:00:00Z"));
    task("Geen datum", sanne, maarten);
    task("Te laat", sanne, maarten, utc("2026-11-26T12:00:00Z"));
    task("Dringend later", sanne, maarten, utc("2026-11-29T09:00:00Z"), true);
    task("Dringend nu", sanne, maarten, utc("2026-11-26T17:00:00Z"), true);
    task("Dringend, geen datum", sanne, maarten, -1, true);            // handed over in passing
    task("Vanavond nog", sanne, maarten, utc("2026-11-26T22:30:00Z")); // 23:30 local
    task("Morgen vroeg", sanne, maarten, utc("2026-11-26T23:30:00Z")); // 00:30 local
    const QString done = task("Al klaar", sanne, maarten, utc("2026-11-26T12:00:00Z"));
    tasks.markDone(done);

    const auto review = tasks.review(sanne, amsterdam);
    QStringList titles;
    for (const auto &item : review)
        titles << item.task.title;
    EXPECT_EQ(titles,
              (QStringList{QStringLiteral("Dringend, geen datum"), QStringLiteral("Dringend nu"),
                           QStringLiteral("Te laat"), QStringLiteral("Vanavond nog")}));
    EXPECT_FALSE(review[0].overdue);
    EXPECT_FALSE(review[1].overdue);
    EXPECT_TRUE(review[2].overdue);
    EXPECT_FALSE(review[3].overdue);
}

TEST_F(Tasks, AnUrgentTaskWithoutADateStandsAmongWhatIsDueNowNotBelowNextWeek)
{
    clock.set(utc("2026-11-26T12:00:00Z"));
    task("Te laat", sanne, maarten, utc("2026-11-26T09:00:00Z"));
    task("Morgen", sanne, maarten, utc("2026-11-27T09:00:00Z"));
    task("Geen datum", sanne, maarten);
    clock.set(utc("2026-11-26T14:00:00Z"));
    task("Taxi bestellen", sanne, maarten, -1, true);
    task("Vanmiddag", sanne, maarten, utc("2026-11-26T15:00:00Z"));
    QStringList titles;
    for (const Task &t : tasks.list(sanne))
        titles << t.title;
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Te laat"), QStringLiteral("Taxi bestellen"),
                                   QStringLiteral("Vanmiddag"), QStringLiteral("Morgen"),
                                   QStringLiteral("Geen datum")}));
}

// Tasks an action makes at once (a meeting's actions, all at one moment and with one due
// time) stand alphabetically, and one struck off stays where it stood in Waiting for: its
// place does not hang on its status or on its random id.
TEST_F(Tasks, TasksMadeAtOneMomentKeepTheirPlacesWhenOneIsStruckOff)
{
    clock.set(utc("2026-11-26T12:00:00Z"));
    const qint64 due = utc("2026-11-27T09:00:00Z");
    for (const char *title : {"Notulen rondsturen", "Begroting aanpassen", "Zaal boeken"})
        task(title, sanne, maarten, due);
    const auto titles = [&] {
        QStringList out;
        for (const Task &t : tasks.waitingFor(maarten, 0))
            out << t.title;
        return out;
    };
    const QStringList order{QStringLiteral("Begroting aanpassen"),
                            QStringLiteral("Notulen rondsturen"), QStringLiteral("Zaal boeken")};
    EXPECT_EQ(titles(), order);
    for (const Task &t : tasks.waitingFor(maarten, 0)) {
        tasks.markDone(t.id);
        EXPECT_EQ(titles(), order) << "striking off " << t.title.toStdString() << " moved it";
    }
}

TEST_F(Tasks, NotTodayMovesToTheNextWorkingMorningAndReturnsTheDueTimeForUndo)
{
    const QTimeZone amsterdam("Europe/Amsterdam");
    clock.set(utc("2026-11-27T16:00:00Z")); // Friday 17:00 in Amsterdam
    const QString id = task("Te laat", sanne, maarten, utc("2026-11-26T12:00:00Z"));
    EXPECT_EQ(tasks.postpone(id, amsterdam), utc("2026-11-26T12:00:00Z"));
    EXPECT_EQ(tasks.byId(id)->dueUtc, utc("2026-11-30T08:00:00Z")); // Monday 09:00
    tasks.setDue(id, utc("2026-11-26T12:00:00Z"));
    EXPECT_EQ(tasks.byId(id)->dueUtc, utc("2026-11-26T12:00:00Z"));
    tasks.setDue(id, -1);
    EXPECT_EQ(tasks.byId(id)->dueUtc, -1);
}

TEST(DueChoices, FollowTheWallClockOnDstDaysAndAfterHours)
{
    const QTimeZone amsterdam("Europe/Amsterdam");
    const auto at = [](const char *iso) {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
    };
    // Monday 30 November 2026, 10:15; the working day ends at 17:00.
    const qint64 monday = at("2026-11-30T10:15:00+01:00");
    EXPECT_EQ(dueFor(TaskDue::Today, monday, amsterdam, 17 * 60), at("2026-11-30T17:00:00+01:00"));
    EXPECT_EQ(dueFor(TaskDue::Today, monday, amsterdam, 0), at("2026-11-30T17:00:00+01:00"));
    EXPECT_EQ(dueFor(TaskDue::Today, monday, amsterdam, 16 * 60), at("2026-11-30T16:00:00+01:00"));
    EXPECT_EQ(dueFor(TaskDue::Tomorrow, monday, amsterdam, 17 * 60),
              at("2026-12-01T09:00:00+01:00"));
    EXPECT_EQ(dueFor(TaskDue::ThisWeek, monday, amsterdam, 17 * 60),
              at("2026-12-04T17:00:00+01:00"));
    EXPECT_EQ(dueFor(TaskDue::None, monday, amsterdam, 17 * 60), -1);
    EXPECT_EQ(dueFor(TaskDue::Keep, monday, amsterdam, 17 * 60), std::nullopt);
    // Saturday 27 March 2027; the clocks go forward on Sunday the 28th.
    const qint64 saturday = at("2027-03-27T20:00:00+01:00");
    EXPECT_EQ(dueFor(TaskDue::Tomorrow, saturday, amsterdam, 17 * 60),
              at("2027-03-28T09:00:00+02:00"));
    // After working hours, "today" is still today.
    EXPECT_EQ(dueFor(TaskDue::Today, saturday, amsterdam, 17 * 60),
              at("2027-03-27T23:59:00+01:00"));
    // Friday evening, "this week" is next Friday.
    EXPECT_EQ(dueFor(TaskDue::ThisWeek, at("2026-12-04T18:30:00+01:00"), amsterdam, 17 * 60),
              at("2026-12-11T17:00:00+01:00"));
}

TEST_F(Tasks, StrikingOffTwiceKeepsTheFirstTimeAndADeleteCanBeUndone)
{
    const QString id = task("Bel terug", sanne, maarten);
    clock.set(utc("2026-11-26T17:05:00Z"));
    tasks.markDone(id);
    const int pending = db->pendingCount();
    clock.set(utc("2026-11-26T17:06:00Z"));
    tasks.markDone(id); // the same strike-off from another screen a moment later
    EXPECT_EQ(tasks.byId(id)->doneAt, utc("2026-11-26T17:05:00Z"));
    EXPECT_EQ(db->pendingCount(), pending);

    tasks.remove(id);
    EXPECT_FALSE(tasks.byId(id));
    tasks.restore(id);
    ASSERT_TRUE(tasks.byId(id));
    EXPECT_EQ(tasks.byId(id)->title, QStringLiteral("Bel terug"));
    EXPECT_EQ(db->pendingChanges().last().field, QStringLiteral("deleted"));
    EXPECT_EQ(db->pendingChanges().last().value, QJsonValue(false));
    EXPECT_THROW(tasks.restore(id), Error); // live: nothing to undo
}

TEST_F(Tasks, StrikingOffRecordsWhenAndUndoReopens)
{
    const QString id = task("Bel terug", sanne, maarten);
    clock.set(utc("2026-11-26T17:05:00Z"));
    tasks.markDone(id);
    EXPECT_EQ(tasks.byId(id)->status, TaskStatus::Done);
    EXPECT_EQ(tasks.byId(id)->doneAt, utc("2026-11-26T17:05:00Z"));
    const auto lastTwo = [&] {
        QMap<QString, OutboxChange> byField;
        for (const OutboxChange &c : db->pendingChanges().mid(db->pendingCount() - 2))
            byField.insert(c.field, c);
        return byField;
    };
    auto last = lastTwo();
    ASSERT_EQ(last.keys(), (QStringList{QStringLiteral("done_at"), QStringLiteral("status")}));
    EXPECT_EQ(last[QStringLiteral("done_at")].mutation, last[QStringLiteral("status")].mutation);
    EXPECT_EQ(last[QStringLiteral("status")].value, QJsonValue(QStringLiteral("done")));
    tasks.reopen(id);
    EXPECT_EQ(tasks.byId(id)->status, TaskStatus::Open);
    EXPECT_EQ(tasks.byId(id)->doneAt, -1);
    last = lastTwo();
    EXPECT_TRUE(last[QStringLiteral("done_at")].value.isNull());
    EXPECT_EQ(last[QStringLiteral("status")].value, QJsonValue(QStringLiteral("open")));
}

TEST_F(Tasks, RefusesATaskWithoutTitle)
{
    EXPECT_THROW(task("  ", sanne, maarten), Error);
    const QString id = task("ok", sanne, maarten);
    const int pending = db->pendingCount();
    EXPECT_THROW(tasks.update(id, {.title = QStringLiteral(" ")}), Error);
    EXPECT_EQ(tasks.byId(id)->title, QStringLiteral("ok"));
    EXPECT_EQ(db->pendingCount(), pending);
    EXPECT_EQ(tasks.list(sanne).size(), 1);
}

TEST_F(Tasks, AnEditRecordsExactlyTheFieldsItChanges)
{
    const QString id = task("Bel terug", sanne, maarten, utc("2026-11-27T09:00:00Z"));
    const auto changedFields = [&](auto edit) {
        const int pending = db->pendingCount();
        edit();
        QStringList fields;
        QSet<qint64> mutations;
        for (const OutboxChange &c : db->pendingChanges().mid(pending)) {
            fields << c.field;
            mutations.insert(c.mutation);
        }
        EXPECT_LE(mutations.size(), 1); // one edit, one user action
        fields.sort();
        return fields;
    };
    EXPECT_EQ(changedFields([&] { tasks.setUrgent(id, true); }), QStringList{"urgent"});
    EXPECT_TRUE(tasks.byId(id)->urgent);
    EXPECT_EQ(changedFields([&] { tasks.setUrgent(id, true); }), QStringList{}); // as it was
    EXPECT_EQ(changedFields([&] { tasks.setDue(id, -1); }), QStringList{"due_utc"});
    EXPECT_EQ(tasks.byId(id)->dueUtc, -1);
    EXPECT_EQ(changedFields([&] {
                  tasks.update(id, {.title = QStringLiteral("Bel notaris terug"),
                                    .notes = QStringLiteral("na twee uur")});
              }),
              (QStringList{"notes", "title"}));
    EXPECT_EQ(changedFields([&] { tasks.update(id, {}); }), QStringList{});
    EXPECT_EQ(changedFields([&] {
                  tasks.update(id, {.dueUtc = utc("2026-11-30T08:00:00Z"), .urgent = false});
              }),
              (QStringList{"due_utc", "urgent"}));
    const Task now = *tasks.byId(id);
    EXPECT_EQ(now.title, QStringLiteral("Bel notaris terug"));
    EXPECT_EQ(now.notes, QStringLiteral("na twee uur"));
    EXPECT_EQ(now.dueUtc, utc("2026-11-30T08:00:00Z"));
    EXPECT_FALSE(now.urgent);
    EXPECT_EQ(now.assignee, sanne); // what the edit left alone stays
    EXPECT_THROW(tasks.update(QStringLiteral("nope"), {.urgent = true}), Error);
}

TEST_F(Tasks, TheListShowsOpenWorkFirst)
{
    const QString a = task("A", sanne, maarten, utc("2026-11-27T09:00:00Z"));
    task("B", sanne, maarten, utc("2026-11-28T09:00:00Z"));
    tasks.markDone(a);
    EXPECT_EQ(tasks.list(sanne).size(), 1);
    const auto all = tasks.list(sanne, true);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].title, QStringLiteral("B"));
    EXPECT_EQ(all[1].title, QStringLiteral("A"));
}

TEST_F(Tasks, SeenTasksStayOnTheDeviceAndOutOfTheOutbox)
{
    const QString hotel = task("Hotel boeken", sanne, maarten);
    const QString flowers = task("Bloemen", sanne, maarten);
    const qint64 pending = db->pendingCount();
    EXPECT_TRUE(tasks.seen().isEmpty());
    tasks.markSeen({hotel});
    tasks.markSeen({hotel}); // twice is fine
    EXPECT_EQ(tasks.seen(), QSet<QString>{hotel});
    EXPECT_FALSE(tasks.seen().contains(flowers));
    EXPECT_EQ(db->pendingCount(), pending);
}
