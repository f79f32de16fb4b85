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

// Moving and editing one occurrence as the app does it, and undoing that.
class OccurrenceChanges : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        maarten = addPerson("Maarten Verhoeven", Role::Director, "Europe/Amsterdam", 60);
    }
    // The one occurrence of id on the day of dayStart (Amsterdam), or an empty one.
    Occurrence on(const QString &id, const char *dayStart)
    {
        for (const Occurrence &o :
             agenda.occurrences(maarten, ams(dayStart), ams(dayStart) + 24 * 3600 * 1000LL,
                                QTimeZone("Europe/Amsterdam"))) {
            if (o.appointment.id == id)
                return o;
        }
        return {};
    }
    std::optional<ErrorKind> refusedAs(const QString &id, qint64 original,
                                       const AppointmentEdit &edit, QString *message = nullptr)
    {
        try {
            agenda.changeOccurrence(id, original, edit);
        } catch (const Error &e) {
            if (message)
                *message = e.message();
            return e.kind();
        }
        return std::nullopt;
    }
    static AppointmentEdit times(qint64 start, qint64 end)
    {
        return {.startUtc = start, .endUtc = end};
    }
    AgendaRepo agenda{*db};
    QString maarten;
};

TEST_F(OccurrenceChanges, AOneOffMovesAndIsEditedAndEachCanBeUndone)
{
    const QString id = agenda.add(
        appointment(maarten, "Overleg", ams("2026-12-02T09:00"), ams("2026-12-02T10:00")));
    const OccurrenceChange move = agenda.changeOccurrence(
        id, ams("2026-12-02T09:00"), times(ams("2026-12-03T15:00"), ams("2026-12-03T16:30")));
    EXPECT_EQ(agenda.byId(id)->startUtc, ams("2026-12-03T15:00"));
    EXPECT_EQ(agenda.byId(id)->endUtc, ams("2026-12-03T16:30"));

    const OccurrenceChange edit = agenda.changeOccurrence(id, ams("2026-12-03T15:00"),
                                                          {.title = QStringLiteral("Overleg Q1"),
                                                           .location = QStringLiteral("Kamer 2"),
                                                           .notes = QStringLiteral("Cijfers lezen"),
                                                           .confidential = true});
    Appointment a = *agenda.byId(id);
    EXPECT_EQ(a.title, QStringLiteral("Overleg Q1"));
    EXPECT_EQ(a.location, QStringLiteral("Kamer 2"));
    EXPECT_EQ(a.notes, QStringLiteral("Cijfers lezen"));
    EXPECT_TRUE(a.confidential);

    agenda.undoChange(edit);
    a = *agenda.byId(id);
    EXPECT_EQ(a.title, QStringLiteral("Overleg"));
    EXPECT_TRUE(a.location.isEmpty());
    EXPECT_TRUE(a.notes.isEmpty());
    EXPECT_FALSE(a.confidential);
    EXPECT_EQ(a.startUtc, ams("2026-12-03T15:00")); // the move stays
    agenda.undoChange(move);
    EXPECT_EQ(agenda.byId(id)->startUtc, ams("2026-12-02T09:00"));
    EXPECT_EQ(agenda.byId(id)->endUtc, ams("2026-12-02T10:00"));

    EXPECT_EQ(refusedAs(id, ams("2026-12-02T09:00"), {.title = QString()}), ErrorKind::BadInput);
    // Cancelling is AgendaRepo::cancel's: it frees time and is never refused.
    EXPECT_EQ(refusedAs(id, ams("2026-12-02T09:00"), {.status = AppointmentStatus::Cancelled}),
              ErrorKind::BadInput);
}

TEST_F(OccurrenceChanges, ANewTimeThatDoubleBooksOrIntrudesOnPrepTimeIsRefusedUnlessForced)
{
    const QString id = agenda.add(
        appointment(maarten, "Overleg", ams("2026-12-02T09:00"), ams("2026-12-02T10:00")));
    agenda.add(appointment(maarten, "Lunch", ams("2026-12-02T12:00"), ams("2026-12-02T13:00")));
    Appointment board =
        appointment(maarten, "Raad van Bestuur", ams("2026-12-02T15:00"), ams("2026-12-02T16:00"));
    board.kind = AppointmentKind::Presentation;
    agenda.add(board);
    const qint64 pending = db->pendingCount();

    QString why;
    EXPECT_EQ(refusedAs(id, ams("2026-12-02T09:00"),
                        times(ams("2026-12-02T12:30"), ams("2026-12-02T13:30")), &why),
              ErrorKind::Refused);
    EXPECT_TRUE(why.contains(QStringLiteral("Lunch"))) << why.toStdString();
    EXPECT_EQ(refusedAs(id, ams("2026-12-02T09:00"),
                        times(ams("2026-12-02T14:15"), ams("2026-12-02T14:45")), &why),
              ErrorKind::Refused);
    EXPECT_TRUE(why.contains(QStringLiteral("Raad van Bestuur"))) << why.toStdString();
    EXPECT_EQ(db->pendingCount(), pending);
    EXPECT_EQ(agenda.byId(id)->startUtc, ams("2026-12-02T09:00"));

    // Overlapping its own old time is no double booking; an edit of the text alone is not
    // judged again; forced, the move goes through.
    EXPECT_NO_THROW(agenda.changeOccurrence(
        id, ams("2026-12-02T09:00"), times(ams("2026-12-02T09:30"), ams("2026-12-02T10:30"))));
    agenda.changeOccurrence(id, ams("2026-12-02T09:30"),
                            times(ams("2026-12-02T12:30"), ams("2026-12-02T13:30")), true);
    EXPECT_NO_THROW(
        agenda.changeOccurrence(id, ams("2026-12-02T12:30"), {.title = QStringLiteral("Kort")}));
    EXPECT_EQ(agenda.byId(id)->startUtc, ams("2026-12-02T12:30"));
}

TEST_F(OccurrenceChanges, OneOfASeriesChangesAloneAndItsChangesUndo)
{
    Appointment weekly =
        appointment(maarten, "Wekelijks", ams("2026-11-30T09:00"), ams("2026-11-30T10:00"));
    weekly.rrule = QStringLiteral("FREQ=WEEKLY");
    const QString id = agenda.add(weekly);
    const qint64 second = ams("2026-12-07T09:00");

    const OccurrenceChange move = agenda.changeOccurrence(
        id, second, times(ams("2026-12-08T14:00"), ams("2026-12-08T15:00")));
    EXPECT_TRUE(move.created);
    EXPECT_TRUE(on(id, "2026-12-07T00:00").appointment.id.isEmpty());
    const Occurrence moved = on(id, "2026-12-08T00:00");
    EXPECT_EQ(moved.startUtc, ams("2026-12-08T14:00"));
    EXPECT_EQ(moved.recurrenceIdUtc, second);
    EXPECT_EQ(on(id, "2026-11-30T00:00").startUtc, ams("2026-11-30T09:00"));
    EXPECT_EQ(on(id, "2026-12-14T00:00").startUtc, ams("2026-12-14T09:00"));

    // Edited again: the same exception changes, and undoing puts back only that edit.
    const OccurrenceChange rename = agenda.changeOccurrence(
        id, second, {.title = QStringLiteral("Verplaatst"), .endUtc = ams("2026-12-08T15:30")});
    EXPECT_FALSE(rename.created);
    EXPECT_EQ(rename.id, move.id);
    EXPECT_EQ(on(id, "2026-12-08T00:00").appointment.title, QStringLiteral("Verplaatst"));
    EXPECT_EQ(on(id, "2026-12-08T00:00").endUtc, ams("2026-12-08T15:30"));
    EXPECT_EQ(on(id, "2026-12-14T00:00").appointment.title, QStringLiteral("Wekelijks"));
    agenda.undoChange(rename);
    EXPECT_EQ(on(id, "2026-12-08T00:00").appointment.title, QStringLiteral("Wekelijks"));
    EXPECT_EQ(on(id, "2026-12-08T00:00").endUtc, ams("2026-12-08T15:00"));
    agenda.undoChange(move);
    EXPECT_EQ(on(id, "2026-12-07T00:00").startUtc, second);
    EXPECT_TRUE(on(id, "2026-12-08T00:00").appointment.id.isEmpty());

    // A title alone keeps the series' time; notes belong to the whole series.
    agenda.changeOccurrence(id, second, {.title = QStringLiteral("Anders")});
    EXPECT_EQ(on(id, "2026-12-07T00:00").startUtc, second);
    EXPECT_EQ(on(id, "2026-12-07T00:00").appointment.title, QStringLiteral("Anders"));
    EXPECT_EQ(refusedAs(id, second, {.notes = QStringLiteral("x")}), ErrorKind::BadInput);

    // A cancelled one is not moved.
    const qint64 third = ams("2026-12-14T09:00");
    agenda.cancelInstance(id, third);
    EXPECT_EQ(refusedAs(id, third, times(ams("2026-12-15T09:00"), ams("2026-12-15T10:00"))),
              ErrorKind::BadInput);
}

TEST_F(OccurrenceChanges, AnInstanceMovedOntoAnotherAppointmentIsRefused)
{
    Appointment weekly =
        appointment(maarten, "Wekelijks", ams("2026-11-30T09:00"), ams("2026-11-30T10:00"));
    weekly.rrule = QStringLiteral("FREQ=WEEKLY");
    const QString id = agenda.add(weekly);
    agenda.add(appointment(maarten, "Klant", ams("2026-12-08T11:00"), ams("2026-12-08T12:00")));
    EXPECT_EQ(refusedAs(id, ams("2026-12-07T09:00"),
                        times(ams("2026-12-08T11:30"), ams("2026-12-08T12:30"))),
              ErrorKind::Refused);
    // Its own series' next instance counts as another appointment too.
    EXPECT_EQ(refusedAs(id, ams("2026-12-07T09:00"),
                        times(ams("2026-12-14T09:30"), ams("2026-12-14T10:30"))),
              ErrorKind::Refused);
    EXPECT_NO_THROW(agenda.changeOccurrence(
        id, ams("2026-12-07T09:00"), times(ams("2026-12-07T09:30"), ams("2026-12-07T10:30"))));
}

TEST_F(OccurrenceChanges, TheOccurrenceBeingMovedLeavesItsOwnTimeFree)
{
    clock.set(ams("2026-11-30T07:00"));
    const QString id = agenda.add(
        appointment(maarten, "Overleg", ams("2026-12-01T09:00"), ams("2026-12-01T16:00")));
    const QTimeZone zone("Europe/Amsterdam");
    AgendaRules rules(*db, agenda);
    // Booked from 9 to 16: one free hour for anyone else, the whole day for itself.
    EXPECT_EQ(rules.freeSlots({maarten}, QDate(2026, 12, 1), QDate(2026, 12, 1), 30, zone).size(),
              1);
    const Occurrence itself = on(id, "2026-12-01T00:00");
    const auto slots =
        rules.freeSlots({maarten}, QDate(2026, 12, 1), QDate(2026, 12, 1), 30, zone, itself);
    ASSERT_EQ(slots.size(), 1);
    EXPECT_EQ(slots[0], (Interval{ams("2026-12-01T09:00"), ams("2026-12-01T17:00")}));
}
