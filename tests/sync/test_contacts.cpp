// SPDX-License-Identifier: GPL-3.0-or-later
#include "Harness.h"

#include "core/agenda/AgendaRepo.h"
#include "core/contacts/ContactRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/FieldCodec.h"
#include "core/store/Hlc.h"
#include "core/store/Schema.h"
#include "sync/protocol/Protocol.h"

#include <QJsonArray>
#include <QThread>

using namespace spil;
using namespace spil::test;

// Contacts reach everyone and are written by everyone but staff; a director's gatekeeping
// reaches only him, the assistants who serve him and the office manager (docs/
// sync-protocol.md, "Permissions"). The demo office the server starts with holds a dozen
// contacts and gates of Maarten (served by Sanne and Lotte) and Ingrid (served by Lotte).
namespace {
const QString kContact = QStringLiteral("01900000-0000-7000-8000-00000000c0c0");

QList<protocol::Change> contactChanges(const QString &id, const QString &createdBy,
                                       const QString &client)
{
    Contact c;
    c.name = QStringLiteral("Henk Vos");
    c.organisation = QStringLiteral("Vos Schoonmaak");
    c.createdBy = createdBy;
    return recordChanges(QStringLiteral("contacts"), id, ContactRepo::toRecord(c), client);
}

QList<protocol::Change> gateChanges(const QString &director, const QString &contactId,
                                    const QString &setBy, const QString &client)
{
    return recordChanges(QStringLiteral("gatekeeping"), gateRecordId(director, contactId),
                         {{QStringLiteral("director"), director},
                          {QStringLiteral("contact_id"), contactId},
                          {QStringLiteral("rule"), QStringLiteral("never")},
                          {QStringLiteral("set_by"), setBy}},
                         client);
}

QSet<QString> directorsOf(const QMap<QString, QJsonObject> &gates)
{
    QSet<QString> out;
    for (const QJsonObject &g : gates)
        out.insert(g.value(QStringLiteral("director")).toString());
    return out;
}
} // namespace

TEST(Contacts, ReachEveryoneAndGatesOnlyTheDirectorsSide)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QString ingrid = server.personId(QStringLiteral("ingrid"));
    for (const char *user : {"maarten", "ingrid", "sanne", "lotte", "fatima", "joris"})
        EXPECT_EQ(
            pulledRecords(server, QString::fromLatin1(user), QStringLiteral("contacts")).size(), 12)
            << user;
    const auto gatesOf = [&](const char *user) {
        return directorsOf(
            pulledRecords(server, QString::fromLatin1(user), QStringLiteral("gatekeeping")));
    };
    EXPECT_EQ(gatesOf("maarten"), QSet<QString>{maarten});
    EXPECT_EQ(gatesOf("ingrid"), QSet<QString>{ingrid});
    EXPECT_EQ(gatesOf("sanne"), QSet<QString>{maarten});
    EXPECT_EQ(gatesOf("lotte"), (QSet<QString>{maarten, ingrid}));
    EXPECT_EQ(gatesOf("fatima"), (QSet<QString>{maarten, ingrid}));
    // Staff never see a gate, not even that there is one.
    const HttpResult staff = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"),
                                            {}, server.login(QStringLiteral("joris")));
    EXPECT_FALSE(staff.body.contains("gatekeeping"));
    EXPECT_FALSE(staff.body.contains("\"never\""));
}

TEST(Contacts, AForgedOrForbiddenWriteIsRefusedWith403AndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QString ingrid = server.personId(QStringLiteral("ingrid"));
    const QString sanne = server.personId(QStringLiteral("sanne"));
    const QString joris = server.personId(QStringLiteral("joris"));
    const QString jorisToken = server.login(QStringLiteral("joris"));
    const QString sanneToken = server.login(QStringLiteral("sanne"));
    const QString ingridToken = server.login(QStringLiteral("ingrid"));
    const QString fatimaToken = server.login(QStringLiteral("fatima"));
    const qint64 before = server.version(jorisToken);
    QString hofstede;
    const auto contacts =
        pulledRecords(server, QStringLiteral("joris"), QStringLiteral("contacts"));
    for (auto it = contacts.cbegin(); it != contacts.cend(); ++it) {
        if (it->value(QStringLiteral("name")).toString() == QStringLiteral("Erik Hofstede"))
            hofstede = it.key();
    }
    ASSERT_FALSE(hofstede.isEmpty());
    const QString c1 = QStringLiteral("01900000-0000-7000-8000-0000000000c1");
    const QString c2 = QStringLiteral("01900000-0000-7000-8000-0000000000c2");
    const QString c3 = QStringLiteral("01900000-0000-7000-8000-0000000000c3");
    const QString c4 = QStringLiteral("01900000-0000-7000-8000-0000000000c4");

    // Staff add no contact and set no gate.
    HttpResult r = pushChanges(server, jorisToken, c1, contactChanges(kContact, joris, c1));
    EXPECT_EQ(r.status, 403) << r.body.constData();
    EXPECT_EQ(r.errorCode(), QStringLiteral("forbidden"));
    r = pushChanges(server, jorisToken, c1, gateChanges(maarten, hofstede, joris, c1));
    EXPECT_EQ(r.status, 403) << r.body.constData();
    // A director sets no other director's gate, nor changes one.
    r = pushChanges(server, ingridToken, c2, gateChanges(maarten, hofstede, ingrid, c2));
    EXPECT_EQ(r.status, 403) << r.body.constData();
    // Stamped after the server's own, so that the change would win its field's merge.
    const protocol::Change rule{QStringLiteral("gatekeeping"), gateRecordId(maarten, hofstede),
                                QStringLiteral("rule"), QStringLiteral("never"),
                                HlcStamp{1'900'000'000'000, 0, c2}.toString()};
    r = pushChanges(server, ingridToken, c2, {rule});
    EXPECT_EQ(r.status, 403) << r.body.constData();
    // An assistant sets no gate of a director she does not serve, and moves none there.
    r = pushChanges(server, sanneToken, c3, gateChanges(ingrid, hofstede, sanne, c3));
    EXPECT_EQ(r.status, 403) << r.body.constData();
    protocol::Change move = rule;
    move.field = QStringLiteral("director");
    move.value = ingrid;
    move.hlc = HlcStamp{1'900'000'000'000, 0, c3}.toString();
    r = pushChanges(server, sanneToken, c3, {move});
    EXPECT_EQ(r.status, 403) << r.body.constData();
    // Nobody sets a gate in someone else's name, nor adds a contact in it.
    r = pushChanges(server, sanneToken, c3, gateChanges(maarten, hofstede, maarten, c3));
    EXPECT_EQ(r.status, 403) << r.body.constData();
    EXPECT_EQ(r.errorCode(), QStringLiteral("forged_author"));
    r = pushChanges(server, fatimaToken, c4, contactChanges(kContact, sanne, c4));
    EXPECT_EQ(r.status, 403) << r.body.constData();
    EXPECT_EQ(r.errorCode(), QStringLiteral("forged_author"));
    EXPECT_EQ(server.version(jorisToken), before) << "a refused push stored something";
    EXPECT_EQ(pulledRecords(server, QStringLiteral("sanne"), QStringLiteral("gatekeeping"))
                  .value(gateRecordId(maarten, hofstede))
                  .value(QStringLiteral("rule"))
                  .toString(),
              QStringLiteral("straight"));

    // What they may do goes through: the office manager adds a contact, Sanne sets a gate.
    r = pushChanges(server, fatimaToken, c4,
                    contactChanges(kContact, server.personId(QStringLiteral("fatima")), c4));
    EXPECT_EQ(r.status, 200) << r.body.constData();
    r = pushChanges(server, sanneToken, c3, gateChanges(maarten, kContact, sanne, c3));
    EXPECT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(pulledRecords(server, QStringLiteral("maarten"), QStringLiteral("gatekeeping"))
                    .contains(gateRecordId(maarten, kContact)));
    EXPECT_FALSE(pulledRecords(server, QStringLiteral("ingrid"), QStringLiteral("gatekeeping"))
                     .contains(gateRecordId(maarten, kContact)));
}

TEST(Contacts, BadInputOnEveryNewKindAndFieldIsRefusedAndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString sanne = server.personId(QStringLiteral("sanne"));
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QString token = server.login(QStringLiteral("sanne"));
    const qint64 before = server.version(token);
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000b1");
    expectBadRequests(
        server, token, client, kContact,
        {
            {"contacts", "name", 42, "a contact's name that is not text"},
            {"contacts", "kind", true, "a kind that is not text"},
            {"contacts", "language", QJsonArray{}, "a language that is not text"},
            {"contacts", "phone", 31302860000.0, "a phone number as a number"},
            {"contacts", "email", QJsonValue(), "an e-mail address that is null"},
            {"contacts", "salary", QStringLiteral("x"), "a field contacts do not have"},
            {"gatekeeping", "rule", 2, "a gate that is not text"},
            {"gatekeeping", "director", QJsonArray{maarten}, "a director that is a list"},
            {"gatekeeping", "contact", kContact, "a field gatekeeping does not have"},
            {"appointments", "contact_id", 7, "an appointment's contact that is not text"},
            {"tasks", "contact_id", false, "a task's contact that is not text"},
        });
    // A gate for a contact the server does not hold.
    const HttpResult orphan =
        pushChanges(server, token, client,
                    gateChanges(maarten, QStringLiteral("01900000-0000-7000-8000-0000000000ff"),
                                sanne, client));
    EXPECT_EQ(orphan.status, 400) << orphan.body.constData();
    EXPECT_EQ(orphan.errorCode(), QStringLiteral("unknown_parent"));
    EXPECT_EQ(server.version(token), before) << "a refused push stored something";
}

TEST(Contacts, ABusyBlockDoesNotTellWhoTheMeetingIsWith)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(maarten.sync());
    const Contact hofstede = ContactRepo(maarten.db()).resolve(QStringLiteral("Erik Hofstede"));
    Appointment a;
    a.owner = maarten.personId();
    a.title = QStringLiteral("Overname bespreken");
    a.startUtc = 1'800'000'000'000LL;
    a.endUtc = a.startUtc + 3'600'000;
    a.confidential = true;
    a.contactId = hofstede.id;
    const QString id = AgendaRepo(maarten.db()).add(a, true);
    ASSERT_TRUE(maarten.sync());
    const QJsonObject busy =
        pulledRecords(server, QStringLiteral("joris"), QStringLiteral("appointments")).value(id);
    EXPECT_EQ(busy.value(QStringLiteral("title")).toString(), QString());
    EXPECT_EQ(busy.value(QStringLiteral("contact_id")).toString(), QString());
    EXPECT_EQ(pulledRecords(server, QStringLiteral("sanne"), QStringLiteral("appointments"))
                  .value(id)
                  .value(QStringLiteral("contact_id"))
                  .toString(),
              hofstede.id);
}

TEST(Contacts, TwoDevicesSettingOneGateOfflineMeetInOneRecord)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), lotte(server, QStringLiteral("lotte"));
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(lotte.sync());
    const QString maarten = PeopleRepo(sanne.db()).resolve(QStringLiteral("maarten")).id;
    const QString sophie = ContactRepo(sanne.db()).resolve(QStringLiteral("Sophie Laurent")).id;
    ContactRepo(sanne.db()).setGate(maarten, sophie, GateRule::Straight, sanne.personId());
    QThread::msleep(5); // Lotte's stamp is the later one
    ContactRepo(lotte.db()).setGate(maarten, sophie, GateRule::Never, lotte.personId());
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(lotte.sync());
    ASSERT_TRUE(sanne.sync());
    // One record; the later stamp (Lotte's) won on both devices.
    EXPECT_EQ(ContactRepo(sanne.db()).gatesOf(sophie).size(), 1);
    EXPECT_EQ(ContactRepo(lotte.db()).gatesOf(sophie).size(), 1);
    EXPECT_EQ(ContactRepo(sanne.db()).gate(maarten, sophie), GateRule::Never);
    EXPECT_EQ(ContactRepo(lotte.db()).gate(maarten, sophie), GateRule::Never);
    // And the search index of a device follows what the sync brought.
    ContactRepo(lotte.db()).update(sophie, {.organisation = QStringLiteral("Crédit Lumière")});
    ASSERT_TRUE(lotte.sync());
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(ContactRepo(sanne.db()).search(QStringLiteral("credit")).size(), 1);
    EXPECT_TRUE(ContactRepo(sanne.db()).search(QStringLiteral("banque")).isEmpty());
}
