// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting page's model on the demo office: the board meeting's agenda in order, each
// item's papers in and late, whom an item is closed to, and a paper coming in.
#include "AppFixture.h"

#include "core/documents/DocumentRepo.h"
#include "core/meetings/MeetingRepo.h"
#include "qml/meetings/MeetingAgendaModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

namespace {
QVariant role(const MeetingAgendaModel &m, int row, const char *name)
{
    return m.data(m.index(row), MeetingAgendaModel::roleOf(name));
}
} // namespace

TEST(MeetingModelsSetUp, EveryRowRoleIsARowProperty)
{
    for (const char *name : {"itemId", "number", "title", "presenter", "minutesText", "papersText",
                             "late", "closedText"})
        EXPECT_GE(MeetingAgendaModel::roleOf(name), 0) << name;
}

class MeetingModels : public AppFixture {};

TEST_F(MeetingModels, TheBoardMeetingsAgendaShowsItsPapersInAndLate)
{
    start(QStringLiteral("assistant"));
    Database &db = *app->office()->store();
    const auto next = MeetingRepo(db).nextWithAgenda();
    ASSERT_TRUE(next.has_value());
    MeetingAgendaModel agenda(app->office(), app->people());
    QAbstractItemModelTester tester(&agenda, QAbstractItemModelTester::FailureReportingMode::Fatal);
    agenda.setAppointmentId(next->appointmentId);

    EXPECT_EQ(agenda.title(), QStringLiteral("Presentatie jaarplan 2027 aan de Raad van Bestuur"));
    ASSERT_EQ(agenda.rowCount(), 4);
    EXPECT_EQ(agenda.papersText(), QStringLiteral("Papers in: 0 of 2"));
    EXPECT_EQ(agenda.late(), 1);
    EXPECT_EQ(role(agenda, 1, "number").toInt(), 2);
    EXPECT_EQ(role(agenda, 1, "title").toString(), QStringLiteral("Jaarplan 2027"));
    EXPECT_EQ(role(agenda, 1, "presenter").toString(), QStringLiteral("Maarten Verhoeven"));
    EXPECT_EQ(role(agenda, 1, "minutesText").toString(), QStringLiteral("45 min"));
    EXPECT_EQ(role(agenda, 1, "papersText").toString(), QStringLiteral("Papers in: 0 of 1"));
    EXPECT_EQ(role(agenda, 1, "late").toInt(), 1);
    EXPECT_EQ(role(agenda, 0, "papersText").toString(), QString());
    EXPECT_EQ(role(agenda, 3, "closedText").toString(), QStringLiteral("Closed to Joris Mulder"));

    // The late paper comes in: the item's row changes in place, nothing resets.
    QSignalSpy resets(&agenda, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&agenda, &QAbstractItemModel::dataChanged);
    const QString itemId = role(agenda, 1, "itemId").toString();
    const MeetingPaper late = MeetingRepo(db).papers(itemId).first();
    Document d;
    d.title = QStringLiteral("Jaarplan 2027 v3.pdf");
    d.sha256 = QString(64, QLatin1Char('c'));
    d.addedBy = app->personId();
    EXPECT_EQ(app->office()->act([&](Database &store) {
        MeetingRepo(store).attachPaper(late.id, DocumentRepo(store).add(d));
    }),
              QString());
    EXPECT_EQ(resets.count(), 0);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(role(agenda, 1, "papersText").toString(), QStringLiteral("Papers in: 1 of 1"));
    EXPECT_EQ(role(agenda, 1, "late").toInt(), 0);
    EXPECT_EQ(agenda.papersText(), QStringLiteral("Papers in: 1 of 2"));
    EXPECT_EQ(agenda.late(), 0);
}

TEST_F(MeetingModels, AMeetingWithoutAnAgendaHasNoRows)
{
    start(QStringLiteral("assistant"));
    MeetingAgendaModel agenda(app->office(), app->people());
    agenda.setAppointmentId(QStringLiteral("not-a-meeting"));
    EXPECT_EQ(agenda.rowCount(), 0);
    EXPECT_TRUE(agenda.title().isEmpty());
    EXPECT_TRUE(agenda.papersText().isEmpty());
}
