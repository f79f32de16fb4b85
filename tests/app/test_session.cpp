// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "agenda/AppointmentDetails.h"
#include "agenda/TimelineModel.h"
#include "people/PeopleModel.h"
#include "tasks/TaskListModel.h"

#include <QJsonObject>

#include <QAbstractItemModelTester>

using namespace spil;
using namespace spil::app;
using namespace spil::test;

class Session : public AppFixture {};

TEST_F(Session, TheDemoStartsOnTheRolesPersonAndOffline)
{
    start(QStringLiteral("office-manager"));
    EXPECT_TRUE(app->demo());
    EXPECT_EQ(app->role(), QStringLiteral("office-manager"));
    EXPECT_EQ(app->personName(), QStringLiteral("Fatima El Amrani"));
    EXPECT_EQ(app->sync()->state(), QStringLiteral("demo"));
    EXPECT_FALSE(app->sync()->text().isEmpty());
}

TEST_F(Session, ADeviceComesBackToItsSessionAfterARestart)
{
    start(QStringLiteral("director"));
    app.reset();
    app = std::make_unique<AppServices>(clock, dir.path(), QStringLiteral("Europe/Amsterdam"));
    EXPECT_FALSE(app->ready());
    EXPECT_TRUE(app->resume());
    EXPECT_EQ(app->role(), QStringLiteral("director"));
    EXPECT_TRUE(app->logout());
    EXPECT_FALSE(app->ready());
    app.reset();
    app = std::make_unique<AppServices>(clock, dir.path(), QStringLiteral("Europe/Amsterdam"));
    EXPECT_FALSE(app->resume()); // signed out: the first-start page again
}

TEST_F(Session, PeopleToPickFromPutTheUserFirstAndPrincipalsAreTheAssistantsDirectors)
{
    start(QStringLiteral("assistant"));
    PeopleModel everyone;
    QAbstractItemModelTester tester(&everyone,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(everyone.count(), 8);
    EXPECT_EQ(everyone.nameAt(0), QStringLiteral("Sanne Bakker"));
    EXPECT_TRUE(everyone.data(everyone.index(0), PeopleModel::IsMeRole).toBool());
    EXPECT_EQ(everyone.data(everyone.index(0), PeopleModel::InitialsRole).toString(),
              QStringLiteral("SB"));
    PeopleModel principals;
    principals.setScope(QStringLiteral("principals"));
    ASSERT_EQ(principals.count(), 1);
    EXPECT_EQ(principals.nameAt(0), QStringLiteral("Maarten Verhoeven"));
}

TEST_F(Session, AFailedActionIsReportedNotThrown)
{
    start(QStringLiteral("assistant"));
    QString reported;
    QObject::connect(app.get(), &AppServices::actionFailed,
                     [&](const QString &reason) { reported = reason; });
    const QString error =
        app->act([](Database &db) { db.scalar(QStringLiteral("SELECT * FROM no_such_table")); });
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(reported, error);
}

TEST_F(Session, ARecordThisBuildCannotReadLeavesTheViewsStandingInsteadOfCrashing)
{
    start(QStringLiteral("director"));
    giveUnknownZone("maarten");
    TimelineModel today;
    AppointmentDetails next;
    next.setFollowNext(true);
    EXPECT_EQ(today.count(), 0); // nothing readable, but standing
    TaskListModel waiting;       // other views are unaffected
    waiting.setView(QStringLiteral("waiting"));
    EXPECT_GT(waiting.count(), 0);
}
