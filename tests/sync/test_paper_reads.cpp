// SPDX-License-Identifier: GPL-3.0-or-later
// Who has not opened the papers, on a real spil-server: a read goes up under its reader's
// own name, reaches the meeting's owner, their assistants and the office manager and no
// other attendee, never reaches whom its item is closed to, and leaves the devices of who
// loses sight of it.
#include "Harness.h"

#include "core/agenda/AgendaRepo.h"
#include "core/documents/DocumentRepo.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/PaperReads.h"
#include "core/store/FieldCodec.h"
#include "core/store/Hlc.h"
#include "core/store/Schema.h"
#include "sync/server/Access.h"

#include <QJsonArray>

using namespace spil;
using namespace spil::test;

namespace {
// Maarten's meeting written by his assistant: an open item and one closed to closedTo,
// each with a paper that is in.
struct Meeting {
    MeetingRef ref;
    QString openItem, closedItem, openDoc, closedDoc;
};

Meeting writeMeeting(SyncedDevice &assistant, const QString &maarten, const QStringList &closedTo)
{
    Appointment a;
    a.owner = maarten;
    a.title = QStringLiteral("Raad van bestuur");
    a.startUtc = 1'800'000'000'000LL;
    a.endUtc = a.startUtc + 3 * 3'600'000;
    Meeting m;
    m.ref = {AgendaRepo(assistant.db()).add(a, true), -1};
    MeetingRepo meetings(assistant.db());
    const auto paperIn = [&](const QString &item, const char *title) {
        MeetingPaper p;
        p.itemId = item;
        p.title = QString::fromUtf8(title);
        const QString paper = meetings.addPaper(p, assistant.personId());
        Document d;
        d.title = p.title;
        d.sha256 = QString(64, QLatin1Char('d'));
        d.size = 4096;
        d.addedBy = assistant.personId();
        d.appointmentId = m.ref.appointmentId;
        const QString doc = DocumentRepo(assistant.db()).add(d);
        meetings.attachPaper(paper, doc);
        return doc;
    };
    MeetingItem item;
    item.meeting = m.ref;
    item.title = QStringLiteral("Jaarplan 2027");
    m.openItem = meetings.addItem(item);
    item.title = QStringLiteral("Beloning directie");
    item.closedTo = closedTo;
    m.closedItem = meetings.addItem(item);
    m.openDoc = paperIn(m.openItem, "Jaarplan 2027 (v3)");
    m.closedDoc = paperIn(m.closedItem, "Voorstel beloning");
    return m;
}

QSet<QString> readersOf(SyncedDevice &device, const QString &doc)
{
    QSet<QString> out;
    for (const PaperRead &r : PaperReadRepo(device.db()).readsOf(doc))
        out.insert(r.reader);
    return out;
}

bool holdsRecord(SyncedDevice &device, const QString &id)
{
    return device.db()
               .scalar(QStringLiteral("SELECT count(*) FROM paper_reads WHERE id = ?"), {id})
               .toInt() > 0;
}

QByteArray pullBody(const ServerProcess &server, const char *user)
{
    const HttpResult r = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {},
                                        server.login(QLatin1String(user)));
    EXPECT_EQ(r.status, 200);
    return r.body;
}

// A whole read record as a device pushes it, stamped by client.
QList<protocol::Change> readChanges(const QString &id, const QString &doc, const QString &reader,
                                    const QString &client)
{
    const QString stamp = HlcStamp{1'790'000'000'000, 0, client}.toString();
    const QVariantMap record{{QStringLiteral("document_id"), doc},
                             {QStringLiteral("reader"), reader},
                             {QStringLiteral("read_at"), 1'790'000'000'000LL}};
    QList<protocol::Change> changes;
    for (const FieldDef &f : entity(QStringLiteral("paper_reads")).fields)
        changes << protocol::Change{QStringLiteral("paper_reads"), id, f.name,
                                    toJson(f, record.value(f.name)), stamp};
    return changes;
}
} // namespace

TEST(PaperReadAccess, AReadReachesTheOwnersSideAndNoOtherAttendee)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), maarten(server, QStringLiteral("maarten")),
        ingrid(server, QStringLiteral("ingrid")), tablet(server, QStringLiteral("ingrid")),
        joris(server, QStringLiteral("joris")), fatima(server, QStringLiteral("fatima"));
    const Meeting m = writeMeeting(sanne, server.personId(QStringLiteral("maarten")), {});
    ASSERT_TRUE(sanne.sync());
    for (SyncedDevice *d : {&maarten, &ingrid, &tablet, &joris, &fatima})
        ASSERT_TRUE(d->sync());

    // Ingrid opens the paper on two devices, and Joris too: one record each.
    const QString ingridsRead = PaperReadRepo(ingrid.db()).recordRead(m.openDoc, ingrid.personId());
    EXPECT_EQ(PaperReadRepo(tablet.db()).recordRead(m.openDoc, ingrid.personId()), ingridsRead);
    const QString jorissRead = PaperReadRepo(joris.db()).recordRead(m.openDoc, joris.personId());
    ASSERT_TRUE(ingrid.sync());
    ASSERT_TRUE(tablet.sync());
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(ingrid.db().rejectedCount(), 0);
    EXPECT_EQ(tablet.db().rejectedCount(), 0);

    // The secretary, the owner and the office manager see both reads.
    const QSet<QString> both{ingrid.personId(), joris.personId()};
    for (SyncedDevice *d : {&sanne, &maarten, &fatima}) {
        ASSERT_TRUE(d->sync());
        EXPECT_EQ(readersOf(*d, m.openDoc), both);
        EXPECT_EQ(PaperReadRepo(d->db()).readsOf(m.openDoc).size(), 2);
    }
    const auto unread = PaperReadRepo(sanne.db()).unreadFor(m.ref);
    ASSERT_FALSE(unread.isEmpty());
    EXPECT_EQ(unread[0].person, server.personId(QStringLiteral("maarten")));
    EXPECT_EQ(unread[0].unread.size(), 2);

    // An attendee holds his own read and nobody else's, on no route.
    ASSERT_TRUE(joris.sync());
    ASSERT_TRUE(ingrid.sync());
    EXPECT_EQ(readersOf(joris, m.openDoc), QSet<QString>{joris.personId()});
    EXPECT_EQ(readersOf(ingrid, m.openDoc), QSet<QString>{ingrid.personId()});
    EXPECT_FALSE(pullBody(server, "joris").contains(ingridsRead.toUtf8()));
    EXPECT_FALSE(pullBody(server, "ingrid").contains(jorissRead.toUtf8()));
    EXPECT_TRUE(pullBody(server, "lotte").contains(ingridsRead.toUtf8())) << "his other assistant";
}

TEST(PaperReadAccess, AReadInSomeoneElsesNameIsRefusedAndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne"));
    const Meeting m = writeMeeting(sanne, server.personId(QStringLiteral("maarten")), {});
    ASSERT_TRUE(sanne.sync());
    const QString token = server.login(QStringLiteral("joris"));
    const qint64 before = server.version(token);
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000d1");
    const auto push = [&](const QList<protocol::Change> &changes) {
        return server.request("POST", QStringLiteral("/v1/push"),
                              protocol::encode(protocol::PushRequest{client, 0, {{1, changes}}}),
                              token);
    };
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QString joris = server.personId(QStringLiteral("joris"));
    const auto expectError = [&](const HttpResult &r, int status, const char *code,
                                 const char *what) {
        EXPECT_EQ(r.status, status) << what << ": " << r.body.constData();
        EXPECT_EQ(r.errorCode(), QLatin1String(code)) << what << ": " << r.body.constData();
    };
    const QString forged = PaperReadRepo::idFor(m.openDoc, maarten);
    expectError(push(readChanges(forged, m.openDoc, maarten, client)), 403, "forged_author",
                "Joris recording that Maarten read the paper");
    // The bad-input catalogue of the kind.
    const QString id = PaperReadRepo::idFor(m.openDoc, joris);
    expectError(push(readChanges(id, QStringLiteral("01900000-0000-7000-8000-0000000000d9"), joris,
                                 client)),
                400, "unknown_parent", "a read of a document that does not exist");
    QList<protocol::Change> missing = readChanges(id, m.openDoc, joris, client);
    missing.removeLast();
    expectError(push(missing), 400, "incomplete_record", "a read without its time");
    QList<protocol::Change> wrongType = readChanges(id, m.openDoc, joris, client);
    wrongType.last().value = QStringLiteral("gisteren");
    expectError(push(wrongType), 400, "bad_request", "read_at as text");
    EXPECT_EQ(server.version(token), before) << "a refused read was stored";
    EXPECT_FALSE(pullBody(server, "sanne").contains(forged.toUtf8()));

    // His own read goes through; the secretary, who reads it, may not change it.
    const HttpResult own = push(readChanges(id, m.openDoc, joris, client));
    EXPECT_EQ(own.status, 200) << own.body.constData();
    const QString sannesClient = QStringLiteral("01900000-0000-7000-8000-0000000000d2");
    const HttpResult edit =
        server.request("POST", QStringLiteral("/v1/push"),
                       protocol::encode(protocol::PushRequest{
                           sannesClient,
                           0,
                           {{1,
                             {{QStringLiteral("paper_reads"), id, QStringLiteral("read_at"), 1'000,
                               HlcStamp{1'790'000'000'001, 0, sannesClient}.toString()}}}}}),
                       server.login(QStringLiteral("sanne")));
    expectError(edit, 403, "forbidden", "the secretary changing Joris's read");
}

TEST(PaperReadAccess, AClosedItemsReadsNeverReachWhomItIsClosedToAndGoWhenItCloses)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), maarten(server, QStringLiteral("maarten")),
        lotte(server, QStringLiteral("lotte"));
    ASSERT_TRUE(lotte.sync());
    // The closed item is closed to Lotte, who serves Maarten too.
    const Meeting m =
        writeMeeting(sanne, server.personId(QStringLiteral("maarten")), {lotte.personId()});
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(maarten.sync());
    const QString closedRead =
        PaperReadRepo(maarten.db()).recordRead(m.closedDoc, maarten.personId());
    const QString openRead = PaperReadRepo(maarten.db()).recordRead(m.openDoc, maarten.personId());
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(lotte.sync());
    EXPECT_TRUE(holdsRecord(lotte, openRead));
    EXPECT_FALSE(holdsRecord(lotte, closedRead));
    EXPECT_FALSE(pullBody(server, "lotte").contains(closedRead.toUtf8()));

    // Closing the open item to her later takes its read off her device as well.
    MeetingRepo(sanne.db()).updateItem(m.openItem, {.closedTo = QStringList{lotte.personId()}});
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(lotte.sync());
    EXPECT_FALSE(holdsRecord(lotte, openRead));
    ASSERT_TRUE(sanne.sync());
    EXPECT_TRUE(holdsRecord(sanne, openRead));
}

TEST(PaperReadAccess, AnAssistantWhoNoLongerServesTheOwnerLosesTheReads)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), maarten(server, QStringLiteral("maarten")),
        lotte(server, QStringLiteral("lotte"));
    const Meeting m = writeMeeting(sanne, server.personId(QStringLiteral("maarten")), {});
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(maarten.sync());
    const QString read = PaperReadRepo(maarten.db()).recordRead(m.openDoc, maarten.personId());
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(lotte.sync());
    ASSERT_TRUE(holdsRecord(lotte, read));

    // Lotte serves only Ingrid now: the meeting is still open to her, the reads are not.
    ASSERT_EQ(server.admin({QStringLiteral("user"), QStringLiteral("set-principals"),
                            QStringLiteral("lotte"), QStringLiteral("ingrid")}),
              0)
        << server.lastOutput().constData();
    lotte.client().syncNow();
    ASSERT_TRUE(waitFor([&] {
        return lotte.client().state() == client::SyncClient::State::Idle &&
               !holdsRecord(lotte, read);
    })) << "a read stayed with an assistant who no longer serves the meeting's owner";
    EXPECT_TRUE(DocumentRepo(lotte.db()).byId(m.openDoc).has_value()) << "the paper stays";
}

// The rule itself, as the server applies it to each user, and as the conflict log reads it
// back from a record's sight: the same answer both ways, for a paper of an item (document
// -> item -> meeting) and for a document of the meeting alone.
TEST(PaperReadAccess, TheRuleReadsTheSameFromTheRecordAndFromItsSight)
{
    using namespace spil::server;
    const auto record = [](const char *entity, const char *id, QJsonObject fields) {
        return StoredRecord{QLatin1String(entity), QLatin1String(id), 1, false, fields, {}, {}};
    };
    const StoredRecord meeting = record("appointments", "m",
                                        {{QStringLiteral("owner"), QStringLiteral("maarten")},
                                         {QStringLiteral("confidential"), false}});
    const StoredRecord item =
        record("meeting_items", "i",
               {{QStringLiteral("appointment_id"), QStringLiteral("m")},
                {QStringLiteral("closed_to"), QJsonArray{QStringLiteral("joris")}}});
    const StoredRecord ofItem = record("documents", "d",
                                       {{QStringLiteral("appointment_id"), QStringLiteral("m")},
                                        {QStringLiteral("item_id"), QStringLiteral("i")}});
    const StoredRecord ofMeeting = record("documents", "e",
                                          {{QStringLiteral("appointment_id"), QStringLiteral("m")},
                                           {QStringLiteral("item_id"), QString()}});
    const auto readBy = [&](const char *reader, const char *doc) {
        return record("paper_reads", "r",
                      {{QStringLiteral("document_id"), QLatin1String(doc)},
                       {QStringLiteral("reader"), QLatin1String(reader)}});
    };
    const auto user = [](const char *person, Role role, QStringList principals = {}) {
        return User{
            QString(), QString(), QLatin1String(person), role, QLatin1String(person), principals,
            QString(), 0};
    };
    const struct {
        User user;
        ReadAccess ofItem, ofMeeting;
    } rows[] = {
        {user("ingrid", Role::Director), ReadAccess::Full, ReadAccess::Full},  // the reader
        {user("maarten", Role::Director), ReadAccess::Full, ReadAccess::Full}, // the owner
        {user("sanne", Role::Assistant, {QStringLiteral("maarten")}), ReadAccess::Full,
         ReadAccess::Full},
        {user("fatima", Role::OfficeManager), ReadAccess::Full, ReadAccess::Full},
        {user("lotte", Role::Assistant, {QStringLiteral("pieter")}), ReadAccess::None,
         ReadAccess::None},                                               // serves someone else
        {user("noor", Role::Staff), ReadAccess::None, ReadAccess::None},  // another attendee
        {user("joris", Role::Staff), ReadAccess::None, ReadAccess::None}, // closed to him
    };
    const Guards itemGuards{ofItem, item, meeting};
    const Guards meetingGuards{ofMeeting, meeting};
    for (const auto &row : rows) {
        SCOPED_TRACE(row.user.name.toStdString());
        const Access access(row.user);
        const StoredRecord viaItem = readBy("ingrid", "d");
        const StoredRecord viaMeeting = readBy("ingrid", "e");
        EXPECT_EQ(access.read(viaItem, itemGuards), row.ofItem);
        EXPECT_EQ(
            access.readSight(QStringLiteral("paper_reads"), Access::sight(viaItem, itemGuards)),
            row.ofItem);
        const ReadAccess meetingRead = row.ofMeeting;
        EXPECT_EQ(access.read(viaMeeting, meetingGuards), meetingRead);
        EXPECT_EQ(access.readSight(QStringLiteral("paper_reads"),
                                   Access::sight(viaMeeting, meetingGuards)),
                  meetingRead);
        // Only the reader writes it; anyone writes only their own.
        EXPECT_EQ(access.mayWrite(viaItem, itemGuards), row.user.name == QStringLiteral("ingrid"));
        const QByteArray own = row.user.personId.toUtf8();
        EXPECT_EQ(access.mayWrite(readBy(own.constData(), "d"), itemGuards),
                  row.user.name != QStringLiteral("joris"));
    }
}
