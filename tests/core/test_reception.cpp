// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/reception/ReceptionRepo.h"
#include "core/reception/VisitorArrivals.h"

#include <QSet>

using namespace spil;
using namespace spil::test;

namespace {
// The store's clock stands at Thursday 26 November 2026, 09:00 in Amsterdam.
class Reception : public StoreTest {
protected:
    Reception()
    {
        maarten = addPerson("Maarten Verhoeven", Role::Director);
        sanne = addPerson("Sanne Jansen", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
        fatima = addPerson("Fatima El Amrani", Role::OfficeManager);
        joris = addPerson("Joris Bakker", Role::Staff);
    }
    QString meeting(const char *title, const char *start, QStringList attendees)
    {
        Appointment a = appointment(maarten, title, in("Europe/Amsterdam", start),
                                    in("Europe/Amsterdam", start) + 3600 * 1000);
        a.attendees = std::move(attendees);
        return AgendaRepo(*db).add(a);
    }
    ExpectedVisitor rowNamed(const QString &name)
    {
        for (const ExpectedVisitor &row : repo.day(today, zone)) {
            if (row.name == name)
                return row;
        }
        ADD_FAILURE() << "no row " << name.toStdString();
        return {};
    }
    QSet<QString> changedFields()
    {
        const auto changes = lastActionChanges(*db);
        return QSet<QString>(changes.keyBegin(), changes.keyEnd());
    }
    const QTimeZone zone{QByteArray("Europe/Amsterdam")};
    const QDate today{2026, 11, 26};
    QString maarten, sanne, fatima, joris;
    ReceptionRepo repo{*db};
};
} // namespace

TEST_F(Reception, TheDaysListMergesOutsideAttendeesWithVisitorsByHandInTimeOrder)
{
    meeting("Overleg gemeente", "2026-11-26T14:00:00", {sanne, QStringLiteral("Wethouder Kok")});
    meeting("Sollicitatie", "2026-11-26T10:30:00", {QStringLiteral("Eva Mulder"), fatima});
    meeting("Morgen", "2026-11-27T10:00:00", {QStringLiteral("Niet vandaag")});
    Appointment cancelled =
        appointment(maarten, "Afgezegd", in("Europe/Amsterdam", "2026-11-26T11:00:00"),
                    in("Europe/Amsterdam", "2026-11-26T12:00:00"));
    cancelled.attendees = {QStringLiteral("Komt niet")};
    cancelled.status = AppointmentStatus::Cancelled;
    AgendaRepo(*db).add(cancelled);
    repo.add({.name = QStringLiteral("  Koerier   PostNL "),
              .organisation = QStringLiteral("PostNL"),
              .expectedUtc = in("Europe/Amsterdam", "2026-11-26T12:00:00"),
              .host = fatima});

    const QList<ExpectedVisitor> day = repo.day(today, zone);
    ASSERT_EQ(day.size(), 3);
    EXPECT_EQ(day[0].name, QStringLiteral("Eva Mulder"));
    EXPECT_EQ(day[0].appointmentTitle, QStringLiteral("Sollicitatie"));
    EXPECT_EQ(day[0].host, maarten);
    EXPECT_EQ(day[1].name, QStringLiteral("Koerier PostNL"));
    EXPECT_EQ(day[1].host, fatima);
    EXPECT_TRUE(day[1].appointmentId.isEmpty());
    EXPECT_EQ(day[2].name, QStringLiteral("Wethouder Kok"));
    for (const ExpectedVisitor &row : day)
        EXPECT_EQ(row.checkedInAt, 0);
}

TEST_F(Reception, AnAttendeesIdIsMadeFromTheAppointmentTheOccurrenceAndTheNameFolded)
{
    const QString a = QStringLiteral("01900000-0000-7000-8000-000000000001");
    const QString id = visitorIdFor(a, 1000, QStringLiteral("Eva Mulder"));
    EXPECT_EQ(id, visitorIdFor(a, 1000, QStringLiteral("  eva mulder ")));
    EXPECT_NE(id, visitorIdFor(a, 2000, QStringLiteral("Eva Mulder"))) << "next week's meeting";
    EXPECT_NE(id, visitorIdFor(QStringLiteral("01900000-0000-7000-8000-000000000002"), 1000,
                               QStringLiteral("Eva Mulder")));
    EXPECT_NE(id, visitorIdFor(a, 1000, QStringLiteral("Eva Muller")));
    EXPECT_EQ(id.size(), 36);
    EXPECT_EQ(id.at(14), QLatin1Char('8')) << "a UUID of version 8";
}

TEST_F(Reception, CheckingInAnAttendeeMakesOneRecordUnderItsRowsIdAndIsAnIntent)
{
    meeting("Sollicitatie", "2026-11-26T10:30:00", {QStringLiteral("Eva Mulder")});
    const ExpectedVisitor row = rowNamed(QStringLiteral("Eva Mulder"));
    EXPECT_FALSE(repo.visitor(row.visitorId));
    EXPECT_EQ(repo.checkIn(row, fatima), row.visitorId);
    const auto v = repo.visitor(row.visitorId);
    ASSERT_TRUE(v);
    EXPECT_EQ(v->checkedInAt, clock.nowMs());
    EXPECT_EQ(v->checkedInBy, fatima);
    EXPECT_EQ(v->host, maarten);
    EXPECT_EQ(rowNamed(QStringLiteral("Eva Mulder")).checkedInAt, clock.nowMs());
    EXPECT_EQ(repo.day(today, zone).size(), 1) << "the record takes the attendee's row";

    // A second desk a minute later changes nothing: the first check-in stands.
    const qint64 first = clock.nowMs();
    clock.set(first + 60'000);
    const qint64 pending = db->pendingCount();
    repo.checkIn(rowNamed(QStringLiteral("Eva Mulder")), sanne);
    EXPECT_EQ(db->pendingCount(), pending);
    EXPECT_EQ(repo.visitor(row.visitorId)->checkedInAt, first);
    EXPECT_EQ(repo.visitor(row.visitorId)->checkedInBy, fatima);
}

TEST_F(Reception, UndoingACheckInWritesOnlyTheCheckInFieldsAndTheVisitorIsExpectedAgain)
{
    const QString id = repo.add({.name = QStringLiteral("Koerier"),
                                 .expectedUtc = in("Europe/Amsterdam", "2026-11-26T12:00:00"),
                                 .host = fatima,
                                 .createdBy = fatima});
    repo.checkIn(rowNamed(QStringLiteral("Koerier")), fatima);
    EXPECT_EQ(changedFields(), (QSet<QString>{QStringLiteral("visitors.checked_in_at"),
                                              QStringLiteral("visitors.checked_in_by")}));
    repo.undoCheckIn(id);
    EXPECT_EQ(changedFields(), (QSet<QString>{QStringLiteral("visitors.checked_in_at"),
                                              QStringLiteral("visitors.checked_in_by")}));
    EXPECT_FALSE(repo.visitor(id)->checkedIn());
    EXPECT_TRUE(repo.visitor(id)->checkedInBy.isEmpty());
    EXPECT_THROW(repo.undoCheckIn(QStringLiteral("nobody")), Error);
}

TEST_F(Reception, AVisitorByHandNeedsANameAndAHostOfTheOffice)
{
    EXPECT_THROW(repo.add({.name = QStringLiteral("  "), .host = fatima}), Error);
    EXPECT_THROW(repo.add({.name = QStringLiteral("Iemand"), .host = QStringLiteral("x")}), Error);
    const QString id = repo.add({.name = QStringLiteral("Iemand"), .host = fatima});
    EXPECT_EQ(repo.visitor(id)->expectedUtc, clock.nowMs()) << "a walk-in is expected now";
}

TEST_F(Reception, NamesAreForgottenTheRetentionsDaysAfterTheDayOfTheVisit)
{
    const qint64 visit = utc("2026-11-26T10:00:00Z");
    EXPECT_FALSE(nameForgotten(visit, 0, 0, utc("2026-11-26T23:59:59Z")));
    EXPECT_TRUE(nameForgotten(visit, 0, 0, utc("2026-11-27T00:00:00Z")));
    EXPECT_FALSE(nameForgotten(visit, 0, 30, utc("2026-12-26T23:59:00Z")));
    EXPECT_TRUE(nameForgotten(visit, 0, 30, utc("2026-12-27T00:00:00Z")));
    // Checked in on a later day than expected: counted from the check-in.
    EXPECT_FALSE(nameForgotten(visit, utc("2026-11-28T09:00:00Z"), 1, utc("2026-11-29T12:00:00Z")));
    EXPECT_FALSE(nameForgotten(0, 0, 0, utc("2030-01-01T00:00:00Z"))) << "no time, no day";
}

// The agenda still names who attended a meeting long ago; the reception's list of that day
// does not, once the office's retention has passed: its rows keep when and for whom.
TEST_F(Reception, ADayPastTheRetentionListsItsVisitsWithoutNames)
{
    clock.set(in("Europe/Amsterdam", "2026-11-26T09:00:00"));
    meeting("Kennismaking", "2026-10-15T10:00:00", {QStringLiteral("Mark de Wit")});
    meeting("Vervolg", "2026-11-20T10:00:00", {QStringLiteral("Mark de Wit")});
    repo.add({.name = QStringLiteral("Koerier"),
              .organisation = QStringLiteral("PostNL"),
              .expectedUtc = in("Europe/Amsterdam", "2026-10-15T12:00:00"),
              .host = fatima});
    const QList<ExpectedVisitor> old = repo.day(QDate(2026, 10, 15), zone);
    ASSERT_EQ(old.size(), 2);
    for (const ExpectedVisitor &row : old) {
        EXPECT_TRUE(row.name.isEmpty()) << row.name.toStdString();
        EXPECT_TRUE(row.organisation.isEmpty());
        EXPECT_FALSE(row.host.isEmpty());
    }
    const QList<ExpectedVisitor> recent = repo.day(QDate(2026, 11, 20), zone);
    ASSERT_EQ(recent.size(), 1);
    EXPECT_EQ(recent[0].name, QStringLiteral("Mark de Wit"));
    repo.setRetentionDays(60);
    EXPECT_EQ(repo.day(QDate(2026, 10, 15), zone)[0].name, QStringLiteral("Mark de Wit"));
}

TEST_F(Reception, TheInstantNamesAreForgottenBeforeAgreesWithTheRule)
{
    // The server's sweep asks its store for visits before this instant, then applies the
    // rule: the two must choose the same visitors, at every hour around a day's edges.
    const qint64 hour = 3600LL * 1000;
    const qint64 from = utc("2026-11-20T00:00:00Z");
    for (const int days : {0, 1, 7, 30}) {
        for (qint64 now = from + 6 * hour; now < from + 40 * 24 * hour; now += 7 * hour) {
            const qint64 before = namesForgottenBefore(days, now);
            for (qint64 visit = from; visit < now; visit += 5 * hour) {
                for (const qint64 in : {qint64(0), visit + 2 * hour}) {
                    ASSERT_EQ(nameForgotten(visit, in, days, now), visit < before && in < before)
                        << days << " days, visit " << visit << ", in " << in << ", now " << now;
                }
            }
        }
    }
    EXPECT_EQ(namesForgottenBefore(7, utc("2026-12-04T15:00:00Z")), utc("2026-11-27T00:00:00Z"));
}

TEST_F(Reception, TheRetentionIsOneOfficeSettingWithADefault)
{
    EXPECT_EQ(repo.retentionDays(), kDefaultVisitorRetentionDays);
    repo.setRetentionDays(14);
    EXPECT_EQ(repo.retentionDays(), 14);
    repo.setRetentionDays(7);
    EXPECT_EQ(changedFields(),
              QSet<QString>{QStringLiteral("reception_settings.visitor_retention_days")});
    EXPECT_EQ(repo.retentionDays(), 7);
    EXPECT_THROW(repo.setRetentionDays(-1), Error);
    EXPECT_THROW(repo.setRetentionDays(kMaxVisitorRetentionDays + 1), Error);
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT COUNT(*) FROM reception_settings")).toInt(), 1);
}

TEST_F(Reception, TheSearchFindsAVisitorByAnyPartOfTheNameOrOrganisationFolded)
{
    meeting("Sollicitatie", "2026-11-26T10:30:00", {QStringLiteral("Eva Mülder")});
    repo.add({.name = QStringLiteral("Koerier"),
              .organisation = QStringLiteral("PostNL"),
              .expectedUtc = in("Europe/Amsterdam", "2026-11-26T12:00:00"),
              .host = fatima});
    const auto day = repo.day(today, zone);
    EXPECT_EQ(findVisitors(day, QStringLiteral("mul")).size(), 1);
    EXPECT_EQ(findVisitors(day, QStringLiteral("EVA mu")).size(), 1);
    EXPECT_EQ(findVisitors(day, QStringLiteral("postnl")).first().name, QStringLiteral("Koerier"));
    EXPECT_TRUE(findVisitors(day, QStringLiteral("eva postnl")).isEmpty());
    EXPECT_EQ(findVisitors(day, QString()).size(), 2);
}

TEST_F(Reception, AnArrivalIsAnnouncedOnceToTheHostAndTheirAssistantOnly)
{
    meeting("Sollicitatie", "2026-11-26T10:30:00", {QStringLiteral("Eva Mulder")});
    const QString id = repo.checkIn(rowNamed(QStringLiteral("Eva Mulder")), fatima);
    for (const QString &person : {maarten, sanne}) {
        VisitorArrivals arrivals;
        const auto told = arrivals.take(*db, {id}, person);
        ASSERT_EQ(told.size(), 1);
        EXPECT_EQ(told.first().name, QStringLiteral("Eva Mulder"));
        EXPECT_TRUE(arrivals.take(*db, {id}, person).isEmpty()) << "once";
    }
    for (const QString &person : {fatima, joris})
        EXPECT_TRUE(VisitorArrivals().take(*db, {id}, person).isEmpty());
    // A check-in of long ago is history, not news.
    clock.set(clock.nowMs() + VisitorArrivals::kArrivalFreshMs + 1);
    EXPECT_TRUE(VisitorArrivals().take(*db, {id}, maarten).isEmpty());
}
