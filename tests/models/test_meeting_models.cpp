// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting page's model on the demo office: the board meeting's agenda in order, each
// item's papers in and late, whom an item is closed to, and a paper coming in.
#include "AppFixture.h"
#include "PdfText.h"

#include "core/agenda/AgendaRepo.h"
#include "core/documents/DocumentRepo.h"
#include "core/documents/FileCache.h"
#include "core/meetings/MeetingRepo.h"
#include "qml/documents/FileCacheSettings.h"
#include "qml/meetings/BoardPackMaker.h"
#include "qml/meetings/MeetingAgendaModel.h"
#include "qml/shell/Display.h"
#include "qml/shell/OfficeStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

namespace {
// Runs the event loop until done() holds (a pack is drawn on a thread of its own).
bool eventually(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(30000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}
} // namespace

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
    EXPECT_EQ(agenda.papersText(), QStringLiteral("Papers in: 3 of 5"));
    EXPECT_FALSE(agenda.whenText().contains(QStringLiteral("home"))); // at home: one time
    EXPECT_TRUE(agenda.homeWhenText().isEmpty());
    EXPECT_EQ(agenda.late(), 1);
    EXPECT_EQ(role(agenda, 1, "number").toInt(), 2);
    EXPECT_EQ(role(agenda, 1, "title").toString(), QStringLiteral("Jaarplan 2027"));
    EXPECT_EQ(role(agenda, 1, "presenter").toString(), QStringLiteral("Maarten Verhoeven"));
    EXPECT_EQ(role(agenda, 1, "minutesText").toString(), QStringLiteral("45 min"));
    EXPECT_EQ(role(agenda, 1, "papersText").toString(), QStringLiteral("Papers in: 1 of 2"));
    EXPECT_EQ(role(agenda, 1, "late").toInt(), 1);
    EXPECT_EQ(role(agenda, 0, "papersText").toString(), QStringLiteral("Papers in: 1 of 1"));
    EXPECT_EQ(role(agenda, 3, "closedText").toString(), QStringLiteral("Closed to Joris Mulder"));

    // The late paper comes in: the item's row changes in place, nothing resets.
    QSignalSpy resets(&agenda, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&agenda, &QAbstractItemModel::dataChanged);
    const QString itemId = role(agenda, 1, "itemId").toString();
    MeetingPaper late;
    for (const MeetingPaper &p : MeetingRepo(db).papers(itemId)) {
        if (p.isLate(clock.nowMs()))
            late = p;
    }
    ASSERT_FALSE(late.id.isEmpty());
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
    EXPECT_EQ(role(agenda, 1, "papersText").toString(), QStringLiteral("Papers in: 2 of 2"));
    EXPECT_EQ(role(agenda, 1, "late").toInt(), 0);
    EXPECT_EQ(agenda.papersText(), QStringLiteral("Papers in: 4 of 5"));
    EXPECT_EQ(agenda.late(), 0);
}

// Abroad, the meeting's time at home stands beside the local one.
TEST_F(MeetingModels, AbroadAMeetingSaysItsTimeAtHomeToo)
{
    start(QStringLiteral("director"), QStringLiteral("America/New_York"));
    const auto next = MeetingRepo(*app->office()->store()).nextWithAgenda();
    ASSERT_TRUE(next.has_value());
    MeetingAgendaModel agenda(app->office(), app->people());
    agenda.setAppointmentId(next->appointmentId);
    EXPECT_TRUE(agenda.homeWhenText().startsWith(QStringLiteral("home Amsterdam ")))
        << agenda.homeWhenText().toStdString();
    const Appointment a = *AgendaRepo(*app->office()->store()).byId(next->appointmentId);
    const QString local =
        display::timeRange(a.startUtc, a.endUtc, QTimeZone(QByteArrayLiteral("America/New_York")));
    const QString home =
        display::timeRange(a.startUtc, a.endUtc, QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
    EXPECT_TRUE(agenda.whenText().endsWith(local)) << agenda.whenText().toStdString();
    EXPECT_TRUE(agenda.homeWhenText().endsWith(home)) << agenda.homeWhenText().toStdString();
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

TEST_F(MeetingModels, TheBoardPackOfTheDemosMeetingListsItsPapersNotInYetAndOpens)
{
    start(QStringLiteral("assistant"));
    const auto next = MeetingRepo(*app->office()->store()).nextWithAgenda();
    ASSERT_TRUE(next.has_value());
    BoardPackMaker maker(app->office(), app->people());
    maker.setProperty("appointmentId", next->appointmentId);
    QSignalSpy made(&maker, &BoardPackMaker::made);
    QSignalSpy failed(&maker, &BoardPackMaker::failed);
    maker.make();
    EXPECT_TRUE(maker.busy());
    ASSERT_TRUE(eventually([&] { return made.count() + failed.count() > 0; }));
    ASSERT_EQ(failed.count(), 0) << failed.first().at(0).toString().toStdString();
    EXPECT_FALSE(maker.busy());
    const QString path = made.first().at(0).toString();
    QFile pack(path);
    ASSERT_TRUE(pack.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pack.read(5).startsWith("%PDF"));
    // The three papers in follow the agenda's page, one page each: the opening's minutes,
    // then the plan's market analysis.
    const QVariantList starts = made.first().at(1).toList();
    ASSERT_EQ(starts.size(), 4);
    EXPECT_EQ(starts[0].toMap().value(QStringLiteral("page")).toInt(), 1);
    EXPECT_EQ(starts[1].toMap().value(QStringLiteral("title")).toString(),
              QStringLiteral("Jaarplan 2027"));
    EXPECT_EQ(starts[1].toMap().value(QStringLiteral("page")).toInt(), 2);
    EXPECT_EQ(made.first().at(2).toString(),
              QStringLiteral("Presentatie jaarplan 2027 aan de Raad van Bestuur"));
}

namespace {
// The text of the board pack of the demo's next meeting with an agenda, made on a device
// in zone.
QString packTextIn(std::unique_ptr<qml::App> &app, const std::function<void()> &start)
{
    start();
    const auto next = MeetingRepo(*app->office()->store()).nextWithAgenda();
    EXPECT_TRUE(next.has_value());
    if (!next)
        return {};
    BoardPackMaker maker(app->office(), app->people());
    maker.setProperty("appointmentId", next->appointmentId);
    QSignalSpy made(&maker, &BoardPackMaker::made);
    QSignalSpy failed(&maker, &BoardPackMaker::failed);
    maker.make();
    EXPECT_TRUE(eventually([&] { return made.count() + failed.count() > 0; }));
    if (made.isEmpty())
        return {};
    QFile pack(made.first().at(0).toString());
    EXPECT_TRUE(pack.open(QIODevice::ReadOnly));
    return test::pdfText(pack.readAll()).section(QLatin1Char('\f'), 0, 0);
}
} // namespace

// Read abroad, the pack's cover gives the meeting's time there and at home, as the
// meeting page does; at home, only the one.
TEST_F(MeetingModels, TheBoardPacksCoverSaysTheTimeAtHomeToo)
{
    const QString abroad = packTextIn(
        app, [&] { start(QStringLiteral("director"), QStringLiteral("America/New_York")); });
    EXPECT_TRUE(abroad.contains(
        QStringLiteral("Thu 3 Dec 2026, 08:00 – 09:30 New York · home Amsterdam 14:00 – 15:30")))
        << abroad.toStdString();
}

TEST_F(MeetingModels, TheBoardPacksCoverAtHomeSaysTheOneTime)
{
    const QString atHome = packTextIn(app, [&] { start(QStringLiteral("director")); });
    EXPECT_TRUE(atHome.contains(QStringLiteral("Thu 3 Dec 2026, 14:00 – 15:30")))
        << atHome.toStdString();
    EXPECT_FALSE(atHome.contains(QStringLiteral("home"))) << atHome.toStdString();
}

TEST_F(MeetingModels, TheFileCachesBudgetIsShownChosenAndKeptInTheStore)
{
    start(QStringLiteral("director"));
    FileCacheSettings settings(app->office(), app->people());
    EXPECT_EQ(settings.budgetMb(), 2048);
    EXPECT_EQ(settings.usedText(), QStringLiteral("0 MB of 2 GB used"));
    ASSERT_EQ(settings.choices().size(), 6);
    EXPECT_EQ(settings.choices()[1].toMap().value(QStringLiteral("label")).toString(),
              QStringLiteral("500 MB"));

    // 300 MiB in the cache that no document names: choosing a budget tidies it away.
    FileCache &cache = *app->office()->fileCache();
    QDir().mkpath(cache.dir());
    const QString sha = QString(64, QLatin1Char('a'));
    QFile big(cache.pathOf(sha));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(300LL << 20));
    big.close();
    settings.reload();
    EXPECT_EQ(settings.usedText(), QStringLiteral("300 MB of 2 GB used"));
    QSignalSpy changed(&settings, &FileCacheSettings::changed);
    settings.setBudgetMb(250);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(settings.budgetMb(), 250);
    EXPECT_EQ(cache.budget(), 250LL << 20);
    EXPECT_FALSE(cache.holds(sha));
    EXPECT_EQ(settings.usedText(), QStringLiteral("0 MB of 250 MB used"));
    // Kept in the store: another view of it reads the same.
    EXPECT_EQ(FileCacheSettings(app->office(), app->people()).budgetMb(), 250);
    EXPECT_EQ(FileCache(*app->office()->store(), cache.dir()).budget(), 250LL << 20);
}
