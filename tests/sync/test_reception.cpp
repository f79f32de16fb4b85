// SPDX-License-Identifier: GPL-3.0-or-later
#include "Harness.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Time.h"
#include "core/reception/ReceptionRepo.h"
#include "core/store/Hlc.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/Admin.h"

#include <QJsonArray>

using namespace spil;
using namespace spil::test;

// A visitor reaches its host, office managers, assistants and admins, and nobody else in
// any form; one of an appointment follows the appointment too, so a confidential meeting's
// visitor reaches only who reads the meeting in full. The office's retention setting is
// written by office managers and admins (docs/sync-protocol.md, "Permissions"). The demo
// office expects four visitors today: Karin Hofstede and Ruud Verbeek for Maarten's client
// meeting, Els van der Meer for Ingrid and a courier for Fatima.
namespace {
qint64 rowsIn(Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}

QString appointmentTitled(const ServerProcess &server, const char *title)
{
    const auto all =
        pulledRecords(server, QStringLiteral("maarten"), QStringLiteral("appointments"));
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it->value(QStringLiteral("title")).toString() == QString::fromUtf8(title))
            return it.key();
    }
    return {};
}

QList<protocol::Change> visitorChanges(const QString &id, const QString &host,
                                       const QString &appointment, const QString &by,
                                       const QString &client, const char *name = "Bezoeker")
{
    return recordChanges(QStringLiteral("visitors"), id,
                         {{QStringLiteral("name"), QString::fromUtf8(name)},
                          {QStringLiteral("organisation"), QStringLiteral("Extern BV")},
                          {QStringLiteral("expected_utc"), qint64(1'900'000'000'000)},
                          {QStringLiteral("host"), host},
                          {QStringLiteral("appointment_id"), appointment},
                          {QStringLiteral("checked_in_at"), QVariant()},
                          {QStringLiteral("checked_in_by"), QString()},
                          {QStringLiteral("created_by"), by}},
                         client);
}
} // namespace

TEST(Reception, VisitorNamesReachTheReceptionAndTheirHostAndNoOtherColleague)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    ASSERT_EQ(server.addAdmin(QStringLiteral("beheer")), 0);
    const QString kind = QStringLiteral("visitors");
    for (const char *user : {"fatima", "sanne", "lotte", "beheer"})
        EXPECT_EQ(pulledRecords(server, QString::fromLatin1(user), kind).size(), 4) << user;
    EXPECT_EQ(pulledRecords(server, QStringLiteral("maarten"), kind).size(), 2) << "his guests";
    EXPECT_EQ(pulledRecords(server, QStringLiteral("ingrid"), kind).size(), 1) << "her guest";
    for (const char *user : {"joris", "noor", "pieter"})
        EXPECT_TRUE(pulledRecords(server, QString::fromLatin1(user), kind).isEmpty()) << user;
    for (const char *user : {"maarten", "joris"})
        EXPECT_EQ(
            pulledRecords(server, QString::fromLatin1(user), QStringLiteral("reception_settings"))
                .size(),
            1)
            << user;

    // A staff member's device store holds no visitor, and the pull no visitor's name.
    SyncedDevice joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(rowsIn(joris.db(), kind), 0);
    EXPECT_GT(rowsIn(joris.db(), QStringLiteral("appointments")), 0);
    const HttpResult staff = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"),
                                            {}, server.login(QStringLiteral("joris")));
    for (const char *name : {"Karin Hofstede", "Ruud Verbeek", "Els van der Meer", "Keurmerk"})
        EXPECT_FALSE(staff.body.contains(name)) << name;
}

TEST(Reception, AConfidentialMeetingsVisitorFollowsTheMeeting)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString hr = appointmentTitled(server, "Reorganisatie: gesprek met HR");
    ASSERT_FALSE(hr.isEmpty());
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QString sanne = server.personId(QStringLiteral("sanne"));
    const QString c1 = QStringLiteral("01900000-0000-7000-8000-0000000018c1");
    const QString id = QStringLiteral("01900000-0000-7000-8000-0000000018e1");
    const HttpResult pushed =
        pushChanges(server, server.login(QStringLiteral("sanne")), c1,
                    visitorChanges(id, maarten, hr, sanne, c1, "Adviseur Reorganisatie"));
    ASSERT_EQ(pushed.status, 200) << pushed.body.constData();
    for (const char *user : {"maarten", "sanne", "lotte"})
        EXPECT_TRUE(pulledRecords(server, QString::fromLatin1(user), QStringLiteral("visitors"))
                        .contains(id))
            << user;
    // The office manager reads the meeting as a busy block only: its visitor not at all.
    for (const char *user : {"fatima", "ingrid", "joris"})
        EXPECT_FALSE(pulledRecords(server, QString::fromLatin1(user), QStringLiteral("visitors"))
                         .contains(id))
            << user;
    SyncedDevice fatima(server, QStringLiteral("fatima"));
    ASSERT_TRUE(fatima.sync());
    EXPECT_FALSE(ReceptionRepo(fatima.db()).visitor(id));
}

TEST(Reception, AForgedOrForbiddenWriteIsRefusedWith403AndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString hr = appointmentTitled(server, "Reorganisatie: gesprek met HR");
    const QString client = appointmentTitled(server, "Klantgesprek Hofstede Groep");
    ASSERT_FALSE(hr.isEmpty());
    ASSERT_FALSE(client.isEmpty());
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QString fatima = server.personId(QStringLiteral("fatima"));
    const QString sanne = server.personId(QStringLiteral("sanne"));
    const QString joris = server.personId(QStringLiteral("joris"));
    const QString fatimaToken = server.login(QStringLiteral("fatima"));
    const qint64 before = server.version(fatimaToken);
    QString karin;
    const auto all = pulledRecords(server, QStringLiteral("fatima"), QStringLiteral("visitors"));
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it->value(QStringLiteral("name")).toString() == QStringLiteral("Karin Hofstede"))
            karin = it.key();
    }
    ASSERT_FALSE(karin.isEmpty());
    const QString c1 = QStringLiteral("01900000-0000-7000-8000-0000000018c2");
    const QString newId = QStringLiteral("01900000-0000-7000-8000-0000000018e2");
    const QString stamp = HlcStamp{1'900'000'000'000, 0, c1}.toString();
    const auto change = [&](const QString &entity, const QString &id, const char *field,
                            const QJsonValue &value) {
        return QList<protocol::Change>{{entity, id, QString::fromLatin1(field), value, stamp}};
    };
    const QString visitors = QStringLiteral("visitors");
    const struct {
        const char *user;
        QList<protocol::Change> changes;
        const char *code;
        const char *what;
    } refused[] = {
        {"joris", visitorChanges(newId, fatima, QString(), joris, c1), "forbidden",
         "staff add a visitor for someone else"},
        {"fatima", visitorChanges(newId, maarten, QString(), sanne, c1), "forged_author",
         "a visitor entered in Sanne's name"},
        {"fatima", change(visitors, karin, "checked_in_by", sanne), "forged_author",
         "a check-in in Sanne's name"},
        {"joris", change(visitors, karin, "checked_in_at", qint64(1'900'000'000'000)), "forbidden",
         "staff check in someone else's visitor"},
        {"ingrid", change(visitors, karin, "name", QStringLiteral("niemand")), "forbidden",
         "a director changes another's visitor"},
        {"fatima", visitorChanges(newId, maarten, hr, fatima, c1), "forbidden",
         "a visitor of a confidential meeting the office manager reads as busy only"},
        {"joris",
         change(QStringLiteral("reception_settings"), ReceptionRepo::settingsId(),
                "visitor_retention_days", 3650),
         "forbidden", "staff keep visitor names for ten years"},
        {"sanne",
         change(QStringLiteral("reception_settings"), ReceptionRepo::settingsId(),
                "visitor_retention_days", 0),
         "forbidden", "an assistant sets the retention"},
    };
    for (const auto &r : refused) {
        const HttpResult answer =
            pushChanges(server, server.login(QString::fromLatin1(r.user)), c1, r.changes);
        EXPECT_EQ(answer.status, 403) << r.what << ": " << answer.body.constData();
        EXPECT_EQ(answer.errorCode(), QString::fromLatin1(r.code)) << r.what;
    }
    EXPECT_EQ(server.version(fatimaToken), before) << "a refused push stored something";

    // What they may do goes through: the host checks his own guest in.
    const HttpResult own = pushChanges(
        server, server.login(QStringLiteral("maarten")), c1,
        {{visitors, karin, QStringLiteral("checked_in_at"), qint64(1'900'000'000'000), stamp},
         {visitors, karin, QStringLiteral("checked_in_by"), maarten, stamp}});
    EXPECT_EQ(own.status, 200) << own.body.constData();
}

TEST(Reception, BadInputOnEveryNewKindAndFieldIsRefusedAndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("fatima"));
    const qint64 before = server.version(token);
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000018b1");
    const QString id = QStringLiteral("01900000-0000-7000-8000-0000000018b2");
    expectBadRequests(
        server, token, client, id,
        {
            {"visitors", "name", 7, "a name that is a number"},
            {"visitors", "name", QJsonValue(), "a name that is null"},
            {"visitors", "organisation", QJsonArray{}, "an organisation that is a list"},
            {"visitors", "expected_utc", QStringLiteral("11:00"), "a time as text"},
            {"visitors", "expected_utc", true, "a time that is true"},
            {"visitors", "host", 3, "a host that is a number"},
            {"visitors", "appointment_id", QJsonArray{}, "an appointment that is a list"},
            {"visitors", "checked_in_at", QStringLiteral("now"), "a check-in as text"},
            {"visitors", "checked_in_by", 1, "who checked in as a number"},
            {"visitors", "created_by", QJsonArray{}, "who entered it as a list"},
            {"visitors", "badge", QStringLiteral("A12"), "a field visitors do not have"},
            {"reception_settings", "visitor_retention_days", QStringLiteral("30"), "days as text"},
            {"reception_settings", "visitor_retention_days", 2.5, "half a day"},
            {"reception_settings", "retention", 30, "a field the settings do not have"},
        });
    EXPECT_EQ(server.version(token), before) << "a refused push stored something";
}

TEST(Reception, TwoTabletsCheckingInOneAttendeeOfflineMeetInOneRecord)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    SyncedDevice desk(server, QStringLiteral("fatima"), &clock);
    SyncedDevice tablet(server, QStringLiteral("sanne"), &clock);
    ASSERT_TRUE(desk.sync());
    ASSERT_TRUE(tablet.sync());
    // An outside attendee of a meeting booked on the desk, synced to both before they go
    // offline.
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    const QDate today = dateIn(clock.nowMs(), zone);
    Appointment a;
    a.owner = maarten;
    a.title = QStringLiteral("Kennismaking leverancier");
    a.startUtc = atWallClock(today, 16 * 60 + 30, zone);
    a.endUtc = a.startUtc + 3600 * 1000;
    a.attendees = {QStringLiteral("Mark de Wit")};
    AgendaRepo(desk.db()).add(a, true);
    ASSERT_TRUE(desk.sync());
    ASSERT_TRUE(tablet.sync());
    const auto rowOn = [&](SyncedDevice &device) {
        for (const ExpectedVisitor &row : ReceptionRepo(device.db()).day(today, zone)) {
            if (row.name == QStringLiteral("Mark de Wit"))
                return row;
        }
        return ExpectedVisitor{};
    };
    const ExpectedVisitor onDesk = rowOn(desk), onTablet = rowOn(tablet);
    ASSERT_FALSE(onDesk.visitorId.isEmpty());
    EXPECT_EQ(onDesk.visitorId, onTablet.visitorId);
    ReceptionRepo(desk.db()).checkIn(onDesk, desk.personId());
    clock.set(clock.nowMs() + 1000);
    ReceptionRepo(tablet.db()).checkIn(onTablet, tablet.personId());
    ASSERT_TRUE(desk.sync());
    ASSERT_TRUE(tablet.sync());
    ASSERT_TRUE(desk.sync());
    const auto all = pulledRecords(server, QStringLiteral("fatima"), QStringLiteral("visitors"));
    int marks = 0;
    for (const QJsonObject &v : all)
        marks += v.value(QStringLiteral("name")).toString() == QStringLiteral("Mark de Wit");
    EXPECT_EQ(marks, 1);
    for (SyncedDevice *device : {&desk, &tablet}) {
        const auto v = ReceptionRepo(device->db()).visitor(onDesk.visitorId);
        ASSERT_TRUE(v);
        EXPECT_TRUE(v->checkedIn());
        EXPECT_EQ(rowOn(*device).checkedInAt, v->checkedInAt);
    }
}

TEST(Reception, NamesPastTheOfficesRetentionAreRemovedOnTheServerAndTheDevicesFollow)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice desk(server, QStringLiteral("fatima"));
    SyncedDevice host(server, QStringLiteral("maarten"));
    ASSERT_TRUE(desk.sync());
    ASSERT_TRUE(host.sync());
    ASSERT_EQ(ReceptionRepo(desk.db()).visitors().size(), 4);
    ReceptionRepo(desk.db()).setRetentionDays(7);
    ASSERT_TRUE(desk.sync());

    // Six days on, the names stay; eight days on, they go, on the server and on both
    // devices, while the visits themselves (when, for whom) stay.
    const auto forgetAt = [&](int days) {
        const QString now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() +
                                                               qint64(days) * 24 * 3600 * 1000,
                                                           QTimeZone::utc())
                                .toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        EXPECT_EQ(server.admin({QStringLiteral("visitors"), QStringLiteral("forget"),
                                QStringLiteral("--now"), now}),
                  0)
            << server.lastOutput().constData();
        return QString::fromUtf8(server.lastOutput()).trimmed();
    };
    EXPECT_EQ(forgetAt(6), QStringLiteral("0 visitor names removed"));
    EXPECT_EQ(forgetAt(9), QStringLiteral("4 visitor names removed"));
    EXPECT_EQ(forgetAt(9), QStringLiteral("0 visitor names removed")) << "once";
    for (const QJsonObject &v :
         pulledRecords(server, QStringLiteral("fatima"), QStringLiteral("visitors"))) {
        EXPECT_TRUE(v.value(QStringLiteral("name")).toString().isEmpty());
        EXPECT_TRUE(v.value(QStringLiteral("organisation")).toString().isEmpty());
        EXPECT_FALSE(v.value(QStringLiteral("host")).toString().isEmpty());
    }
    ASSERT_TRUE(desk.sync());
    ASSERT_TRUE(host.sync());
    for (SyncedDevice *device : {&desk, &host}) {
        EXPECT_EQ(device->db()
                      .scalar(QStringLiteral("SELECT COUNT(*) FROM visitors WHERE name <> '' OR "
                                             "organisation <> ''"))
                      .toLongLong(),
                  0);
        EXPECT_GT(rowsIn(device->db(), QStringLiteral("visitors")), 0);
    }
}

// The hourly sweep on the store itself: it reads only the visitors still named and past
// the retention, empties those, and leaves an emptied one (and a recent one) as it was,
// at its version.
TEST(Reception, TheSweepReadsOnlyNamesDueAndNeverRewritesAForgottenVisitor)
{
    ServiceUnderTest under;
    server::ServerStorage &storage = under.storage();
    const QString workspace = storage.defaultWorkspace();
    const auto utc = [](const char *iso) {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
    };
    const qint64 now = utc("2026-12-04T15:00:00Z");
    const auto visitor = [&](const char *id, const char *name, const char *expected,
                             const char *in = nullptr) {
        server::StoredRecord r;
        r.entity = QStringLiteral("visitors");
        r.id = QString::fromLatin1(id);
        r.fields = {{QStringLiteral("name"), QString::fromUtf8(name)},
                    {QStringLiteral("organisation"), QString()},
                    {QStringLiteral("host"), QStringLiteral("fatima")},
                    {QStringLiteral("expected_utc"), utc(expected)}};
        if (in)
            r.fields.insert(QStringLiteral("checked_in_at"), utc(in));
        storage.beginWrite(workspace);
        r.version = storage.takeNextVersion(workspace);
        r.newest = QStringLiteral("stamp-%1").arg(r.version);
        storage.saveRecord(workspace, r);
        storage.commit();
        return r.version;
    };
    // The default retention (30 days): before 4 November is due.
    visitor("old", "Karin Hofstede", "2026-10-20T10:00:00Z");
    const qint64 forgotten = visitor("forgotten", "", "2026-10-01T10:00:00Z");
    const qint64 recent = visitor("recent", "Ruud Verbeek", "2026-12-01T10:00:00Z");
    // Expected long ago but checked in only lately: counted from the check-in.
    const qint64 late =
        visitor("late", "Els van der Meer", "2026-10-01T10:00:00Z", "2026-11-20T09:00:00Z");

    QStringList read;
    for (const server::StoredRecord &r : storage.liveRecordsBefore(
             workspace, QStringLiteral("visitors"),
             {QStringLiteral("name"), QStringLiteral("organisation")},
             {QStringLiteral("expected_utc"), QStringLiteral("checked_in_at")},
             namesForgottenBefore(kDefaultVisitorRetentionDays, now)))
        read << r.id;
    EXPECT_EQ(read, QStringList{QStringLiteral("old")});

    EXPECT_EQ(server::forgetVisitorNames(storage, workspace, now), 1);
    EXPECT_EQ(server::forgetVisitorNames(storage, workspace, now + 3600 * 1000), 0) << "once";
    const auto stored = [&](const char *id) {
        return *storage.record(workspace, QStringLiteral("visitors"), QString::fromLatin1(id));
    };
    EXPECT_TRUE(stored("old").fields.value(QStringLiteral("name")).toString().isEmpty());
    EXPECT_EQ(stored("forgotten").version, forgotten) << "an emptied visitor is not rewritten";
    EXPECT_EQ(stored("recent").version, recent);
    EXPECT_EQ(stored("late").version, late);
    EXPECT_EQ(stored("late").fields.value(QStringLiteral("name")).toString(),
              QStringLiteral("Els van der Meer"));
}

// A name that lost a merge lives on in the conflict log; once the retention empties the
// visitor, the log holds none of its name or organisation, while other fields' entries and
// other visitors' stay.
TEST(Reception, TheSweepRemovesAForgottenNameFromTheConflictLog)
{
    ServiceUnderTest under;
    server::ServerStorage &storage = under.storage();
    const QString workspace = storage.defaultWorkspace();
    const qint64 now = QDateTime::fromString(QStringLiteral("2026-12-04T15:00:00Z"), Qt::ISODate)
                           .toMSecsSinceEpoch();
    const qint64 day = 24 * 3600 * 1000;
    const auto visitor = [&](const char *id, const char *name, qint64 expected) {
        server::StoredRecord r;
        r.entity = QStringLiteral("visitors");
        r.id = QString::fromLatin1(id);
        r.fields = {{QStringLiteral("name"), QString::fromUtf8(name)},
                    {QStringLiteral("organisation"), QStringLiteral("Hofstede Advies")},
                    {QStringLiteral("host"), QStringLiteral("fatima")},
                    {QStringLiteral("expected_utc"), expected}};
        storage.beginWrite(workspace);
        r.version = storage.takeNextVersion(workspace);
        r.newest = QStringLiteral("stamp-%1").arg(r.version);
        storage.saveRecord(workspace, r);
        const auto lost = [&](const char *field, const QString &lostValue) {
            server::ConflictEntry c;
            c.entity = r.entity;
            c.recordId = r.id;
            c.field = QString::fromLatin1(field);
            c.lostValue = lostValue;
            c.lostHlc = QStringLiteral("lost-%1").arg(r.version);
            c.keptValue = r.fields.value(c.field).toString();
            c.keptHlc = r.newest;
            c.version = r.version;
            c.atMs = expected;
            c.sight = QJsonArray{};
            storage.addConflict(workspace, c);
        };
        lost("name", QStringLiteral("K. Hofsteede"));
        lost("organisation", QStringLiteral("Hofsteede"));
        lost("host", QStringLiteral("sanne"));
        storage.commit();
    };
    visitor("old", "Karin Hofstede", now - 40 * day);
    visitor("recent", "Ruud Verbeek", now - 2 * day);

    const auto logged = [&] {
        QStringList out;
        for (const server::ConflictEntry &c : storage.conflicts(workspace, 100))
            out << c.recordId + QLatin1Char('.') + c.field;
        out.sort();
        return out;
    };
    ASSERT_EQ(logged().size(), 6);
    ASSERT_EQ(server::forgetVisitorNames(storage, workspace, now), 1);
    EXPECT_EQ(logged(),
              (QStringList{QStringLiteral("old.host"), QStringLiteral("recent.host"),
                           QStringLiteral("recent.name"), QStringLiteral("recent.organisation")}));
}
