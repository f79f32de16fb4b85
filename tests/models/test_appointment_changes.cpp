// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "core/agenda/AgendaRepo.h"
#include "qml/agenda/AppointmentDetails.h"
#include "qml/agenda/BookingForm.h"

#include <QSignalSpy>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

// Moving and editing an appointment from its page, with undo.
class AppointmentChanges : public AppFixture {
protected:
    Occurrence find(const QString &title, const char *dayStart)
    {
        const qint64 from = at(dayStart);
        for (const Occurrence &o :
             AgendaRepo(*app->office()->store())
                 .occurrences(idOf("maarten"), from, from + 24 * 3600 * 1000LL,
                              app->office()->localZone()))
            if (o.appointment.title == title)
                return o;
        return {};
    }
    void open(AppointmentDetails &details, const Occurrence &o)
    {
        details.setAppointmentId(o.appointment.id);
        details.setStartUtc(double(o.startUtc));
    }
    const QString lunch = QStringLiteral("Lunch met wethouder Van Dijk");
};

TEST_F(AppointmentChanges, AMoveIsCheckedLikeABookingFollowedByThePageAndUndone)
{
    start(QStringLiteral("assistant"));
    const Occurrence o = find(lunch, "2026-12-01T00:00:00+01:00");
    ASSERT_FALSE(o.appointment.id.isEmpty());
    AppointmentDetails details(app->office(), app->people());
    open(details, o);
    ASSERT_TRUE(details.canEdit());
    EXPECT_EQ(details.minutes(), 90);
    QSignalSpy done(&details, &AppointmentDetails::changeDone);

    // Onto the call with the accountant: refused, saying with what.
    EXPECT_FALSE(details.moveTo(double(at("2026-12-01T13:00:00+01:00")), 60));
    EXPECT_TRUE(details.refusal().contains(QStringLiteral("Call met de accountant")))
        << details.refusal().toStdString();
    // Into Maarten's prep time before Thursday's presentation: refused, saying whose.
    EXPECT_FALSE(details.moveTo(double(at("2026-12-03T12:30:00+01:00")), 60));
    EXPECT_TRUE(details.refusal().contains(QStringLiteral("keeps free to prepare")))
        << details.refusal().toStdString();
    EXPECT_EQ(done.count(), 0);
    EXPECT_EQ(find(lunch, "2026-12-01T00:00:00+01:00").startUtc, o.startUtc);

    // Free slots for the move leave the lunch's own time free (the call at 13:00 stays busy).
    BookingForm form(app->office(), app->people());
    form.setMoving(details.shownId(), details.recurrenceIdUtc());
    form.setDayIndex(1);
    form.findSlots();
    ASSERT_FALSE(form.freeSlots().isEmpty());
    EXPECT_EQ(form.freeSlots().constFirst().time, QStringLiteral("09:00 – 13:00"));

    // To a free afternoon: the page follows it there; undo brings it back.
    const qint64 wednesday = at("2026-12-02T14:00:00+01:00");
    ASSERT_TRUE(details.moveTo(double(wednesday), 90));
    EXPECT_TRUE(details.refusal().isEmpty());
    EXPECT_EQ(done.count(), 1);
    EXPECT_EQ(qint64(details.occurrenceStartUtc()), wednesday);
    EXPECT_EQ(find(lunch, "2026-12-02T00:00:00+01:00").startUtc, wednesday);
    EXPECT_TRUE(find(lunch, "2026-12-01T00:00:00+01:00").appointment.id.isEmpty());
    details.undoChange();
    EXPECT_EQ(qint64(details.occurrenceStartUtc()), o.startUtc);
    EXPECT_EQ(find(lunch, "2026-12-01T00:00:00+01:00").startUtc, o.startUtc);

    // Forced, it goes onto the call after all.
    EXPECT_FALSE(details.moveTo(double(at("2026-12-01T13:00:00+01:00")), 60));
    EXPECT_TRUE(details.moveTo(double(at("2026-12-01T13:00:00+01:00")), 60, true));
    EXPECT_EQ(details.minutes(), 60);
}

TEST_F(AppointmentChanges, AnEditChangesTheTextsAndLengthAndIsUndone)
{
    start(QStringLiteral("assistant"));
    AppointmentDetails details(app->office(), app->people());
    open(details, find(lunch, "2026-12-01T00:00:00+01:00"));
    ASSERT_TRUE(details.canSetConfidential()); // Sanne serves Maarten
    ASSERT_TRUE(details.edit(QStringLiteral("Lunch met de wethouder"), QStringLiteral("Stadhuis"),
                             60, QStringLiteral("Nota lezen"), true));
    EXPECT_EQ(details.title(), QStringLiteral("Lunch met de wethouder"));
    EXPECT_EQ(details.place(), QStringLiteral("Stadhuis"));
    EXPECT_EQ(details.readFirst(), QStringLiteral("Nota lezen"));
    EXPECT_TRUE(details.confidential());
    EXPECT_EQ(details.minutes(), 60);
    EXPECT_TRUE(details.warnings().isEmpty()); // 12:00-13:00 no longer meets the 13:00 call

    // Longer again, onto the call: refused until forced.
    EXPECT_FALSE(details.edit(details.title(), details.place(), 120, details.readFirst(), true));
    EXPECT_FALSE(details.refusal().isEmpty());
    details.undoChange();
    EXPECT_EQ(details.title(), lunch);
    EXPECT_TRUE(details.place() != QStringLiteral("Stadhuis"));
    EXPECT_FALSE(details.confidential());
    EXPECT_EQ(details.minutes(), 90);
}

TEST_F(AppointmentChanges, OneOfASeriesMovesAloneAndKeepsTheSeriesNotes)
{
    start(QStringLiteral("assistant"));
    const QString weekly = QStringLiteral("Managementteam-overleg");
    AppointmentDetails details(app->office(), app->people());
    open(details, find(weekly, "2026-12-28T00:00:00+01:00"));
    ASSERT_TRUE(details.recurring());
    ASSERT_TRUE(details.canEdit());
    EXPECT_FALSE(details.canSetConfidential()); // the whole series' matter
    const qint64 tuesday = at("2026-12-29T14:00:00+01:00");
    ASSERT_TRUE(details.moveTo(double(tuesday), 90));
    EXPECT_TRUE(find(weekly, "2026-12-28T00:00:00+01:00").appointment.id.isEmpty());
    EXPECT_EQ(find(weekly, "2026-12-29T00:00:00+01:00").startUtc, tuesday);
    EXPECT_FALSE(find(weekly, "2027-01-04T00:00:00+01:00").appointment.id.isEmpty());

    // Renamed there, it is still the one of the 28th that changes; notes are not touched.
    ASSERT_TRUE(details.edit(QStringLiteral("MT (verplaatst)"), details.place(), 90,
                             QStringLiteral("ignored"), false));
    EXPECT_EQ(details.title(), QStringLiteral("MT (verplaatst)"));
    EXPECT_EQ(find(weekly, "2027-01-04T00:00:00+01:00").appointment.title, weekly);
    details.undoChange();
    details.undoChange(); // one step of undo: the move stays
    EXPECT_EQ(find(weekly, "2026-12-29T00:00:00+01:00").appointment.title, weekly);
    EXPECT_EQ(find(weekly, "2026-12-29T00:00:00+01:00").startUtc, tuesday);
}

TEST_F(AppointmentChanges, WhoMayChangeWhatFollowsTheServersRules)
{
    start(QStringLiteral("office-manager"));
    AppointmentDetails details(app->office(), app->people());
    open(details, find(lunch, "2026-12-01T00:00:00+01:00"));
    EXPECT_TRUE(details.canEdit());
    EXPECT_FALSE(details.canSetConfidential()); // she could not write it afterwards
    AppointmentDetails secret(app->office(), app->people());
    open(secret,
         find(QStringLiteral("Reorganisatie: gesprek met HR"), "2026-12-02T00:00:00+01:00"));
    ASSERT_TRUE(secret.found());
    EXPECT_FALSE(secret.canEdit());
    EXPECT_FALSE(secret.canCancel()) << "confidential: its owner's side cancels it";
    EXPECT_FALSE(secret.moveTo(double(at("2026-12-02T15:00:00+01:00")), 60));
}

// Staff read a director's day but write none of it: the server would refuse a cancel, so
// the page offers none (it said "Cancelled" while the server had refused it).
TEST_F(AppointmentChanges, StaffNeitherChangeNorCancelADirectorsAppointment)
{
    start(QStringLiteral("staff"));
    AppointmentDetails details(app->office(), app->people());
    open(details, find(lunch, "2026-12-01T00:00:00+01:00"));
    ASSERT_TRUE(details.found());
    EXPECT_FALSE(details.canEdit());
    EXPECT_FALSE(details.canCancel());
    EXPECT_FALSE(details.cancel());
    EXPECT_TRUE(details.statusText().isEmpty()) << "nothing was cancelled on the device";
}
