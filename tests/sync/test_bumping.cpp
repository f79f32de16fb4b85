// SPDX-License-Identifier: GPL-3.0-or-later
#include "Harness.h"

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/AgendaRules.h"
#include "core/common/Time.h"
#include "core/store/Hlc.h"
#include "sync/protocol/Protocol.h"

#include <QJsonArray>

using namespace spil;
using namespace spil::test;

// A bump (docs/sync-protocol.md, "bump"): the moves and the new appointment go up as one
// mutation, all or nothing; a double booking made offline elsewhere shows as a conflict on
// every device; staff make no bump, and nobody bumps in someone else's name. The days used
// lie far beyond the demo office the server starts with.
namespace {
qint64 ams(const char *iso)
{
    return parseInstant(QString::fromLatin1(iso), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
}

QString lowMeeting(SyncedDevice &device, const QString &owner, const char *title, const char *from,
                   const char *to)
{
    Appointment a;
    a.owner = owner;
    a.title = QString::fromUtf8(title);
    a.priority = AppointmentPriority::Low;
    a.startUtc = ams(from);
    a.endUtc = ams(to);
    a.createdBy = device.personId();
    return AgendaRepo(device.db()).add(a, true);
}

Bump bankFor(SyncedDevice &device, const QString &owner, const QString &moved)
{
    Appointment bank;
    bank.owner = owner;
    bank.title = QStringLiteral("Bank: overname");
    bank.priority = AppointmentPriority::High;
    bank.startUtc = ams("2027-06-16T10:00");
    bank.endUtc = ams("2027-06-16T11:00");
    bank.createdBy = device.personId();
    return Bump{bank, {{moved, ams("2027-06-16T11:00"), ams("2027-06-16T12:00")}}};
}

QList<Conflict> conflictsOn(SyncedDevice &device, const QString &person)
{
    AgendaRepo agenda(device.db());
    return AgendaRules(device.db(), agenda)
        .conflicts(person, ams("2027-06-16T00:00"), ams("2027-06-17T00:00"));
}

QStringList rejectedCodes(Database &db)
{
    QStringList codes;
    auto &q = db.run(QStringLiteral("SELECT DISTINCT code FROM rejected_changes ORDER BY code"));
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

QJsonObject pulledAppointment(const ServerProcess &server, const QString &user, const QString &id)
{
    const HttpResult r = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {},
                                        server.login(user));
    EXPECT_EQ(r.status, 200);
    for (const protocol::Record &rec : protocol::decodePullPage(r.body).records) {
        if (rec.entity == QStringLiteral("appointments") && rec.id == id)
            return rec.fields;
    }
    return {};
}
} // namespace

TEST(Bumping, ABumpGoesUpAsOneMutationAndAnOfflineDoubleBookingShowsAsAConflict)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), lotte(server, QStringLiteral("lotte"));
    ASSERT_TRUE(sanne.sync());
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QString koffie =
        lowMeeting(sanne, maarten, "Koffie met Joris", "2027-06-16T10:00", "2027-06-16T11:00");
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(lotte.sync());

    // Both offline: Sanne bumps Koffie to 11:00 for the bank; Lotte books 11:00, free on
    // her device.
    const BumpUndo undo = AgendaRepo(sanne.db()).applyBump(bankFor(sanne, maarten, koffie));
    EXPECT_EQ(sanne.db().pendingActions(), 1);
    Appointment lunch;
    lunch.owner = maarten;
    lunch.title = QStringLiteral("Lunch met de wethouder");
    lunch.startUtc = ams("2027-06-16T11:00");
    lunch.endUtc = ams("2027-06-16T12:00");
    lunch.createdBy = lotte.personId();
    const QString lunchId = AgendaRepo(lotte.db()).add(lunch);
    EXPECT_TRUE(conflictsOn(lotte, maarten).isEmpty());

    const QString token = server.login(QStringLiteral("maarten"));
    const qint64 before = server.version(token);
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(server.version(token), before + 1) << "the bump took more than one push";
    EXPECT_EQ(sanne.db().rejectedCount(), 0);
    ASSERT_TRUE(lotte.sync());
    ASSERT_TRUE(sanne.sync());

    // Never a silent double booking: both devices hold both and show the overlap.
    for (SyncedDevice *device : {&sanne, &lotte}) {
        const auto found = conflictsOn(*device, maarten);
        ASSERT_EQ(found.size(), 1);
        EXPECT_EQ(found[0].type, ConflictType::Overlap);
        const QSet<QString> ids{found[0].first.appointment.id, found[0].second.appointment.id};
        EXPECT_EQ(ids, (QSet<QString>{koffie, lunchId}));
        const Appointment bumped = *AgendaRepo(device->db()).byId(koffie);
        EXPECT_EQ(bumped.bumpedFor, undo.bookingId);
        EXPECT_EQ(bumped.bumpedBy, sanne.personId());
        EXPECT_EQ(bumped.bumpedFromUtc, ams("2027-06-16T10:00"));
        EXPECT_TRUE(AgendaRepo(device->db()).byId(undo.bookingId).has_value());
    }

    // The undo is one push too, and every device has everything back.
    AgendaRepo(sanne.db()).undoBump(undo);
    const qint64 beforeUndo = server.version(token);
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(server.version(token), beforeUndo + 1);
    ASSERT_TRUE(lotte.sync());
    EXPECT_FALSE(AgendaRepo(lotte.db()).byId(undo.bookingId).has_value());
    EXPECT_EQ(AgendaRepo(lotte.db()).byId(koffie)->startUtc, ams("2027-06-16T10:00"));
    EXPECT_EQ(AgendaRepo(lotte.db()).byId(koffie)->bumpedAt, -1);
    EXPECT_TRUE(conflictsOn(lotte, maarten).isEmpty());
}

TEST(Bumping, StaffCannotBumpTheDirectorsAgendaNorAnyoneInAnothersName)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), joris(server, QStringLiteral("joris"));
    const QString maarten = server.personId(QStringLiteral("maarten"));
    ASSERT_TRUE(sanne.sync());
    const QString koffie =
        lowMeeting(sanne, maarten, "Koffie met Joris", "2027-06-16T10:00", "2027-06-16T11:00");
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(joris.sync());
    const QString token = server.login(QStringLiteral("sanne"));
    const qint64 before = server.version(token);

    // Staff: the whole bump is refused, the booking with the move.
    const BumpUndo undo = AgendaRepo(joris.db()).applyBump(bankFor(joris, maarten, koffie));
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(rejectedCodes(joris.db()), QStringList{QStringLiteral("forbidden")});
    EXPECT_EQ(server.version(token), before) << "a refused bump stored something";
    EXPECT_TRUE(pulledAppointment(server, QStringLiteral("sanne"), undo.bookingId).isEmpty());
    const QJsonObject stored = pulledAppointment(server, QStringLiteral("sanne"), koffie);
    EXPECT_EQ(stored.value(QStringLiteral("start_utc")).toInteger(), ams("2027-06-16T10:00"));
    EXPECT_TRUE(stored.value(QStringLiteral("bumped_for")).toString().isEmpty());

    // Nobody bumps in someone else's name: bumped_by names only the pushing user.
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000d1");
    const QString stamp = HlcStamp{1'900'000'000'000, 0, client}.toString();
    const QList<protocol::Change> forged{
        {QStringLiteral("appointments"), koffie, QStringLiteral("bumped_by"), maarten, stamp},
        {QStringLiteral("appointments"), koffie, QStringLiteral("bumped_at"),
         QJsonValue(qint64(1'900'000'000'000)), stamp}};
    const HttpResult r =
        server.request("POST", QStringLiteral("/v1/push"),
                       protocol::encode(protocol::PushRequest{client, 0, {{1, forged}}}), token);
    EXPECT_EQ(r.status, 403) << r.body.constData();
    EXPECT_EQ(r.errorCode(), QStringLiteral("forged_author"));
    EXPECT_EQ(server.version(token), before);

    // The director's assistant bumps; a busy block tells staff neither who nor for what.
    AgendaRepo(sanne.db()).update(koffie, {.confidential = true});
    AgendaRepo(sanne.db()).applyBump(bankFor(sanne, maarten, koffie));
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(sanne.db().rejectedCount(), 0);
    const QJsonObject full = pulledAppointment(server, QStringLiteral("sanne"), koffie);
    EXPECT_EQ(full.value(QStringLiteral("bumped_by")).toString(), sanne.personId());
    EXPECT_FALSE(full.value(QStringLiteral("bumped_for")).toString().isEmpty());
    const QJsonObject busy = pulledAppointment(server, QStringLiteral("joris"), koffie);
    EXPECT_EQ(busy.value(QStringLiteral("title")).toString(), QString());
    EXPECT_EQ(busy.value(QStringLiteral("bumped_by")).toString(), QString());
    EXPECT_EQ(busy.value(QStringLiteral("bumped_for")).toString(), QString());
    EXPECT_EQ(busy.value(QStringLiteral("start_utc")).toInteger(), ams("2027-06-16T11:00"));
}

TEST(Bumping, BadInputInTheBumpFieldsIsRefusedAndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("sanne"));
    const QString sanne = server.personId(QStringLiteral("sanne"));
    const qint64 before = server.version(token);
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000b2");
    const QString stamp = HlcStamp{1'790'000'000'000, 0, client}.toString();
    const QString id = QStringLiteral("01900000-0000-7000-8000-00000000b0b0");
    const auto one = [&](const char *field, const QJsonValue &value) {
        return QList<protocol::Change>{
            {QStringLiteral("appointments"), id, QString::fromLatin1(field), value, stamp}};
    };
    const struct {
        QList<protocol::Change> changes;
        const char *what;
    } bad[] = {
        {one("bumped_at", QStringLiteral("yesterday")), "a bump time that is text"},
        {one("bumped_from_utc", true), "a start before the bump that is a boolean"},
        {one("bumped_for", 12), "a bumped-for that is a number"},
        {one("bumped_by", QJsonArray{sanne}), "a bumper that is a list"},
        {one("bumped_reason", QStringLiteral("x")), "a bump field appointments do not have"},
    };
    for (const auto &b : bad) {
        const HttpResult r = server.request(
            "POST", QStringLiteral("/v1/push"),
            protocol::encode(protocol::PushRequest{client, 0, {{1, b.changes}}}), token);
        EXPECT_EQ(r.status, 400) << b.what << ": " << r.body.constData();
        EXPECT_EQ(r.errorCode(), QStringLiteral("bad_request")) << b.what;
    }
    EXPECT_EQ(server.version(token), before) << "a refused push stored something";
}
