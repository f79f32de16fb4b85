// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/common/EnumText.h"
#include "core/secretariat/ServiceRepo.h"
#include "core/tasks/TaskRepo.h"

#include <QMetaEnum>
#include <QSet>

using namespace spil;
using namespace spil::test;

namespace {
class Secretariat : public StoreTest {
protected:
    Secretariat()
    {
        maarten = addPerson("Maarten Verhoeven", Role::Director);
        ingrid = addPerson("Ingrid Smit", Role::Director);
        fatima = addPerson("Fatima El Amrani", Role::OfficeManager);
        sanne = addPerson("Sanne Bakker", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
        lotte =
            addPerson("Lotte de Vries", Role::Assistant, "Europe/Amsterdam", 0, {maarten, ingrid});
        joris = addPerson("Joris Mulder", Role::Staff);
        room = services.addService({.name = QStringLiteral("Vergaderruimte reserveren"),
                                    .description = QStringLiteral("Een zaal voor overleg")});
        travel = services.addService({.name = QStringLiteral("Reis regelen")});
    }
    QSet<QString> changedFields()
    {
        const auto changes = lastActionChanges(*db);
        return QSet<QString>(changes.keyBegin(), changes.keyEnd());
    }
    QString maarten, ingrid, fatima, sanne, lotte, joris, room, travel;
    ServiceRepo services{*db};
    TaskRepo tasks{*db};
    const QTimeZone ams{QByteArrayLiteral("Europe/Amsterdam")};
};
} // namespace

TEST(ServiceEnums, EveryValueKeepsItsWordAndABadWordIsRefused)
{
    const QMetaEnum meta = QMetaEnum::fromType<ServiceState>();
    QSet<QString> seen;
    for (int i = 0; i < meta.keyCount(); ++i) {
        const auto value = ServiceState(meta.value(i));
        const QString text = toText(value);
        EXPECT_FALSE(seen.contains(text));
        seen.insert(text);
        EXPECT_EQ(parseText<ServiceState>(text, QStringLiteral("state")), value);
    }
    EXPECT_EQ(qsizetype(enumTexts<ServiceState>.size()), qsizetype(meta.keyCount()));
    EXPECT_THROW(parseText<ServiceState>(QStringLiteral("handed"), QStringLiteral("state")), Error);
}

TEST(SecretariatRoles, OnlyTheOfficeManagerAndAdminsHandOnAndStaffReadNoQueue)
{
    EXPECT_TRUE(handsOnRequests(Role::OfficeManager));
    EXPECT_TRUE(handsOnRequests(Role::Admin));
    EXPECT_FALSE(handsOnRequests(Role::Assistant));
    EXPECT_FALSE(handsOnRequests(Role::Staff));
    EXPECT_TRUE(readsQueue(Role::Assistant));
    EXPECT_FALSE(readsQueue(Role::Staff));
    EXPECT_FALSE(readsQueue(Role::Director));
    EXPECT_TRUE(keepsServices(Role::OfficeManager));
    EXPECT_TRUE(keepsServices(Role::Admin));
    EXPECT_FALSE(keepsServices(Role::Assistant));
    EXPECT_FALSE(keepsServices(Role::Director));
    EXPECT_FALSE(keepsServices(Role::Staff));
}

TEST_F(Secretariat, ServicesNeedANameAndInactiveOnesGoLastAndOnlyWhenAsked)
{
    EXPECT_THROW(services.addService({.name = QStringLiteral("  ")}), Error);
    services.updateService(travel, {.active = false});
    EXPECT_EQ(changedFields(), QSet<QString>{QStringLiteral("services.active")});
    ASSERT_EQ(services.services().size(), 1);
    const QList<Service> all = services.services(true);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.last().id, travel);
    EXPECT_EQ(services.resolveService(QStringLiteral("reis regelen")).id, travel);
    EXPECT_THROW(services.updateService(travel, {.name = QString()}), Error);
}

TEST_F(Secretariat, ARequestNeedsAnActiveServiceWhatAndWhoAsks)
{
    EXPECT_THROW(services.ask(room, QStringLiteral(" "), -1, joris), Error);
    EXPECT_THROW(services.ask(room, QStringLiteral("Zaal"), -1, QString()), Error);
    EXPECT_THROW(services.ask(QStringLiteral("nothing"), QStringLiteral("Zaal"), -1, joris), Error);
    services.updateService(travel, {.active = false});
    EXPECT_THROW(services.ask(travel, QStringLiteral("Brussel"), -1, joris), Error);
    const QString id = services.ask(room, QStringLiteral("Zaal voor 12"), -1, joris);
    const ServiceRequest q = *services.request(id);
    EXPECT_EQ(q.requestedBy, joris);
    EXPECT_EQ(q.requestedAt, clock.nowMs());
    EXPECT_EQ(q.state, ServiceState::Open);
    EXPECT_TRUE(q.assignee.isEmpty());
}

TEST_F(Secretariat, TheQueueShowsWhatIsNotHandedOnFirstThenByNeedThenByAge)
{
    const QString later =
        services.ask(room, QStringLiteral("later"), utc("2026-11-30T09:00:00Z"), joris);
    clock.set(clock.nowMs() + 60000);
    const QString sooner =
        services.ask(room, QStringLiteral("sooner"), utc("2026-11-27T09:00:00Z"), joris);
    const QString undated = services.ask(room, QStringLiteral("undated"), -1, joris);
    clock.set(clock.nowMs() + 60000);
    const QString undatedYounger =
        services.ask(room, QStringLiteral("undated, younger"), -1, joris);
    const QString handed =
        services.ask(travel, QStringLiteral("handed"), utc("2026-11-26T09:00:00Z"), joris);
    services.handTo(handed, lotte, fatima);
    const QString cancelled = services.ask(travel, QStringLiteral("cancelled"), -1, joris);
    services.cancel(cancelled);

    QStringList order;
    for (const ServiceRequest &q : services.queue())
        order << q.id;
    EXPECT_EQ(order, (QStringList{sooner, later, undated, undatedYounger, handed}));
    const QList<ServiceRequest> all = services.queue(true);
    ASSERT_EQ(all.size(), 6);
    EXPECT_EQ(all.last().id, cancelled);
}

TEST_F(Secretariat, HandingOnMakesTheSecretarysTaskUnderTheRequestsIdInOneAction)
{
    const QString id =
        services.ask(room, QStringLiteral("Zaal voor 12"), utc("2026-11-27T13:00:00Z"), joris);
    services.handTo(id, lotte, fatima);
    const auto changes = lastActionChanges(*db);
    EXPECT_EQ(changes.value(QStringLiteral("service_requests.assignee")).toString(), lotte);
    EXPECT_EQ(changes.value(QStringLiteral("tasks.assignee")).toString(), lotte);
    const Task task = *tasks.byId(id);
    EXPECT_EQ(task.title, QStringLiteral("Vergaderruimte reserveren: Zaal voor 12"));
    EXPECT_EQ(task.delegatedBy, fatima);
    EXPECT_EQ(task.createdBy, fatima);
    EXPECT_EQ(task.dueUtc, utc("2026-11-27T13:00:00Z"));
    EXPECT_EQ(task.source, TaskSource::Request);
    EXPECT_EQ(services.request(id)->handedAt, clock.nowMs());
    EXPECT_TRUE(TaskRepo::isNews(task, lotte, {}));
}

TEST_F(Secretariat, HandingOnIsAnIntentAndHandingAgainMovesTheOneTask)
{
    const QString id = services.ask(room, QStringLiteral("Zaal"), -1, joris);
    services.handTo(id, lotte, fatima);
    const qint64 pending = db->pendingCount();
    services.handTo(id, lotte, fatima);
    EXPECT_EQ(db->pendingCount(), pending);
    clock.set(clock.nowMs() + 60000);
    services.handTo(id, sanne, fatima);
    EXPECT_EQ(changedFields(), (QSet<QString>{QStringLiteral("service_requests.assignee"),
                                              QStringLiteral("service_requests.handed_at"),
                                              QStringLiteral("tasks.assignee")}));
    EXPECT_EQ(tasks.list(lotte).size(), 0);
    ASSERT_EQ(tasks.list(sanne).size(), 1);
    EXPECT_EQ(services.request(id)->assignee, sanne);
}

TEST_F(Secretariat, OnlyAnOpenRequestGoesOnlyToASecretary)
{
    const QString id = services.ask(room, QStringLiteral("Zaal"), -1, joris);
    EXPECT_THROW(services.handTo(id, joris, fatima), Error);
    EXPECT_THROW(services.handTo(id, maarten, fatima), Error);
    EXPECT_THROW(services.handTo(QStringLiteral("none"), lotte, fatima), Error);
    services.cancel(id);
    EXPECT_THROW(services.handTo(id, lotte, fatima), Error);
    EXPECT_FALSE(tasks.byId(id));
}

TEST_F(Secretariat, StrikingTheTaskOffClosesTheRequestAndReopeningOpensIt)
{
    const QString id = services.ask(room, QStringLiteral("Zaal"), -1, joris);
    services.handTo(id, lotte, fatima);
    tasks.markDone(id);
    EXPECT_EQ(changedFields(),
              (QSet<QString>{QStringLiteral("tasks.status"), QStringLiteral("tasks.done_at"),
                             QStringLiteral("service_requests.state")}));
    EXPECT_EQ(services.request(id)->state, ServiceState::Done);
    EXPECT_EQ(services.requestsOf(joris).first().state, ServiceState::Done);
    tasks.reopen(id);
    EXPECT_EQ(services.request(id)->state, ServiceState::Open);
    // A task of no request changes no request.
    Task own;
    own.title = QStringLiteral("Eigen taak");
    own.assignee = lotte;
    const QString ownId = tasks.add(own);
    tasks.markDone(ownId);
    EXPECT_EQ(changedFields(),
              (QSet<QString>{QStringLiteral("tasks.status"), QStringLiteral("tasks.done_at")}));
}

TEST_F(Secretariat, CancellingTakesTheTaskAlongAndADoneRequestCannotBeCancelled)
{
    const QString id = services.ask(room, QStringLiteral("Zaal"), -1, joris);
    services.handTo(id, lotte, fatima);
    services.cancel(id);
    EXPECT_EQ(services.request(id)->state, ServiceState::Cancelled);
    EXPECT_EQ(tasks.byId(id)->status, TaskStatus::Cancelled);
    const QString done = services.ask(room, QStringLiteral("Andere zaal"), -1, joris);
    services.handTo(done, lotte, fatima);
    tasks.markDone(done);
    EXPECT_THROW(services.cancel(done), Error);
}

TEST_F(Secretariat, RequestsOfOnePersonNewestFirst)
{
    const QString first = services.ask(room, QStringLiteral("eerste"), -1, joris);
    clock.set(clock.nowMs() + 1000);
    const QString second = services.ask(travel, QStringLiteral("tweede"), -1, joris);
    services.ask(travel, QStringLiteral("van een ander"), -1, sanne);
    const QList<ServiceRequest> mine = services.requestsOf(joris);
    ASSERT_EQ(mine.size(), 2);
    EXPECT_EQ(mine[0].id, second);
    EXPECT_EQ(mine[1].id, first);
}

TEST_F(Secretariat, DistributionCountsOpenOverdueUrgentAndTheWeekPerSecretary)
{
    // Thursday 26 November 2026, 09:00 in Amsterdam.
    const auto task = [&](const QString &who, qint64 due, bool urgent,
                          TaskStatus status = TaskStatus::Open) {
        Task t;
        t.title = QStringLiteral("werk");
        t.assignee = who;
        t.dueUtc = due;
        t.urgent = urgent;
        t.status = status;
        return tasks.add(t);
    };
    task(lotte, in("Europe/Amsterdam", "2026-11-24T10:00"), false); // Tuesday, overdue
    task(lotte, in("Europe/Amsterdam", "2026-11-26T16:00"), true);  // today, urgent
    task(lotte, in("Europe/Amsterdam", "2026-11-27T09:00"), false); // Friday
    task(lotte, -1, true);                                          // no date, urgent
    task(lotte, in("Europe/Amsterdam", "2026-11-25T10:00"), true, TaskStatus::Done);
    task(lotte, in("Europe/Amsterdam", "2026-12-01T10:00"), false); // next week
    task(sanne, in("Europe/Amsterdam", "2026-11-23T08:00"), false); // Monday, overdue
    task(joris, in("Europe/Amsterdam", "2026-11-20T08:00"), true);  // staff: not listed
    const QString removed = task(sanne, in("Europe/Amsterdam", "2026-11-26T12:00"), true);
    tasks.remove(removed);

    const QList<SecretaryLoad> loads = services.distribution(ams);
    ASSERT_EQ(loads.size(), 2);
    const SecretaryLoad &l = loads[0].personId == lotte ? loads[0] : loads[1];
    const SecretaryLoad &s = loads[0].personId == sanne ? loads[0] : loads[1];
    EXPECT_EQ(l.open, 5);
    EXPECT_EQ(l.overdue, 1);
    EXPECT_EQ(l.urgent, 2);
    EXPECT_EQ(l.week, (QList<int>{0, 1, 0, 1, 1}));
    EXPECT_EQ(l.directors,
              (QStringList{QStringLiteral("Maarten Verhoeven"), QStringLiteral("Ingrid Smit")}));
    EXPECT_EQ(s.open, 1);
    EXPECT_EQ(s.overdue, 1);
    EXPECT_EQ(s.urgent, 0);
    EXPECT_EQ(s.week, (QList<int>{1, 0, 0, 0, 0}));
    EXPECT_EQ(s.directors, QStringList{QStringLiteral("Maarten Verhoeven")});
}

TEST_F(Secretariat, ReassignIsAnIntentWithUndoAndTakesTheRequestAlong)
{
    const QString id = services.ask(room, QStringLiteral("Zaal"), -1, joris);
    services.handTo(id, lotte, fatima);
    const QString before = services.reassign(id, sanne);
    EXPECT_EQ(before, lotte);
    EXPECT_EQ(changedFields(), (QSet<QString>{QStringLiteral("tasks.assignee"),
                                              QStringLiteral("service_requests.assignee")}));
    EXPECT_EQ(services.request(id)->assignee, sanne);
    const qint64 pending = db->pendingCount();
    EXPECT_EQ(services.reassign(id, sanne), sanne);
    EXPECT_EQ(db->pendingCount(), pending);
    services.reassign(id, before);
    EXPECT_EQ(tasks.byId(id)->assignee, lotte);
    EXPECT_EQ(services.request(id)->assignee, lotte);
    EXPECT_THROW(services.reassign(id, QStringLiteral("nobody")), Error);
    EXPECT_THROW(services.reassign(QStringLiteral("none"), lotte), Error);
}
