// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "core/secretariat/ServiceRepo.h"
#include "core/tasks/TaskRepo.h"
#include "qml/secretariat/ServiceListModel.h"
#include "qml/secretariat/ServiceRequestListModel.h"
#include "qml/secretariat/WorkDistributionModel.h"

#include <QAbstractItemModelTester>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

namespace {
class SecretariatModels : public AppFixture {
protected:
    template <class Model> QVariant role(const Model &m, int row, const char *name)
    {
        return m.data(m.index(row), Model::roleOf(name));
    }
    template <class Model> int rowOf(const Model &m, const char *name, const QString &value)
    {
        for (int row = 0; row < m.count(); ++row) {
            if (role(m, row, name).toString() == value)
                return row;
        }
        return -1;
    }
};
} // namespace

TEST_F(SecretariatModels, TheOfficeManagerSeesTheQueueAndHandsOnInOneTap)
{
    start(QStringLiteral("office-manager"));
    ServiceRequestListModel queue(app->office(), app->people());
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(queue.readsQueue());
    EXPECT_TRUE(queue.handsOn());
    ASSERT_EQ(queue.count(), 4);
    EXPECT_EQ(queue.waiting(), 2);
    // Not handed on first, the one needed soonest on top; the done lunch last.
    EXPECT_EQ(role(queue, 0, "what").toString(),
              QStringLiteral("Zaal voor 12 personen, klantpresentatie"));
    EXPECT_EQ(role(queue, 0, "requesterName").toString(), QStringLiteral("Joris Mulder"));
    EXPECT_FALSE(role(queue, 0, "neededText").toString().isEmpty());
    EXPECT_EQ(role(queue, 3, "requestState").value<ServiceState>(), ServiceState::Done);
    EXPECT_EQ(role(queue, 3, "assigneeName").toString(), QStringLiteral("Sanne Bakker"));
    ASSERT_EQ(queue.secretaries().size(), 2);
    EXPECT_EQ(queue.secretaries()[0].toMap().value(QStringLiteral("name")).toString(),
              QStringLiteral("Lotte de Vries"));

    const QString room = role(queue, 0, "requestId").toString();
    const QString lotte = idOf("lotte");
    ASSERT_TRUE(queue.handTo(room, lotte));
    EXPECT_EQ(queue.waiting(), 1);
    const int row = rowOf(queue, "requestId", room);
    EXPECT_EQ(role(queue, row, "assigneeName").toString(), QStringLiteral("Lotte de Vries"));
    EXPECT_EQ(TaskRepo(*app->office()->store()).byId(room)->assignee, lotte);
    EXPECT_FALSE(queue.handTo(room, idOf("joris"))) << "staff are no secretaries";
}

TEST_F(SecretariatModels, StaffSeeTheirOwnRequestsAndSendOne)
{
    start(QStringLiteral("staff"));
    EXPECT_EQ(app->people()->me().name, QStringLiteral("Joris Mulder"));
    ServiceRequestListModel mine(app->office(), app->people());
    QAbstractItemModelTester tester(&mine, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_FALSE(mine.readsQueue());
    EXPECT_FALSE(mine.handsOn());
    ASSERT_EQ(mine.count(), 2);
    for (int row = 0; row < mine.count(); ++row)
        EXPECT_TRUE(role(mine, row, "mine").toBool());

    ServiceListModel services(app->office(), app->people());
    QAbstractItemModelTester serviceTester(&services,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(services.count(), 4);
    const int travel = rowOf(services, "name", QStringLiteral("Reis regelen"));
    ASSERT_GE(travel, 0);
    const QString serviceId = role(services, travel, "serviceId").toString();
    EXPECT_FALSE(services.send(serviceId, QStringLiteral("  "), int(TaskDue::Tomorrow)));
    clock.set(clock.nowMs() + 60000);
    ASSERT_TRUE(
        services.send(serviceId, QStringLiteral("Trein naar Gent"), int(TaskDue::Tomorrow)));
    ASSERT_EQ(mine.count(), 3);
    EXPECT_EQ(role(mine, 0, "what").toString(), QStringLiteral("Trein naar Gent"));
    EXPECT_TRUE(role(mine, 0, "neededText").toString().endsWith(QStringLiteral("09:00")));
    const ServiceRequest sent =
        ServiceRepo(*app->office()->store()).request(role(mine, 0, "requestId").toString()).value();
    EXPECT_EQ(sent.neededBy, at("2026-12-01T09:00:00+01:00")) << "tomorrow at nine";
    EXPECT_EQ(sent.requestedBy, idOf("joris"));
    ASSERT_TRUE(mine.cancel(sent.id));
    EXPECT_EQ(role(mine, 0, "requestState").value<ServiceState>(), ServiceState::Cancelled);

    EXPECT_FALSE(services.keepsList());
    EXPECT_FALSE(services.add(QStringLiteral("Koffie"), QString())) << "staff keep no list";
    EXPECT_FALSE(services.stopOffering(serviceId));
    EXPECT_EQ(services.count(), 4);
}

TEST_F(SecretariatModels, TheOfficeManagerKeepsTheListOfServices)
{
    start(QStringLiteral("office-manager"));
    ServiceListModel offered(app->office(), app->people());
    ServiceListModel all(app->office(), app->people());
    all.setWithStopped(true);
    QAbstractItemModelTester tester(&all, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(all.keepsList());
    ASSERT_EQ(offered.count(), 4);
    ASSERT_EQ(all.count(), 4);

    EXPECT_FALSE(all.add(QStringLiteral("  "), QStringLiteral("zonder naam"))) << "a name first";
    ASSERT_TRUE(all.add(QStringLiteral(" Bloemen bestellen "), QStringLiteral("Voor een jarige")));
    EXPECT_EQ(offered.count(), 5);
    const int flowers = rowOf(all, "name", QStringLiteral("Bloemen bestellen"));
    ASSERT_GE(flowers, 0);
    const QString id = role(all, flowers, "serviceId").toString();
    EXPECT_EQ(role(all, flowers, "description").toString(), QStringLiteral("Voor een jarige"));

    // Another device renames it meanwhile; this form changed only the description.
    ServiceRepo(*app->office()->store())
        .updateService(id, {.name = QStringLiteral("Bloemen en kaarten")});
    ASSERT_TRUE(all.change(id, QStringLiteral("Bloemen bestellen"), QStringLiteral("Ook kaarten"),
                           QStringLiteral("Bloemen bestellen"), QStringLiteral("Voor een jarige")));
    const Service kept = ServiceRepo(*app->office()->store()).service(id).value();
    EXPECT_EQ(kept.name, QStringLiteral("Bloemen en kaarten"));
    EXPECT_EQ(kept.description, QStringLiteral("Ook kaarten"));
    EXPECT_FALSE(all.change(id, QStringLiteral(" "), QStringLiteral("Ook kaarten"),
                            QStringLiteral("Bloemen en kaarten"), QStringLiteral("Ook kaarten")));

    ASSERT_TRUE(all.stopOffering(id));
    EXPECT_EQ(offered.count(), 4) << "a stopped service takes no new requests";
    ASSERT_EQ(all.count(), 5);
    EXPECT_FALSE(role(all, 4, "offered").toBool()) << "stopped ones last";
    EXPECT_EQ(role(all, 4, "serviceId").toString(), id);
    const qint64 stamped = app->office()->store()->pendingCount();
    ASSERT_TRUE(all.stopOffering(id));
    EXPECT_EQ(app->office()->store()->pendingCount(), stamped) << "an intent, not a toggle";
    ASSERT_TRUE(all.offerAgain(id));
    EXPECT_EQ(offered.count(), 5);
}

TEST_F(SecretariatModels, TheDistributionCountsPerSecretaryAndReassignsWithUndo)
{
    start(QStringLiteral("office-manager"));
    WorkDistributionModel distribution(app->office(), app->people());
    QAbstractItemModelTester tester(&distribution,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(distribution.count(), 2);
    EXPECT_TRUE(distribution.canReassign());
    EXPECT_EQ(distribution.todayIndex(), 0) << "Monday";
    const int lotteRow = rowOf(distribution, "name", QStringLiteral("Lotte de Vries"));
    const int sanneRow = rowOf(distribution, "name", QStringLiteral("Sanne Bakker"));
    ASSERT_GE(lotteRow, 0);
    ASSERT_GE(sanneRow, 0);
    EXPECT_EQ(role(distribution, lotteRow, "directorsText").toString(),
              QStringLiteral("Maarten Verhoeven, Ingrid Smit"));
    const int lotteOpen = role(distribution, lotteRow, "open").toInt();
    const int sanneOpen = role(distribution, sanneRow, "open").toInt();
    EXPECT_GE(lotteOpen, 1);
    EXPECT_EQ(role(distribution, lotteRow, "week").toList().size(), 5);
    EXPECT_GE(distribution.weekPeak(), 1);

    const QVariantList tasks = distribution.openTasksOf(idOf("lotte"));
    ASSERT_EQ(tasks.size(), lotteOpen);
    const QString task = tasks.first().toMap().value(QStringLiteral("taskId")).toString();
    ASSERT_TRUE(distribution.reassign(task, idOf("sanne")));
    EXPECT_EQ(distribution.undoText(), QStringLiteral("Moved to Sanne Bakker"));
    EXPECT_EQ(role(distribution, lotteRow, "open").toInt(), lotteOpen - 1);
    EXPECT_EQ(role(distribution, sanneRow, "open").toInt(), sanneOpen + 1);
    ASSERT_TRUE(distribution.undoReassign());
    EXPECT_TRUE(distribution.undoText().isEmpty());
    EXPECT_EQ(role(distribution, lotteRow, "open").toInt(), lotteOpen);
    EXPECT_FALSE(distribution.undoReassign()) << "nothing left to undo";
}
