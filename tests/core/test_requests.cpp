// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/agenda/AgendaRules.h"
#include "core/agenda/BumpPlanner.h"
#include "core/common/EnumText.h"
#include "core/contacts/ContactRepo.h"
#include "core/requests/RequestDrafts.h"
#include "core/requests/RequestRanking.h"
#include "core/requests/RequestRepo.h"

#include <QMetaEnum>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

using namespace spil;
using namespace spil::test;

namespace {
template <class E> void expectEveryValueRoundTrips()
{
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    ASSERT_GT(meta.keyCount(), 0);
    QSet<QString> seen;
    for (int i = 0; i < meta.keyCount(); ++i) {
        const E value = E(meta.value(i));
        const QString text = toText(value);
        EXPECT_FALSE(text.isEmpty()) << meta.key(i);
        EXPECT_FALSE(seen.contains(text)) << meta.key(i);
        seen.insert(text);
        EXPECT_EQ(parseText<E>(text, QStringLiteral("x")), value) << meta.key(i);
    }
    EXPECT_EQ(qsizetype(enumTexts<E>.size()), qsizetype(meta.keyCount()));
}

class Requests : public StoreTest {
protected:
    Requests()
    {
        // Thursday 26 November 2026, 09:00 in Amsterdam.
        maarten = addPerson("Maarten de Vries", Role::Director, "Europe/Amsterdam", 120);
        sanne = addPerson("Sanne Jansen", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
        Contact c;
        c.name = QStringLiteral("Peter Smith");
        c.organisation = QStringLiteral("Acme");
        c.email = QStringLiteral("peter@acme.example");
        c.language = ContactLanguage::English;
        peter = ContactRepo(*db).add(c);
    }
    Request request(const char *subject, int minutes = 60)
    {
        Request r;
        r.director = maarten;
        r.contactId = peter;
        r.subject = QString::fromUtf8(subject);
        r.minutes = minutes;
        r.fromDate = QDate(2026, 11, 30);
        r.toDate = QDate(2026, 12, 11);
        r.importance = RequestImportance::High;
        r.via = sanne;
        r.createdBy = sanne;
        return r;
    }
    QSet<QString> changedFields()
    {
        const auto changes = lastActionChanges(*db);
        return QSet<QString>(changes.keyBegin(), changes.keyEnd());
    }
    QString maarten, sanne, peter;
    RequestRepo requests{*db};
};

Request aged(const char *id, RequestImportance importance, qint64 createdAt)
{
    Request r;
    r.id = QString::fromLatin1(id);
    r.importance = importance;
    r.createdAt = createdAt;
    return r;
}
} // namespace

TEST(RequestEnums, EveryValueKeepsItsWordAndABadWordIsRefused)
{
    expectEveryValueRoundTrips<RequestImportance>();
    expectEveryValueRoundTrips<RequestState>();
    expectEveryValueRoundTrips<RequestDecision>();
    expectEveryValueRoundTrips<RequestMessage>();
    EXPECT_EQ(toText(RequestState::Forwarded), QStringLiteral("forwarded"));
    EXPECT_THROW(parseText<RequestImportance>(u"vital", QStringLiteral("importance")), Error);
}

TEST(RequestRanking, WorkingDaysSkipWeekends)
{
    // Friday 27 November to Monday 30 November: one working day.
    EXPECT_EQ(workingDaysBetween(QDate(2026, 11, 27), QDate(2026, 11, 30)), 1);
    EXPECT_EQ(workingDaysBetween(QDate(2026, 11, 23), QDate(2026, 11, 30)), 5);
    EXPECT_EQ(workingDaysBetween(QDate(2026, 11, 28), QDate(2026, 11, 29)), 0);
    EXPECT_EQ(workingDaysBetween(QDate(2026, 11, 30), QDate(2026, 11, 2)), 0);
    EXPECT_EQ(workingDaysBetween(QDate(2026, 11, 2), QDate(2026, 11, 30)), 20);
}

TEST(RequestRanking, WaitingBonusGrowsPerWorkingWeekAndIsCapped)
{
    EXPECT_EQ(waitingBonus(0), 0);
    EXPECT_EQ(waitingBonus(4), 0);
    EXPECT_EQ(waitingBonus(5), 5);
    EXPECT_EQ(waitingBonus(14), 10);
    EXPECT_EQ(waitingBonus(15), 15);
    EXPECT_EQ(waitingBonus(200), 15);
}

TEST(RequestRanking, ImportanceFirstThenWaitingAndLongWaitersRise)
{
    const QTimeZone zone("Europe/Amsterdam");
    const QDate today(2026, 11, 30); // a Monday
    const qint64 now = in("Europe/Amsterdam", "2026-11-30T09:00");
    const qint64 day = 24 * 3600 * 1000LL;
    const QList<RankedRequest> ranked =
        rankRequests({aged("fresh-normal", RequestImportance::Normal, now),
                      aged("fresh-urgent", RequestImportance::Urgent, now),
                      aged("old-low", RequestImportance::Low, now - 21 * day), // 15 working days
                      aged("older-normal", RequestImportance::Normal, now - 1 * day),
                      aged("old-high", RequestImportance::High, now - 14 * day)}, // 10 working days
                     today, zone);
    QStringList order;
    for (const RankedRequest &r : ranked)
        order << r.request.id;
    // old-high (20 + 10) ties fresh-urgent (30) and waited longer; old-low (0 + 15) passes
    // both normals (10); of those the one that waited longer comes first.
    EXPECT_EQ(order,
              (QStringList{"old-high", "fresh-urgent", "old-low", "older-normal", "fresh-normal"}));
    EXPECT_EQ(ranked.at(0).waitingDays, 10);
    EXPECT_EQ(ranked.at(0).score, 30);
    EXPECT_EQ(ranked.at(2).score, 15);
}

TEST(RequestRanking, TheDayARequestCameInIsTheDirectorsDay)
{
    // 00:30 on Monday in Amsterdam is still Sunday in UTC: read in Amsterdam it came in on
    // Monday, and on Tuesday it has waited one working day, not two.
    const QTimeZone zone("Europe/Amsterdam");
    const auto ranked = rankRequests(
        {aged("monday", RequestImportance::Normal, in("Europe/Amsterdam", "2026-11-30T00:30")),
         aged("friday", RequestImportance::Normal, in("Europe/Amsterdam", "2026-11-27T23:30"))},
        QDate(2026, 12, 1), zone);
    EXPECT_EQ(ranked.at(0).request.id, QStringLiteral("friday"));
    EXPECT_EQ(ranked.at(0).waitingDays, 2);
    EXPECT_EQ(ranked.at(1).waitingDays, 1);
    // In UTC the same instant is Sunday's.
    EXPECT_EQ(rankRequests({aged("monday", RequestImportance::Normal,
                                 in("Europe/Amsterdam", "2026-11-30T00:30"))},
                           QDate(2026, 12, 1), QTimeZone::utc())
                  .at(0)
                  .waitingDays,
              2);
}

TEST_F(Requests, AddTakesTheContactsLanguageAndTheClocksTime)
{
    const QString id = requests.add(request("Partnership"));
    const Request r = *requests.byId(id);
    EXPECT_EQ(r.language, ContactLanguage::English);
    EXPECT_EQ(r.state, RequestState::New);
    EXPECT_EQ(r.decision, RequestDecision::Pending);
    EXPECT_EQ(r.createdAt, clock.nowMs());
    EXPECT_EQ(r.fromDate, QDate(2026, 11, 30));
    Request free = request("Dutch by choice");
    free.contactId.clear();
    free.requester = QStringLiteral("Mevrouw Bos");
    EXPECT_EQ(requests.byId(requests.add(free))->language, ContactLanguage::Dutch);
    EXPECT_EQ(requests.byId(requests.add(request("Given"), ContactLanguage::Dutch))->language,
              ContactLanguage::Dutch);
}

TEST_F(Requests, BadRequestsAreRefusedAndStoreNothing)
{
    const qint64 pending = db->pendingCount();
    Request noSubject = request("");
    EXPECT_THROW(requests.add(noSubject), Error);
    Request nobody = request("x");
    nobody.contactId.clear();
    EXPECT_THROW(requests.add(nobody), Error);
    Request tooLong = request("x", 601);
    EXPECT_THROW(requests.add(tooLong), Error);
    Request backwards = request("x");
    backwards.toDate = QDate(2026, 11, 1);
    EXPECT_THROW(requests.add(backwards), Error);
    Request notDirector = request("x");
    notDirector.director = sanne;
    EXPECT_THROW(requests.add(notDirector), Error);
    Request unknownContact = request("x");
    unknownContact.contactId = QStringLiteral("no-such-contact");
    EXPECT_THROW(requests.add(unknownContact), Error);
    EXPECT_EQ(db->pendingCount(), pending);
}

TEST_F(Requests, AnEditPutsOnlyTheFieldsItChangesIntoTheOutbox)
{
    const QString id = requests.add(request("Partnership"));
    requests.update(id, {.subject = QStringLiteral("Partnership 2027"), .minutes = 45});
    EXPECT_EQ(changedFields(), (QSet<QString>{"requests.subject", "requests.minutes"}));
    requests.update(id, {.importance = RequestImportance::Urgent});
    EXPECT_EQ(changedFields(), (QSet<QString>{"requests.importance"}));
    requests.forward(id);
    EXPECT_EQ(changedFields(), (QSet<QString>{"requests.state", "requests.forwarded_at"}));
    requests.decide(id, RequestDecision::Accepted, QStringLiteral("yes, short"));
    EXPECT_EQ(changedFields(), (QSet<QString>{"requests.decision", "requests.decision_note",
                                              "requests.decided_at"}));
    EXPECT_THROW(requests.update(id, {.minutes = 2}), Error);
}

TEST_F(Requests, StateRulesFollowTheDirectorsWord)
{
    const QString id = requests.add(request("Partnership"));
    EXPECT_THROW(requests.decide(id, RequestDecision::Accepted, {}), Error); // not forwarded
    requests.propose(id);
    EXPECT_EQ(requests.byId(id)->state, RequestState::Proposed);
    requests.forward(id);
    EXPECT_TRUE(waitsForDecision(*requests.byId(id)));
    EXPECT_TRUE(directorSees(*requests.byId(id)));
    // While it waits for the director the assistant neither books nor answers it.
    EXPECT_THROW(requests.schedule(id, in("Europe/Amsterdam", "2026-12-01T10:00"), sanne), Error);
    EXPECT_THROW(requests.decline(id), Error);
    EXPECT_THROW(requests.forward(id), Error);
    requests.decide(id, RequestDecision::Rejected, QStringLiteral("not now"));
    EXPECT_THROW(requests.propose(id), Error); // the director said no
    requests.decline(id);
    const Request r = *requests.byId(id);
    EXPECT_EQ(r.state, RequestState::Declined);
    EXPECT_TRUE(directorSees(r));
    EXPECT_FALSE(isOpen(r.state));
    EXPECT_THROW(requests.defer(id), Error);
    EXPECT_THROW(requests.decide(id, RequestDecision::Accepted, {}), Error);
}

TEST_F(Requests, TheDirectorTakesHisWordBackUntilItIsActedOn)
{
    const QString id = requests.add(request("Partnership"));
    EXPECT_THROW(requests.undecide(id), Error); // nothing decided
    requests.forward(id);
    EXPECT_THROW(requests.undecide(id), Error); // forwarded, not decided yet
    requests.decide(id, RequestDecision::Accepted, QStringLiteral("yes, short"));
    requests.undecide(id);
    EXPECT_EQ(changedFields(), (QSet<QString>{"requests.decision", "requests.decision_note",
                                              "requests.decided_at"}));
    Request r = *requests.byId(id);
    EXPECT_EQ(r.decision, RequestDecision::Pending);
    EXPECT_TRUE(r.decisionNote.isEmpty());
    EXPECT_EQ(r.decidedAt, 0);
    EXPECT_TRUE(waitsForDecision(r));
    // Decided again, and booked by the assistant: the word was acted on.
    requests.decide(id, RequestDecision::Accepted, {});
    requests.schedule(id, in("Europe/Amsterdam", "2026-12-01T10:00"), sanne);
    EXPECT_THROW(requests.undecide(id), Error);
    EXPECT_EQ(requests.byId(id)->decision, RequestDecision::Accepted);
}

TEST_F(Requests, TheAssistantTakesAForwardBackUntilTheDirectorDecides)
{
    const QString id = requests.add(request("Partnership"));
    EXPECT_THROW(requests.takeBack(id, RequestState::New), Error); // not forwarded
    requests.defer(id);
    EXPECT_EQ(requests.byId(id)->forwardedAt, 0);
    requests.forward(id);
    EXPECT_EQ(changedFields(), (QSet<QString>{"requests.state", "requests.forwarded_at"}));
    const qint64 forwardedAt = requests.byId(id)->forwardedAt;
    EXPECT_GT(forwardedAt, 0);
    EXPECT_THROW(requests.takeBack(id, RequestState::Scheduled), Error);
    EXPECT_THROW(requests.takeBack(id, RequestState::Forwarded), Error);
    requests.takeBack(id, RequestState::Deferred);
    EXPECT_EQ(changedFields(), (QSet<QString>{"requests.state"}));
    Request r = *requests.byId(id);
    EXPECT_EQ(r.state, RequestState::Deferred);
    EXPECT_FALSE(directorSees(r));
    // When it was put to him stays: the server takes a word he gave offline meanwhile.
    EXPECT_EQ(r.forwardedAt, forwardedAt);
    // Once he has said yes it is his word, not hers to take back.
    requests.forward(id);
    requests.decide(id, RequestDecision::Accepted, {});
    EXPECT_THROW(requests.takeBack(id, RequestState::Deferred), Error);
    EXPECT_EQ(requests.byId(id)->state, RequestState::Forwarded);
}

TEST_F(Requests, ScheduleBooksTheAppointmentAndTheStateInOneAction)
{
    const QString id = requests.add(request("Partnership"));
    requests.forward(id);
    requests.decide(id, RequestDecision::Accepted, {});
    const qint64 start = in("Europe/Amsterdam", "2026-12-01T10:00");
    const QString appointment = requests.schedule(id, start, sanne);
    const auto changes = lastActionChanges(*db);
    EXPECT_EQ(changes.value(QStringLiteral("requests.state")).toString(),
              QStringLiteral("scheduled"));
    EXPECT_EQ(changes.value(QStringLiteral("requests.appointment_id")).toString(), appointment);
    EXPECT_EQ(changes.value(QStringLiteral("appointments.owner")).toString(), maarten);
    EXPECT_EQ(changes.value(QStringLiteral("appointments.contact_id")).toString(), peter);
    const Appointment a = *AgendaRepo(*db).byId(appointment);
    EXPECT_EQ(a.endUtc - a.startUtc, 60 * 60 * 1000LL);
    EXPECT_EQ(a.title, QStringLiteral("Partnership"));
    EXPECT_EQ(a.attendees, QStringList{QStringLiteral("Peter Smith")});
    EXPECT_EQ(requests.byId(id)->appointmentId, appointment);
}

TEST_F(Requests, ScheduleIntoABookedHourIsRefusedAndChangesNothing)
{
    AgendaRepo(*db).add(appointment(maarten, "Board", in("Europe/Amsterdam", "2026-12-01T10:00"),
                                    in("Europe/Amsterdam", "2026-12-01T12:00")));
    const QString id = requests.add(request("Partnership"));
    const qint64 pending = db->pendingCount();
    EXPECT_THROW(requests.schedule(id, in("Europe/Amsterdam", "2026-12-01T11:00"), sanne), Error);
    EXPECT_EQ(db->pendingCount(), pending);
    EXPECT_EQ(requests.byId(id)->state, RequestState::New);
}

// Maarten's Tuesday 1 December booked from 09:00 to 17:00 with one-hour low meetings, and a
// request for that day only: no free time is offered, but room can be made.
class RequestsInABookedDay : public Requests {
protected:
    RequestsInABookedDay()
    {
        AgendaRepo agenda(*db);
        for (int hour = 9; hour < 17; ++hour) {
            const QString h = QStringLiteral("2026-12-01T%1:00").arg(hour, 2, 10, QLatin1Char('0'));
            Appointment a = appointment(maarten, "Overleg", in("Europe/Amsterdam", h.toLatin1()),
                                        in("Europe/Amsterdam", h.toLatin1()) + 3600 * 1000LL);
            a.priority = AppointmentPriority::Low;
            booked << agenda.add(a);
        }
        Request r = request("Partnership");
        r.fromDate = r.toDate = QDate(2026, 12, 1);
        id = requests.add(r);
    }
    // The first way BumpPlanner makes room for the request.
    BumpProposal firstProposal()
    {
        AgendaRepo agenda(*db);
        const auto proposals =
            BumpPlanner(*db, agenda).propose(requests.bumpNeed(*requests.byId(id)));
        EXPECT_FALSE(proposals.isEmpty());
        return proposals.value(0);
    }
    static QList<BumpMoveTo> movesOf(const BumpProposal &p)
    {
        QList<BumpMoveTo> moves;
        for (const BumpMove &m : p.moves)
            moves << BumpMoveTo{m.occurrence.appointment.id, m.newSlot.start, m.newSlot.end};
        return moves;
    }
    QStringList booked;
    QString id;
};

TEST_F(RequestsInABookedDay, TheNeedIsTheRequestsWindowDirectorLengthAndImportance)
{
    EXPECT_TRUE(requests.proposals(*requests.byId(id), 3).isEmpty());
    const BumpNeed need = requests.bumpNeed(*requests.byId(id));
    EXPECT_EQ(need.principal, maarten);
    EXPECT_EQ(need.minutes, 60);
    EXPECT_EQ(need.fromUtc, in("Europe/Amsterdam", "2026-12-01T00:00"));
    EXPECT_EQ(need.toUtc, in("Europe/Amsterdam", "2026-12-02T00:00"));
    EXPECT_EQ(need.importance, AppointmentPriority::High);
    EXPECT_EQ(need.title, QStringLiteral("Partnership"));
    EXPECT_EQ(need.contactId, peter);
    // Urgent weighs as high, low as low; a window that passed is empty.
    Request r = *requests.byId(id);
    r.importance = RequestImportance::Urgent;
    EXPECT_EQ(requests.bumpNeed(r).importance, AppointmentPriority::High);
    r.importance = RequestImportance::Low;
    EXPECT_EQ(requests.bumpNeed(r).importance, AppointmentPriority::Low);
    clock.set(in("Europe/Amsterdam", "2026-12-02T09:00"));
    EXPECT_EQ(requests.bumpNeed(r).toUtc, requests.bumpNeed(r).fromUtc);
}

TEST_F(RequestsInABookedDay, MakingRoomBooksTheRequestAndTheMovesInOneActionAndUndoesAll)
{
    const BumpProposal p = firstProposal();
    ASSERT_FALSE(p.moves.isEmpty());
    const qint64 actions = db->pendingActions();
    const RequestBumpUndo undo = requests.scheduleByBump(id, p.slot.start, movesOf(p), sanne);
    EXPECT_EQ(db->pendingActions(), actions + 1);
    const auto changes = lastActionChanges(*db);
    EXPECT_EQ(changes.value(QStringLiteral("requests.state")).toString(),
              QStringLiteral("scheduled"));
    EXPECT_EQ(changes.value(QStringLiteral("requests.appointment_id")).toString(),
              undo.bump.bookingId);
    EXPECT_EQ(changes.value(QStringLiteral("appointments.bumped_for")).toString(),
              undo.bump.bookingId);
    AgendaRepo agenda(*db);
    const Appointment booking = *agenda.byId(undo.bump.bookingId);
    EXPECT_EQ(booking.title, QStringLiteral("Partnership"));
    EXPECT_EQ(booking.startUtc, p.slot.start);
    EXPECT_EQ(booking.endUtc - booking.startUtc, 60 * 60 * 1000LL);
    EXPECT_EQ(booking.priority, AppointmentPriority::High);
    EXPECT_EQ(booking.contactId, peter);
    EXPECT_EQ(requests.byId(id)->state, RequestState::Scheduled);
    const QString moved = p.moves.at(0).occurrence.appointment.id;
    const qint64 was = agenda.byId(moved)->bumpedFromUtc;
    EXPECT_EQ(agenda.byId(moved)->startUtc, p.moves.at(0).newSlot.start);
    EXPECT_EQ(was, p.moves.at(0).occurrence.startUtc);

    requests.undoScheduleByBump(undo);
    EXPECT_EQ(db->pendingActions(), actions + 2);
    EXPECT_FALSE(agenda.byId(undo.bump.bookingId));
    EXPECT_EQ(agenda.byId(moved)->startUtc, was);
    EXPECT_EQ(requests.byId(id)->state, RequestState::New);
    EXPECT_EQ(requests.byId(id)->appointmentId, QString());
    // The day is as full as before: still no free time, and room can be made again.
    EXPECT_TRUE(requests.proposals(*requests.byId(id), 3).isEmpty());
    EXPECT_FALSE(firstProposal().moves.isEmpty());
}

TEST_F(RequestsInABookedDay, MakingRoomIsRefusedAsBookingIsAndWritesNothing)
{
    const BumpProposal p = firstProposal();
    const qint64 pending = db->pendingCount();
    // Without the moves the time is double-booked.
    EXPECT_THROW(requests.scheduleByBump(id, p.slot.start, {}, sanne), Error);
    QList<BumpMoveTo> stale = movesOf(p);
    stale.first().startUtc = in("Europe/Amsterdam", "2026-12-01T09:00");
    stale.first().endUtc = stale.first().startUtc + 3600 * 1000LL;
    // A move onto the day's first hour: it meets the booking or the meeting there.
    EXPECT_THROW(requests.scheduleByBump(id, p.slot.start, stale, sanne), Error);
    EXPECT_EQ(db->pendingCount(), pending);
    // Waiting for the director's word: nobody books it.
    requests.forward(id);
    const qint64 afterForward = db->pendingCount();
    EXPECT_THROW(requests.scheduleByBump(id, p.slot.start, movesOf(p), sanne), Error);
    EXPECT_EQ(db->pendingCount(), afterForward);
    EXPECT_GT(afterForward, pending);
    EXPECT_EQ(requests.byId(id)->state, RequestState::Forwarded);
    AgendaRepo agenda(*db);
    for (const QString &a : std::as_const(booked))
        EXPECT_EQ(agenda.byId(a)->bumpedFor, QString());
}

TEST_F(Requests, RemoveAndRestore)
{
    const QString id = requests.add(request("Partnership"));
    requests.remove(id);
    EXPECT_FALSE(requests.byId(id));
    EXPECT_TRUE(requests.of(maarten).isEmpty());
    requests.restore(id);
    EXPECT_EQ(requests.of(maarten).size(), 1);
    EXPECT_EQ(requests.resolve(Database::shortId(id)).id, id);
}

TEST_F(Requests, ProposalsRespectWorkingHoursBusyTimeTravelAndPrepTime)
{
    // Monday 30 November: busy 09:00-12:00 with travel, then a presentation at 14:00 with
    // two hours of prep before it: nothing fits an hour that day before the presentation
    // ends at 15:00, so Monday offers 15:00.
    AgendaRepo agenda(*db);
    Appointment travel = appointment(maarten, "Train", in("Europe/Amsterdam", "2026-11-30T09:00"),
                                     in("Europe/Amsterdam", "2026-11-30T12:00"));
    travel.kind = AppointmentKind::Travel;
    agenda.add(travel);
    Appointment talk =
        appointment(maarten, "Board talk", in("Europe/Amsterdam", "2026-11-30T14:00"),
                    in("Europe/Amsterdam", "2026-11-30T15:00"));
    talk.kind = AppointmentKind::Presentation;
    agenda.add(talk);
    Request r = request("Partnership");
    r.id = requests.add(r);
    const QList<Interval> offered = requests.proposals(r, 3);
    ASSERT_EQ(offered.size(), 3);
    EXPECT_EQ(offered.at(0).start, in("Europe/Amsterdam", "2026-11-30T15:00"));
    EXPECT_EQ(offered.at(0).end, in("Europe/Amsterdam", "2026-11-30T16:00"));
    // One a day, from the start of working hours.
    EXPECT_EQ(offered.at(1).start, in("Europe/Amsterdam", "2026-12-01T09:00"));
    EXPECT_EQ(offered.at(2).start, in("Europe/Amsterdam", "2026-12-02T09:00"));
}

TEST_F(Requests, ProposalsNeverLieInThePastOrOutsideTheWindow)
{
    clock.set(in("Europe/Amsterdam", "2026-12-11T16:10"));
    Request r = request("Partnership", 30);
    const QList<Interval> offered = requests.proposals(r, 3);
    // The window ends on 11 December; 16:15-16:45 is the last half hour that fits.
    ASSERT_EQ(offered.size(), 1);
    EXPECT_EQ(offered.at(0).start, in("Europe/Amsterdam", "2026-12-11T16:15"));
    clock.set(in("Europe/Amsterdam", "2026-12-14T09:00"));
    EXPECT_TRUE(requests.proposals(r, 3).isEmpty());
}

TEST(RequestDrafts, DutchIsFormalAndEnglishPlain)
{
    DraftInput in;
    in.kind = RequestMessage::Refusal;
    in.language = ContactLanguage::Dutch;
    in.name = QStringLiteral("Mevrouw Bos");
    in.subject = QStringLiteral("Subsidie 2027");
    in.directorName = QStringLiteral("Maarten de Vries");
    in.sender = QStringLiteral("Sanne Jansen");
    Draft nl = draftMessage(in);
    EXPECT_EQ(nl.subject, QStringLiteral("Uw verzoek: Subsidie 2027"));
    EXPECT_TRUE(nl.body.startsWith(QStringLiteral("Geachte Mevrouw Bos,")))
        << nl.body.toStdString();
    EXPECT_TRUE(nl.body.contains(QStringLiteral("uw verzoek"))) << nl.body.toStdString();
    EXPECT_TRUE(nl.body.contains(QStringLiteral("Maarten de Vries")));
    EXPECT_TRUE(nl.body.endsWith(QStringLiteral("Met vriendelijke groet,\nSanne Jansen")));
    in.language = ContactLanguage::English;
    in.kind = RequestMessage::Postponement;
    const Draft en = draftMessage(in);
    EXPECT_TRUE(en.body.startsWith(QStringLiteral("Dear Mevrouw Bos,")));
    EXPECT_TRUE(en.body.contains(QStringLiteral("later")));
    EXPECT_EQ(en.subject, QStringLiteral("Your request: Subsidie 2027"));
}

TEST(RequestDrafts, SlotsAreWrittenInTheZoneAndLanguageOfTheMessage)
{
    DraftInput in;
    in.kind = RequestMessage::Offer;
    in.name = QStringLiteral("Peter Smith");
    in.subject = QStringLiteral("{name} 100%");
    in.directorName = QStringLiteral("Maarten");
    in.zone = QTimeZone("Europe/Amsterdam");
    in.slots = {{utc("2026-12-01T09:00:00Z"), utc("2026-12-01T10:00:00Z")}};
    in.language = ContactLanguage::Dutch;
    EXPECT_TRUE(
        draftMessage(in).body.contains(QStringLiteral("- dinsdag 1 december 2026, 10:00–11:00")))
        << draftMessage(in).body.toStdString();
    in.language = ContactLanguage::English;
    in.kind = RequestMessage::Confirmation;
    const Draft en = draftMessage(in);
    EXPECT_TRUE(en.body.contains(QStringLiteral("Tuesday 1 December 2026, 10:00–11:00")))
        << en.body.toStdString();
    // A brace or a percent sign in the subject is text, never a field.
    EXPECT_TRUE(en.body.contains(QStringLiteral("\"{name} 100%\""))) << en.body.toStdString();
}

TEST(RequestDrafts, MailtoIsPercentEncoded)
{
    const QString url =
        mailtoUrl(QStringLiteral("peter@acme.example"), QStringLiteral("Your request: R&D + more?"),
                  QStringLiteral("Dear Peter,\n\nSee you at 10:00 #1"));
    EXPECT_TRUE(url.startsWith(QStringLiteral("mailto:peter@acme.example?subject=")));
    EXPECT_FALSE(url.contains(QLatin1Char(' ')));
    EXPECT_FALSE(url.contains(QLatin1Char('\n')));
    EXPECT_TRUE(url.contains(QStringLiteral("R%26D%20%2B%20more%3F")));
    EXPECT_TRUE(url.contains(QStringLiteral("Peter%2C%0D%0A%0D%0ASee")));
    const QUrl parsed(url);
    const QUrlQuery query(parsed);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
              QStringLiteral("Your request: R&D + more?"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded),
              QStringLiteral("Dear Peter,\r\n\r\nSee you at 10:00 #1"));
}
