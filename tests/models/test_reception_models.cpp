// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "core/reception/ReceptionRepo.h"
#include "qml/people/PeopleModel.h"
#include "qml/reception/ReceptionModel.h"

#include <QAbstractItemModelTester>
#include <QFile>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

// The demo office on Monday 30 November 2026, 10:15: a courier for Fatima checked in at
// 08:45, Karin Hofstede and Ruud Verbeek of the Hofstede Groep at 11:00 for Maarten's
// client meeting, and Els van der Meer of Bureau Keurmerk at 14:30 for Ingrid.
namespace {
class ReceptionModels : public AppFixture {
protected:
    QVariant role(const ReceptionModel &m, int row, const char *name)
    {
        return m.data(m.index(row), ReceptionModel::roleOf(name));
    }
    int rowOf(const ReceptionModel &m, const QString &name)
    {
        for (int row = 0; row < m.rowCount(); ++row) {
            if (role(m, row, "name").toString() == name)
                return row;
        }
        return -1;
    }
};
} // namespace

TEST_F(ReceptionModels, TheDeskSeesTheDaysVisitorsInTimeOrderWithHostAndOrganisation)
{
    start(QStringLiteral("office-manager"));
    ReceptionModel reception(app->office(), app->people());
    QAbstractItemModelTester tester(&reception,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(reception.canKeep());
    ASSERT_EQ(reception.count(), 4);
    EXPECT_EQ(reception.expected(), 4);
    EXPECT_EQ(reception.arrived(), 1);
    EXPECT_EQ(role(reception, 0, "name").toString(), QStringLiteral("Koerier"));
    EXPECT_TRUE(role(reception, 0, "checkedIn").toBool());
    EXPECT_EQ(role(reception, 0, "arrivedText").toString(), QStringLiteral("in at 09:15"));
    EXPECT_EQ(role(reception, 1, "name").toString(), QStringLiteral("Karin Hofstede"));
    EXPECT_EQ(role(reception, 1, "timeText").toString(), QStringLiteral("11:00"));
    EXPECT_EQ(role(reception, 1, "organisation").toString(), QStringLiteral("Hofstede Groep"));
    EXPECT_EQ(role(reception, 1, "hostName").toString(), QStringLiteral("Maarten Verhoeven"));
    EXPECT_EQ(role(reception, 1, "appointmentTitle").toString(),
              QStringLiteral("Klantgesprek Hofstede Groep"))
        << "a visitor entered for a meeting names it";
    EXPECT_FALSE(role(reception, 1, "checkedIn").toBool());
    EXPECT_EQ(role(reception, 2, "name").toString(), QStringLiteral("Ruud Verbeek"));
    EXPECT_EQ(role(reception, 3, "name").toString(), QStringLiteral("Els van der Meer"));
    EXPECT_EQ(role(reception, 3, "hostName").toString(), QStringLiteral("Ingrid Smit"));
}

TEST_F(ReceptionModels, TheSearchFindsAVisitorAsTheNameIsTyped)
{
    start(QStringLiteral("office-manager"));
    ReceptionModel reception(app->office(), app->people());
    QAbstractItemModelTester tester(&reception,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    reception.setQuery(QStringLiteral("h"));
    EXPECT_EQ(reception.count(), 2) << "Karin Hofstede, and Ruud of the Hofstede Groep";
    reception.setQuery(QStringLiteral("ka"));
    ASSERT_EQ(reception.count(), 1);
    EXPECT_EQ(role(reception, 0, "name").toString(), QStringLiteral("Karin Hofstede"));
    reception.setQuery(QStringLiteral("keurmerk"));
    ASSERT_EQ(reception.count(), 1);
    EXPECT_EQ(role(reception, 0, "name").toString(), QStringLiteral("Els van der Meer"));
    reception.setQuery(QString());
    EXPECT_EQ(reception.count(), 4);
}

TEST_F(ReceptionModels, CheckingInMarksTheRowAndUndoMakesItExpectedAgain)
{
    start(QStringLiteral("office-manager"));
    ReceptionModel reception(app->office(), app->people());
    QAbstractItemModelTester tester(&reception,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int karin = rowOf(reception, QStringLiteral("Karin Hofstede"));
    const QString id = role(reception, karin, "visitorId").toString();
    ASSERT_TRUE(reception.checkIn(id));
    EXPECT_TRUE(role(reception, karin, "checkedIn").toBool());
    EXPECT_EQ(role(reception, karin, "arrivedText").toString(), QStringLiteral("in at 09:15"));
    EXPECT_EQ(reception.arrived(), 2);
    ASSERT_TRUE(reception.undoCheckIn(id));
    EXPECT_FALSE(role(reception, karin, "checkedIn").toBool());
    EXPECT_EQ(reception.arrived(), 1);
}

TEST_F(ReceptionModels, AWalkInIsAddedForAHostAndExpectedNow)
{
    start(QStringLiteral("office-manager"));
    ReceptionModel reception(app->office(), app->people());
    QAbstractItemModelTester tester(&reception,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(reception.add(QStringLiteral("Monteur"), QStringLiteral("Kopieerservice"),
                              app->people()->me().id));
    const int row = rowOf(reception, QStringLiteral("Monteur"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(role(reception, row, "timeText").toString(), QStringLiteral("09:15"));
    EXPECT_EQ(row, 1) << "after the courier, before the 11:00 guests";
    EXPECT_FALSE(reception.add(QStringLiteral(" "), QString(), app->people()->me().id));
}

TEST_F(ReceptionModels, AHostWhoKeepsNoReceptionSeesOnlyTheirOwnVisitors)
{
    start(QStringLiteral("director"));
    ReceptionModel reception(app->office(), app->people());
    EXPECT_FALSE(reception.canKeep());
    ASSERT_EQ(reception.count(), 2);
    EXPECT_EQ(role(reception, 0, "name").toString(), QStringLiteral("Karin Hofstede"));
    EXPECT_EQ(role(reception, 1, "name").toString(), QStringLiteral("Ruud Verbeek"));
}

TEST_F(ReceptionModels, TheDayListIsAPdfBesideTheStore)
{
    start(QStringLiteral("office-manager"));
    ReceptionModel reception(app->office(), app->people());
    const QString path = reception.exportPdf(QStringLiteral("nl"));
    ASSERT_FALSE(path.isEmpty());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_TRUE(path.endsWith(QStringLiteral("visitors-2026-11-30.pdf")));
}

// The office manager sets how long names are kept from the reception page; an assistant,
// who keeps the desk, reads it but may not set it.
TEST_F(ReceptionModels, TheOfficeManagerSetsHowLongNamesAreKept)
{
    start(QStringLiteral("office-manager"));
    ReceptionModel desk(app->office(), app->people());
    EXPECT_TRUE(desk.canSetRetention());
    EXPECT_EQ(desk.retentionDays(), kDefaultVisitorRetentionDays);
    EXPECT_TRUE(desk.setRetentionDays(7));
    EXPECT_EQ(desk.retentionDays(), 7);
    EXPECT_EQ(ReceptionRepo(*app->office()->store()).retentionDays(), 7);
    EXPECT_FALSE(desk.setRetentionDays(-1));
    EXPECT_FALSE(desk.setRetentionDays(desk.maxRetentionDays() + 1));
    EXPECT_EQ(desk.retentionDays(), 7);

    ASSERT_TRUE(app->people()->identify(idOf("sanne")));
    app->reloadViews();
    ReceptionModel hers(app->office(), app->people());
    EXPECT_TRUE(hers.canKeep());
    EXPECT_FALSE(hers.canSetRetention());
    EXPECT_EQ(hers.retentionDays(), 7);
    EXPECT_FALSE(hers.setRetentionDays(14));
    EXPECT_EQ(ReceptionRepo(*app->office()->store()).retentionDays(), 7);
}
