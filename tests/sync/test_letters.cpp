// SPDX-License-Identifier: GPL-3.0-or-later
// Letters against a real spil-server: the secretary's draft approved from the director's
// phone and sent, filed in the archive, across two devices; who reads a letter (the
// director's side; a confidential one only he and his assistants), a staff device's store
// looked into; a sent confidential letter that leaves the device of an assistant who no
// longer serves him and never reaches the office manager's (store, search index, file
// cache); forbidden and forged writes; the bad-input catalogue of the new kind and the
// contacts' new fields.
#include "FileHelpers.h"

#include "core/archive/ArchiveRepo.h"
#include "core/contacts/ContactRepo.h"
#include "core/documents/FileCache.h"
#include "core/letters/LetterRepo.h"
#include "core/store/Hlc.h"
#include "sync/client/SyncClient.h"
#include "sync/server/OpenStorage.h"
#include "sync/server/ServerStorage.h"

#include <QJsonArray>
#include <algorithm>

using namespace spil;
using namespace spil::test;

namespace {
const QString kLetters = QStringLiteral("letters");

qint64 count(Database &db, const QString &sql, const QVariantList &args = {})
{
    return db.scalar(sql, args).toLongLong();
}

QString addContact(Database &db, const QString &by)
{
    Contact c;
    c.name = QStringLiteral("Pieter van den Berg");
    c.organisation = QStringLiteral("Gemeente Utrecht");
    c.address = QStringLiteral("Stadsplateau 1\n3521 AZ Utrecht");
    c.form = ContactForm::Mr;
    c.createdBy = by;
    return ContactRepo(db).add(c);
}

QString addLetter(Database &db, const QString &owner, const QString &contact, const char *subject,
                  bool confidential, const QString &by)
{
    Letter l;
    l.owner = owner;
    l.contactId = contact;
    l.subject = QString::fromUtf8(subject);
    l.notes = QStringLiteral("Wij verlengen met een jaar.");
    l.confidential = confidential;
    return LetterRepo(db).add(l, by);
}
} // namespace

TEST(Letters, TheSecretarysDraftIsApprovedFromTheDirectorsPhoneThenSentAndFiled)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(sanne.sync());
    const QString director = server.personId(QStringLiteral("maarten"));
    const QString contact = addContact(sanne.db(), sanne.personId());
    LetterRepo hers(sanne.db());
    const QString id =
        addLetter(sanne.db(), director, contact, "Huurcontract", false, sanne.personId());
    hers.makeDraft(id, sanne.personId(), {});
    hers.submit(id, sanne.personId());
    ASSERT_TRUE(sanne.sync());

    ASSERT_TRUE(maarten.sync());
    LetterRepo his(maarten.db());
    const auto waiting = his.waitingFor(director);
    ASSERT_TRUE(std::any_of(waiting.begin(), waiting.end(), [&](const Letter &l) {
        return l.id == id;
    })) << "waiting on his phone";
    his.comment(id, director, QStringLiteral("Noem de nieuwe huurprijs."));
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(hers.byId(id)->state, LetterState::Draft);
    EXPECT_EQ(hers.byId(id)->comment, QStringLiteral("Noem de nieuwe huurprijs."));
    hers.update(id,
                LetterChange{.text = hers.byId(id)->text + QStringLiteral("\n\nDe huur wordt "
                                                                          "EUR 2.400.")},
                sanne.personId());
    hers.submit(id, sanne.personId());
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(maarten.sync());
    his.approve(id, director);
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(hers.byId(id)->state, LetterState::Ready);
    EXPECT_EQ(hers.byId(id)->approvedBy, director);

    QTemporaryDir dir;
    FileCache cache(sanne.db(), dir.filePath(QStringLiteral("cache")));
    // The PDF's own content is core's test (test_letter_pdf.cpp); here its bytes travel.
    const QByteArray pdf = randomBytes(40 * 1024, 19);
    const QString item = fileLetter(sanne.db(), cache, id, sanne.personId(), LetterVia::Email,
                                    QDate(2026, 11, 30), pdf, QStringLiteral("Brief.pdf"));
    EXPECT_TRUE(cache.toSend().contains(sha256Of(pdf))) << "owed to the server by her device";
    // The files go up as the app's file round sends them, before the records that name them.
    const QString sanneToken = server.login(QStringLiteral("sanne"));
    ASSERT_EQ(putFile(server, sanneToken, pdf).status, 200);
    ASSERT_EQ(putFile(server, sanneToken, QByteArray("Wij verlengen met een jaar.")).status, 200);
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(maarten.sync());
    const Letter sent = *his.byId(id);
    EXPECT_EQ(sent.state, LetterState::Sent);
    EXPECT_EQ(sent.via, LetterVia::Email);
    EXPECT_EQ(sent.archiveItemId, item);
    const auto filed = ArchiveRepo(maarten.db()).byId(item);
    ASSERT_TRUE(filed.has_value()) << "filed in his archive";
    EXPECT_EQ(filed->kind, ArchiveKind::LetterOut);
    // The documents were added and filed in one action: they reach him filed in the item.
    const QList<Document> files = ArchiveRepo(maarten.db()).documentsOf(item);
    ASSERT_EQ(files.size(), 2) << "the letter and its notes reach him with the item";
    EXPECT_EQ(files.at(0).sha256, sha256Of(pdf));
    EXPECT_EQ(files.at(1).mime, QStringLiteral("text/plain"));
}

TEST(Letters, AConfidentialLetterReachesOnlyTheDirectorAndHisAssistants)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), joris(server, QStringLiteral("joris")),
        fatima(server, QStringLiteral("fatima"));
    ASSERT_TRUE(sanne.sync());
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QString contact = addContact(sanne.db(), sanne.personId());
    const QString secret =
        addLetter(sanne.db(), maarten, contact, "Overname Zuidas", true, sanne.personId());
    const QString open =
        addLetter(sanne.db(), maarten, contact, "Standplaats markt", false, sanne.personId());
    ASSERT_TRUE(sanne.sync());
    for (const char *user : {"maarten", "sanne", "lotte"})
        EXPECT_TRUE(pulledRecords(server, QString::fromLatin1(user), kLetters).contains(secret))
            << user;
    EXPECT_TRUE(pulledRecords(server, QStringLiteral("fatima"), kLetters).contains(open));
    for (const char *user : {"fatima", "ingrid", "joris", "noor"}) {
        const QString who = QString::fromLatin1(user);
        EXPECT_FALSE(pulledRecords(server, who, kLetters).contains(secret)) << user;
        const HttpResult pull = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"),
                                               {}, server.login(who));
        EXPECT_FALSE(pull.body.contains("Zuidas")) << user;
    }
    // Staff read no letters of directors they do not serve, open ones neither.
    EXPECT_FALSE(pulledRecords(server, QStringLiteral("joris"), kLetters).contains(open));

    // The staff device's store and the office manager's: nothing of the confidential one.
    ASSERT_TRUE(joris.sync());
    ASSERT_TRUE(fatima.sync());
    EXPECT_EQ(count(joris.db(), QStringLiteral("SELECT count(*) FROM letters")), 0);
    EXPECT_EQ(
        count(fatima.db(), QStringLiteral("SELECT count(*) FROM letters WHERE id = ?"), {secret}),
        0);
    EXPECT_EQ(count(fatima.db(), QStringLiteral("SELECT count(*) FROM letters WHERE subject "
                                                "LIKE '%Zuidas%' OR notes LIKE '%Zuidas%'")),
              0);
    EXPECT_EQ(
        count(fatima.db(), QStringLiteral("SELECT count(*) FROM letters WHERE id = ?"), {open}), 1);

    // Made confidential later, it leaves the office manager's device.
    LetterRepo(sanne.db()).update(open, LetterChange{.confidential = true}, sanne.personId());
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(fatima.sync());
    EXPECT_EQ(
        count(fatima.db(), QStringLiteral("SELECT count(*) FROM letters WHERE id = ?"), {open}), 0);
}

namespace {
// A confidential letter of Maarten's, drafted by Sanne, approved on his phone and sent by
// her: filed in the archive with its PDF and notes, both in her file cache and sent up,
// the PDF's text in her search index.
struct SentLetter {
    QString id, item;
    QByteArray pdf, notes;
};
SentLetter sendLetter(ServerProcess &server, SyncedDevice &sanne, SyncedDevice &maarten,
                      FileCache &cache, bool confidential)
{
    SentLetter out;
    const QString director = server.personId(QStringLiteral("maarten"));
    const QString contact = addContact(sanne.db(), sanne.personId());
    LetterRepo hers(sanne.db());
    out.id =
        addLetter(sanne.db(), director, contact, "Overname Zuidas", confidential, sanne.personId());
    hers.makeDraft(out.id, sanne.personId(), {});
    hers.submit(out.id, sanne.personId());
    EXPECT_TRUE(sanne.sync());
    EXPECT_TRUE(maarten.sync());
    LetterRepo(maarten.db()).approve(out.id, director);
    EXPECT_TRUE(maarten.sync());
    EXPECT_TRUE(sanne.sync());
    out.pdf = randomBytes(30 * 1024, 23);
    out.notes = QByteArray("Wij verlengen met een jaar.");
    out.item = fileLetter(sanne.db(), cache, out.id, sanne.personId(), LetterVia::Post,
                          QDate(2026, 11, 30), out.pdf, QStringLiteral("Brief.pdf"));
    const QString token = server.login(QStringLiteral("sanne"));
    for (const QByteArray &file : {out.pdf, out.notes}) {
        EXPECT_EQ(putFile(server, token, file).status, 200);
        cache.sent(sha256Of(file));
    }
    ArchiveRepo(sanne.db())
        .setFileText(sha256Of(out.pdf), QStringLiteral("de overname van Zuidas Beheer"));
    EXPECT_TRUE(sanne.sync());
    return out;
}

SentLetter sendConfidential(ServerProcess &server, SyncedDevice &sanne, SyncedDevice &maarten,
                            FileCache &cache)
{
    return sendLetter(server, sanne, maarten, cache, true);
}

qint64 rowsOf(Database &db, const char *table, const QString &id)
{
    return count(
        db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id});
}
} // namespace

TEST(Letters, ASentConfidentialLetterNeverReachesTheOfficeManagersStoreIndexOrCache)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), maarten(server, QStringLiteral("maarten")),
        fatima(server, QStringLiteral("fatima"));
    ASSERT_TRUE(sanne.sync());
    QTemporaryDir dir;
    FileCache hers(sanne.db(), dir.filePath(QStringLiteral("sanne")));
    const SentLetter sent = sendConfidential(server, sanne, maarten, hers);
    ASSERT_EQ(LetterRepo(sanne.db()).byId(sent.id)->state, LetterState::Sent);
    ASSERT_TRUE(maarten.sync());
    ASSERT_EQ(ArchiveRepo(maarten.db()).documentsOf(sent.item).size(), 2) << "filed for him";

    const QString token = server.login(QStringLiteral("fatima"));
    EXPECT_FALSE(pulledRecords(server, QStringLiteral("fatima"), kLetters).contains(sent.id));
    EXPECT_FALSE(pulledRecords(server, QStringLiteral("fatima"), QStringLiteral("archive_items"))
                     .contains(sent.item));
    const HttpResult pull =
        server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {}, token);
    EXPECT_FALSE(pull.body.contains("Zuidas"));
    EXPECT_FALSE(pull.body.contains(sent.id.toLatin1()));
    EXPECT_FALSE(pull.body.contains(sha256Of(sent.pdf).toLatin1()));
    for (const QByteArray &file : {sent.pdf, sent.notes})
        EXPECT_EQ(
            server.request("GET", QStringLiteral("/v1/files/") + sha256Of(file), {}, token).status,
            404);

    ASSERT_TRUE(fatima.sync());
    Database &db = fatima.db();
    EXPECT_EQ(rowsOf(db, "letters", sent.id), 0);
    EXPECT_EQ(rowsOf(db, "archive_items", sent.item), 0);
    EXPECT_EQ(count(db,
                    QStringLiteral("SELECT count(*) FROM documents WHERE archive_item_id = ? "
                                   "OR sha256 = ?"),
                    {sent.item, sha256Of(sent.pdf)}),
              0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM archive_search WHERE archive_search "
                                       "MATCH 'zuidas'")),
              0);
    EXPECT_TRUE(ArchiveRepo(db).search(QStringLiteral("zuidas")).isEmpty());
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM archive_file_text")), 0);
    FileCache theirs(db, dir.filePath(QStringLiteral("fatima")));
    EXPECT_TRUE(theirs.toFetch(fatima.personId()).isEmpty());
    EXPECT_FALSE(theirs.holds(sha256Of(sent.pdf)));
}

// A letter that is not confidential is still the director's side's, and so is its copy in
// the archive with his notes: the office manager receives it, a colleague of the staff
// not, in no form (store, search index, file cache, files), until the side widens it.
TEST(Letters, ASentLettersArchiveCopyReachesTheDirectorsSideButNoStaffDevice)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), maarten(server, QStringLiteral("maarten")),
        fatima(server, QStringLiteral("fatima")), joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(sanne.sync());
    QTemporaryDir dir;
    FileCache hers(sanne.db(), dir.filePath(QStringLiteral("sanne")));
    const SentLetter sent = sendLetter(server, sanne, maarten, hers, false);
    const auto item = ArchiveRepo(sanne.db()).byId(sent.item);
    ASSERT_TRUE(item);
    EXPECT_TRUE(item->restricted) << "filed with the letter's reach";
    EXPECT_FALSE(item->confidential);

    ASSERT_TRUE(fatima.sync());
    ASSERT_TRUE(ArchiveRepo(fatima.db()).byId(sent.item)) << "the office manager keeps it";
    EXPECT_EQ(ArchiveRepo(fatima.db()).documentsOf(sent.item).size(), 2);

    const QString token = server.login(QStringLiteral("joris"));
    EXPECT_FALSE(pulledRecords(server, QStringLiteral("joris"), QStringLiteral("archive_items"))
                     .contains(sent.item));
    const HttpResult pull =
        server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {}, token);
    EXPECT_FALSE(pull.body.contains("Zuidas"));
    EXPECT_FALSE(pull.body.contains(sha256Of(sent.notes).toLatin1()));
    for (const QByteArray &file : {sent.pdf, sent.notes})
        EXPECT_EQ(
            server.request("GET", QStringLiteral("/v1/files/") + sha256Of(file), {}, token).status,
            404);
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(rowsOf(joris.db(), "archive_items", sent.item), 0);
    EXPECT_EQ(count(joris.db(),
                    QStringLiteral("SELECT count(*) FROM documents WHERE "
                                   "archive_item_id = ? OR sha256 = ?"),
                    {sent.item, sha256Of(sent.notes)}),
              0);
    EXPECT_TRUE(ArchiveRepo(joris.db()).search(QStringLiteral("zuidas")).isEmpty());
    FileCache theirs(joris.db(), dir.filePath(QStringLiteral("joris")));
    EXPECT_TRUE(theirs.toFetch(joris.personId()).isEmpty());

    // The director's side opens it to the office: now it arrives, its files with it.
    ArchiveRepo(sanne.db()).update(sent.item, {.restricted = false}, sanne.personId());
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(rowsOf(joris.db(), "archive_items", sent.item), 1);
    EXPECT_EQ(ArchiveRepo(joris.db()).documentsOf(sent.item).size(), 2);
}

// A copy filed before the archive knew `restricted` went out to the whole office, the
// director's notes with it. The server restricts it when it starts: a staff member's device
// drops it and its documents and the files are refused him, the director's side keeps it;
// a copy the side opened on purpose since stays open through the next start.
TEST(Letters, ACopyFiledBeforeRestrictionIsRestrictedWhenTheServerStarts)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), maarten(server, QStringLiteral("maarten")),
        joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(sanne.sync());
    QTemporaryDir dir;
    FileCache hers(sanne.db(), dir.filePath(QStringLiteral("sanne")));
    const SentLetter sent = sendLetter(server, sanne, maarten, hers, false);
    {
        // As an earlier server holds it: without `restricted`, as another instance writes.
        const auto storage = server::openStorage(server.db());
        const QString workspace = storage->defaultWorkspace();
        storage->beginWrite(workspace);
        server::StoredRecord item =
            *storage->record(workspace, QStringLiteral("archive_items"), sent.item);
        item.fields.remove(QStringLiteral("restricted"));
        item.stamps.remove(QStringLiteral("restricted"));
        item.version = storage->takeNextVersion(workspace);
        storage->saveRecord(workspace, item);
        storage->commit();
    }
    ASSERT_TRUE(joris.sync());
    ASSERT_EQ(rowsOf(joris.db(), "archive_items", sent.item), 1) << "open, as it was filed";
    ASSERT_EQ(ArchiveRepo(joris.db()).documentsOf(sent.item).size(), 2);

    server.restart();
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(rowsOf(joris.db(), "archive_items", sent.item), 0);
    EXPECT_EQ(count(joris.db(),
                    QStringLiteral("SELECT count(*) FROM documents WHERE "
                                   "archive_item_id = ? OR sha256 = ?"),
                    {sent.item, sha256Of(sent.notes)}),
              0);
    const QString token = server.login(QStringLiteral("joris"));
    for (const QByteArray &file : {sent.pdf, sent.notes})
        EXPECT_EQ(
            server.request("GET", QStringLiteral("/v1/files/") + sha256Of(file), {}, token).status,
            404);
    ASSERT_TRUE(maarten.sync());
    const auto his = ArchiveRepo(maarten.db()).byId(sent.item);
    ASSERT_TRUE(his);
    EXPECT_TRUE(his->restricted);
    EXPECT_EQ(ArchiveRepo(maarten.db()).documentsOf(sent.item).size(), 2);

    ArchiveRepo(sanne.db()).update(sent.item, {.restricted = false}, sanne.personId());
    ASSERT_TRUE(sanne.sync());
    server.restart();
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(rowsOf(joris.db(), "archive_items", sent.item), 1);
    EXPECT_EQ(ArchiveRepo(joris.db()).documentsOf(sent.item).size(), 2);
}

TEST(Letters, AnAssistantWhoNoLongerServesTheDirectorLosesHisConfidentialLetters)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(sanne.sync());
    QTemporaryDir dir;
    FileCache cache(sanne.db(), dir.filePath(QStringLiteral("cache")));
    const SentLetter sent = sendConfidential(server, sanne, maarten, cache);
    Database &db = sanne.db();
    ASSERT_EQ(rowsOf(db, "letters", sent.id), 1);
    ASSERT_EQ(ArchiveRepo(db).search(QStringLiteral("zuidas")).size(), 1);
    ASSERT_TRUE(cache.holds(sha256Of(sent.pdf)));

    // The office takes her off Maarten's side: she serves nobody now.
    ASSERT_EQ(server.admin({QStringLiteral("user"), QStringLiteral("set-principals"),
                            QStringLiteral("sanne")}),
              0)
        << server.lastOutput().constData();
    sanne.client().syncNow();
    ASSERT_TRUE(waitFor([&] {
        return sanne.client().state() == client::SyncClient::State::Idle &&
               rowsOf(db, "archive_items", sent.item) == 0;
    })) << "the letter's archived item stayed with her";
    EXPECT_EQ(rowsOf(db, "letters", sent.id), 0) << "the letter stayed on her device";
    EXPECT_FALSE(LetterRepo(db).byId(sent.id).has_value());
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM letters WHERE subject LIKE "
                                       "'%Zuidas%' OR notes LIKE '%verlengen%'")),
              0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM documents WHERE archive_item_id = ?"),
                    {sent.item}),
              0);
    EXPECT_EQ(rowsOf(db, "archive_search", sent.item), 0);
    EXPECT_EQ(rowsOf(db, "archive_names", sent.item), 0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM archive_search WHERE archive_search "
                                       "MATCH 'zuidas OR beheer'")),
              0);
    EXPECT_TRUE(ArchiveRepo(db).search(QStringLiteral("zuidas")).isEmpty());
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM archive_file_text")), 0);
    // Her file cache lets go of the sent letter's PDF and its notes.
    EXPECT_EQ(cache.tidy(sanne.personId()).unnamed, 2);
    EXPECT_FALSE(cache.holds(sha256Of(sent.pdf)));
    EXPECT_FALSE(cache.holds(sha256Of(sent.notes)));
    EXPECT_EQ(server
                  .request("GET", QStringLiteral("/v1/files/") + sha256Of(sent.pdf), {},
                           server.login(QStringLiteral("sanne")))
                  .status,
              404);
    // He keeps it.
    ASSERT_TRUE(maarten.sync());
    EXPECT_EQ(LetterRepo(maarten.db()).byId(sent.id)->state, LetterState::Sent);
}

TEST(Letters, ForbiddenOrForgedWritesAreRefusedWith403AndStoreNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QString sanne = server.personId(QStringLiteral("sanne"));
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000019c1");
    const QString id = QStringLiteral("01900000-0000-7000-8000-0000000019e1");
    const QString contact = QStringLiteral("01900000-0000-7000-8000-0000000019f1");
    const auto letter = [&](const QString &owner, bool confidential, const QString &by) {
        return QVariantMap{{QStringLiteral("owner"), owner},
                           {QStringLiteral("contact_id"), contact},
                           {QStringLiteral("subject"), QStringLiteral("Huur")},
                           {QStringLiteral("state"), QStringLiteral("notes")},
                           {QStringLiteral("confidential"), confidential},
                           {QStringLiteral("created_by"), by}};
    };
    const auto with = [](QVariantMap record, const char *field, const QVariant &value) {
        record.insert(QString::fromLatin1(field), value);
        return record;
    };
    const QString before = QString::number(server.version(server.login(QStringLiteral("sanne"))));
    const QVariantMap mine = letter(maarten, false, sanne);
    const struct {
        const char *user;
        QVariantMap record;
        const char *code;
        const char *what;
    } refused[] = {
        {"joris", letter(maarten, false, server.personId(QStringLiteral("joris"))), "forbidden",
         "staff write a letter"},
        {"fatima", letter(maarten, true, server.personId(QStringLiteral("fatima"))), "forbidden",
         "the office manager writes a confidential one"},
        {"sanne", letter(server.personId(QStringLiteral("ingrid")), false, sanne), "forbidden",
         "an assistant writes for a director she does not serve"},
        {"sanne", letter(maarten, false, maarten), "forged_author", "a letter in his name"},
        {"sanne", with(with(mine, "state", QStringLiteral("ready")), "approved_by", maarten),
         "forged_author", "his approval set by her"},
        {"sanne", with(with(mine, "state", QStringLiteral("ready")), "approved_by", sanne),
         "forbidden", "her own approval"},
        {"sanne", with(mine, "state", QStringLiteral("ready")), "forbidden",
         "ready without approval"},
        {"sanne", with(mine, "state", QStringLiteral("sent")), "forbidden",
         "sent without approval"},
        {"sanne", with(mine, "comment", QStringLiteral("akkoord")), "forbidden",
         "his comment written by her"},
        {"lotte",
         with(letter(maarten, false, server.personId(QStringLiteral("lotte"))), "approved_at",
              1'900'000'000'000LL),
         "forbidden", "the time of an approval"},
    };
    for (const auto &r : refused) {
        const HttpResult answer =
            pushChanges(server, server.login(QString::fromLatin1(r.user)), client,
                        recordChanges(kLetters, id, r.record, client));
        EXPECT_EQ(answer.status, 403) << r.what << ": " << answer.body.constData();
        EXPECT_EQ(answer.errorCode(), QString::fromLatin1(r.code)) << r.what;
    }
    EXPECT_EQ(QString::number(server.version(server.login(QStringLiteral("sanne")))), before);

    // What may be done goes through: she writes it and asks; he approves from his phone.
    const QString sanneToken = server.login(QStringLiteral("sanne"));
    ASSERT_EQ(pushChanges(server, sanneToken, client,
                          recordChanges(kLetters, id,
                                        with(mine, "state", QStringLiteral("approval")), client))
                  .status,
              200);
    const QString phone = QStringLiteral("01900000-0000-7000-8000-0000000019c2");
    const auto at = [](qint64 ms, const QString &c) { return HlcStamp{ms, 0, c}.toString(); };
    const HttpResult approve = pushChanges(
        server, server.login(QStringLiteral("maarten")), phone,
        {{kLetters, id, QStringLiteral("state"), QStringLiteral("ready"),
          at(1'900'000'000'000, phone)},
         {kLetters, id, QStringLiteral("approved_by"), maarten, at(1'900'000'000'000, phone)}});
    EXPECT_EQ(approve.status, 200) << approve.body.constData();
    // She may withdraw his approval (a new text), never give it.
    const HttpResult withdraw = pushChanges(
        server, sanneToken, client,
        {{kLetters, id, QStringLiteral("state"), QStringLiteral("draft"),
          at(1'900'000'000'001, client)},
         {kLetters, id, QStringLiteral("approved_by"), QString(), at(1'900'000'000'001, client)}},
        2);
    EXPECT_EQ(withdraw.status, 200) << withdraw.body.constData();
    const HttpResult again = pushChanges(server, sanneToken, client,
                                         {{kLetters, id, QStringLiteral("state"),
                                           QStringLiteral("ready"), at(1'900'000'000'002, client)}},
                                         3);
    EXPECT_EQ(again.status, 403) << again.body.constData();
}

TEST(Letters, BadInputOnTheNewKindAndEveryFieldIsRefusedAndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("sanne"));
    const qint64 before = server.version(token);
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000019b1");
    const QString id = QStringLiteral("01900000-0000-7000-8000-0000000019b2");
    expectBadRequests(
        server, token, client, id,
        {
            {"letters", "owner", 3, "an owner that is a number"},
            {"letters", "contact_id", QJsonArray{}, "a contact that is a list"},
            {"letters", "language", true, "a language that is true"},
            {"letters", "subject", QJsonValue(), "a subject that is null"},
            {"letters", "notes", 12, "notes that are a number"},
            {"letters", "text", QJsonArray{QStringLiteral("Geachte")}, "a text as a list"},
            {"letters", "state", 2, "a state that is a number"},
            {"letters", "sent_via", false, "sent by false"},
            {"letters", "sent_on", QStringLiteral("30 november"), "a day in words"},
            {"letters", "sent_on", QStringLiteral("2026-11-31"), "a day that does not exist"},
            {"letters", "sent_on", QStringLiteral("2026-11-30T10:00"), "a day with a time"},
            {"letters", "comment", QJsonObject{}, "a comment that is an object"},
            {"letters", "approved_by", 7, "an approver that is a number"},
            {"letters", "approved_at", QStringLiteral("now"), "an approval time as text"},
            {"letters", "confidential", QStringLiteral("yes"), "confidential as text"},
            {"letters", "archive_item_id", 5, "an archived item as a number"},
            {"letters", "created_by", QJsonArray{}, "a creator that is a list"},
            {"letters", "created_at", QStringLiteral("today"), "a creation time as text"},
            {"letters", "recipient", QStringLiteral("Pieter"), "a field letters do not have"},
            {"contacts", "address", QJsonArray{QStringLiteral("Stadsplateau 1")},
             "an address as a list"},
            {"contacts", "address", 3521, "an address that is a number"},
            {"contacts", "form", true, "a form of address that is true"},
        });
    EXPECT_EQ(server.version(token), before) << "a refused push stored something";
}
