// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "core/agenda/AgendaRepo.h"
#include "core/requests/RequestRepo.h"
#include "qml/requests/RequestDetails.h"
#include "qml/requests/RequestQueueModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

// The request queue on the demo office (Monday 30 November 2026, 09:15): six requests for
// Maarten, one forwarded to him and one he accepted.
namespace {
class RequestModels : public AppFixture {
protected:
    QStringList column(const RequestQueueModel &list, const char *role)
    {
        QStringList out;
        for (int row = 0; row < list.rowCount(); ++row)
            out << list.data(list.index(row), RequestQueueModel::roleOf(role)).toString();
        return out;
    }
    QString requestAbout(const char *subject)
    {
        for (const Request &r : RequestRepo(*app->office()->store()).of({}))
            if (r.subject == QLatin1String(subject))
                return r.id;
        return {};
    }
};
} // namespace

TEST_F(RequestModels, TheAssistantsQueueIsRankedAndShowsWaitingAndTheGate)
{
    start(QStringLiteral("assistant"));
    RequestQueueModel queue(app->office(), app->people(), RequestQueueModel::View::Queue);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Urgent (30), the one asked first first; high and waiting six working days (20 + 5);
    // then the normal ones and a low one that waited eleven working days (0 + 10), longest
    // waiting first.
    EXPECT_EQ(column(queue, "subject"),
              (QStringList{"Acquisition financing: term sheet", "Vervolg overname",
                           "Bedrijventerrein Lage Weide", "Evaluatie van de verhuizing",
                           "Sponsoring jubileumconcert", "Interview Het Financieele Dagblad",
                           "Q1 investor update"}));
    // A window of one day names the day once.
    EXPECT_EQ(column(queue, "detail").at(0), QStringLiteral("240 min · Tue 1 Dec"));
    EXPECT_EQ(column(queue, "detail").at(1), QStringLiteral("90 min · Mon 30 Nov – Mon 21 Dec"));
    EXPECT_EQ(column(queue, "waitingText").at(2), QStringLiteral("Waiting 6 working days"));
    EXPECT_EQ(column(queue, "gateText").at(3), QStringLiteral("Not at all"));
    EXPECT_EQ(column(queue, "gateText").at(4), QString()); // not a contact
    EXPECT_EQ(column(queue, "stateText").at(6), QStringLiteral("With the director"));
    EXPECT_EQ(column(queue, "decisionText").at(5), QStringLiteral("Maarten said yes: schedule it"));
    EXPECT_EQ(queue.waitingCount(), 0); // Sanne decides nothing
    EXPECT_EQ(queue.openCount(), 7);    // every row of her queue is open for her
}

TEST_F(RequestModels, StaffHaveNoQueue)
{
    // The demo has no staff session of its own: the same store, used as Joris.
    start(QStringLiteral("assistant"));
    RequestQueueModel queue(app->office(), app->people(), RequestQueueModel::View::Queue);
    EXPECT_EQ(queue.count(), 7);
    app->people()->identify(idOf("joris"));
    queue.reload();
    EXPECT_EQ(queue.count(), 0);
    RequestQueueModel decisions(app->office(), app->people(), RequestQueueModel::View::Decisions);
    EXPECT_EQ(decisions.count(), 0);
}

TEST_F(RequestModels, TheDirectorSeesOnlyWhatWasForwardedAndDecidesWithOneTap)
{
    start(QStringLiteral("director"));
    RequestQueueModel decisions(app->office(), app->people(), RequestQueueModel::View::Decisions);
    QAbstractItemModelTester tester(&decisions,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(column(decisions, "subject"),
              (QStringList{"Interview Het Financieele Dagblad", "Q1 investor update"}));
    EXPECT_EQ(column(decisions, "waitsForDecision"), (QStringList{"false", "true"}));
    EXPECT_EQ(decisions.waitingCount(), 1);
    // What he already decided is shown but no longer open for him.
    EXPECT_EQ(decisions.openCount(), 1);
    RequestDetails details(app->office(), app->people());
    details.setRequestId(decisions.idAt(1));
    EXPECT_TRUE(details.canDecide());
    EXPECT_EQ(details.stateText(), QStringLiteral("Waiting for you"));
    QSignalSpy resets(&decisions, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(decisions.decide(decisions.idAt(1), false));
    details.reload();
    EXPECT_FALSE(details.canDecide());
    EXPECT_EQ(decisions.waitingCount(), 0);
    EXPECT_EQ(decisions.count(), 2);
    EXPECT_EQ(decisions.openCount(), 0);
    // He reads his own word as his; the row is decided, no longer with him.
    EXPECT_EQ(column(decisions, "decisionText").at(1), QStringLiteral("You said no"));
    EXPECT_EQ(column(decisions, "stateText").at(1), QStringLiteral("Decided"));
    EXPECT_TRUE(details.canChangeDecision());
    // His Undo: it waits for his word again, in its place, on the page and in the list.
    ASSERT_TRUE(details.undecide(details.requestId()));
    EXPECT_TRUE(details.canDecide());
    EXPECT_EQ(decisions.waitingCount(), 1);
    EXPECT_EQ(column(decisions, "waitsForDecision"), (QStringList{"false", "true"}));
    ASSERT_TRUE(decisions.decide(decisions.idAt(1), true));
    ASSERT_TRUE(decisions.undecide(decisions.idAt(1)));
    EXPECT_EQ(decisions.waitingCount(), 1);
    EXPECT_FALSE(decisions.undecide(decisions.idAt(1))) << "nothing left to take back";
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(RequestModels, TriageOffersFreeTimesDraftsInTheContactsLanguageAndBooksWithOneTap)
{
    start(QStringLiteral("assistant"));
    RequestQueueModel queue(app->office(), app->people(), RequestQueueModel::View::Queue);
    RequestDetails details(app->office(), app->people());
    details.setRequestId(requestAbout("Bedrijventerrein Lage Weide"));
    ASSERT_TRUE(details.exists());
    EXPECT_TRUE(details.canSchedule());
    EXPECT_TRUE(details.canForward());
    EXPECT_FALSE(details.canDecide());
    EXPECT_EQ(details.gateText(),
              QStringLiteral("Anouk van Dijk reaches Maarten via the assistant."));
    ASSERT_FALSE(details.slots().isEmpty());
    EXPECT_GE(qint64(details.slots().first().startUtc), clock.nowMs());

    details.draft(RequestMessage::Refusal);
    EXPECT_EQ(details.draftSubject(), QStringLiteral("Uw verzoek: Bedrijventerrein Lage Weide"));
    EXPECT_TRUE(details.draftBody().startsWith(QStringLiteral("Geachte Anouk van Dijk,")));
    EXPECT_TRUE(details.draftBody().endsWith(QStringLiteral("Sanne Bakker")));
    EXPECT_EQ(details.mailUrl(QStringLiteral("Uw verzoek"), QStringLiteral("Beste,\nx")),
              QStringLiteral(
                  "mailto:anouk.vandijk@utrecht.nl?subject=Uw%20verzoek&body=Beste%2C%0D%0Ax"));

    const qint64 slot = qint64(details.slots().first().startUtc);
    ASSERT_TRUE(details.schedule(0));
    EXPECT_EQ(details.state(), RequestState::Scheduled);
    EXPECT_FALSE(details.scheduledText().isEmpty());
    EXPECT_EQ(queue.count(), 6);
    const Request booked = *RequestRepo(*app->office()->store()).byId(details.requestId());
    EXPECT_EQ(AgendaRepo(*app->office()->store()).byId(booked.appointmentId)->startUtc, slot);
    details.draft(RequestMessage::Confirmation);
    EXPECT_TRUE(details.draftBody().contains(QStringLiteral("Graag bevestigen wij uw afspraak")));
}

TEST_F(RequestModels, AForwardedRequestWaitsForTheDirector)
{
    start(QStringLiteral("assistant"));
    RequestDetails details(app->office(), app->people());
    details.setRequestId(requestAbout("Q1 investor update"));
    EXPECT_FALSE(details.canTriage());
    EXPECT_FALSE(details.canDecide());
    EXPECT_TRUE(details.slots().isEmpty());
    EXPECT_FALSE(details.decline());
    EXPECT_FALSE(details.error().isEmpty());
    details.draft(RequestMessage::Postponement);
    EXPECT_TRUE(details.draftBody().startsWith(QStringLiteral("Dear James Whitfield,")));
}
