// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskStoreTest.h"

#include "core/tasks/TaskArrivals.h"

using namespace spil;
using namespace spil::test;

// Which delegated tasks are news to the device's user, and which arrival is announced.
class TaskNews : public TaskStoreTest {
protected:
    bool news(const QString &id, const QString &me)
    {
        return TaskRepo::isNews(*tasks.byId(id), me, tasks.seen());
    }
};

TEST_F(TaskNews, OnlyAnOpenTaskSomeoneElseHandedOverIsNewsUntilSeen)
{
    const QString handed = task("Hotel boeken", sanne, maarten);
    const QString own = task("Eigen werk", sanne, sanne);
    const QString hers = task("Voor Maarten", maarten, sanne);
    const QString done = task("Al gedaan", sanne, maarten);
    tasks.markDone(done);
    EXPECT_TRUE(news(handed, sanne));
    EXPECT_FALSE(news(handed, maarten)); // not his to do
    EXPECT_FALSE(news(handed, QString()));
    EXPECT_FALSE(news(own, sanne));
    EXPECT_FALSE(news(hers, sanne));
    EXPECT_FALSE(news(done, sanne));
    tasks.markSeen({handed});
    EXPECT_FALSE(news(handed, sanne));
}

TEST_F(TaskNews, JoiningAnOfficeMakesEverythingItHeldSeen)
{
    const QString a = task("Hotel boeken", sanne, maarten);
    const QString b = task("Bloemen", sanne, maarten);
    tasks.markAllSeen();
    EXPECT_FALSE(news(a, sanne));
    EXPECT_FALSE(news(b, sanne));
    EXPECT_TRUE(news(task("Later gekomen", sanne, maarten), sanne));
}

TEST_F(TaskNews, WhatWasThereBeforeTodayIsNotNews)
{
    const QString old = task("Van vorige week", sanne, maarten); // created Thursday 08:00 UTC
    clock.set(utc("2026-11-27T08:00:01Z"));
    const QString overdue = task("Verlopen", sanne, maarten, utc("2026-11-27T08:00:00Z"));
    const QString fresh = task("Net gekregen", sanne, maarten, utc("2026-11-27T12:00:00Z"));
    const QString undated = task("Zonder datum", sanne, maarten);
    tasks.markPastSeen();
    EXPECT_FALSE(news(old, sanne));
    EXPECT_FALSE(news(overdue, sanne));
    EXPECT_TRUE(news(fresh, sanne));
    EXPECT_TRUE(news(undated, sanne));
}

TEST_F(TaskNews, AnArrivalIsAnnouncedOnceAndOnlyToItsAssignee)
{
    const QString handed = task("Hotel boeken", sanne, maarten);
    const QString own = task("Eigen werk", sanne, sanne);
    const QString seen = task("Al gezien", sanne, maarten);
    tasks.markSeen({seen});
    TaskArrivals arrivals;
    EXPECT_TRUE(arrivals.take(*db, {handed}, maarten).isEmpty());
    EXPECT_TRUE(arrivals.take(*db, {handed}, QString()).isEmpty()); // nobody identified yet
    const QList<Task> announced =
        arrivals.take(*db, {own, handed, seen, QStringLiteral("x")}, sanne);
    ASSERT_EQ(announced.size(), 1);
    EXPECT_EQ(announced.first().id, handed);
    EXPECT_TRUE(arrivals.take(*db, {handed}, sanne).isEmpty()); // a later sync brings it again
    arrivals.clear();
    EXPECT_EQ(arrivals.take(*db, {handed}, sanne).size(), 1);
}
