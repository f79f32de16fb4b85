// SPDX-License-Identifier: GPL-3.0-or-later
// Meetings on a real spil-server: an agenda item closed to someone never reaches them with
// anything hanging on it (papers, minutes), not even redacted, on any route; a meeting's
// agenda reaches only who reads the meeting in full; who may write it; final minutes are
// locked on the server too; forged authors and bad records are refused.
#include "Harness.h"

#include "core/agenda/AgendaRepo.h"
#include "core/documents/DocumentRepo.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/MeetingTasks.h"
#include "core/meetings/MinutesRepo.h"
#include "core/store/FieldCodec.h"
#include "core/store/Hlc.h"
#include "core/store/Schema.h"
#include "core/tasks/TaskRepo.h"

#include <QJsonArray>

using namespace spil;
using namespace spil::test;

namespace {
const QString kClosedTitle = QStringLiteral("Beloning directie");
const QString kClosedPaper = QStringLiteral("Salarisvoorstel");
const QString kClosedNote = QStringLiteral("Bonus geschrapt");
const QString kClosedDocument = QStringLiteral("Salarissen 2027.pdf");

// A document added on a device, of a meeting and (when given) one of its items.
QString addDocument(SyncedDevice &device, const QString &title, const MeetingRef &meeting,
                    const QString &item = {})
{
    Document d;
    d.title = title;
    d.sha256 = QString(64, QLatin1Char('b'));
    d.size = 2048;
    d.addedBy = device.personId();
    d.appointmentId = meeting.appointmentId;
    d.itemId = item;
    return DocumentRepo(device.db()).add(d);
}

QByteArray pullBody(const ServerProcess &server, const char *user)
{
    const HttpResult r = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {},
                                        server.login(QLatin1String(user)));
    EXPECT_EQ(r.status, 200);
    return r.body;
}

// A sync in which the server refused a change pulls again from 0 right after it: synced
// once that is over too.
bool syncSettled(SyncedDevice &device)
{
    // Each refused change sets its mutation aside and starts the pull over.
    for (int round = 0; round < 10; ++round) {
        const bool ok = device.sync();
        const bool idle =
            waitFor([&] { return device.client().state() == client::SyncClient::State::Idle; });
        if (ok && idle && device.db().pendingCount() == 0)
            return device.sync();
    }
    ADD_FAILURE() << device.client().lastError().toStdString();
    return false;
}

QStringList rejectedCodes(Database &db)
{
    QStringList codes;
    auto &q = db.run(QStringLiteral("SELECT DISTINCT code FROM rejected_changes ORDER BY code"));
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

// A meeting of Maarten's, written on an assistant's device: an open item and one closed to
// `closedTo`, each with a paper and a line of minutes.
struct BoardMeeting {
    MeetingRef meeting;
    QString openItem, closedItem, openPaper, closedPaper, closedDocument;
};

BoardMeeting writeMeeting(SyncedDevice &assistant, const QString &maarten,
                          const QStringList &closedTo, bool confidential = false)
{
    Appointment a;
    a.owner = maarten;
    a.title = QStringLiteral("Raad van bestuur");
    a.startUtc = 1'800'000'000'000LL;
    a.endUtc = a.startUtc + 3 * 3'600'000;
    a.confidential = confidential;
    BoardMeeting b;
    b.meeting = {AgendaRepo(assistant.db()).add(a, true), -1};
    MeetingRepo meetings(assistant.db());
    MeetingItem item;
    item.meeting = b.meeting;
    item.title = QStringLiteral("Jaarverslag");
    b.openItem = meetings.addItem(item);
    item.title = kClosedTitle;
    item.closedTo = closedTo;
    b.closedItem = meetings.addItem(item);
    const QString me = assistant.personId();
    MeetingPaper paper;
    paper.itemId = b.openItem;
    paper.title = QStringLiteral("Jaarverslag concept");
    b.openPaper = meetings.addPaper(paper, me);
    paper.itemId = b.closedItem;
    paper.title = kClosedPaper;
    b.closedPaper = meetings.addPaper(paper, me);
    MinutesRepo minutes(assistant.db());
    minutes.addEntry(b.openItem, MinutesEntryKind::Note, QStringLiteral("De voorzitter opent"), me);
    minutes.addEntry(b.closedItem, MinutesEntryKind::Decision, kClosedNote, me);
    b.closedDocument = addDocument(assistant, kClosedDocument, b.meeting);
    meetings.attachPaper(b.closedPaper, b.closedDocument);
    return b;
}

} // namespace

TEST(MeetingAccess, AClosedItemAndAllOnItNeverReachWhoItIsClosedTo)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), laptop(server, QStringLiteral("sanne")),
        joris(server, QStringLiteral("joris")), ingrid(server, QStringLiteral("ingrid"));
    ASSERT_TRUE(joris.sync());
    const BoardMeeting b =
        writeMeeting(sanne, server.personId(QStringLiteral("maarten")), {joris.personId()});
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(joris.sync());
    ASSERT_TRUE(ingrid.sync());

    // Joris holds the open item with its paper and minutes, and nothing of the closed one:
    // not its id, not its title, not its paper or its line of minutes.
    const QList<MeetingItem> his = MeetingRepo(joris.db()).items(b.meeting);
    ASSERT_EQ(his.size(), 1);
    EXPECT_EQ(his[0].id, b.openItem);
    EXPECT_EQ(MeetingRepo(joris.db()).papersOf(b.meeting).size(), 1);
    EXPECT_EQ(MinutesRepo(joris.db()).lines(b.meeting).size(), 1);
    for (const QString &text : {b.closedItem, b.closedPaper, kClosedTitle, kClosedPaper,
                                kClosedNote, b.closedDocument, kClosedDocument}) {
        EXPECT_FALSE(storeHolds(joris.db(), text)) << text.toStdString();
        EXPECT_FALSE(pullBody(server, "joris").contains(text.toUtf8())) << text.toStdString();
    }
    // Everyone else reads it as the meeting allows.
    EXPECT_EQ(MeetingRepo(ingrid.db()).items(b.meeting).size(), 2);
    EXPECT_EQ(MinutesRepo(ingrid.db()).lines(b.meeting).size(), 2);
    EXPECT_TRUE(storeHolds(ingrid.db(), kClosedPaper));
    EXPECT_TRUE(DocumentRepo(ingrid.db()).byId(b.closedDocument).has_value());

    // A conflict over the closed item's title is shown to who reads it, not to Joris.
    ASSERT_TRUE(laptop.sync());
    MeetingRepo(sanne.db()).updateItem(b.closedItem, {.title = QStringLiteral("Beloning 2027")});
    MeetingRepo(laptop.db()).updateItem(b.closedItem, {.title = QStringLiteral("Beloning RvB")});
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(laptop.sync());
    const auto conflicts = [&](const char *user) {
        const HttpResult r = server.request("GET", QStringLiteral("/v1/conflicts"), {},
                                            server.login(QLatin1String(user)));
        EXPECT_EQ(r.status, 200);
        return r.body;
    };
    EXPECT_TRUE(conflicts("ingrid").contains("Beloning 2027"));
    EXPECT_FALSE(conflicts("joris").contains("Beloning"));
    EXPECT_FALSE(conflicts("joris").contains(b.closedItem.toUtf8()));
    ASSERT_TRUE(joris.sync());
    EXPECT_FALSE(storeHolds(joris.db(), QStringLiteral("Beloning")));
}

// The office manager reads every task; a task made for a paper or an action of an item
// closed to her (or of a confidential meeting) must tell her nothing of it.
TEST(MeetingAccess, TasksForAClosedItemsPapersAndActionsTellWhomItIsClosedToNothing)
{
    for (const bool confidential : {false, true}) {
        SCOPED_TRACE(confidential ? "confidential meeting" : "item closed to her");
        ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
        SyncedDevice sanne(server, QStringLiteral("sanne")), lotte(server, QStringLiteral("lotte")),
            fatima(server, QStringLiteral("fatima"));
        ASSERT_TRUE(fatima.sync());
        Appointment a;
        a.owner = server.personId(QStringLiteral("maarten"));
        a.title = QStringLiteral("Strategiesessie Noord");
        a.startUtc = 1'800'000'000'000LL;
        a.endUtc = a.startUtc + 3'600'000;
        a.confidential = confidential;
        const MeetingRef meeting{AgendaRepo(sanne.db()).add(a, true), -1};
        MeetingRepo meetings(sanne.db());
        MeetingItem item;
        item.meeting = meeting;
        const QString itemTitle = QStringLiteral("Overname Van Dijk BV");
        const QString paperTitle = QStringLiteral("Due diligence Van Dijk");
        item.title = itemTitle;
        if (!confidential)
            item.closedTo = {fatima.personId()};
        const QString itemId = meetings.addItem(item);
        MeetingPaper paper;
        paper.itemId = itemId;
        paper.title = paperTitle;
        paper.deliverer = lotte.personId();
        paper.dueUtc = a.startUtc - 86'400'000;
        const QString paperId = meetings.addPaper(paper, sanne.personId());
        const QString action = QStringLiteral("Ontslagronde voorbereiden");
        const QString entryId = MinutesRepo(sanne.db())
                                    .addAction(itemId, action, lotte.personId(),
                                               a.startUtc + 86'400'000, sanne.personId());
        ASSERT_TRUE(sanne.sync());
        ASSERT_TRUE(lotte.sync());
        ASSERT_TRUE(fatima.sync());

        // She holds both tasks (she reads every task), and no word of the item.
        const QString paperTask = meetings.paperById(paperId)->taskId;
        const QString actionTask =
            sanne.db().get(QStringLiteral("minutes_entries"), entryId)->value("task_id").toString();
        ASSERT_TRUE(TaskRepo(fatima.db()).byId(paperTask).has_value());
        ASSERT_TRUE(TaskRepo(fatima.db()).byId(actionTask).has_value());
        QStringList secrets{itemTitle, paperTitle, action};
        if (confidential)
            secrets << a.title;
        for (const QString &text : secrets)
            EXPECT_FALSE(storeHolds(fatima.db(), text)) << text.toStdString();
        EXPECT_FALSE(meetingTaskWords(fatima.db(), paperTask).has_value());

        // The deliverer and the owner may see the item: their device shows the full words.
        const auto words = meetingTaskWords(lotte.db(), paperTask);
        ASSERT_TRUE(words.has_value());
        EXPECT_EQ(words->title, paperTitle);
        EXPECT_TRUE(words->notes.contains(itemTitle));
        const auto actionWords = meetingTaskWords(lotte.db(), actionTask);
        ASSERT_TRUE(actionWords.has_value());
        EXPECT_EQ(actionWords->title, action);
    }
}

TEST(MeetingAccess, ClosingAnItemLaterQuietsTheTasksMadeForItsPapersAndActions)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), fatima(server, QStringLiteral("fatima"));
    ASSERT_TRUE(fatima.sync());
    Appointment a;
    a.owner = server.personId(QStringLiteral("maarten"));
    a.title = QStringLiteral("Raad van bestuur");
    a.startUtc = 1'800'000'000'000LL;
    a.endUtc = a.startUtc + 3'600'000;
    const MeetingRef meeting{AgendaRepo(sanne.db()).add(a, true), -1};
    MeetingRepo meetings(sanne.db());
    MeetingItem item;
    item.meeting = meeting;
    item.title = QStringLiteral("Overname Van Dijk BV");
    const QString itemId = meetings.addItem(item);
    MeetingPaper paper;
    paper.itemId = itemId;
    paper.title = QStringLiteral("Due diligence Van Dijk");
    paper.deliverer = server.personId(QStringLiteral("lotte"));
    meetings.addPaper(paper, sanne.personId());
    MinutesRepo(sanne.db())
        .addAction(itemId, QStringLiteral("Ontslagronde voorbereiden"),
                   server.personId(QStringLiteral("lotte")), -1, sanne.personId());
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(fatima.sync());
    // Open to all, the tasks name it.
    EXPECT_TRUE(storeHolds(fatima.db(), item.title));

    meetings.updateItem(itemId, {.closedTo = QStringList{fatima.personId()}});
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(fatima.sync());
    for (const QString &text : {item.title, paper.title, QStringLiteral("Ontslagronde")})
        EXPECT_FALSE(storeHolds(fatima.db(), text)) << text.toStdString();
}

TEST(MeetingAccess, ClosingAnItemLaterWithdrawsItWithEverythingOnItAndOpeningBringsItBack)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(joris.sync());
    const BoardMeeting b = writeMeeting(sanne, server.personId(QStringLiteral("maarten")), {});
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(joris.sync());
    EXPECT_TRUE(storeHolds(joris.db(), kClosedPaper));
    EXPECT_TRUE(storeHolds(joris.db(), kClosedNote));

    MeetingRepo(sanne.db()).updateItem(b.closedItem, {.closedTo = QStringList{joris.personId()}});
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(MeetingRepo(joris.db()).items(b.meeting).size(), 1);
    for (const QString &text :
         {b.closedItem, kClosedTitle, kClosedPaper, kClosedNote, kClosedDocument})
        EXPECT_FALSE(storeHolds(joris.db(), text)) << text.toStdString();

    MeetingRepo(sanne.db()).updateItem(b.closedItem, {.closedTo = QStringList{}});
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(MeetingRepo(joris.db()).items(b.meeting).size(), 2);
    EXPECT_EQ(MeetingRepo(joris.db()).papers(b.closedItem).size(), 1);
    EXPECT_EQ(MinutesRepo(joris.db()).lines(b.meeting).size(), 2);
    EXPECT_TRUE(DocumentRepo(joris.db()).byId(b.closedDocument).has_value());
}

TEST(MeetingAccess, AConfidentialMeetingsAgendaReachesOnlyWhoReadsItInFull)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), joris(server, QStringLiteral("joris")),
        lotte(server, QStringLiteral("lotte"));
    ASSERT_TRUE(sanne.sync());
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const BoardMeeting secret = writeMeeting(sanne, maarten, {}, true);
    const BoardMeeting open = writeMeeting(sanne, maarten, {});
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(joris.sync());
    ASSERT_TRUE(lotte.sync());

    // Staff and the office manager: the busy block, and no agenda at all, not redacted.
    for (const char *user : {"joris", "fatima"}) {
        const auto page = protocol::decodePullPage(pullBody(server, user));
        for (const protocol::Record &r : page.records) {
            EXPECT_FALSE(r.id == secret.openItem || r.id == secret.openPaper ||
                         r.id == secret.closedItem)
                << user << " received " << r.entity.toStdString();
            if (r.entity != QStringLiteral("appointments")) {
                EXPECT_NE(r.fields.value(QStringLiteral("appointment_id")).toString(),
                          secret.meeting.appointmentId)
                    << user << " received " << r.entity.toStdString();
            }
        }
    }
    EXPECT_TRUE(MeetingRepo(joris.db()).items(secret.meeting).isEmpty());
    EXPECT_EQ(MeetingRepo(joris.db()).items(open.meeting).size(), 2);
    // Maarten's other assistant reads it all.
    EXPECT_EQ(MeetingRepo(lotte.db()).items(secret.meeting).size(), 2);
    EXPECT_EQ(MinutesRepo(lotte.db()).lines(secret.meeting).size(), 2);

    // A meeting turned confidential takes its agenda away from who no longer reads it.
    AgendaRepo(sanne.db()).update(open.meeting.appointmentId, {.confidential = true}, true);
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(joris.sync());
    EXPECT_TRUE(MeetingRepo(joris.db()).items(open.meeting).isEmpty());
    EXPECT_FALSE(storeHolds(joris.db(), QStringLiteral("Jaarverslag concept")));
    EXPECT_FALSE(storeHolds(joris.db(), QStringLiteral("De voorzitter opent")));
    EXPECT_EQ(MeetingRepo(lotte.db()).items(open.meeting).size(), 2);
}

TEST(MeetingAccess, TheAgendaIsWrittenByWhoMayWriteTheMeetingAndAPaperByItsDeliverer)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(joris.sync());
    const BoardMeeting b = writeMeeting(sanne, server.personId(QStringLiteral("maarten")), {});
    MeetingPaper paper;
    paper.itemId = b.openItem;
    paper.title = QStringLiteral("Begroting");
    paper.deliverer = joris.personId();
    paper.dueUtc = 1'799'000'000'000LL;
    const QString his = MeetingRepo(sanne.db()).addPaper(paper, sanne.personId());
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(joris.sync());

    // Joris may not add to Maarten's agenda.
    MeetingItem item;
    item.meeting = b.meeting;
    item.title = QStringLiteral("Mijn punt");
    MeetingRepo(joris.db()).addItem(item);
    ASSERT_TRUE(syncSettled(joris));
    EXPECT_EQ(rejectedCodes(joris.db()), QStringList{QStringLiteral("forbidden")});
    EXPECT_FALSE(pullBody(server, "sanne").contains("Mijn punt"));

    // He delivers his paper: attached on his device, his task closes with it.
    const QString taskId = MeetingRepo(joris.db()).paperById(his)->taskId;
    ASSERT_EQ(TaskRepo(joris.db()).byId(taskId)->assignee, joris.personId());
    const QString document = addDocument(joris, QStringLiteral("Begroting 2027.pdf"), b.meeting);
    MeetingRepo(joris.db()).attachPaper(his, document);
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(joris.db().rejectedCount(),
              qint64(entity(QStringLiteral("meeting_items")).fields.size()));
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(MeetingRepo(sanne.db()).paperById(his)->documentId, document);
    EXPECT_EQ(TaskRepo(sanne.db()).byId(taskId)->status, TaskStatus::Done);
    EXPECT_EQ(MeetingRepo(sanne.db()).papersIn(b.meeting), (PapersIn{2, 3}));
}

TEST(MeetingAccess, ASyncAfterARefusalEndsOnlyWhenTheNextChangeIsStored)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), joris(server, QStringLiteral("joris"));
    const BoardMeeting b = writeMeeting(sanne, server.personId(QStringLiteral("maarten")), {});
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(joris.sync());
    MeetingItem item;
    item.meeting = b.meeting;
    item.title = QStringLiteral("Mijn punt");
    MeetingRepo(joris.db()).addItem(item);
    ASSERT_TRUE(syncSettled(joris));
    ASSERT_EQ(rejectedCodes(joris.db()), QStringList{QStringLiteral("forbidden")});

    // The refused mutation left a gap in his numbers: the server asks to renumber first.
    addDocument(joris, QStringLiteral("Na de weigering.pdf"), b.meeting);
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(joris.db().pendingCount(), 0);
    EXPECT_TRUE(pullBody(server, "sanne").contains("Na de weigering.pdf"));
}

TEST(MeetingAccess, FinalMinutesTakeNoMoreChangesOnTheServer)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), lotte(server, QStringLiteral("lotte"));
    ASSERT_TRUE(sanne.sync());
    const BoardMeeting b = writeMeeting(sanne, server.personId(QStringLiteral("maarten")), {});
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(lotte.sync());
    MinutesRepo minutes(sanne.db());
    const QString v1 = minutes.current(b.meeting)->id;
    minutes.setState(v1, MinutesState::Review);
    minutes.setState(v1, MinutesState::Final);
    ASSERT_TRUE(sanne.sync());

    // Lotte had not heard: on her device the minutes are still a draft.
    MinutesRepo hers(lotte.db());
    const QString welcome = hers.lines(b.meeting).first().entry.id;
    hers.editEntry(welcome, QStringLiteral("Welkom allen"));
    hers.addEntry(b.openItem, MinutesEntryKind::Note, QStringLiteral("Nagekomen"),
                  lotte.personId());
    hers.setState(v1, MinutesState::Review);
    ASSERT_TRUE(syncSettled(lotte));
    EXPECT_EQ(rejectedCodes(lotte.db()), QStringList{QStringLiteral("locked")});
    const QByteArray stored = pullBody(server, "sanne");
    EXPECT_FALSE(stored.contains("Welkom allen"));
    EXPECT_FALSE(stored.contains("Nagekomen"));
    EXPECT_EQ(MinutesRepo(lotte.db()).byId(v1)->state, MinutesState::Final);

    // A correction is a new version, which the server takes.
    const QString v2 = hers.correct(b.meeting, lotte.personId());
    hers.editEntry(hers.lines(b.meeting).first().entry.id, QStringLiteral("Welkom allen"));
    ASSERT_TRUE(syncSettled(lotte));
    EXPECT_EQ(rejectedCodes(lotte.db()), QStringList{QStringLiteral("locked")});
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(MinutesRepo(sanne.db()).current(b.meeting)->id, v2);
    EXPECT_EQ(MinutesRepo(sanne.db()).lines(b.meeting).first().entry.text,
              QStringLiteral("Welkom allen"));
}

TEST(MeetingAccess, NobodyAddsPapersOrMinutesInSomeoneElsesName)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne"));
    ASSERT_TRUE(sanne.sync());
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const BoardMeeting b = writeMeeting(sanne, maarten, {});
    ASSERT_TRUE(sanne.sync());
    ASSERT_EQ(sanne.db().rejectedCount(), 0);

    MeetingPaper paper;
    paper.itemId = b.openItem;
    paper.title = QStringLiteral("Namens Maarten");
    MeetingRepo(sanne.db()).addPaper(paper, maarten);
    ASSERT_TRUE(syncSettled(sanne));
    EXPECT_EQ(rejectedCodes(sanne.db()), QStringList{QStringLiteral("forged_author")});
    const qint64 afterPaper = sanne.db().rejectedCount();
    MinutesRepo(sanne.db())
        .addEntry(b.openItem, MinutesEntryKind::Note, QStringLiteral("Namens Maarten genoteerd"),
                  maarten);
    ASSERT_TRUE(syncSettled(sanne));
    EXPECT_GT(sanne.db().rejectedCount(), afterPaper);
    EXPECT_EQ(rejectedCodes(sanne.db()), QStringList{QStringLiteral("forged_author")});
    EXPECT_FALSE(pullBody(server, "sanne").contains("Namens Maarten"));
}

TEST(MeetingBadInput, EachNewKindRefusesBadRecordsWithAJsonErrorAndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne"));
    ASSERT_TRUE(sanne.sync());
    const BoardMeeting b = writeMeeting(sanne, server.personId(QStringLiteral("maarten")), {});
    ASSERT_TRUE(sanne.sync());
    const QString token = server.login(QStringLiteral("sanne"));
    const qint64 before = server.version(token);
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000c1");
    const QString id = QStringLiteral("01900000-0000-7000-8000-0000000000c2");
    const auto push = [&](const QList<protocol::Change> &changes) {
        return server.request("POST", QStringLiteral("/v1/push"),
                              protocol::encode(protocol::PushRequest{client, 0, {{1, changes}}}),
                              token);
    };
    const auto expectError = [&](const HttpResult &r, int status, const char *code,
                                 const char *what) {
        EXPECT_EQ(r.status, status) << what << ": " << r.body.constData();
        EXPECT_EQ(r.errorCode(), QLatin1String(code)) << what << ": " << r.body.constData();
    };
    MeetingItem item;
    item.meeting = b.meeting;
    item.title = QStringLiteral("Nieuw punt");
    QVariantMap itemRecord = MeetingRepo::toRecord(item);

    // An item of a meeting that does not exist, a paper of an item that does not exist.
    itemRecord.insert(QStringLiteral("appointment_id"), id);
    expectError(push(recordChanges(QStringLiteral("meeting_items"), id, itemRecord, client)), 400,
                "unknown_parent", "an item of no meeting");
    MeetingPaper paper;
    paper.itemId = QStringLiteral("01900000-0000-7000-8000-0000000000c3");
    paper.title = QStringLiteral("Los stuk");
    paper.createdBy = sanne.personId();
    expectError(push(recordChanges(QStringLiteral("meeting_papers"), id,
                                   MeetingRepo::toRecord(paper), client)),
                400, "unknown_parent", "a paper of no item");
    // A record with a field missing, or of the wrong type.
    itemRecord = MeetingRepo::toRecord(item);
    QList<protocol::Change> missing =
        recordChanges(QStringLiteral("meeting_items"), id, itemRecord, client);
    missing.removeLast();
    expectError(push(missing), 400, "incomplete_record", "an item without closed_to");
    QList<protocol::Change> wrongType =
        recordChanges(QStringLiteral("meeting_items"), id, itemRecord, client);
    wrongType.last().value = QStringLiteral("joris");
    expectError(push(wrongType), 400, "bad_request", "closed_to as text");
    QList<protocol::Change> wrongPosition =
        recordChanges(QStringLiteral("meeting_items"), id, itemRecord, client);
    for (protocol::Change &c : wrongPosition) {
        if (c.field == QStringLiteral("position"))
            c.value = QStringLiteral("first");
    }
    expectError(push(wrongPosition), 400, "bad_request", "a position as text");
    // Minutes and their lines naming someone else as author.
    MinutesEntry entry;
    entry.itemId = b.openItem;
    entry.minutesId = MinutesRepo(sanne.db()).current(b.meeting)->id;
    entry.text = QStringLiteral("Vervalst");
    entry.createdBy = server.personId(QStringLiteral("maarten"));
    expectError(push(recordChanges(QStringLiteral("minutes_entries"), id,
                                   MinutesRepo::toRecord(entry), client)),
                403, "forged_author", "a line of minutes by someone else");
    // A comment naming someone else, on no item, without a field, with a text as a number.
    MinutesComment comment{{},
                           entry.minutesId,
                           b.openItem,
                           {},
                           QStringLiteral("Vervalst"),
                           server.personId(QStringLiteral("maarten")),
                           1'790'000'000'000};
    expectError(push(recordChanges(QStringLiteral("minutes_comments"), id,
                                   MinutesRepo::toRecord(comment), client)),
                403, "forged_author", "a comment by someone else");
    comment.author = sanne.personId();
    comment.itemId = QStringLiteral("01900000-0000-7000-8000-0000000000c3");
    expectError(push(recordChanges(QStringLiteral("minutes_comments"), id,
                                   MinutesRepo::toRecord(comment), client)),
                400, "unknown_parent", "a comment on no item");
    comment.itemId = b.openItem;
    QList<protocol::Change> noAuthor = recordChanges(QStringLiteral("minutes_comments"), id,
                                                     MinutesRepo::toRecord(comment), client);
    noAuthor.removeIf(
        [](const protocol::Change &c) { return c.field == QStringLiteral("author"); });
    expectError(push(noAuthor), 400, "incomplete_record", "a comment without its author");
    QList<protocol::Change> numberText = recordChanges(QStringLiteral("minutes_comments"), id,
                                                       MinutesRepo::toRecord(comment), client);
    for (protocol::Change &c : numberText) {
        if (c.field == QStringLiteral("created_at"))
            c.value = QStringLiteral("gisteren");
    }
    expectError(push(numberText), 400, "bad_request", "a comment's time as text");

    EXPECT_EQ(server.version(token), before) << "a refused push stores nothing";
    EXPECT_EQ(server.request("GET", QStringLiteral("/v1/health")).status, 200);
}

// Comments on minutes in review: an attendee's (or the owner's side's) only, in their own
// name, while in review; final minutes are locked; a comment on a closed item stays away
// from whom it is closed to.
namespace {
struct Reviewed {
    BoardMeeting board;
    QString minutesId;
    QString openLine; // the open item's note
};

Reviewed meetingInReview(ServerProcess &server, SyncedDevice &sanne, const QStringList &attendees,
                         const QStringList &closedTo)
{
    Reviewed r;
    r.board = writeMeeting(sanne, server.personId(QStringLiteral("maarten")), closedTo);
    AgendaRepo(sanne.db()).update(r.board.meeting.appointmentId, {.attendees = attendees});
    MinutesRepo minutes(sanne.db());
    r.minutesId = minutes.current(r.board.meeting)->id;
    r.openLine = minutes.lines(r.board.meeting).first().entry.id;
    minutes.setState(r.minutesId, MinutesState::Review);
    EXPECT_TRUE(sanne.sync());
    return r;
}
} // namespace

TEST(MinutesComments, AnAttendeeCommentsInReviewAndSomeoneNotInTheMeetingIsRefused)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), joris(server, QStringLiteral("joris")),
        noor(server, QStringLiteral("noor"));
    ASSERT_TRUE(joris.sync());
    const Reviewed r = meetingInReview(server, sanne, {joris.personId()}, {});
    ASSERT_TRUE(joris.sync());
    ASSERT_TRUE(noor.sync());

    MinutesRepo(joris.db())
        .addComment(r.board.openItem, r.openLine, QStringLiteral("Welkom ook online"),
                    joris.personId());
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(joris.db().rejectedCount(), 0);
    // Noor reads the meeting (it is not confidential) but does not attend it.
    MinutesRepo(noor.db()).addComment(r.board.openItem, {}, QStringLiteral("Van buiten"),
                                      noor.personId());
    ASSERT_TRUE(syncSettled(noor));
    EXPECT_EQ(rejectedCodes(noor.db()), QStringList{QStringLiteral("forbidden")});

    ASSERT_TRUE(sanne.sync());
    const QList<MinutesComment> seen = MinutesRepo(sanne.db()).comments(r.board.meeting);
    ASSERT_EQ(seen.size(), 1);
    EXPECT_EQ(seen[0].author, joris.personId());
    EXPECT_EQ(seen[0].entryId, r.openLine);
    EXPECT_FALSE(pullBody(server, "sanne").contains("Van buiten"));

    // The owner's side comments too: Sanne serves Maarten.
    MinutesRepo(sanne.db())
        .addComment(r.board.openItem, {}, QStringLiteral("Verwerkt"), sanne.personId());
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(sanne.db().rejectedCount(), 0);
    // Nobody rewrites someone else's comment.
    ASSERT_TRUE(joris.sync());
    const QString sannes = MinutesRepo(joris.db()).comments(r.board.meeting).last().id;
    Database::Transaction tx(joris.db());
    joris.db().update(QStringLiteral("minutes_comments"), sannes,
                      {{QStringLiteral("text"), QStringLiteral("Niet verwerkt")}});
    tx.commit();
    ASSERT_TRUE(syncSettled(joris));
    EXPECT_EQ(rejectedCodes(joris.db()), QStringList{QStringLiteral("forbidden")});
    EXPECT_FALSE(pullBody(server, "sanne").contains("Niet verwerkt"));
}

TEST(MinutesComments, OnlyItsAuthorTakesACommentBack)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(joris.sync());
    const Reviewed r = meetingInReview(server, sanne, {joris.personId()}, {});
    ASSERT_TRUE(joris.sync());
    const QString first =
        MinutesRepo(joris.db())
            .addComment(r.board.openItem, {}, QStringLiteral("Eerste gedachte"), joris.personId());
    const QString kept =
        MinutesRepo(joris.db())
            .addComment(r.board.openItem, {}, QStringLiteral("Blijft staan"), joris.personId());
    ASSERT_TRUE(joris.sync());
    ASSERT_TRUE(sanne.sync());
    ASSERT_EQ(MinutesRepo(sanne.db()).comments(r.board.meeting).size(), 2);

    // Joris takes his first thought back; Sanne's device loses it too.
    MinutesRepo(joris.db()).removeComment(first, joris.personId());
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(joris.db().rejectedCount(), 0);
    ASSERT_TRUE(sanne.sync());
    ASSERT_EQ(MinutesRepo(sanne.db()).comments(r.board.meeting).size(), 1);

    // Sanne's device, skipping the rule, removes the comment Joris keeps: refused.
    Database::Transaction tx(sanne.db());
    sanne.db().remove(QStringLiteral("minutes_comments"), kept);
    tx.commit();
    ASSERT_TRUE(syncSettled(sanne));
    EXPECT_EQ(rejectedCodes(sanne.db()), QStringList{QStringLiteral("forbidden")});
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(MinutesRepo(joris.db()).comments(r.board.meeting).size(), 1);
}

TEST(MinutesComments, OnlyMinutesInReviewTakeCommentsAndFinalOnesAreLocked)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(joris.sync());
    const Reviewed r = meetingInReview(server, sanne, {joris.personId()}, {});
    ASSERT_TRUE(joris.sync());

    // Final on Sanne's device; Joris had not heard and comments on what he holds.
    MinutesRepo(sanne.db()).setState(r.minutesId, MinutesState::Final);
    ASSERT_TRUE(sanne.sync());
    MinutesRepo(joris.db())
        .addComment(r.board.openItem, {}, QStringLiteral("Te laat"), joris.personId());
    ASSERT_TRUE(syncSettled(joris));
    EXPECT_EQ(rejectedCodes(joris.db()), QStringList{QStringLiteral("locked")});
    EXPECT_FALSE(pullBody(server, "sanne").contains("Te laat"));

    // A correction is a draft: a comment on it (pushed as a device that skipped the rule
    // would) is refused until it goes to review.
    const QString v2 = MinutesRepo(sanne.db()).correct(r.board.meeting, sanne.personId());
    ASSERT_TRUE(sanne.sync());
    const QString token = server.login(QStringLiteral("joris"));
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000d1");
    MinutesComment c{{},
                     v2,
                     r.board.openItem,
                     {},
                     QStringLiteral("Op het concept"),
                     joris.personId(),
                     1'790'000'000'000};
    const auto push = [&](qint64 mutation) {
        return server.request(
            "POST", QStringLiteral("/v1/push"),
            protocol::encode(protocol::PushRequest{
                client,
                0,
                {{mutation, recordChanges(QStringLiteral("minutes_comments"),
                                          QStringLiteral("01900000-0000-7000-8000-0000000000d2"),
                                          MinutesRepo::toRecord(c), client)}}}),
            token);
    };
    const HttpResult draft = push(1);
    EXPECT_EQ(draft.status, 403) << draft.body.constData();
    EXPECT_EQ(draft.errorCode(), QStringLiteral("forbidden"));
    EXPECT_FALSE(pullBody(server, "sanne").contains("Op het concept"));
}

TEST(MinutesComments, ACommentNamesItsAuthorFromTheSessionOnly)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(joris.sync());
    const Reviewed r = meetingInReview(server, sanne, {joris.personId()}, {});
    ASSERT_TRUE(joris.sync());
    // Joris's device claims Maarten wrote it.
    MinutesRepo(joris.db())
        .addComment(r.board.openItem, {}, QStringLiteral("Namens Maarten"),
                    server.personId(QStringLiteral("maarten")));
    ASSERT_TRUE(syncSettled(joris));
    EXPECT_EQ(rejectedCodes(joris.db()), QStringList{QStringLiteral("forged_author")});
    EXPECT_FALSE(pullBody(server, "sanne").contains("Namens Maarten"));
}

TEST(MinutesComments, ACommentTakesOnlyTheMinutesOfItsOwnItemsMeeting)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(joris.sync());
    const Reviewed closed = meetingInReview(server, sanne, {joris.personId()}, {});
    const Reviewed open = meetingInReview(server, sanne, {joris.personId()}, {});
    MinutesRepo(sanne.db()).setState(closed.minutesId, MinutesState::Final);
    ASSERT_TRUE(sanne.sync());

    // A device that skipped the rule puts a comment on the final meeting's item under the
    // other meeting's minutes, which are in review.
    const QString token = server.login(QStringLiteral("joris"));
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000e1");
    const auto push = [&](qint64 mutation, const QString &itemId, const QString &text) {
        const MinutesComment c{{},   open.minutesId,   itemId,           {},
                               text, joris.personId(), 1'790'000'000'000};
        return server.request(
            "POST", QStringLiteral("/v1/push"),
            protocol::encode(protocol::PushRequest{
                client,
                0,
                {{mutation, recordChanges(QStringLiteral("minutes_comments"),
                                          QStringLiteral("01900000-0000-7000-8000-0000000000e%1")
                                              .arg(mutation + 1),
                                          MinutesRepo::toRecord(c), client)}}}),
            token);
    };
    const qint64 before = server.version(token);
    const HttpResult crossed = push(1, closed.board.openItem, QStringLiteral("Via de andere"));
    EXPECT_EQ(crossed.status, 400) << crossed.body.constData();
    EXPECT_EQ(crossed.errorCode(), QStringLiteral("unknown_parent"));
    EXPECT_EQ(server.version(token), before) << "a refused push stores nothing";
    EXPECT_FALSE(pullBody(server, "sanne").contains("Via de andere"));

    // The same comment on the item of the minutes it names is taken.
    const HttpResult own = push(1, open.board.openItem, QStringLiteral("Op de eigen"));
    EXPECT_EQ(own.status, 200) << own.body.constData();
    EXPECT_TRUE(pullBody(server, "sanne").contains("Op de eigen"));
}

TEST(MinutesComments, ACommentOnAClosedItemNeverReachesWhomItIsClosedTo)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), joris(server, QStringLiteral("joris")),
        lotte(server, QStringLiteral("lotte"));
    ASSERT_TRUE(joris.sync());
    const Reviewed r =
        meetingInReview(server, sanne, {joris.personId(), lotte.personId()}, {joris.personId()});
    ASSERT_TRUE(lotte.sync());
    const QString secret = QStringLiteral("Bonus alsnog bespreken");
    MinutesRepo(lotte.db()).addComment(r.board.closedItem, {}, secret, lotte.personId());
    ASSERT_TRUE(lotte.sync());
    EXPECT_EQ(lotte.db().rejectedCount(), 0);
    ASSERT_TRUE(joris.sync());
    EXPECT_TRUE(MinutesRepo(joris.db()).comments(r.board.meeting).isEmpty());
    EXPECT_FALSE(storeHolds(joris.db(), secret));
    EXPECT_FALSE(pullBody(server, "joris").contains(secret.toUtf8()));
    // A raw push of Joris's on the item closed to him is refused.
    const QString token = server.login(QStringLiteral("joris"));
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000e1");
    const MinutesComment c{{},
                           r.minutesId,
                           r.board.closedItem,
                           {},
                           QStringLiteral("Ik ook"),
                           joris.personId(),
                           1'790'000'000'000};
    const HttpResult refused = server.request(
        "POST", QStringLiteral("/v1/push"),
        protocol::encode(protocol::PushRequest{
            client,
            0,
            {{1, recordChanges(QStringLiteral("minutes_comments"),
                               QStringLiteral("01900000-0000-7000-8000-0000000000e2"),
                               MinutesRepo::toRecord(c), client)}}}),
        token);
    EXPECT_EQ(refused.status, 403) << refused.body.constData();
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(MinutesRepo(sanne.db()).comments(r.board.meeting).size(), 1);
}
