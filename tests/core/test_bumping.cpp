// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/agenda/AgendaRules.h"
#include "core/agenda/BumpMessages.h"
#include "core/agenda/BumpPlanner.h"
#include "core/contacts/ContactRepo.h"

#include <QSet>
#include <QUrl>
#include <QUrlQuery>

using namespace spil;
using namespace spil::test;

namespace {
qint64 ams(const char *iso)
{
    return in("Europe/Amsterdam", iso);
}
} // namespace

// The clock stands on Thursday 26 November 2026, 09:00 in Amsterdam; the needs want Monday
// 30 November.
class BumpingTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        maarten = addPerson("Maarten Verhoeven", Role::Director, "Europe/Amsterdam", 60);
        sanne = addPerson("Sanne Bakker", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
        lotte = addPerson("Lotte de Vries", Role::Staff);
    }
    QString meeting(const char *title, const char *from, const char *to,
                    AppointmentPriority priority, QStringList attendees = {})
    {
        Appointment a = appointment(maarten, title, ams(from), ams(to));
        a.priority = priority;
        a.attendees = std::move(attendees);
        return agenda.add(a, true);
    }
    BumpNeed need(const char *from, const char *to, int minutes = 60,
                  AppointmentPriority importance = AppointmentPriority::High)
    {
        return BumpNeed{
            maarten, minutes, ams(from), ams(to), importance, QStringLiteral("Bank: overname"), {}};
    }
    Bump bumpOf(const BumpNeed &n, const BumpProposal &p)
    {
        Bump b{BumpPlanner::bookingFor(n, p, QStringLiteral("Europe/Amsterdam"), sanne), {}};
        for (const BumpMove &m : p.moves)
            b.moves << BumpMoveTo{m.occurrence.appointment.id, m.newSlot.start, m.newSlot.end};
        return b;
    }
    AgendaRepo agenda{*db};
    BumpPlanner planner() { return BumpPlanner(*db, agenda); }
    QString maarten, sanne, lotte;
};

TEST_F(BumpingTest, OnlyLowerPriorityOneOffMeetingsOfTheDirectorMakeRoom)
{
    const auto occurrence = [&](AppointmentKind kind, AppointmentPriority priority) {
        Occurrence o;
        o.appointment = appointment(maarten, "x", ams("2026-11-30T10:00"), ams("2026-11-30T11:00"));
        o.appointment.kind = kind;
        o.appointment.priority = priority;
        o.startUtc = o.appointment.startUtc;
        o.endUtc = o.appointment.endUtc;
        return o;
    };
    const auto high = AppointmentPriority::High;
    EXPECT_TRUE(
        bumpable(occurrence(AppointmentKind::Meeting, AppointmentPriority::Low), maarten, high));
    EXPECT_TRUE(
        bumpable(occurrence(AppointmentKind::Meeting, AppointmentPriority::Normal), maarten, high));
    EXPECT_FALSE(bumpable(occurrence(AppointmentKind::Meeting, high), maarten, high));
    EXPECT_FALSE(bumpable(occurrence(AppointmentKind::Meeting, AppointmentPriority::Normal),
                          maarten, AppointmentPriority::Normal));
    for (AppointmentKind kind : {AppointmentKind::Presentation, AppointmentKind::Travel,
                                 AppointmentKind::Prep, AppointmentKind::Personal})
        EXPECT_FALSE(bumpable(occurrence(kind, AppointmentPriority::Low), maarten, high))
            << toText(kind).toStdString();
    Occurrence series = occurrence(AppointmentKind::Meeting, AppointmentPriority::Low);
    series.appointment.rrule = QStringLiteral("FREQ=WEEKLY");
    EXPECT_FALSE(bumpable(series, maarten, high));
    // Someone else's meeting that the director attends is theirs to move.
    Occurrence attended = occurrence(AppointmentKind::Meeting, AppointmentPriority::Low);
    attended.appointment.owner = lotte;
    EXPECT_FALSE(bumpable(attended, maarten, high));
    Occurrence cancelled = occurrence(AppointmentKind::Meeting, AppointmentPriority::Low);
    cancelled.appointment.status = AppointmentStatus::Cancelled;
    EXPECT_FALSE(bumpable(cancelled, maarten, high));
}

TEST_F(BumpingTest, MovesTheBookedMeetingToItsPeoplesNextFreeSlot)
{
    const QString overleg = meeting("Weekoverleg", "2026-11-30T10:00", "2026-11-30T11:00",
                                    AppointmentPriority::Low, {lotte});
    // Maarten starts his day at 09:00 and Lotte is busy from 11:00 until 14:00.
    meeting("Dagstart", "2026-11-30T09:00", "2026-11-30T10:00", AppointmentPriority::High);
    agenda.add(appointment(lotte, "Inwerken", ams("2026-11-30T11:00"), ams("2026-11-30T14:00")));
    const auto proposals = planner().propose(need("2026-11-30T10:00", "2026-11-30T11:00"));
    ASSERT_EQ(proposals.size(), 1);
    EXPECT_EQ(proposals[0].slot, (Interval{ams("2026-11-30T10:00"), ams("2026-11-30T11:00")}));
    ASSERT_EQ(proposals[0].moves.size(), 1);
    EXPECT_EQ(proposals[0].moves[0].occurrence.appointment.id, overleg);
    EXPECT_EQ(proposals[0].moves[0].newSlot,
              (Interval{ams("2026-11-30T14:00"), ams("2026-11-30T15:00")}));
    // Nothing is written by proposing.
    EXPECT_EQ(agenda.byId(overleg)->startUtc, ams("2026-11-30T10:00"));
}

TEST_F(BumpingTest, NeverMovesWhatMayNotMoveNorBooksIntoPrepTime)
{
    Appointment talk =
        appointment(maarten, "Keynote", ams("2026-11-30T15:00"), ams("2026-11-30T16:00"));
    talk.kind = AppointmentKind::Presentation;
    agenda.add(talk, true);
    meeting("Belangrijk", "2026-11-30T10:00", "2026-11-30T12:00", AppointmentPriority::High);
    meeting("Normaal", "2026-11-30T12:00", "2026-11-30T13:00", AppointmentPriority::Normal);
    // Only 12:00 can be made room at: 10-12 is as important, 14-15 is prep time, 15-16 the
    // presentation; 13:00-14:00 is free and so no bump.
    EXPECT_TRUE(
        planner()
            .propose(need("2026-11-30T10:00", "2026-11-30T12:00", 60, AppointmentPriority::High))
            .isEmpty());
    const auto p = planner().propose(need("2026-11-30T10:00", "2026-11-30T17:00"));
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p[0].slot.start, ams("2026-11-30T12:00"));
    // A normal need moves nothing of normal priority.
    EXPECT_TRUE(
        planner()
            .propose(need("2026-11-30T12:00", "2026-11-30T13:00", 60, AppointmentPriority::Normal))
            .isEmpty());
}

TEST_F(BumpingTest, RanksFewestMovesThenLeastPriorityThenNearestNewSlots)
{
    meeting("Koffie A", "2026-11-30T09:00", "2026-11-30T09:30", AppointmentPriority::Low);
    meeting("Koffie B", "2026-11-30T09:30", "2026-11-30T10:00", AppointmentPriority::Low);
    meeting("Overleg", "2026-11-30T11:00", "2026-11-30T12:00", AppointmentPriority::Normal);
    meeting("Lunch", "2026-11-30T13:00", "2026-11-30T14:00", AppointmentPriority::Low);
    // Lunch's only free slot within two weeks is far away for Lotte: she is away for a week.
    meeting("Bellen", "2026-11-30T15:00", "2026-11-30T16:00", AppointmentPriority::Low, {lotte});
    agenda.add(appointment(lotte, "Vakantie", ams("2026-11-30T16:00"), ams("2026-12-07T17:00")));
    // Fill the rest of the day so that no time is free.
    meeting("Werk", "2026-11-30T10:00", "2026-11-30T11:00", AppointmentPriority::High);
    meeting("Werk", "2026-11-30T12:00", "2026-11-30T13:00", AppointmentPriority::High);
    meeting("Werk", "2026-11-30T14:00", "2026-11-30T15:00", AppointmentPriority::High);
    meeting("Werk", "2026-11-30T16:00", "2026-11-30T17:00", AppointmentPriority::High);

    const auto p = planner().propose(need("2026-11-30T09:00", "2026-11-30T17:00"), 5);
    ASSERT_EQ(p.size(), 4);
    const auto titles = [](const BumpProposal &x) {
        QStringList out;
        for (const BumpMove &m : x.moves)
            out << m.occurrence.appointment.title;
        return out.join(QLatin1Char('+'));
    };
    // One low move, near; one low move, far; one normal move; two low moves.
    EXPECT_EQ(titles(p[0]), QStringLiteral("Lunch"));
    EXPECT_EQ(titles(p[1]), QStringLiteral("Bellen"));
    EXPECT_EQ(titles(p[2]), QStringLiteral("Overleg"));
    EXPECT_EQ(titles(p[3]), QStringLiteral("Koffie A+Koffie B"));
    EXPECT_LT(p[0].displacementMs, p[1].displacementMs);
    EXPECT_EQ(p[1].moves[0].newSlot.start, ams("2026-12-08T09:00"));
    // Two moves of one proposal never land on each other nor on the need's time.
    EXPECT_EQ(p[3].slot, (Interval{ams("2026-11-30T09:00"), ams("2026-11-30T10:00")}));
    const Interval a = p[3].moves[0].newSlot, b = p[3].moves[1].newSlot;
    EXPECT_TRUE(a.end <= b.start || b.end <= a.start);
    EXPECT_GE(a.start, p[3].slot.end);
    EXPECT_EQ(planner().propose(need("2026-11-30T09:00", "2026-11-30T17:00"), 2).size(), 2);
}

TEST_F(BumpingTest, AppliesEveryMoveAndTheBookingAsOneMutationAndUndoesItAsOne)
{
    const QString overleg = meeting("Weekoverleg", "2026-11-30T10:00", "2026-11-30T11:00",
                                    AppointmentPriority::Low, {lotte});
    const QString koffie =
        meeting("Koffie", "2026-11-30T11:00", "2026-11-30T11:30", AppointmentPriority::Low);
    const BumpNeed n = need("2026-11-30T10:00", "2026-11-30T11:30", 90);
    const auto proposals = planner().propose(n);
    ASSERT_EQ(proposals.size(), 1);
    ASSERT_EQ(proposals[0].moves.size(), 2);
    const qint64 before = db->pendingActions();
    clock.set(ams("2026-11-26T09:05"));
    const BumpUndo undo = agenda.applyBump(bumpOf(n, proposals[0]));
    EXPECT_EQ(db->pendingActions(), before + 1);
    const auto changes = db->pendingChanges(100000);
    QSet<qint64> mutations;
    for (const OutboxChange &c : changes)
        if (c.recordId == undo.bookingId || c.recordId == overleg || c.recordId == koffie)
            mutations.insert(c.mutation);
    const qint64 bumpMutation = changes.last().mutation;
    EXPECT_EQ(mutations.size(), 3); // each appointment's own add, and the one bump
    const auto last = lastActionChanges(*db);
    EXPECT_TRUE(last.contains(QStringLiteral("appointments.bumped_for")));
    EXPECT_TRUE(last.contains(QStringLiteral("appointments.title"))); // the booking

    const Appointment moved = *agenda.byId(overleg);
    EXPECT_EQ(moved.startUtc, proposals[0].moves[0].newSlot.start);
    EXPECT_EQ(moved.bumpedAt, ams("2026-11-26T09:05"));
    EXPECT_EQ(moved.bumpedFor, undo.bookingId);
    EXPECT_EQ(moved.bumpedBy, sanne);
    EXPECT_EQ(moved.bumpedFromUtc, ams("2026-11-30T10:00"));
    const Appointment booking = *agenda.byId(undo.bookingId);
    EXPECT_EQ(booking.priority, AppointmentPriority::High);
    EXPECT_EQ(booking.startUtc, ams("2026-11-30T10:00"));
    EXPECT_EQ(booking.bumpedAt, -1);
    EXPECT_EQ(
        agenda.bumpedBetween(maarten, ams("2026-11-23T00:00"), ams("2026-11-30T00:00")).size(), 2);
    EXPECT_EQ(agenda.bumpedBetween(lotte, ams("2026-11-23T00:00"), ams("2026-11-30T00:00")).size(),
              1);
    EXPECT_TRUE(AgendaRules(*db, agenda)
                    .conflicts(maarten, ams("2026-11-30T00:00"), ams("2026-12-15T00:00"))
                    .isEmpty());

    agenda.undoBump(undo);
    EXPECT_EQ(db->pendingChanges(100000).last().mutation, bumpMutation + 1);
    EXPECT_EQ(db->pendingActions(), before + 2);
    EXPECT_FALSE(agenda.byId(undo.bookingId).has_value());
    const Appointment back = *agenda.byId(overleg);
    EXPECT_EQ(back.startUtc, ams("2026-11-30T10:00"));
    EXPECT_EQ(back.endUtc, ams("2026-11-30T11:00"));
    EXPECT_EQ(back.bumpedAt, -1);
    EXPECT_EQ(back.bumpedFor, QString());
    EXPECT_EQ(agenda.byId(koffie)->startUtc, ams("2026-11-30T11:00"));
    EXPECT_TRUE(agenda.bumpedBetween(maarten, 0, ams("2027-01-01T00:00")).isEmpty());
}

TEST_F(BumpingTest, ABumpThatNoLongerFitsWritesNothing)
{
    const QString overleg =
        meeting("Weekoverleg", "2026-11-30T10:00", "2026-11-30T11:00", AppointmentPriority::Low);
    const QString koffie =
        meeting("Koffie", "2026-11-30T11:00", "2026-11-30T11:30", AppointmentPriority::Low);
    const BumpNeed n = need("2026-11-30T10:00", "2026-11-30T11:00");
    const auto proposals = planner().propose(n);
    ASSERT_EQ(proposals.size(), 1);
    // Meanwhile the new slot was taken: the second move lands on Koffie.
    Bump b = bumpOf(n, proposals[0]);
    b.moves << BumpMoveTo{overleg, ams("2026-11-30T11:00"), ams("2026-11-30T12:00")};
    b.moves.removeFirst();
    const qint64 pending = db->pendingCount();
    try {
        agenda.applyBump(b);
        FAIL() << "a double booking went through";
    } catch (const Error &e) {
        EXPECT_EQ(e.kind(), ErrorKind::Refused);
        EXPECT_TRUE(e.message().contains(QStringLiteral("Koffie"))) << e.message().toStdString();
    }
    EXPECT_EQ(db->pendingCount(), pending);
    EXPECT_EQ(agenda.byId(overleg)->startUtc, ams("2026-11-30T10:00"));
    EXPECT_EQ(agenda.byId(overleg)->bumpedAt, -1);
    EXPECT_EQ(agenda.appointmentsOf(maarten).size(), 2);
    // Only one-off appointments of the same agenda move.
    Bump other = bumpOf(n, proposals[0]);
    other.moves = {{agenda.add(appointment(lotte, "Van Lotte", ams("2026-12-01T10:00"),
                                           ams("2026-12-01T11:00"))),
                    ams("2026-12-01T12:00"), ams("2026-12-01T13:00")}};
    EXPECT_THROW(agenda.applyBump(other), Error);
    EXPECT_EQ(agenda.appointmentsOf(maarten).size(), 2);
    EXPECT_EQ(agenda.byId(koffie)->startUtc, ams("2026-11-30T11:00"));
}

TEST_F(BumpingTest, DraftsAFormalDutchOrAnEnglishMessagePerAttendee)
{
    ContactRepo contacts(*db);
    Contact sophie;
    sophie.name = QStringLiteral("Sophie Laurent");
    sophie.email = QStringLiteral("s.laurent@example.com");
    sophie.language = ContactLanguage::English;
    const QString sophieId = contacts.add(sophie);
    Appointment a =
        appointment(maarten, "Jaarplan & budget", ams("2026-11-30T10:00"), ams("2026-11-30T11:00"));
    a.attendees = {lotte, QStringLiteral("Jan Smit"), maarten};
    a.contactId = sophieId;
    const auto messages =
        draftBumpMessages(*db, a, ams("2026-12-01T14:00"), QStringLiteral("Sanne Bakker"));
    ASSERT_EQ(messages.size(), 3);
    EXPECT_EQ(messages[0].recipient, lotte);
    EXPECT_EQ(messages[0].language, ContactLanguage::Dutch);
    EXPECT_TRUE(messages[0].body.startsWith(QStringLiteral("Geachte Lotte de Vries,")));
    EXPECT_TRUE(messages[0].body.contains(QStringLiteral("uw afspraak")));
    EXPECT_TRUE(messages[0].body.contains(QStringLiteral("maandag 30 november om 10:00")));
    EXPECT_TRUE(messages[0].body.contains(QStringLiteral("dinsdag 1 december om 14:00")));
    EXPECT_TRUE(messages[0].body.contains(QStringLiteral("excuses")));
    EXPECT_TRUE(messages[0].body.endsWith(QStringLiteral("Sanne Bakker")));
    EXPECT_EQ(messages[1].name, QStringLiteral("Jan Smit"));
    EXPECT_EQ(messages[2].recipient, sophieId);
    EXPECT_EQ(messages[2].language, ContactLanguage::English);
    EXPECT_TRUE(messages[2].body.startsWith(QStringLiteral("Dear Sophie Laurent,")));
    EXPECT_TRUE(messages[2].body.contains(QStringLiteral("Monday 30 November at 10:00")));
    EXPECT_TRUE(messages[2].body.contains(QStringLiteral("Tuesday 1 December at 14:00")));
    EXPECT_TRUE(messages[2].body.contains(QStringLiteral("apologise")));

    // The link carries every character through percent-encoding, and reads back whole.
    const QString link = mailtoLink(messages[2]);
    EXPECT_TRUE(link.startsWith(QStringLiteral("mailto:s.laurent@example.com?subject=")));
    EXPECT_FALSE(link.contains(QLatin1Char(' ')));
    EXPECT_FALSE(link.contains(QLatin1Char('\n')));
    EXPECT_TRUE(link.contains(QStringLiteral("%26"))); // the & of the title
    const QUrlQuery query(QUrl(link).query(QUrl::FullyEncoded));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
              messages[2].subject);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded), messages[2].body);
}

TEST_F(BumpingTest, ABumpIsUndoneFromTheStoreAlone)
{
    const QString overleg =
        meeting("Weekoverleg", "2026-11-30T10:00", "2026-11-30T11:30", AppointmentPriority::Low);
    const BumpNeed n = need("2026-11-30T10:00", "2026-11-30T11:00");
    const auto proposals = planner().propose(n);
    ASSERT_EQ(proposals.size(), 1);
    const BumpUndo applied = agenda.applyBump(bumpOf(n, proposals[0]));
    const qint64 actions = db->pendingActions();
    agenda.undoBump(agenda.undoFor(applied.bookingId));
    EXPECT_EQ(db->pendingActions(), actions + 1);
    EXPECT_FALSE(agenda.byId(applied.bookingId).has_value());
    EXPECT_EQ(agenda.byId(overleg)->startUtc, ams("2026-11-30T10:00"));
    EXPECT_EQ(agenda.byId(overleg)->endUtc, ams("2026-11-30T11:30"));
    EXPECT_EQ(agenda.byId(overleg)->bumpedAt, -1);
    EXPECT_THROW(agenda.undoFor(overleg), Error); // not booked by a bump
}
