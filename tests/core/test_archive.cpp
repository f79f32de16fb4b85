// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/archive/ArchiveRepo.h"
#include "core/archive/ArchiveSearch.h"
#include "core/common/EnumText.h"
#include "core/documents/DocumentRepo.h"
#include "core/store/Uuid7.h"
#include "core/tasks/TaskRepo.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaEnum>
#include <QSet>

using namespace spil;
using namespace spil::test;

namespace {
class Archive : public StoreTest {
protected:
    Archive()
    {
        maarten = addPerson("Maarten de Vries", Role::Director);
        sanne = addPerson("Sanne Jansen", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
    }
    ArchiveItem item(ArchiveKind kind, const char *date, const char *subject,
                     QStringList parties = {}, QStringList tags = {})
    {
        ArchiveItem a;
        a.owner = maarten;
        a.kind = kind;
        a.date = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
        a.subject = QString::fromUtf8(subject);
        a.parties = std::move(parties);
        a.tags = std::move(tags);
        return a;
    }
    ArchiveItem contract(const char *subject, const char *start, const char *end, int notice)
    {
        ArchiveItem a = item(ArchiveKind::Contract, start, subject, {QStringLiteral("Ricoh")});
        a.contractStart = QDate::fromString(QString::fromLatin1(start), Qt::ISODate);
        a.contractEnd = QDate::fromString(QString::fromLatin1(end), Qt::ISODate);
        a.noticeMonths = notice;
        return a;
    }
    QStringList subjectsOf(const QList<ArchiveHit> &hits)
    {
        QStringList out;
        for (const ArchiveHit &h : hits)
            out << h.item.subject;
        return out;
    }
    QString addFile(const char *title)
    {
        Document d;
        d.title = QString::fromUtf8(title);
        d.mime = QStringLiteral("application/pdf");
        d.size = 10;
        d.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(title, QCryptographicHash::Sha256).toHex());
        d.addedBy = sanne;
        return DocumentRepo(*db).add(d);
    }
    QString maarten, sanne;
    ArchiveRepo archive{*db};
};
} // namespace

TEST(ArchiveEnums, EveryKindKeepsItsWordAndABadWordIsRefused)
{
    const QMetaEnum meta = QMetaEnum::fromType<ArchiveKind>();
    QSet<QString> seen;
    for (int i = 0; i < meta.keyCount(); ++i) {
        const auto value = ArchiveKind(meta.value(i));
        const QString text = toText(value);
        EXPECT_FALSE(text.isEmpty());
        EXPECT_FALSE(seen.contains(text));
        seen.insert(text);
        EXPECT_EQ(parseText<ArchiveKind>(text, QStringLiteral("kind")), value);
    }
    EXPECT_EQ(qsizetype(enumTexts<ArchiveKind>.size()), qsizetype(meta.keyCount()));
    EXPECT_THROW(parseText<ArchiveKind>(QStringLiteral("memo"), QStringLiteral("kind")), Error);
    // A word from a newer device reads as an incoming letter instead of failing the list.
    EXPECT_EQ(ArchiveRepo::fromRecord({{QStringLiteral("kind"), QStringLiteral("fax")}}).kind,
              ArchiveKind::LetterIn);
}

TEST_F(Archive, AnItemIsStoredWithEveryFieldAndReadBack)
{
    ArchiveItem a = item(ArchiveKind::LetterOut, "2026-10-02", "  Offerte   herinrichting ",
                         {QStringLiteral("Gemeente Utrecht"), QStringLiteral(" gemeente utrecht")},
                         {QStringLiteral("huisvesting")});
    a.location = {QStringLiteral("A"), QStringLiteral("3"), QStringLiteral("2")};
    a.retentionYears = 7;
    a.confidential = true;
    const QString id = archive.add(a, sanne);
    const ArchiveItem back = *archive.byId(id);
    EXPECT_EQ(back.subject, QStringLiteral("Offerte herinrichting"));
    EXPECT_EQ(back.parties, QStringList{QStringLiteral("Gemeente Utrecht")});
    EXPECT_EQ(back.tags, QStringList{QStringLiteral("huisvesting")});
    EXPECT_EQ(back.kind, ArchiveKind::LetterOut);
    EXPECT_EQ(back.date, QDate(2026, 10, 2));
    EXPECT_EQ(back.location, a.location);
    EXPECT_EQ(back.retentionYears, 7);
    EXPECT_TRUE(back.confidential);
    EXPECT_EQ(back.createdBy, sanne);
    EXPECT_EQ(back.createdAt, clock.nowMs());
    EXPECT_EQ(locationText(back.location), QStringLiteral("Cabinet A · Binder 3 · Shelf 2"));
    EXPECT_EQ(archive.resolve(id.right(8)).id, id);
}

TEST_F(Archive, BadItemsAreRefusedWithNothingWritten)
{
    const qint64 before = db->pendingChanges(100000).size();
    auto noSubject = item(ArchiveKind::Report, "2026-01-01", " ");
    EXPECT_THROW(archive.add(noSubject, sanne), Error);
    auto noDate = item(ArchiveKind::Report, "", "Jaarverslag");
    EXPECT_THROW(archive.add(noDate, sanne), Error);
    auto notADirector = item(ArchiveKind::Report, "2026-01-01", "Jaarverslag");
    notADirector.owner = sanne;
    EXPECT_THROW(archive.add(notADirector, sanne), Error);
    auto forEver = item(ArchiveKind::Report, "2026-01-01", "Jaarverslag");
    forEver.retentionYears = 101;
    EXPECT_THROW(archive.add(forEver, sanne), Error);
    forEver.retentionYears = -1;
    EXPECT_THROW(archive.add(forEver, sanne), Error);
    auto letterWithTerm = item(ArchiveKind::LetterIn, "2026-01-01", "Brief");
    letterWithTerm.noticeMonths = 3;
    EXPECT_THROW(archive.add(letterWithTerm, sanne), Error);
    EXPECT_THROW(archive.add(contract("Lease", "2026-01-01", "2025-12-31", 3), sanne), Error);
    EXPECT_THROW(archive.add(contract("Lease", "2026-01-01", "2027-12-31", 61), sanne), Error);
    EXPECT_EQ(db->pendingChanges(100000).size(), before);
    EXPECT_TRUE(archive.all().isEmpty());
}

TEST_F(Archive, AnEditWritesOnlyTheFieldsItChanges)
{
    const QString id = archive.add(item(ArchiveKind::LetterIn, "2026-03-01", "Brief"), sanne);
    archive.update(id,
                   {.tags = QStringList{QStringLiteral("juridisch")},
                    .location = PaperLocation{QStringLiteral("B"), {}, {}}},
                   sanne);
    const auto changes = lastActionChanges(*db);
    EXPECT_EQ(QSet<QString>(changes.keyBegin(), changes.keyEnd()),
              (QSet<QString>{QStringLiteral("archive_items.tags"),
                             QStringLiteral("archive_items.cabinet")}));
    EXPECT_THROW(archive.update(id, {.date = QDate()}, sanne), Error);
    EXPECT_THROW(archive.update(QStringLiteral("nope"), {.subject = QStringLiteral("x")}, sanne),
                 Error);
}

TEST_F(Archive, NoticeDateIsTheEndLessTheNoticePeriod)
{
    const ArchiveItem lease = contract("Lease", "2024-01-01", "2027-06-30", 3);
    EXPECT_EQ(noticeDate(lease), QDate(2027, 3, 30));
    EXPECT_EQ(noticeTaskDay(lease, QDate(2026, 11, 26)), QDate(2027, 3, 16));
    // Close to the notice date the task is due today; once it passed there is none.
    EXPECT_EQ(noticeTaskDay(lease, QDate(2027, 3, 20)), QDate(2027, 3, 20));
    EXPECT_FALSE(noticeTaskDay(lease, QDate(2027, 3, 31)).isValid());
    // No end (runs until notice) or not a contract: no notice date.
    ArchiveItem open = lease;
    open.contractEnd = {};
    EXPECT_FALSE(noticeDate(open).isValid());
    EXPECT_FALSE(noticeDate(item(ArchiveKind::Report, "2026-01-01", "x")).isValid());
}

TEST_F(Archive, AContractMakesItsSecretarysNoticeTaskAndItFollowsTheDates)
{
    EXPECT_EQ(archive.secretaryOf(maarten), sanne);
    const QString id =
        archive.add(contract("Lease printers", "2024-01-01", "2027-06-30", 3), sanne);
    TaskRepo tasks(*db);
    const auto task = tasks.byId(noticeTaskId(id));
    ASSERT_TRUE(task);
    EXPECT_EQ(task->assignee, sanne);
    EXPECT_EQ(task->createdBy, sanne);
    EXPECT_EQ(task->dueUtc, in("Europe/Amsterdam", "2027-03-16T09:00:00"));
    EXPECT_TRUE(task->title.contains(QStringLiteral("Lease printers")));
    // The item and its task are one action, one mutation.
    const auto changes = lastActionChanges(*db);
    EXPECT_TRUE(changes.contains(QStringLiteral("archive_items.subject")));
    EXPECT_TRUE(changes.contains(QStringLiteral("tasks.title")));

    // A new end moves the task; made confidential, its words no longer tell the subject.
    archive.update(id, {.confidential = true, .contractEnd = QDate(2028, 6, 30)}, sanne);
    const auto moved = tasks.byId(noticeTaskId(id));
    EXPECT_EQ(moved->dueUtc, in("Europe/Amsterdam", "2028-03-16T09:00:00"));
    EXPECT_FALSE(moved->title.contains(QStringLiteral("Lease")));
    EXPECT_FALSE(moved->notes.contains(QStringLiteral("Lease")));
    EXPECT_EQ(tasks.list(sanne).size(), 1);

    // Without an end there is nothing to give notice for: the task goes; back, it returns.
    archive.update(id, {.contractEnd = QDate()}, sanne);
    EXPECT_FALSE(tasks.byId(noticeTaskId(id)));
    archive.update(id, {.contractEnd = QDate(2028, 6, 30)}, sanne);
    EXPECT_TRUE(tasks.byId(noticeTaskId(id)));

    // Removing the contract takes its open task along; undo brings both back.
    archive.remove(id);
    EXPECT_FALSE(tasks.byId(noticeTaskId(id)));
    archive.restore(id);
    EXPECT_TRUE(tasks.byId(noticeTaskId(id)));
}

TEST_F(Archive, OnlyTheSecretaryWritesNoticeTasksAndHerNextRoundFollowsOthersEdits)
{
    // The director files a contract: his device writes no task (he would write a task
    // that is hers to read); her device makes it after the sync, once.
    const QString id = archive.add(contract("Schoonmaak", "2025-01-01", "2027-12-31", 2), maarten);
    TaskRepo tasks(*db);
    EXPECT_FALSE(tasks.byId(noticeTaskId(id)));
    EXPECT_EQ(archive.keepNoticeTasks(maarten), 0);
    EXPECT_GT(archive.keepNoticeTasks(sanne), 0);
    EXPECT_EQ(tasks.byId(noticeTaskId(id))->assignee, sanne);
    EXPECT_EQ(archive.keepNoticeTasks(sanne), 0) << "a second round changes nothing";
    // He moves the end; her next round moves the task. He removes it; it goes.
    archive.update(id, {.contractEnd = QDate(2028, 12, 31)}, maarten);
    EXPECT_GT(archive.keepNoticeTasks(sanne), 0);
    EXPECT_EQ(tasks.byId(noticeTaskId(id))->dueUtc, in("Europe/Amsterdam", "2028-10-17T09:00:00"));
    archive.remove(id);
    EXPECT_FALSE(tasks.byId(noticeTaskId(id)));
    EXPECT_EQ(archive.keepNoticeTasks(sanne), 0);
    // A task she struck off stays done whatever happens to the contract.
    archive.restore(id);
    archive.keepNoticeTasks(sanne);
    tasks.markDone(noticeTaskId(id));
    archive.remove(id);
    archive.keepNoticeTasks(sanne);
    EXPECT_EQ(tasks.byId(noticeTaskId(id))->status, TaskStatus::Done);
}

TEST_F(Archive, TheNoticeTaskIdIsTheSameOnEveryDeviceSoTwoDevicesMakeOneTask)
{
    const QString itemId = makeUuid7(clock.nowMs());
    EXPECT_EQ(noticeTaskId(itemId), noticeTaskId(itemId));
    EXPECT_NE(noticeTaskId(itemId), noticeTaskId(makeUuid7(clock.nowMs() + 1)));
    EXPECT_EQ(noticeTaskId(itemId).size(), 36);
    EXPECT_EQ(noticeTaskId(itemId).at(14), QLatin1Char('8'));

    // Her second device, which received the contract and not yet her task, makes the same
    // record with the same fields.
    ArchiveItem lease = contract("Lease", "2024-01-01", "2027-06-30", 3);
    lease.id = itemId;
    archive.add(lease, maarten);
    archive.keepNoticeTasks(sanne);
    QTemporaryDir other;
    Database second(other.filePath(QStringLiteral("b.db")), clock);
    {
        Database::Transaction tx(second, Database::Transaction::TrustServerOrder);
        for (const char *kind : {"people", "archive_items"}) {
            for (const QVariantMap &r : db->liveRecords(QString::fromLatin1(kind))) {
                QVariantMap fields = r;
                fields.remove(QStringLiteral("id"));
                fields.remove(QStringLiteral("deleted"));
                second.applyRemote(QString::fromLatin1(kind), r.value("id").toString(),
                                   QJsonObject::fromVariantMap(fields), false);
            }
        }
        tx.commit();
    }
    ArchiveRepo(second).keepNoticeTasks(sanne);
    const auto mine = TaskRepo(*db).byId(noticeTaskId(itemId));
    const auto theirs = TaskRepo(second).byId(noticeTaskId(itemId));
    ASSERT_TRUE(mine && theirs);
    EXPECT_EQ(TaskRepo::toRecord(*mine), TaskRepo::toRecord(*theirs));
}

TEST_F(Archive, RetentionEndsYearsAfterTheDateAndZeroKeepsForEver)
{
    ArchiveItem old = item(ArchiveKind::LetterIn, "2018-05-01", "Oude brief");
    old.retentionYears = 7;
    EXPECT_EQ(retentionEnds(old), QDate(2025, 5, 1));
    EXPECT_TRUE(retentionPassed(old, QDate(2025, 5, 2)));
    EXPECT_FALSE(retentionPassed(old, QDate(2025, 5, 1)));
    ArchiveItem kept = old;
    kept.retentionYears = 0;
    EXPECT_FALSE(retentionEnds(kept).isValid());
    EXPECT_FALSE(retentionPassed(kept, QDate(2100, 1, 1)));
    archive.add(old, sanne);
    archive.add(kept, sanne);
    ArchiveItem recent = item(ArchiveKind::LetterIn, "2024-05-01", "Nieuwe brief");
    recent.retentionYears = 7;
    archive.add(recent, sanne);
    const auto past = archive.pastRetention(QDate(2026, 11, 26));
    ASSERT_EQ(past.size(), 1);
    EXPECT_EQ(past.first().subject, QStringLiteral("Oude brief"));
}

TEST_F(Archive, SearchFindsWordsByTheirStartInSubjectPartiesAndTagsDutchAndEnglish)
{
    archive.add(item(ArchiveKind::LetterIn, "2026-09-01", "Bezwaar parkeervergunning",
                     {QStringLiteral("Gemeente Utrecht")}, {QStringLiteral("gemeente")}),
                sanne);
    archive.add(item(ArchiveKind::Contract, "2025-01-10", "Lease agreement printers",
                     {QStringLiteral("Ricoh Nederland")}, {QStringLiteral("facilities")}),
                sanne);
    archive.add(item(ArchiveKind::Report, "2026-02-01", "Jaarverslag coöperatie",
                     {QStringLiteral("Coöperatie De Eendracht")}, {QStringLiteral("financiën")}),
                sanne);
    EXPECT_EQ(subjectsOf(archive.search(QStringLiteral("parkeer"))),
              QStringList{QStringLiteral("Bezwaar parkeervergunning")});
    EXPECT_EQ(subjectsOf(archive.search(QStringLiteral("LEASE print"))),
              QStringList{QStringLiteral("Lease agreement printers")});
    // Accents are folded both ways; every word must match, in any field.
    EXPECT_EQ(subjectsOf(archive.search(QStringLiteral("cooperatie financien"))),
              QStringList{QStringLiteral("Jaarverslag coöperatie")});
    EXPECT_EQ(subjectsOf(archive.search(QStringLiteral("ricoh facil"))),
              QStringList{QStringLiteral("Lease agreement printers")});
    EXPECT_TRUE(archive.search(QStringLiteral("ricoh gemeente")).isEmpty());
    // The middle of a word is no start of one; FTS5's syntax is read as words.
    EXPECT_TRUE(archive.search(QStringLiteral("vergunning")).isEmpty());
    EXPECT_TRUE(archive.search(QStringLiteral("\" OR * NEAR(")).isEmpty());
    // No words: everything, newest first.
    EXPECT_EQ(subjectsOf(archive.search(QStringLiteral(" "))).first(),
              QStringLiteral("Bezwaar parkeervergunning"));
}

TEST_F(Archive, SearchRanksSubjectAbovePartiesAboveTagsAboveTheFilesText)
{
    const QString inBody =
        archive.add(item(ArchiveKind::Report, "2026-06-01", "Kwartaalcijfers"), sanne);
    const QString doc = addFile("cijfers.pdf");
    archive.file(inBody, doc);
    archive.setFileText(DocumentRepo(*db).byId(doc)->sha256,
                        QStringLiteral("Het verslag noemt de verhuizing naar Houten."));
    archive.add(
        item(ArchiveKind::LetterIn, "2026-07-01", "Offerte", {}, {QStringLiteral("verhuizing")}),
        sanne);
    archive.add(item(ArchiveKind::LetterIn, "2026-08-01", "Brief",
                     {QStringLiteral("Verhuizingen Van Dam")}),
                sanne);
    archive.add(item(ArchiveKind::Minutes, "2026-05-01", "Verhuizing kantoor"), sanne);
    EXPECT_EQ(subjectsOf(archive.search(QStringLiteral("verhuizing"))),
              (QStringList{QStringLiteral("Verhuizing kantoor"), QStringLiteral("Brief"),
                           QStringLiteral("Offerte"), QStringLiteral("Kwartaalcijfers")}));
}

TEST_F(Archive, SearchReadsTheFilesTextAndForgetsItWhenTheFileGoes)
{
    const QString id =
        archive.add(item(ArchiveKind::Contract, "2025-01-10", "Huurcontract"), sanne);
    const QString doc = addFile("huur.pdf");
    const QString sha = DocumentRepo(*db).byId(doc)->sha256;
    archive.setFileText(sha, QStringLiteral("De huurder betaalt de servicekosten per kwartaal."));
    EXPECT_TRUE(archive.search(QStringLiteral("servicekost")).isEmpty()) << "not filed yet";
    EXPECT_EQ(archive.documentsWithoutText().size(), 0);
    archive.file(id, doc);
    EXPECT_EQ(archive.search(QStringLiteral("servicekost")).size(), 1);
    EXPECT_EQ(archive.documentsOf(id).size(), 1);
    archive.unfile(doc);
    EXPECT_TRUE(archive.search(QStringLiteral("servicekost")).isEmpty());
    archive.file(id, doc);
    DocumentRepo(*db).remove(doc);
    EXPECT_TRUE(archive.search(QStringLiteral("servicekost")).isEmpty());
    DocumentRepo(*db).restore(doc);
    EXPECT_EQ(archive.search(QStringLiteral("servicekost")).size(), 1);
    // A document the device loses sight of (purged) takes its file's text with it.
    {
        Database::Transaction tx(*db, Database::Transaction::TrustServerOrder);
        db->purgeRemote(QStringLiteral("documents"), doc);
        tx.commit();
    }
    EXPECT_FALSE(archive.hasFileText(sha));
    EXPECT_TRUE(archive.search(QStringLiteral("servicekost")).isEmpty());
}

TEST_F(Archive, AMeetingsDocumentIsNotFiledItFollowsItsMeeting)
{
    const QString id = archive.add(item(ArchiveKind::Minutes, "2026-05-01", "Notulen"), sanne);
    const QString meeting = AgendaRepo(*db).add(
        appointment(maarten, "MT", utc("2026-11-27T09:00:00Z"), utc("2026-11-27T10:00:00Z")));
    Document d;
    d.title = QStringLiteral("Notulen MT");
    d.sha256 = QString(64, QLatin1Char('a'));
    d.appointmentId = meeting;
    const QString doc = DocumentRepo(*db).add(d);
    EXPECT_THROW(archive.file(id, doc), Error);
    EXPECT_THROW(archive.file(id, QStringLiteral("nope")), Error);
    EXPECT_THROW(archive.file(QStringLiteral("nope"), doc), Error);
}

TEST_F(Archive, ANameSpeltWrongIsFoundByTheNamesVocabularyWhenTheWordsFindNothing)
{
    archive.add(
        item(ArchiveKind::LetterIn, "2026-09-01", "Klacht", {QStringLiteral("Van Rijswijk")}),
        sanne);
    archive.add(item(ArchiveKind::LetterOut, "2026-09-02", "Antwoord",
                     {QStringLiteral("Schouten Transport")}),
                sanne);
    archive.add(item(ArchiveKind::LetterIn, "2026-09-03", "Offerte", {QStringLiteral("Jansen")}),
                sanne);
    // A swap of two letters, a letter missing, a letter wrong: each one edit.
    const auto swapped = archive.search(QStringLiteral("rijswjik"));
    ASSERT_EQ(subjectsOf(swapped), QStringList{QStringLiteral("Klacht")});
    EXPECT_TRUE(swapped.first().nearName);
    EXPECT_EQ(subjectsOf(archive.search(QStringLiteral("schoten"))),
              QStringList{QStringLiteral("Antwoord")});
    EXPECT_EQ(subjectsOf(archive.search(QStringLiteral("jansem"))),
              QStringList{QStringLiteral("Offerte")});
    // Two edits only for long words; short words must be spelt right.
    EXPECT_EQ(subjectsOf(archive.search(QStringLiteral("schuotenn"))),
              QStringList{QStringLiteral("Antwoord")});
    EXPECT_TRUE(archive.search(QStringLiteral("jnsem")).isEmpty());
    EXPECT_TRUE(archive.search(QStringLiteral("van")).size() == 1);
    // Other words still count: a near name with a word that matches nothing finds nothing.
    EXPECT_TRUE(archive.search(QStringLiteral("rijswjik offerte")).isEmpty());
    // Found as typed, no near pass: nearName stays false.
    EXPECT_FALSE(archive.search(QStringLiteral("jansen")).first().nearName);
}

TEST(ArchiveSearchParts, EditDistanceCountsSwapsAsOneAndStopsAboveTheLimit)
{
    EXPECT_EQ(editDistance(QStringLiteral("jansen"), QStringLiteral("jansen"), 2), 0);
    EXPECT_EQ(editDistance(QStringLiteral("jansen"), QStringLiteral("jasnen"), 2), 1);
    EXPECT_EQ(editDistance(QStringLiteral("jansen"), QStringLiteral("janssen"), 2), 1);
    EXPECT_EQ(editDistance(QStringLiteral("jansen"), QStringLiteral("jansn"), 2), 1);
    EXPECT_EQ(editDistance(QStringLiteral("jansen"), QStringLiteral("hansen"), 2), 1);
    EXPECT_EQ(editDistance(QStringLiteral("kitten"), QStringLiteral("sitting"), 5), 3);
    EXPECT_EQ(editDistance(QStringLiteral("kitten"), QStringLiteral("sitting"), 1), 2);
    EXPECT_EQ(editDistance(QStringLiteral("a"), QStringLiteral("abcdef"), 2), 3);
    EXPECT_EQ(typosAllowed(3), 0);
    EXPECT_EQ(typosAllowed(4), 1);
    EXPECT_EQ(typosAllowed(8), 2);
    EXPECT_EQ(foldedWords(QStringLiteral("Coöperatie, Financiën!")),
              (QStringList{QStringLiteral("cooperatie"), QStringLiteral("financien")}));
    EXPECT_EQ(archiveMatchQuery(QStringLiteral("a \"b")), QStringLiteral("\"a\"* \"\"\"b\"*"));
}

TEST_F(Archive, RecordsArrivingFromTheServerAreSearchedAndPurgedOnesLeaveTheIndex)
{
    const QString remote = makeUuid7(clock.nowMs());
    {
        Database::Transaction tx(*db, Database::Transaction::TrustServerOrder);
        db->applyRemote(QStringLiteral("archive_items"), remote,
                        {{QStringLiteral("owner"), maarten},
                         {QStringLiteral("subject"), QStringLiteral("Geheime overname")},
                         {QStringLiteral("date"), QStringLiteral("2026-04-01")},
                         {QStringLiteral("parties"), QJsonArray{QStringLiteral("Bakker BV")}}},
                        false);
        tx.commit();
    }
    EXPECT_EQ(archive.search(QStringLiteral("overname")).size(), 1);
    {
        Database::Transaction tx(*db, Database::Transaction::TrustServerOrder);
        db->purgeRemote(QStringLiteral("archive_items"), remote);
        tx.commit();
    }
    EXPECT_TRUE(archive.search(QStringLiteral("overname")).isEmpty());
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT count(*) FROM archive_search")).toInt(), 0);
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT count(*) FROM archive_names")).toInt(), 0);
}

// Only the best matches are joined to their items; when removed items take most of those
// places, the search still fills its page from the rest, in rank order.
TEST_F(Archive, RemovedItemsAmongTheBestMatchesLeaveTheRestFound)
{
    QStringList ids;
    for (const char *subject : {"Kantoor", "Kantoor huur", "Kantoor huur oud",
                                "Kantoor huur oud pand", "Kantoor huur oud pand Utrecht"})
        ids << archive.add(item(ArchiveKind::LetterIn, "2026-03-01", subject), sanne);
    EXPECT_EQ(subjectsOf(archive.search(QStringLiteral("kantoor"), 2)),
              (QStringList{QStringLiteral("Kantoor"), QStringLiteral("Kantoor huur")}));
    for (int i = 0; i < 3; ++i)
        archive.remove(ids[i]);
    EXPECT_EQ(subjectsOf(archive.search(QStringLiteral("kantoor"), 2)),
              (QStringList{QStringLiteral("Kantoor huur oud pand"),
                           QStringLiteral("Kantoor huur oud pand Utrecht")}));
    EXPECT_EQ(archive.search(QStringLiteral("kantoor"), -1).size(), 2); // no limit, no cut
}

// Undo from the command line names the removed item as remove printed it: by the start or
// the end of its id; a live item, a reference too short or one fitting two is no answer.
TEST_F(Archive, ARemovedItemIsFoundByTheStartOrEndOfItsId)
{
    const QString id = archive.add(contract("Schoonmaak", "2025-01-01", "2027-12-31", 2), maarten);
    const QString other = archive.add(contract("Catering", "2025-01-01", "2027-12-31", 2), maarten);
    const auto kind = [&](const QString &ref) -> std::optional<ErrorKind> {
        try {
            archive.resolveRemoved(ref);
        } catch (const Error &e) {
            return e.kind();
        }
        return std::nullopt;
    };
    EXPECT_EQ(kind(id), ErrorKind::NotFound) << "not removed";
    archive.remove(id);
    archive.remove(other);
    EXPECT_EQ(archive.resolveRemoved(id), id);
    EXPECT_EQ(archive.resolveRemoved(id.right(8)), id);
    EXPECT_EQ(archive.resolveRemoved(QStringLiteral(" ") + id.left(23) + QStringLiteral(" ")), id);
    EXPECT_EQ(kind(id.left(3)), ErrorKind::BadInput);
    EXPECT_EQ(kind(QStringLiteral("%%%%%%")), ErrorKind::BadInput) << "wildcards are no id";
    EXPECT_EQ(kind(id.left(4)), ErrorKind::BadInput) << "both ids start with the same time";
}
