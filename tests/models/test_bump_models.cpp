// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "core/agenda/AgendaRepo.h"
#include "qml/agenda/BookingForm.h"
#include "qml/agenda/BumpProposalModel.h"
#include "qml/agenda/BumpedThisWeekModel.h"
#include "qml/requests/RequestDetails.h"
#include "tests/support/BookedDay.h"

#include <QAbstractItemModelTester>
#include <QUrl>
#include <QUrlQuery>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

// The demo office on Monday 30 November 2026, 09:15: Maarten's client meeting at 11:00
// (with Lotte) is the time a more important appointment wants.
class BumpModels : public AppFixture {
protected:
    qint64 elevenToday() { return at("2026-11-30T11:00:00+01:00"); }
};

TEST_F(BumpModels, TheBookingFormSaysWhatIsBookedAtTheTimeWanted)
{
    start(QStringLiteral("assistant"));
    BookingForm form(app->office(), app->people());
    form.setDayIndex(0);
    form.setStartMinutes(11 * 60);
    EXPECT_EQ(form.bookedText(), QStringLiteral("Booked then: Klantgesprek Hofstede Groep."));
    form.setStartMinutes(13 * 60);
    EXPECT_EQ(form.bookedText(), QString());
}

TEST_F(BumpModels, ProposesMovesAndMessagesThenAppliesAndUndoesAllAtOnce)
{
    start(QStringLiteral("assistant"));
    BumpProposalModel model(app->office(), app->people());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setOwnerId(idOf("maarten"));
    model.setTitle(QStringLiteral("Bank: overname"));
    model.setMinutes(60);
    model.wantAt(double(elevenToday()));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.data(model.index(0), BumpProposalModel::roleOf("timeText")).toString(),
              QStringLiteral("11:00 – 12:00"));
    EXPECT_EQ(model.windowText(), QStringLiteral("Mon 30 Nov"));
    ASSERT_EQ(model.moves().size(), 1);
    EXPECT_EQ(model.moves()[0].title, QStringLiteral("Klantgesprek Hofstede Groep"));
    EXPECT_TRUE(model.moves()[0].wasText.startsWith(QStringLiteral("Mon 30 Nov · 11:00")));
    ASSERT_FALSE(model.messages().isEmpty());
    EXPECT_EQ(model.messages()[0].name, QStringLiteral("Lotte de Vries"));
    EXPECT_TRUE(model.messages()[0].body.contains(QStringLiteral("uw afspraak")));
    EXPECT_TRUE(model.messages()[0].body.endsWith(QStringLiteral("Sanne Bakker")));

    // The user's words are what leaves, percent-encoded, through the mail app.
    model.editMessage(0, QStringLiteral("Verzet: klantgesprek"),
                      QStringLiteral("Beste Lotte & co"));
    const QUrlQuery query(QUrl(model.mailtoAt(0)).query(QUrl::FullyEncoded));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded),
              QStringLiteral("Beste Lotte & co"));
    EXPECT_TRUE(model.textAt(0).startsWith(QStringLiteral("Verzet: klantgesprek\n\n")));

    BumpedThisWeekModel bumped(app->office(), app->people());
    QAbstractItemModelTester bumpedTester(&bumped,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int bumpedBefore = bumped.rowCount();
    Database &db = *app->office()->store();
    const qint64 actions = db.pendingActions();
    ASSERT_TRUE(model.confirm());
    EXPECT_TRUE(model.applied());
    EXPECT_EQ(db.pendingActions(), actions + 1);
    // What was done stays on the page after the reload the action caused.
    ASSERT_EQ(model.moves().size(), 1);
    EXPECT_EQ(model.moves()[0].title, QStringLiteral("Klantgesprek Hofstede Groep"));
    EXPECT_EQ(bumped.rowCount(), bumpedBefore + 1);
    EXPECT_EQ(bumped.data(bumped.index(0), BumpedThisWeekModel::roleOf("title")).toString(),
              QStringLiteral("Klantgesprek Hofstede Groep"));
    EXPECT_EQ(bumped.data(bumped.index(0), BumpedThisWeekModel::roleOf("forText")).toString(),
              QStringLiteral("for Bank: overname"));
    EXPECT_FALSE(model.confirm()); // once

    ASSERT_TRUE(model.undo());
    EXPECT_FALSE(model.applied());
    EXPECT_EQ(db.pendingActions(), actions + 2);
    EXPECT_EQ(bumped.rowCount(), bumpedBefore);
    EXPECT_EQ(model.rowCount(), 1); // the same room can be made again
}

TEST_F(BumpModels, TheDirectorSeesWhatWasBumpedThisWeek)
{
    start(QStringLiteral("director"));
    BumpedThisWeekModel bumped(app->office(), app->people());
    QAbstractItemModelTester tester(&bumped, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(bumped.rowCount(), 1);
    EXPECT_EQ(bumped.data(bumped.index(0), BumpedThisWeekModel::roleOf("title")).toString(),
              QStringLiteral("Jaargesprek met Sanne"));
    EXPECT_EQ(bumped.data(bumped.index(0), BumpedThisWeekModel::roleOf("wasText")).toString(),
              QStringLiteral("Wed 2 Dec 11:00"));
    EXPECT_EQ(bumped.data(bumped.index(0), BumpedThisWeekModel::roleOf("nowText")).toString(),
              QStringLiteral("Wed 9 Dec 10:00"));
    EXPECT_EQ(bumped.data(bumped.index(0), BumpedThisWeekModel::roleOf("forText")).toString(),
              QStringLiteral("for Reorganisatie: gesprek met HR"));
    // Next week it is last week's news.
    clock.set(at("2026-12-07T09:00:00+01:00"));
    app->reloadViews();
    EXPECT_EQ(bumped.rowCount(), 0);
}

// Abroad the card says where a moved appointment stood and stands now in local time and at
// home, where those it kept waiting are.
TEST_F(BumpModels, AbroadTheDirectorSeesWhereAMoveStandsAtHomeToo)
{
    start(QStringLiteral("director"), QStringLiteral("America/New_York"));
    BumpedThisWeekModel bumped(app->office(), app->people());
    ASSERT_EQ(bumped.rowCount(), 1);
    EXPECT_EQ(bumped.data(bumped.index(0), BumpedThisWeekModel::roleOf("wasText")).toString(),
              QStringLiteral("Wed 2 Dec 05:00, home 11:00"));
    EXPECT_EQ(bumped.data(bumped.index(0), BumpedThisWeekModel::roleOf("nowText")).toString(),
              QStringLiteral("Wed 9 Dec 04:00, home 10:00"));
}

// A request for Tuesday, when Maarten has no free hour left: its page offers no time but
// "Make room", whose proposals are for the request, and Confirm books it with the moves in
// one action that Undo takes back whole.
TEST_F(BumpModels, MakingRoomForARequestBooksItWithTheMovesAndUndoesAll)
{
    start(QStringLiteral("assistant"));
    Database &db = *app->office()->store();
    const QString id = addRequestInABookedDay(db, idOf("maarten"), QDate(2026, 12, 1), 60,
                                              QStringLiteral("Anouk van Dijk"), idOf("sanne"));
    app->reloadViews();
    RequestDetails details(app->office(), app->people());
    details.setRequestId(id);
    ASSERT_TRUE(details.exists());
    EXPECT_TRUE(details.slots().isEmpty());
    EXPECT_TRUE(details.canMakeRoom());

    BumpProposalModel model(app->office(), app->people());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRequestId(id);
    ASSERT_GT(model.rowCount(), 0);
    EXPECT_EQ(model.ownerId(), idOf("maarten"));
    EXPECT_EQ(model.minutes(), 60);
    EXPECT_EQ(model.title(), QStringLiteral("Tweede gesprek overname"));
    EXPECT_EQ(model.importance(), AppointmentPriority::High);
    EXPECT_EQ(model.windowText(), QStringLiteral("Tue 1 Dec"));
    ASSERT_FALSE(model.moves().isEmpty());
    EXPECT_EQ(model.moves()[0].title, QStringLiteral("Werkoverleg"));
    EXPECT_TRUE(model.data(model.index(0), BumpProposalModel::roleOf("dayText"))
                    .toString()
                    .startsWith(QStringLiteral("Tue 1 Dec")));
    // Who asked hears first, in their language, with the time the room was made at; then
    // everyone a move concerns (here nobody: the moved meetings are the director's own).
    ASSERT_FALSE(model.messages().isEmpty());
    const BumpMessageRow confirmation = model.messages().first();
    EXPECT_EQ(confirmation.name, QStringLiteral("Anouk van Dijk"));
    EXPECT_EQ(confirmation.email, QStringLiteral("anouk.vandijk@utrecht.nl"));
    EXPECT_EQ(confirmation.subject, QStringLiteral("Uw verzoek: Tweede gesprek overname"));
    EXPECT_TRUE(confirmation.body.contains(QStringLiteral("Graag bevestigen wij uw afspraak")))
        << confirmation.body.toStdString();
    EXPECT_TRUE(confirmation.body.contains(QStringLiteral("dinsdag 1 december 2026")))
        << confirmation.body.toStdString();
    EXPECT_TRUE(model.mailtoAt(0).startsWith(QStringLiteral("mailto:anouk.vandijk@utrecht.nl?")));

    const qint64 actions = db.pendingActions();
    ASSERT_TRUE(model.confirm());
    EXPECT_EQ(db.pendingActions(), actions + 1);
    details.reload();
    EXPECT_EQ(details.state(), RequestState::Scheduled);
    EXPECT_TRUE(details.scheduledText().startsWith(QStringLiteral("Tue 1 Dec")))
        << details.scheduledText().toStdString();
    EXPECT_FALSE(details.canMakeRoom());
    const Request booked = *RequestRepo(db).byId(id);
    const Appointment a = *AgendaRepo(db).byId(booked.appointmentId);
    EXPECT_EQ(a.title, QStringLiteral("Tweede gesprek overname"));
    EXPECT_EQ(a.attendees, QStringList{QStringLiteral("Anouk van Dijk")});
    EXPECT_EQ(AgendaRepo(db).undoFor(a.id).moved.size(), model.moves().size());

    ASSERT_TRUE(model.undo());
    EXPECT_EQ(db.pendingActions(), actions + 2);
    details.reload();
    EXPECT_EQ(details.state(), RequestState::New);
    EXPECT_EQ(details.scheduledText(), QString());
    EXPECT_TRUE(details.canMakeRoom());
    EXPECT_FALSE(AgendaRepo(db).byId(booked.appointmentId));
    EXPECT_GT(model.rowCount(), 0); // the same room can be made again
}

// Of the demo's requests only the banker's offers Make room: her half day tomorrow fits
// none of Maarten's free hours, and moving his lunch makes room for it.
TEST_F(BumpModels, ARequestWithFreeTimesOrWaitingForTheDirectorOffersNoMakeRoom)
{
    start(QStringLiteral("assistant"));
    RequestDetails details(app->office(), app->people());
    for (const Request &r : RequestRepo(*app->office()->store()).of(idOf("maarten"))) {
        details.setRequestId(r.id);
        const bool banker = r.subject == QStringLiteral("Acquisition financing: term sheet");
        EXPECT_EQ(details.canMakeRoom(), banker) << r.subject.toStdString();
        if (!banker)
            continue;
        EXPECT_TRUE(details.slots().isEmpty());
        BumpProposalModel model(app->office(), app->people());
        model.setRequestId(r.id);
        ASSERT_GT(model.rowCount(), 0);
        ASSERT_FALSE(model.moves().isEmpty());
        EXPECT_EQ(model.moves()[0].title, QStringLiteral("Lunch met wethouder Van Dijk"));
        ASSERT_FALSE(model.messages().isEmpty());
        EXPECT_EQ(model.messages().first().name, QStringLiteral("Sophie Laurent"));
        EXPECT_TRUE(
            model.messages().first().body.startsWith(QStringLiteral("Dear Sophie Laurent,")))
            << model.messages().first().body.toStdString();
    }
    // The booked day's request once forwarded: it waits for Maarten's word.
    Database &db = *app->office()->store();
    const QString id = addRequestInABookedDay(db, idOf("maarten"), QDate(2026, 12, 1), 60,
                                              QStringLiteral("Anouk van Dijk"), idOf("sanne"));
    RequestRepo(db).forward(id);
    details.setRequestId(id);
    EXPECT_FALSE(details.canMakeRoom());
}

// A device whose clock runs in UTC while Maarten lives in Amsterdam: the banker's request is
// for his Tuesday, and Make room says so, not the two UTC days his Tuesday touches.
TEST_F(BumpModels, ARequestsDaysAreTheDirectorsOnADeviceInAnotherZone)
{
    start(QStringLiteral("assistant"), QStringLiteral("UTC"));
    for (const Request &r : RequestRepo(*app->office()->store()).of(idOf("maarten"))) {
        if (r.subject != QStringLiteral("Acquisition financing: term sheet"))
            continue;
        BumpProposalModel model(app->office(), app->people());
        model.setRequestId(r.id);
        EXPECT_EQ(model.windowText(), QStringLiteral("Tue 1 Dec"));
        return;
    }
    FAIL() << "the demo has no banker's request";
}
