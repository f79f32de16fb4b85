// SPDX-License-Identifier: GPL-3.0-or-later
// Who has not opened the papers: a read is recorded once per paper and reader (one record
// whichever device records it), and the secretary reads per attendee what is unread; and
// the next meeting with papers, whose "3 of 5 papers in" the director's Today shows.
#include "TestStore.h"

#include "core/demo/DemoOffice.h"
#include "core/documents/DocumentRepo.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/PaperReads.h"
#include "core/store/Uuid7.h"

using namespace spil;
using namespace spil::test;

class PaperReads : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        maarten = addPerson("Maarten Verhoeven", Role::Director);
        ingrid = addPerson("Ingrid Smit", Role::Director);
        sanne = addPerson("Sanne de Vries", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
        joris = addPerson("Joris Bakker", Role::Staff);
        Appointment a = appointment(maarten, "Raad van bestuur", utc("2026-12-10T13:00:00Z"),
                                    utc("2026-12-10T16:00:00Z"));
        a.attendees = {ingrid, joris, QStringLiteral("Mr. Outsider")};
        board = {AgendaRepo(*db).add(a), -1};
    }
    QString item(const char *title, QStringList closedTo = {})
    {
        MeetingItem i;
        i.meeting = board;
        i.title = QString::fromUtf8(title);
        i.closedTo = std::move(closedTo);
        return meetings.addItem(i);
    }
    // A paper of the item, in (with a document) when `in`.
    QString paper(const QString &itemId, const char *title, bool in)
    {
        MeetingPaper p;
        p.itemId = itemId;
        p.title = QString::fromUtf8(title);
        const QString id = meetings.addPaper(p, sanne);
        if (!in)
            return id;
        Document d;
        d.title = p.title;
        d.sha256 = QString(64, QLatin1Char('b'));
        d.size = 1000;
        d.addedBy = sanne;
        d.appointmentId = board.appointmentId;
        const QString document = DocumentRepo(*db).add(d);
        meetings.attachPaper(id, document);
        return meetings.paperById(id)->documentId;
    }
    MeetingRepo meetings{*db};
    PaperReadRepo reads{*db};
    QString maarten, ingrid, sanne, joris;
    MeetingRef board;
};

TEST_F(PaperReads, AReadIsOneRecordPerPaperAndReaderWhoeverRecordsIt)
{
    const QString doc = paper(item("Jaarplan"), "Jaarplan 2027", true);
    const QString id = PaperReadRepo::idFor(doc, maarten);
    EXPECT_TRUE(isUuid(id));
    EXPECT_EQ(PaperReadRepo::idFor(doc, maarten), id) << "the same on every device";
    EXPECT_NE(PaperReadRepo::idFor(doc, ingrid), id);

    EXPECT_EQ(reads.recordRead(doc, maarten), id);
    const auto changes = lastActionChanges(*db);
    EXPECT_EQ(changes.value(QStringLiteral("paper_reads.reader")), QJsonValue(maarten));
    EXPECT_EQ(changes.value(QStringLiteral("paper_reads.document_id")), QJsonValue(doc));
    EXPECT_EQ(changes.value(QStringLiteral("paper_reads.read_at")),
              QJsonValue(double(clock.nowMs())));
    const qint64 outbox = db->pendingCount();
    const qint64 first = clock.nowMs();

    // Opened again later: the first read stands and nothing goes up.
    clock.set(first + 3600 * 1000);
    EXPECT_EQ(reads.recordRead(doc, maarten), id);
    EXPECT_EQ(db->pendingCount(), outbox);
    ASSERT_TRUE(reads.read(doc, maarten).has_value());
    EXPECT_EQ(reads.read(doc, maarten)->readAt, first);
    EXPECT_EQ(reads.readsOf(doc).size(), 1);
}

TEST_F(PaperReads, NeedsADocumentAndAReader)
{
    const QString doc = paper(item("Jaarplan"), "Jaarplan 2027", true);
    const qint64 outbox = db->pendingCount();
    EXPECT_THROW(reads.recordRead(QStringLiteral("0190aaaa-0000-7000-8000-000000000000"), maarten),
                 Error);
    EXPECT_THROW(reads.recordRead(doc, QString()), Error);
    EXPECT_EQ(db->pendingCount(), outbox);
}

TEST_F(PaperReads, EachAttendeeSeesWhatTheyHaveNotOpenedOfThePapersMeantForThem)
{
    const QString plan = item("Jaarplan");
    const QString pay = item("Beloning directie", {joris});
    const QString planDoc = paper(plan, "Jaarplan 2027", true);
    paper(plan, "Marktanalyse", false); // not in: nobody can read it yet
    const QString payDoc = paper(pay, "Voorstel beloning", true);
    reads.recordRead(planDoc, maarten);
    reads.recordRead(payDoc, maarten);
    reads.recordRead(planDoc, ingrid);

    const QList<AttendeeReading> unread = reads.unreadFor(board);
    // The owner first, then the attendees who are people of the office.
    ASSERT_EQ(unread.size(), 3);
    EXPECT_EQ(unread[0].person, maarten);
    EXPECT_EQ(unread[0].toRead, 2);
    EXPECT_TRUE(unread[0].unread.isEmpty());
    EXPECT_EQ(unread[1].person, ingrid);
    EXPECT_EQ(unread[1].toRead, 2);
    ASSERT_EQ(unread[1].unread.size(), 1);
    EXPECT_EQ(unread[1].unread[0].paper.documentId, payDoc);
    EXPECT_EQ(unread[1].unread[0].item.title, QStringLiteral("Beloning directie"));
    // The item closed to Joris is not his to read.
    EXPECT_EQ(unread[2].person, joris);
    EXPECT_EQ(unread[2].toRead, 1);
    ASSERT_EQ(unread[2].unread.size(), 1);
    EXPECT_EQ(unread[2].unread[0].paper.documentId, planDoc);
}

TEST_F(PaperReads, TheNextMeetingWithPapersIsTheFirstNotOverThatAsksForThem)
{
    item("Opening"); // an agenda, but no papers yet
    EXPECT_FALSE(meetings.nextWithPapers().has_value());
    EXPECT_EQ(meetings.nextWithAgenda(), board);
    const QString plan = item("Jaarplan");
    paper(plan, "Jaarplan 2027", true);
    paper(plan, "Marktanalyse", false);
    EXPECT_EQ(meetings.nextWithPapers(), board);
    EXPECT_EQ(meetings.nextWithPapers(maarten), board) << "the owner's";
    EXPECT_EQ(meetings.nextWithPapers(ingrid), board) << "an attendee's";
    EXPECT_FALSE(meetings.nextWithPapers(sanne).has_value()) << "not in her agenda";
    EXPECT_EQ(meetings.papersIn(board), (PapersIn{1, 2}));

    // An earlier meeting with papers comes first; once over, the board again.
    const MeetingRef earlier{
        AgendaRepo(*db).add(
            appointment(maarten, "MT", utc("2026-12-03T08:00:00Z"), utc("2026-12-03T09:00:00Z"))),
        -1};
    MeetingItem i;
    i.meeting = earlier;
    i.title = QStringLiteral("Lopende zaken");
    MeetingPaper p;
    p.itemId = meetings.addItem(i);
    p.title = QStringLiteral("Cijfers");
    meetings.addPaper(p, sanne);
    EXPECT_EQ(meetings.nextWithPapers(maarten), earlier);
    clock.set(utc("2026-12-03T09:00:00Z"));
    EXPECT_EQ(meetings.nextWithPapers(maarten), board);
    clock.set(utc("2026-12-10T16:00:00Z"));
    EXPECT_FALSE(meetings.nextWithPapers().has_value());
}

TEST(PaperReadsDemo, TheBoardMeetingHasFivePapersSomeInSomeLateSomeRead)
{
    QTemporaryDir dir;
    ManualClock clock(in("Europe/Amsterdam", "2026-11-30T10:15"));
    Database db(dir.filePath(QStringLiteral("demo.db")), clock);
    DemoOffice::create(db);
    const auto maarten = PeopleRepo(db).resolve(QString::fromLatin1(DemoOffice::director));
    const auto next = MeetingRepo(db).nextWithPapers(maarten.id);
    ASSERT_TRUE(next.has_value());
    EXPECT_EQ(MeetingRepo(db).papersIn(*next), (PapersIn{3, 5}));
    EXPECT_EQ(MeetingRepo(db).latePapers(*next).size(), 1);
    const auto unread = PaperReadRepo(db).unreadFor(*next);
    ASSERT_EQ(unread.size(), 2);
    EXPECT_EQ(unread[0].person, maarten.id);
    EXPECT_EQ(unread[0].toRead, 3);
    EXPECT_EQ(unread[0].unread.size(), 1);
    EXPECT_EQ(unread[1].unread.size(), 1);
}
