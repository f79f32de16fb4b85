// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/agenda/AgendaRules.h"
#include "core/common/Error.h"

using namespace spil;
using namespace spil::test;

namespace {
qint64 ams(const char *iso)
{
    return in("Europe/Amsterdam", iso);
}
} // namespace

class AgendaRulesTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        maarten = addPerson("Maarten Verhoeven", Role::Director, "Europe/Amsterdam", 120);
    }
    AgendaRepo agenda{*db};
    AgendaRules rules() { return AgendaRules(*db, agenda); }
    QString maarten;
};

TEST_F(AgendaRulesTest, FindsOverlapsIncludingRecurringInstances)
{
    Appointment mt = appointment(maarten, "MT", ams("2026-11-02T09:00"), ams("2026-11-02T10:30"));
    mt.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=MO");
    agenda.add(mt);
    agenda.add(appointment(maarten, "Call", ams("2026-11-16T10:00"), ams("2026-11-16T11:00")));
    agenda.add(appointment(maarten, "Lunch", ams("2026-11-16T12:00"), ams("2026-11-16T13:00")));
    Appointment cancelled =
        appointment(maarten, "Weg", ams("2026-11-16T12:00"), ams("2026-11-16T13:00"));
    cancelled.status = AppointmentStatus::Cancelled;
    agenda.add(cancelled);

    const auto found = rules().conflicts(maarten, ams("2026-11-01T00:00"), ams("2026-12-01T00:00"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].type, ConflictType::Overlap);
    EXPECT_EQ(found[0].first.appointment.title, QStringLiteral("MT"));
    EXPECT_EQ(found[0].first.recurrenceIdUtc, ams("2026-11-16T09:00"));
    EXPECT_EQ(found[0].second.appointment.title, QStringLiteral("Call"));
    EXPECT_EQ(found[0].overlap, (Interval{ams("2026-11-16T10:00"), ams("2026-11-16T10:30")}));
}

TEST_F(AgendaRulesTest, TheAgendaOfAnAttendeeCountsToo)
{
    const QString sanne =
        addPerson("Sanne Bakker", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
    Appointment a =
        appointment(maarten, "Dagstart", ams("2026-11-16T08:30"), ams("2026-11-16T09:00"));
    a.attendees = {sanne};
    agenda.add(a);
    agenda.add(appointment(sanne, "Tandarts", ams("2026-11-16T08:45"), ams("2026-11-16T09:30")));
    EXPECT_EQ(rules().conflicts(sanne, ams("2026-11-16T00:00"), ams("2026-11-17T00:00")).size(), 1);
    EXPECT_TRUE(
        rules().conflicts(maarten, ams("2026-11-16T00:00"), ams("2026-11-17T00:00")).isEmpty());
}

TEST_F(AgendaRulesTest, RefusesABookingIntoPrepTimeAndSaysWhy)
{
    Appointment board =
        appointment(maarten, "Raad van Bestuur", ams("2026-12-02T14:00"), ams("2026-12-02T15:30"));
    board.kind = AppointmentKind::Presentation;
    agenda.add(board);
    const qint64 pendingBefore = db->pendingCount();
    try {
        agenda.add(
            appointment(maarten, "Koffie", ams("2026-12-02T13:00"), ams("2026-12-02T13:30")));
        FAIL() << "booked into prep time";
    } catch (const Error &e) {
        EXPECT_EQ(e.kind(), ErrorKind::Refused);
        EXPECT_TRUE(e.message().contains(QStringLiteral("120 minutes")));
        EXPECT_TRUE(e.message().contains(QStringLiteral("Raad van Bestuur")));
        EXPECT_TRUE(e.message().contains(QStringLiteral("Koffie")));
    }
    EXPECT_EQ(db->pendingCount(), pendingBefore);

    // Just before the window is fine; a prep block inside it is the point of it.
    EXPECT_NO_THROW(agenda.add(
        appointment(maarten, "Vroeg", ams("2026-12-02T11:00"), ams("2026-12-02T12:00"))));
    Appointment prep =
        appointment(maarten, "Voorbereiden", ams("2026-12-02T12:00"), ams("2026-12-02T14:00"));
    prep.kind = AppointmentKind::Prep;
    EXPECT_NO_THROW(agenda.add(prep));

    // Forced, it is booked, and then shows as a prep conflict.
    agenda.add(appointment(maarten, "Koffie", ams("2026-12-02T13:00"), ams("2026-12-02T13:30")),
               true);
    const auto found = rules().conflicts(maarten, ams("2026-12-02T00:00"), ams("2026-12-03T00:00"));
    int prepConflicts = 0;
    for (const Conflict &c : found) {
        if (c.type == ConflictType::PrepTime) {
            ++prepConflicts;
            EXPECT_EQ(c.first.appointment.title, QStringLiteral("Raad van Bestuur"));
            EXPECT_EQ(c.second.appointment.title, QStringLiteral("Koffie"));
        }
    }
    EXPECT_EQ(prepConflicts, 1);
}

TEST_F(AgendaRulesTest, PrepTimeGuardsMovesAttendeesAndSeries)
{
    const QString sanne = addPerson("Sanne Bakker", Role::Assistant);
    Appointment board =
        appointment(maarten, "RvB", ams("2026-12-02T14:00"), ams("2026-12-02T15:00"));
    board.kind = AppointmentKind::Presentation;
    agenda.add(board);

    // Moving an appointment into the window is refused as well.
    const QString early = agenda.add(
        appointment(maarten, "Overleg", ams("2026-12-02T09:00"), ams("2026-12-02T10:00")));
    EXPECT_THROW(agenda.update(early, {.startUtc = ams("2026-12-02T12:30"),
                                       .endUtc = ams("2026-12-02T13:00")}),
                 Error);
    EXPECT_EQ(agenda.byId(early)->startUtc, ams("2026-12-02T09:00"));

    // Someone else's meeting that invites the director is refused too.
    Appointment invite =
        appointment(sanne, "Teamlunch", ams("2026-12-02T12:30"), ams("2026-12-02T13:30"));
    invite.attendees = {maarten};
    EXPECT_THROW(agenda.add(invite), Error);
    invite.attendees.clear();
    EXPECT_NO_THROW(agenda.add(invite));

    // A weekly series whose third instance lands in the window.
    Appointment weekly =
        appointment(maarten, "Wekelijks", ams("2026-11-18T13:00"), ams("2026-11-18T13:30"));
    weekly.rrule = QStringLiteral("FREQ=WEEKLY");
    EXPECT_THROW(agenda.add(weekly), Error);

    // The prep time is the principal's own setting.
    PeopleRepo(*db).update(maarten, {{QStringLiteral("prep_minutes"), 0}});
    EXPECT_NO_THROW(agenda.add(weekly));
}

TEST_F(AgendaRulesTest, FreeSlotsRespectWorkingHoursInEachZoneBusyTimeAndPrep)
{
    // Maarten works 09:00-17:00 in Amsterdam; Jane 09:00-17:00 in New York (15:00-23:00 CET).
    const QString jane = addPerson("Jane Miller", Role::Staff, "America/New_York");
    clock.set(ams("2026-11-30T07:00"));
    agenda.add(appointment(maarten, "Call", ams("2026-12-01T15:30"), ams("2026-12-01T16:00")));
    const auto slots = rules().freeSlots({maarten, jane}, QDate(2026, 12, 1), QDate(2026, 12, 1),
                                         30, QTimeZone("Europe/Amsterdam"));
    ASSERT_EQ(slots.size(), 2);
    EXPECT_EQ(slots[0], (Interval{ams("2026-12-01T15:00"), ams("2026-12-01T15:30")}));
    EXPECT_EQ(slots[1], (Interval{ams("2026-12-01T16:00"), ams("2026-12-01T17:00")}));

    // Longer than any gap: nothing. Prep time is not free time.
    EXPECT_TRUE(rules()
                    .freeSlots({maarten, jane}, QDate(2026, 12, 1), QDate(2026, 12, 1), 90,
                               QTimeZone("Europe/Amsterdam"))
                    .isEmpty());
    Appointment board =
        appointment(maarten, "RvB", ams("2026-12-02T16:00"), ams("2026-12-02T17:00"));
    board.kind = AppointmentKind::Presentation;
    agenda.add(board);
    EXPECT_TRUE(rules()
                    .freeSlots({maarten, jane}, QDate(2026, 12, 2), QDate(2026, 12, 2), 15,
                               QTimeZone("Europe/Amsterdam"))
                    .isEmpty());
}

TEST_F(AgendaRulesTest, FreeSlotsSkipWeekendsAndThePast)
{
    clock.set(ams("2026-12-04T10:10")); // a Friday morning
    const auto slots = rules().freeSlots({maarten}, QDate(2026, 12, 4), QDate(2026, 12, 7), 60,
                                         QTimeZone("Europe/Amsterdam"));
    ASSERT_EQ(slots.size(), 2);
    EXPECT_EQ(slots[0], (Interval{ams("2026-12-04T10:15"), ams("2026-12-04T17:00")}));
    EXPECT_EQ(slots[1], (Interval{ams("2026-12-07T09:00"), ams("2026-12-07T17:00")}));
    EXPECT_THROW(rules().freeSlots({maarten}, QDate(2026, 12, 4), QDate(2026, 12, 3), 60,
                                   QTimeZone("Europe/Amsterdam")),
                 Error);
}

TEST_F(AgendaRulesTest, APresentationJustAfterTheRangeStillGuardsItsPrepTimeInside)
{
    Appointment board =
        appointment(maarten, "RvB", ams("2026-12-03T00:30"), ams("2026-12-03T02:00"));
    board.kind = AppointmentKind::Presentation;
    agenda.add(board);
    agenda.add(appointment(maarten, "Laat", ams("2026-12-02T23:00"), ams("2026-12-02T23:30")),
               true);
    const auto found = rules().conflicts(maarten, ams("2026-12-02T00:00"), ams("2026-12-03T00:00"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].type, ConflictType::PrepTime);
    EXPECT_EQ(found[0].second.appointment.title, QStringLiteral("Laat"));
    // An overlap that begins after the range is not the range's.
    agenda.add(appointment(maarten, "Na", ams("2026-12-03T01:00"), ams("2026-12-03T01:30")), true);
    EXPECT_EQ(rules().conflicts(maarten, ams("2026-12-02T00:00"), ams("2026-12-03T00:00")).size(),
              1);
}
