// SPDX-License-Identifier: GPL-3.0-or-later
// The archive against a real spil-server: a confidential item, the document filed in it and
// that document's file reach only its director and the assistants who serve him; a staff
// device's store, search index and file cache are looked into; permissions, the bad-input
// catalogue of the new kind and fields, and the notice task made once by two devices.
#include "FileHelpers.h"

#include "core/archive/ArchiveRepo.h"
#include "core/archive/ArchiveText.h"
#include "core/documents/FileCache.h"
#include "core/store/Hlc.h"
#include "core/tasks/TaskRepo.h"
#include "sync/client/FetchAhead.h"
#include "sync/client/FileTransfer.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace spil;
using namespace spil::test;

namespace {
const QString kItems = QStringLiteral("archive_items");

qint64 count(Database &db, const QString &sql, const QVariantList &args = {})
{
    return db.scalar(sql, args).toLongLong();
}

ArchiveItem itemOf(const QString &owner, ArchiveKind kind, const char *subject, QStringList parties,
                   bool confidential)
{
    ArchiveItem a;
    a.owner = owner;
    a.kind = kind;
    a.date = QDate(2026, 10, 1);
    a.subject = QString::fromUtf8(subject);
    a.parties = std::move(parties);
    a.confidential = confidential;
    a.location = {QStringLiteral("Kluis"), QStringLiteral("Directie"), {}};
    return a;
}

// Files bytes as a new document of no meeting, filed in item, written on the device.
QString fileInto(SyncedDevice &device, const QString &item, const QByteArray &bytes,
                 const char *title)
{
    const QString document = documentOf(device, bytes, QString(), title);
    ArchiveRepo(device.db()).file(item, document);
    return document;
}

// Fetches one file into the cache through the device's FileTransfer: true when it came.
bool fetch(SyncedDevice &device, const QString &cacheDir, const QString &sha, qint64 size)
{
    client::FileTransfer transfer(device.client(), cacheDir);
    int result = 0;
    QObject::connect(&transfer, &client::FileTransfer::finished, [&] { result = 1; });
    QObject::connect(&transfer, &client::FileTransfer::failed, [&] { result = -1; });
    transfer.download(sha, size);
    EXPECT_TRUE(waitFor([&] { return result != 0; }, 20000));
    return result == 1;
}
} // namespace

TEST(Archive, AConfidentialItemItsDocumentAndItsFileNeverReachAStaffDevice)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), joris(server, QStringLiteral("joris"));
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QByteArray secret = randomBytes(150 * 1024, 71), open = randomBytes(90 * 1024, 72);
    const QString sanneToken = server.login(QStringLiteral("sanne"));
    ASSERT_TRUE(sanne.sync()); // the office's people first
    ASSERT_EQ(putFile(server, sanneToken, secret).status, 200);
    ASSERT_EQ(putFile(server, sanneToken, open).status, 200);
    ArchiveRepo archive(sanne.db());
    const QString nda = archive.add(itemOf(maarten, ArchiveKind::Contract, "Overname Zuidas",
                                           {QStringLiteral("Van Rijswijk Holding")}, true),
                                    sanne.personId());
    const QString ndaDoc = fileInto(sanne, nda, secret, "NDA");
    archive.setFileText(sha256Of(secret), QStringLiteral("acquisition of Zuidas Beheer"));
    const QString letter =
        archive.add(itemOf(maarten, ArchiveKind::LetterIn, "Standplaatsvergunning markt",
                           {QStringLiteral("Gemeente Utrecht")}, false),
                    sanne.personId());
    fileInto(sanne, letter, open, "Brief gemeente");
    ASSERT_TRUE(sanne.sync());

    // Who reads it: the director and both his assistants; nobody else, in no form.
    for (const char *user : {"maarten", "sanne", "lotte"}) {
        EXPECT_TRUE(pulledRecords(server, QString::fromLatin1(user), kItems).contains(nda)) << user;
        EXPECT_TRUE(pulledRecords(server, QString::fromLatin1(user), QStringLiteral("documents"))
                        .contains(ndaDoc))
            << user;
        EXPECT_EQ(server
                      .request("GET", QStringLiteral("/v1/files/") + sha256Of(secret), {},
                               server.login(QString::fromLatin1(user)))
                      .status,
                  200)
            << user;
    }
    for (const char *user : {"ingrid", "fatima", "joris"}) {
        const QString who = QString::fromLatin1(user);
        EXPECT_FALSE(pulledRecords(server, who, kItems).contains(nda)) << user;
        EXPECT_TRUE(pulledRecords(server, who, kItems).contains(letter)) << user;
        EXPECT_FALSE(pulledRecords(server, who, QStringLiteral("documents")).contains(ndaDoc))
            << user;
        const HttpResult file = server.request(
            "GET", QStringLiteral("/v1/files/") + sha256Of(secret), {}, server.login(who));
        EXPECT_EQ(file.status, 404) << user;
        const HttpResult pull = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"),
                                               {}, server.login(who));
        EXPECT_FALSE(pull.body.contains("Zuidas")) << user;
        EXPECT_FALSE(pull.body.contains("Rijswijk")) << user;
    }

    // The staff device: its store, its search index and its file cache.
    ASSERT_TRUE(joris.sync());
    Database &db = joris.db();
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM archive_items WHERE id = ?"), {nda}),
              0);
    EXPECT_EQ(
        count(db, QStringLiteral("SELECT count(*) FROM archive_items WHERE id = ?"), {letter}), 1);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM documents WHERE archive_item_id = ?"),
                    {nda}),
              0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM archive_search WHERE id = ?"), {nda}),
              0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM archive_search WHERE archive_search "
                                       "MATCH 'zuidas OR rijswijk OR acquisition'")),
              0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM archive_name_words WHERE term = "
                                       "'rijswijk'")),
              0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM archive_file_text")), 0);
    EXPECT_TRUE(ArchiveRepo(db).search(QStringLiteral("rijswjik")).isEmpty());
    EXPECT_EQ(ArchiveRepo(db).search(QStringLiteral("standplaats")).size(), 1);
    QTemporaryDir dir;
    FileCache cache(db, dir.filePath(QStringLiteral("cache")));
    EXPECT_FALSE(fetch(joris, cache.dir(), sha256Of(secret), secret.size()));
    EXPECT_FALSE(cache.holds(sha256Of(secret)));
    EXPECT_TRUE(fetch(joris, cache.dir(), sha256Of(open), open.size()));
    EXPECT_TRUE(cache.holds(sha256Of(open)));
}

namespace {
// An item a staff device holds, file, text and all, closed to the office by change: it
// leaves that device's store, search index and file cache, and the file's route answers 404.
void expectItLeavesTheStaffDevice(const ArchiveChange &closing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), joris(server, QStringLiteral("joris"));
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QByteArray bytes = randomBytes(64 * 1024, 73);
    ASSERT_EQ(putFile(server, server.login(QStringLiteral("sanne")), bytes).status, 200);
    ASSERT_TRUE(sanne.sync());
    ArchiveRepo archive(sanne.db());
    const QString item = archive.add(itemOf(maarten, ArchiveKind::Report, "Reorganisatie",
                                            {QStringLiteral("Bureau Kempen")}, false),
                                     sanne.personId());
    const QString document = fileInto(sanne, item, bytes, "Rapport");
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(joris.sync());
    QTemporaryDir dir;
    FileCache cache(joris.db(), dir.filePath(QStringLiteral("cache")));
    ASSERT_TRUE(fetch(joris, cache.dir(), sha256Of(bytes), bytes.size()));
    ArchiveRepo(joris.db()).setFileText(sha256Of(bytes), QStringLiteral("ontslag van twaalf"));
    ASSERT_EQ(ArchiveRepo(joris.db()).search(QStringLiteral("ontslag")).size(), 1);

    archive.update(item, closing, sanne.personId());
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(joris.sync());
    Database &db = joris.db();
    EXPECT_FALSE(ArchiveRepo(db).byId(item));
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM archive_items WHERE id = ?"), {item}),
              0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM documents WHERE id = ?"), {document}),
              0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM archive_search WHERE id = ?"), {item}),
              0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM archive_names WHERE id = ?"), {item}),
              0);
    EXPECT_TRUE(ArchiveRepo(db).search(QStringLiteral("ontslag")).isEmpty());
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM archive_file_text")), 0);
    EXPECT_EQ(cache.tidy(joris.personId()).unnamed, 1);
    EXPECT_FALSE(cache.holds(sha256Of(bytes)));
    EXPECT_EQ(server
                  .request("GET", QStringLiteral("/v1/files/") + sha256Of(bytes), {},
                           server.login(QStringLiteral("joris")))
                  .status,
              404);
}
} // namespace

TEST(Archive, AnItemTurnedConfidentialLeavesTheStaffDevicesStoreIndexAndCache)
{
    expectItLeavesTheStaffDevice({.confidential = true});
}

// The director's office only (a letter's copy with his notes): the same, office managers
// still reading it.
TEST(Archive, AnItemTurnedRestrictedLeavesTheStaffDevicesStoreIndexAndCache)
{
    expectItLeavesTheStaffDevice({.restricted = true});
}

TEST(Archive, ForbiddenOrForgedWritesAreRefusedWith403AndStoreNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QString sanne = server.personId(QStringLiteral("sanne"));
    const QString fatima = server.personId(QStringLiteral("fatima"));
    const QString joris = server.personId(QStringLiteral("joris"));
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000007c1");
    const QString id = QStringLiteral("01900000-0000-7000-8000-0000000007e1");
    const auto record = [&](bool confidential, const QString &by) {
        return QVariantMap{{QStringLiteral("owner"), maarten},
                           {QStringLiteral("kind"), QStringLiteral("contract")},
                           {QStringLiteral("date"), QStringLiteral("2026-10-01")},
                           {QStringLiteral("subject"), QStringLiteral("Overname")},
                           {QStringLiteral("confidential"), confidential},
                           {QStringLiteral("created_by"), by}};
    };
    const QString before = QString::number(server.version(server.login(QStringLiteral("sanne"))));
    const struct {
        const char *user;
        QVariantMap record;
        const char *code;
        const char *what;
    } refused[] = {
        {"joris", record(false, joris), "forbidden", "staff file an item"},
        {"fatima", record(true, fatima), "forbidden",
         "the office manager files a confidential one"},
        {"ingrid", record(true, server.personId(QStringLiteral("ingrid"))), "forbidden",
         "another director files into his archive"},
        {"sanne", record(false, maarten), "forged_author", "an item filed in his name"},
    };
    for (const auto &r : refused) {
        const HttpResult answer = pushChanges(server, server.login(QString::fromLatin1(r.user)),
                                              client, recordChanges(kItems, id, r.record, client));
        EXPECT_EQ(answer.status, 403) << r.what << ": " << answer.body.constData();
        EXPECT_EQ(answer.errorCode(), QString::fromLatin1(r.code)) << r.what;
    }
    EXPECT_EQ(QString::number(server.version(server.login(QStringLiteral("sanne")))), before);

    // What may be done goes through: the office manager files an open one, his assistant
    // makes it confidential; then the office manager may no longer change it.
    const QString fatimaToken = server.login(QStringLiteral("fatima"));
    EXPECT_EQ(pushChanges(server, fatimaToken, client,
                          recordChanges(kItems, id, record(false, fatima), client))
                  .status,
              200);
    const QString c2 = QStringLiteral("01900000-0000-7000-8000-0000000007c2");
    EXPECT_EQ(pushChanges(server, server.login(QStringLiteral("sanne")), c2,
                          {{kItems, id, QStringLiteral("confidential"), true,
                            HlcStamp{1'900'000'000'000, 0, c2}.toString()}})
                  .status,
              200);
    const HttpResult late =
        pushChanges(server, fatimaToken, client,
                    {{kItems, id, QStringLiteral("subject"), QStringLiteral("x"),
                      HlcStamp{1'900'000'000'001, 0, client}.toString()}},
                    2);
    EXPECT_EQ(late.status, 403) << late.body.constData();
    // She receives it only as gone (a revocation), with none of its fields.
    const auto hers = pulledRecords(server, QStringLiteral("fatima"), kItems);
    EXPECT_FALSE(hers.value(id).contains(QStringLiteral("subject")));
    EXPECT_EQ(pulledRecords(server, QStringLiteral("lotte"), kItems)
                  .value(id)
                  .value(QStringLiteral("subject"))
                  .toString(),
              QStringLiteral("Overname"));
    Q_UNUSED(sanne);
}

// A file taken off its item follows no guard any more and would reach everyone: from a
// confidential or restricted item the server refuses that, whoever asks (the file is
// removed instead); from an item open to the office it stays allowed.
TEST(Archive, AFileOfAClosedItemIsNeverSetLooseToTheOffice)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne"));
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QString token = server.login(QStringLiteral("sanne"));
    ASSERT_TRUE(sanne.sync());
    ArchiveRepo archive(sanne.db());
    ArchiveItem restricted = itemOf(maarten, ArchiveKind::LetterOut, "Overname Zuidas",
                                    {QStringLiteral("Van Rijswijk Holding")}, false);
    restricted.restricted = true;
    const QString kept = archive.add(restricted, sanne.personId());
    const QString secret = archive.add(itemOf(maarten, ArchiveKind::Contract, "NDA",
                                              {QStringLiteral("Van Rijswijk Holding")}, true),
                                       sanne.personId());
    const QString open = archive.add(itemOf(maarten, ArchiveKind::LetterIn, "Markt",
                                            {QStringLiteral("Gemeente Utrecht")}, false),
                                     sanne.personId());
    const QString keptDoc = fileInto(sanne, kept, randomBytes(4096, 81), "Notities");
    const QString secretDoc = fileInto(sanne, secret, randomBytes(4096, 82), "NDA");
    const QString openDoc = fileInto(sanne, open, randomBytes(4096, 83), "Brief");
    ASSERT_TRUE(sanne.sync());

    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000007d1");
    // A refused push takes no mutation number: each one here is the client's first.
    const auto unfile = [&](const QString &document, qint64 at) {
        return pushChanges(
            server, token, client,
            {{QStringLiteral("documents"), document, QStringLiteral("archive_item_id"), QString(),
              HlcStamp{at, 0, client}.toString()}});
    };
    const qint64 before = server.version(token);
    for (const QString &document : {keptDoc, secretDoc}) {
        const HttpResult refused = unfile(document, 1'900'000'000'000);
        EXPECT_EQ(refused.status, 403) << refused.body.constData();
        EXPECT_EQ(refused.errorCode(), QStringLiteral("forbidden"));
    }
    EXPECT_EQ(server.version(token), before) << "a refused push stored something";
    EXPECT_FALSE(pulledRecords(server, QStringLiteral("joris"), QStringLiteral("documents"))
                     .contains(keptDoc));
    EXPECT_EQ(unfile(openDoc, 1'900'000'000'100).status, 200) << "an open item's file";
}

TEST(Archive, BadInputOnTheNewKindAndEveryFieldIsRefusedAndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("sanne"));
    const qint64 before = server.version(token);
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000007b1");
    const QString id = QStringLiteral("01900000-0000-7000-8000-0000000007b2");
    expectBadRequests(
        server, token, client, id,
        {
            {"archive_items", "owner", 3, "an owner that is a number"},
            {"archive_items", "kind", QJsonArray{}, "a kind that is a list"},
            {"archive_items", "date", QStringLiteral("1 oktober 2026"), "a date in words"},
            {"archive_items", "date", QStringLiteral("2026-02-30"), "a day that does not exist"},
            {"archive_items", "date", QStringLiteral("2026-10-01T10:00"), "a date with a time"},
            {"archive_items", "date", 20261001, "a date as a number"},
            {"archive_items", "subject", QJsonValue(), "a subject that is null"},
            {"archive_items", "parties", QStringLiteral("Gemeente"), "parties as text"},
            {"archive_items", "parties", QJsonArray{1, 2}, "parties as numbers"},
            {"archive_items", "tags", true, "tags that are true"},
            {"archive_items", "cabinet", 4, "a cabinet that is a number"},
            {"archive_items", "binder", QJsonArray{}, "a binder that is a list"},
            {"archive_items", "shelf", false, "a shelf that is false"},
            {"archive_items", "retention_years", QStringLiteral("7"), "retention as text"},
            {"archive_items", "retention_years", 7.5, "retention that is not whole"},
            {"archive_items", "confidential", QStringLiteral("yes"), "confidential as text"},
            {"archive_items", "restricted", QStringLiteral("yes"), "restricted as text"},
            {"archive_items", "restricted", QJsonArray{true}, "restricted as a list"},
            {"archive_items", "contract_start", QStringLiteral("soon"), "a start in words"},
            {"archive_items", "contract_end", QStringLiteral("2027-13-01"), "month thirteen"},
            {"archive_items", "notice_months", QStringLiteral("3"), "notice as text"},
            {"archive_items", "created_at", QStringLiteral("today"), "a time as text"},
            {"archive_items", "location", QStringLiteral("A"), "a field items do not have"},
            {"documents", "archive_item_id", 5, "a document's archived item as a number"},
        });
    EXPECT_EQ(server.version(token), before) << "a refused push stored something";
}

TEST(Archive, TwoDevicesOfTheSecretaryMakeOneNoticeTaskForAContractFiledByTheDirector)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    SyncedDevice phone(server, QStringLiteral("sanne")), tablet(server, QStringLiteral("sanne"));
    ASSERT_TRUE(maarten.sync());
    ArchiveItem lease = itemOf(maarten.personId(), ArchiveKind::Contract, "Lease printers",
                               {QStringLiteral("Ricoh")}, false);
    lease.contractStart = QDate::currentDate().addYears(-1);
    lease.contractEnd = QDate::currentDate().addYears(2);
    lease.noticeMonths = 3;
    const QString item = ArchiveRepo(maarten.db()).add(lease, maarten.personId());
    EXPECT_FALSE(TaskRepo(maarten.db()).byId(noticeTaskId(item))) << "his device makes none";
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(phone.sync());
    ASSERT_TRUE(tablet.sync());
    // Both of her devices make the task offline, then sync.
    const QString sanne = phone.personId();
    ASSERT_EQ(ArchiveRepo(phone.db()).secretaryOf(maarten.personId()), sanne);
    EXPECT_GT(ArchiveRepo(phone.db()).keepNoticeTasks(sanne), 0);
    EXPECT_GT(ArchiveRepo(tablet.db()).keepNoticeTasks(sanne), 0);
    ASSERT_TRUE(phone.sync());
    ASSERT_TRUE(tablet.sync());
    ASSERT_TRUE(phone.sync());
    EXPECT_EQ(count(tablet.db(), QStringLiteral("SELECT count(*) FROM rejected_changes")), 0);
    const auto tasks = pulledRecords(server, QStringLiteral("sanne"), QStringLiteral("tasks"));
    int notice = 0;
    for (const QJsonObject &t : tasks)
        notice +=
            t.value(QStringLiteral("title")).toString().contains(QStringLiteral("Lease printers"));
    EXPECT_EQ(notice, 1);
    EXPECT_TRUE(tasks.contains(noticeTaskId(item)));
    for (SyncedDevice *device : {&phone, &tablet})
        EXPECT_EQ(
            count(device->db(),
                  QStringLiteral("SELECT count(*) FROM tasks WHERE title LIKE '%Lease printers%'")),
            1);
    // The director never receives his secretary's task.
    ASSERT_TRUE(maarten.sync());
    EXPECT_FALSE(TaskRepo(maarten.db()).byId(noticeTaskId(item)));
}

// A letter filed on the secretary's device: the office manager's device fetches its file in
// the round after a sync, with no meeting asking for it, and finds its words offline. A
// file filed later whose bytes never reached the server is skipped, not the end of the round.
TEST(Archive, AFiledFilesWordsAreFoundOnAnotherDeviceAfterItsFetchAheadRound)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), fatima(server, QStringLiteral("fatima"));
    const QString maarten = server.personId(QStringLiteral("maarten"));
    ASSERT_TRUE(sanne.sync());
    const QByteArray letter = "Geachte heer Kuipers,\n\nHet perceel aan de Oudegracht wordt "
                              "per 1 maart kadastraal ingeschreven.\n";
    const QByteArray never = "Nooit verstuurd.\n";
    ASSERT_EQ(putFile(server, server.login(QStringLiteral("sanne")), letter).status, 200);
    ArchiveRepo archive(sanne.db());
    const QString item = archive.add(itemOf(maarten, ArchiveKind::LetterIn, "Inschrijving perceel",
                                            {QStringLiteral("Kadaster")}, false),
                                     sanne.personId());
    archive.file(item, documentOf(sanne, letter, QString(), "Brief Kadaster.txt", "text/plain"));
    archive.file(item, documentOf(sanne, never, QString(), "Concept.txt", "text/plain"));
    // A scan has no words to read: it waits until someone opens it.
    const QByteArray scan = randomBytes(40 * 1024, 91);
    ASSERT_EQ(putFile(server, server.login(QStringLiteral("sanne")), scan).status, 200);
    archive.file(item, documentOf(sanne, scan, QString(), "Kaart perceel.png", "image/png"));
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(fatima.sync());
    EXPECT_TRUE(ArchiveRepo(fatima.db()).search(QStringLiteral("Oudegracht")).isEmpty());

    QTemporaryDir dir;
    FileCache cache(fatima.db(), dir.filePath(QStringLiteral("cache")));
    client::FileTransfer transfer(fatima.client(), cache.dir());
    client::FetchAhead ahead(cache, transfer, fatima.personId());
    const FetchRound first = fetchAheadRound(ahead);
    ASSERT_GE(first.fetched, 1);
    EXPECT_TRUE(first.error.isEmpty()) << first.error.toStdString();
    EXPECT_TRUE(cache.holds(sha256Of(letter)));
    EXPECT_FALSE(cache.holds(sha256Of(never)));
    EXPECT_FALSE(cache.holds(sha256Of(scan)));
    // Fetched for its words alone: dated long ago, the first to leave a full cache.
    EXPECT_LT(QFileInfo(cache.pathOf(sha256Of(letter))).lastModified().toMSecsSinceEpoch(),
              QDateTime(QDate(2000, 1, 1), QTime(0, 0)).toMSecsSinceEpoch());
    EXPECT_GE(indexArchiveFiles(fatima.db(), cache), 1);
    const QList<ArchiveHit> hits = ArchiveRepo(fatima.db()).search(QStringLiteral("Oudegracht"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().item.id, item);

    // Read once: the next round does not fetch it again, even when the cache let it go.
    QFile::remove(cache.pathOf(sha256Of(letter)));
    ASSERT_GE(fetchAheadRound(ahead).fetched, 0);
    EXPECT_FALSE(cache.holds(sha256Of(letter)));
    EXPECT_EQ(ArchiveRepo(fatima.db()).search(QStringLiteral("Oudegracht")).size(), 1);
}
