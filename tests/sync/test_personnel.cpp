// SPDX-License-Identifier: GPL-3.0-or-later
#include "Harness.h"

#include "core/common/Time.h"
#include "core/personnel/PersonnelRepo.h"
#include "core/store/Hlc.h"
#include "core/tasks/TaskRepo.h"
#include "sync/protocol/Protocol.h"

#include <QJsonArray>
#include <QThread>

using namespace spil;
using namespace spil::test;

// A sick leave (absences: who, from, until) reaches everyone; its reason and the company
// doctor's visits (absence_details) and the birth and start dates (personnel) reach only
// office managers and admins, directors neither; all three are written by office managers
// and admins only (docs/sync-protocol.md, "Permissions"). The demo office holds one sick
// leave (Noor's) and the personnel data of seven colleagues.
namespace {
const QStringList kPrivate = {QStringLiteral("personnel"), QStringLiteral("absence_details")};

qint64 rowsIn(Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}
} // namespace

TEST(Personnel, EveryoneSeesWhoIsAbsentAndOnlyTheOfficeManagerAndAdminsWhy)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    ASSERT_EQ(server.addAdmin(QStringLiteral("beheer")), 0);
    for (const char *user : {"maarten", "ingrid", "sanne", "lotte", "fatima", "joris", "noor"})
        EXPECT_EQ(
            pulledRecords(server, QString::fromLatin1(user), QStringLiteral("absences")).size(), 1)
            << user;
    for (const QString &kind : kPrivate) {
        for (const char *user : {"fatima", "beheer"})
            EXPECT_FALSE(pulledRecords(server, QString::fromLatin1(user), kind).isEmpty())
                << user << " " << kind.toStdString();
        // The sick colleague herself and the directors neither: it stays with the office
        // manager.
        for (const char *user : {"maarten", "ingrid", "sanne", "lotte", "joris", "noor"})
            EXPECT_TRUE(pulledRecords(server, QString::fromLatin1(user), kind).isEmpty())
                << user << " " << kind.toStdString();
    }
    // A staff member's device store holds who is absent and not a word of why.
    SyncedDevice joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(rowsIn(joris.db(), QStringLiteral("absences")), 1);
    for (const QString &kind : kPrivate)
        EXPECT_EQ(rowsIn(joris.db(), kind), 0) << kind.toStdString();
    const Absence absent = PersonnelRepo(joris.db()).absences().first();
    EXPECT_EQ(absent.personId, server.personId(QStringLiteral("noor")));
    EXPECT_FALSE(PersonnelRepo(joris.db()).detailsOf(absent.id));
    const HttpResult staff = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"),
                                            {}, server.login(QStringLiteral("joris")));
    for (const char *secret : {"Griep", "longontsteking", "doctor_visits", "birth_date", "1985-"})
        EXPECT_FALSE(staff.body.contains(secret)) << secret;
}

TEST(Personnel, AForgedOrForbiddenWriteIsRefusedWith403AndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString fatima = server.personId(QStringLiteral("fatima"));
    const QString sanne = server.personId(QStringLiteral("sanne"));
    const QString joris = server.personId(QStringLiteral("joris"));
    const QString fatimaToken = server.login(QStringLiteral("fatima"));
    const qint64 before = server.version(fatimaToken);
    const QString leave =
        pulledRecords(server, QStringLiteral("joris"), QStringLiteral("absences")).firstKey();
    const QString details = PersonnelRepo::detailsId(leave);
    const QString c1 = QStringLiteral("01900000-0000-7000-8000-0000000006c1");
    const QString newId = QStringLiteral("01900000-0000-7000-8000-0000000006e1");
    const QString stamp = HlcStamp{1'900'000'000'000, 0, c1}.toString();
    const QVariantMap absence{{QStringLiteral("person_id"), joris},
                              {QStringLiteral("from_date"), QStringLiteral("2026-12-01")},
                              {QStringLiteral("created_by"), joris}};
    QVariantMap forged = absence;
    forged.insert(QStringLiteral("created_by"), sanne);
    const struct {
        const char *user;
        QList<protocol::Change> changes;
        const char *code;
        const char *what;
    } refused[] = {
        {"joris", recordChanges(QStringLiteral("absences"), newId, absence, c1), "forbidden",
         "staff report themselves sick"},
        {"sanne",
         {{QStringLiteral("absences"), leave, QStringLiteral("until_date"),
           QStringLiteral("2026-12-02"), stamp}},
         "forbidden",
         "an assistant ends a sick leave"},
        {"maarten",
         {{QStringLiteral("absences"), leave, QStringLiteral("deleted"), true, stamp}},
         "forbidden",
         "a director removes a sick leave"},
        {"sanne",
         {{QStringLiteral("absence_details"), details, QStringLiteral("reason"),
           QStringLiteral("Gezien"), stamp}},
         "forbidden",
         "an assistant writes a reason"},
        {"maarten",
         recordChanges(QStringLiteral("personnel"), newId,
                       {{QStringLiteral("person_id"), sanne},
                        {QStringLiteral("birth_date"), QStringLiteral("1991-12-03")}},
                       c1),
         "forbidden", "a director enters a birth date"},
        {"fatima", recordChanges(QStringLiteral("absences"), newId, forged, c1), "forged_author",
         "a sick leave entered in someone else's name"},
    };
    for (const auto &r : refused) {
        const HttpResult answer =
            pushChanges(server, server.login(QString::fromLatin1(r.user)), c1, r.changes);
        EXPECT_EQ(answer.status, 403) << r.what << ": " << answer.body.constData();
        EXPECT_EQ(answer.errorCode(), QString::fromLatin1(r.code)) << r.what;
    }
    EXPECT_EQ(server.version(fatimaToken), before) << "a refused push stored something";

    // What she may do goes through: a sick leave with its reason in one push.
    QVariantMap own = absence;
    own.insert(QStringLiteral("created_by"), fatima);
    QList<protocol::Change> both = recordChanges(QStringLiteral("absences"), newId, own, c1);
    both += recordChanges(
        QStringLiteral("absence_details"), PersonnelRepo::detailsId(newId),
        {{QStringLiteral("absence_id"), newId},
         {QStringLiteral("reason"), QStringLiteral("Verstuikte enkel")},
         {QStringLiteral("doctor_visits"), QStringList{QStringLiteral("2026-12-03T09:30")}}},
        c1);
    const HttpResult accepted = pushChanges(server, fatimaToken, c1, both);
    EXPECT_EQ(accepted.status, 200) << accepted.body.constData();
    EXPECT_TRUE(
        pulledRecords(server, QStringLiteral("sanne"), QStringLiteral("absences")).contains(newId));
    EXPECT_FALSE(pulledRecords(server, QStringLiteral("maarten"), QStringLiteral("absence_details"))
                     .contains(PersonnelRepo::detailsId(newId)));
}

TEST(Personnel, BadInputOnEveryNewKindAndFieldIsRefusedAndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("fatima"));
    const qint64 before = server.version(token);
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000006b1");
    const QString id = QStringLiteral("01900000-0000-7000-8000-0000000006b2");
    expectBadRequests(
        server, token, client, id,
        {
            {"personnel", "person_id", 7, "a person that is a number"},
            {"personnel", "birth_date", QStringLiteral("03-12-1991"), "a Dutch date"},
            {"personnel", "birth_date", QStringLiteral("1991-02-30"), "a day that never was"},
            {"personnel", "birth_date", QStringLiteral("1991-12-03T00:00"), "a date with a time"},
            {"personnel", "start_date", 20161201, "a start date that is a number"},
            {"personnel", "onboarding_run_id", QJsonArray{}, "a run that is a list"},
            {"personnel", "salary", 4200, "a field personnel do not have"},
            {"absences", "person_id", QJsonArray{}, "an absent person that is a list"},
            {"absences", "from_date", QStringLiteral("tomorrow"), "a first day in words"},
            {"absences", "from_date", qint64(1'790'000'000'000), "a first day in milliseconds"},
            {"absences", "until_date", true, "a last day that is true"},
            {"absences", "until_date", QStringLiteral("2026-13-01"), "a thirteenth month"},
            {"absences", "created_by", 5, "a creator that is a number"},
            {"absences", "reason", QStringLiteral("Griep"), "a reason where everyone reads it"},
            {"absence_details", "absence_id", QJsonValue(), "a leave that is null"},
            {"absence_details", "reason", 3, "a reason that is a number"},
            {"absence_details", "doctor_visits", QStringLiteral("2026-12-01T10:00"),
             "visits as one text"},
            {"absence_details", "doctor_visits", QJsonArray{QStringLiteral("next week")},
             "a visit in words"},
            {"absence_details", "doctor_visits", QJsonArray{QStringLiteral("2026-12-01 10:00")},
             "a visit without the T"},
            {"absence_details", "doctor_visits", QJsonArray{5}, "a visit that is a number"},
            {"absence_details", "diagnosis", QStringLiteral("x"), "a field details do not have"},
        });
    // Details of a sick leave the server does not hold.
    const HttpResult orphan =
        pushChanges(server, token, client,
                    recordChanges(QStringLiteral("absence_details"), id,
                                  {{QStringLiteral("absence_id"),
                                    QStringLiteral("01900000-0000-7000-8000-0000000000ff")}},
                                  client));
    EXPECT_EQ(orphan.status, 400) << orphan.body.constData();
    EXPECT_EQ(orphan.errorCode(), QStringLiteral("unknown_parent"));
    EXPECT_EQ(server.version(token), before) << "a refused push stored something";
}

TEST(Personnel, RemindersMadeOnTwoDevicesOfflineArriveOnce)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice tablet(server, QStringLiteral("fatima")), phone(server, QStringLiteral("fatima"));
    SyncedDevice joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(tablet.sync());
    ASSERT_TRUE(phone.sync());
    const QString fatima = tablet.personId();
    // The office's date, as the demo placed its dates and as the app asks: near midnight the
    // machine's own date is another day than Amsterdam's.
    const QTimeZone zone(QByteArray("Europe/Amsterdam"));
    const QDate today = dateIn(QDateTime::currentMSecsSinceEpoch(), zone);
    const QStringList onTablet =
        PersonnelRepo(tablet.db())
            .makeReminderTasks(today, fatima, fatima, zone, QStringLiteral("nl"));
    const QStringList onPhone =
        PersonnelRepo(phone.db())
            .makeReminderTasks(today, fatima, fatima, zone, QStringLiteral("en"));
    // The demo's birthday in three days, its anniversary in five and the sick leave of a week.
    ASSERT_GE(onTablet.size(), 3);
    EXPECT_EQ(onTablet, onPhone);
    ASSERT_TRUE(tablet.sync());
    ASSERT_TRUE(phone.sync());
    ASSERT_TRUE(tablet.sync());
    EXPECT_EQ(tablet.db().rejectedCount(), 0);
    EXPECT_EQ(phone.db().rejectedCount(), 0);
    const auto tasks = pulledRecords(server, QStringLiteral("fatima"), QStringLiteral("tasks"));
    for (const QString &id : onTablet) {
        ASSERT_TRUE(tasks.contains(id));
        EXPECT_EQ(tasks.value(id).value(QStringLiteral("assignee")).toString(), fatima);
        // One title won the merge, and the other device holds the same.
        EXPECT_EQ(TaskRepo(tablet.db()).byId(id)->title, TaskRepo(phone.db()).byId(id)->title);
    }
    // Neither device makes them again, and staff never receive them.
    EXPECT_TRUE(PersonnelRepo(phone.db())
                    .makeReminderTasks(today, fatima, fatima, zone, QStringLiteral("nl"))
                    .isEmpty());
    ASSERT_TRUE(joris.sync());
    for (const QString &id : onTablet)
        EXPECT_FALSE(TaskRepo(joris.db()).byId(id)) << id.toStdString();
}

TEST(Personnel, ASickLeaveEnteredOnTheTabletReachesStaffAsAbsentOnlyAndEndsEverywhere)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice tablet(server, QStringLiteral("fatima")), phone(server, QStringLiteral("fatima"));
    SyncedDevice joris(server, QStringLiteral("joris")), maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(tablet.sync());
    const QString pieter = server.personId(QStringLiteral("pieter"));
    const QDate today =
        dateIn(QDateTime::currentMSecsSinceEpoch(), QTimeZone(QByteArray("Europe/Amsterdam")));
    PersonnelRepo repo(tablet.db());
    const QString leave = repo.addAbsence(
        {.personId = pieter, .from = today, .createdBy = tablet.personId()},
        {.reason = QStringLiteral("Hernia"), .doctorVisits = {QStringLiteral("2030-01-07T11:00")}});
    ASSERT_TRUE(tablet.sync());
    ASSERT_TRUE(joris.sync());
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(phone.sync());
    EXPECT_EQ(PersonnelRepo(joris.db()).absentOn(today).size(), 2);
    EXPECT_EQ(rowsIn(joris.db(), QStringLiteral("absence_details")), 0);
    EXPECT_EQ(rowsIn(maarten.db(), QStringLiteral("absence_details")), 0);
    EXPECT_FALSE(joris.db().scalar(QStringLiteral("SELECT 1 FROM outbox")).isValid());
    EXPECT_EQ(PersonnelRepo(phone.db()).detailsOf(leave)->reason, QStringLiteral("Hernia"));

    // Two reasons written offline: the losing one is in the conflict log, for the office
    // manager only.
    PersonnelRepo(phone.db())
        .updateDetails(leave, {.reason = QStringLiteral("Hernia, rugklachten")});
    QThread::msleep(5);
    repo.updateDetails(leave, {.reason = QStringLiteral("Hernia, operatie gepland")});
    ASSERT_TRUE(tablet.sync()); // the later edit reaches the server first
    ASSERT_TRUE(phone.sync());  // the earlier one loses its merge
    ASSERT_TRUE(tablet.sync());
    const auto conflictsOf = [&](const char *user) {
        return server
            .request("GET", QStringLiteral("/v1/conflicts"), {},
                     server.login(QString::fromLatin1(user)))
            .body;
    };
    EXPECT_TRUE(conflictsOf("fatima").contains("Hernia, rugklachten"));
    for (const char *user : {"joris", "maarten", "sanne"})
        EXPECT_FALSE(conflictsOf(user).contains("Hernia")) << user;

    // Ended on the phone; the staff member's device sees him back.
    PersonnelRepo(phone.db()).endAbsence(leave, today);
    ASSERT_TRUE(phone.sync());
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(PersonnelRepo(joris.db()).absence(leave)->until, today);
    EXPECT_TRUE(PersonnelRepo(joris.db()).absentOn(today.addDays(1)).size() == 1);
    // Removed on the tablet: gone everywhere with its details.
    ASSERT_TRUE(tablet.sync());
    repo.removeAbsence(leave);
    ASSERT_TRUE(tablet.sync());
    ASSERT_TRUE(phone.sync());
    ASSERT_TRUE(joris.sync());
    EXPECT_FALSE(PersonnelRepo(joris.db()).absence(leave));
    EXPECT_FALSE(PersonnelRepo(phone.db()).detailsOf(leave));
}
