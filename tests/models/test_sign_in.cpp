// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "qml/agenda/AppointmentDetails.h"
#include "qml/agenda/TimelineModel.h"
#include "qml/people/PeopleModel.h"
#include "qml/tasks/TaskListModel.h"

#include <QJsonObject>

#include <QAbstractItemModelTester>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

class AppSignIn : public AppFixture {};

TEST_F(AppSignIn, TheDemoStartsOnTheRolesPersonAndOffline)
{
    start(QStringLiteral("office-manager"));
    EXPECT_TRUE(app->demo());
    EXPECT_EQ(app->role(), Role::OfficeManager);
    EXPECT_EQ(app->personName(), QStringLiteral("Fatima El Amrani"));
    EXPECT_EQ(app->sync()->state(), SyncStatus::State::Demo);
    EXPECT_FALSE(app->sync()->text().isEmpty());
}

TEST_F(AppSignIn, ADeviceComesBackToItsSessionAfterARestart)
{
    start(QStringLiteral("director"));
    app.reset();
    app = std::make_unique<App>(clock, dir.path(), QStringLiteral("Europe/Amsterdam"));
    EXPECT_FALSE(app->ready());
    EXPECT_TRUE(app->resume());
    EXPECT_EQ(app->role(), Role::Director);
    EXPECT_TRUE(app->logout());
    EXPECT_FALSE(app->ready());
    app.reset();
    app = std::make_unique<App>(clock, dir.path(), QStringLiteral("Europe/Amsterdam"));
    EXPECT_FALSE(app->resume()); // signed out: the first-start page again
}

TEST_F(AppSignIn, PeopleToPickFromPutTheUserFirstAndPrincipalsAreTheAssistantsDirectors)
{
    start(QStringLiteral("assistant"));
    PeopleModel everyone(app->office(), app->people());
    QAbstractItemModelTester tester(&everyone,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(everyone.count(), 8);
    EXPECT_EQ(everyone.nameAt(0), QStringLiteral("Sanne Bakker"));
    EXPECT_TRUE(everyone.data(everyone.index(0), PeopleModel::roleOf("isMe")).toBool());
    EXPECT_EQ(everyone.data(everyone.index(0), PeopleModel::roleOf("initials")).toString(),
              QStringLiteral("SB"));
    PeopleModel principals(app->office(), app->people());
    principals.setScope(PeopleModel::Scope::Principals);
    ASSERT_EQ(principals.count(), 1);
    EXPECT_EQ(principals.nameAt(0), QStringLiteral("Maarten Verhoeven"));
}

TEST_F(AppSignIn, AFailedActionIsReportedNotThrown)
{
    start(QStringLiteral("assistant"));
    QString reported;
    QObject::connect(app.get(), &App::actionFailed,
                     [&](const QString &reason) { reported = reason; });
    const QString error = app->office()->act(
        [](Database &db) { db.scalar(QStringLiteral("SELECT * FROM no_such_table")); });
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(reported, error);
}

TEST_F(AppSignIn, ARecordThisBuildCannotReadLeavesTheViewsStandingInsteadOfCrashing)
{
    start(QStringLiteral("director"));
    giveUnknownZone("maarten");
    TimelineModel today(app->office(), app->people());
    AppointmentDetails next(app->office(), app->people());
    next.setFollowNext(true);
    EXPECT_EQ(today.count(), 0);                         // nothing readable, but standing
    TaskListModel waiting(app->office(), app->people()); // other views are unaffected
    waiting.setView(TaskListModel::View::Waiting);
    EXPECT_GT(waiting.count(), 0);
}

TEST_F(AppSignIn, AModelReadsOnceItHasItsOfficeAndPeopleAndFollowsOnlyThem)
{
    start(QStringLiteral("assistant"));
    TaskListModel inbox; // as QML creates it, before its properties are set
    EXPECT_EQ(inbox.count(), 0);
    inbox.setOffice(app->office());
    EXPECT_EQ(inbox.count(), 0); // no one to read the tasks of yet
    inbox.setPeople(app->people());
    const int open = inbox.openCount();
    EXPECT_GT(open, 0);

    // An action through another model reaches it through the office it was given.
    TaskListModel other(app->office(), app->people());
    QString id;
    for (int row = 0; row < other.rowCount() && id.isEmpty(); ++row) {
        if (!other.data(other.index(row), TaskListModel::roleOf("done")).toBool())
            id = other.data(other.index(row), TaskListModel::roleOf("taskId")).toString();
    }
    other.strike(id);
    EXPECT_EQ(inbox.openCount(), open - 1);

    // Without an office it shows nothing, and no longer follows the old one.
    inbox.setOffice(nullptr);
    EXPECT_EQ(inbox.count(), 0);
    other.undo(id);
    EXPECT_EQ(inbox.count(), 0);
}
