// SPDX-License-Identifier: GPL-3.0-or-later
// The file routes against a real spil-server: chunks up, ranges down, who may fetch what.
#include "FileHelpers.h"

#include "core/documents/DocumentFile.h"
#include "core/documents/FileCache.h"
#include "core/meetings/MeetingRepo.h"
#include "sync/client/FileTransfer.h"

#include <QSet>

using namespace spil;
using namespace spil::test;

namespace {
const QString kFiles = QStringLiteral("/v1/files/");

protocol::UploadStatus statusOf(const ServerProcess &server, const QString &token,
                                const QString &sha256)
{
    const HttpResult r =
        server.request("GET", kFiles + sha256 + QStringLiteral("/upload"), {}, token);
    EXPECT_EQ(r.status, 200) << r.body.constData();
    return protocol::decodeUploadStatus(r.body);
}

HttpResult get(const ServerProcess &server, const QString &token, const QString &sha256,
               const QByteArray &range = {})
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!range.isEmpty())
        headers << std::pair(QByteArrayLiteral("Range"), range);
    return server.request("GET", kFiles + sha256, {}, token, headers);
}
} // namespace

TEST(Files, AFileSentInChunksIsReadBackWholeAndByRange)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    const QByteArray file = randomBytes(3 * 1024 * 1024 + 17, 1);
    const QString sha = sha256Of(file);
    const QString token = server.login(QStringLiteral("maarten"));

    EXPECT_EQ(server.request("GET", kFiles + sha + QStringLiteral("/upload"), {}, token).status,
              404);
    HttpResult r = putChunk(server, token, file, 0, 1 << 20);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    auto s = protocol::decodeUploadStatus(r.body);
    EXPECT_EQ(s.received, 1 << 20);
    EXPECT_FALSE(s.complete);
    EXPECT_EQ(statusOf(server, token, sha).received, 1 << 20);
    r = putChunk(server, token, file, 1 << 20, file.size() - (1 << 20));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(protocol::decodeUploadStatus(r.body).complete);
    EXPECT_TRUE(statusOf(server, token, sha).complete);

    // Nothing names it yet: nobody reads it, its sender neither.
    EXPECT_EQ(get(server, token, sha).status, 404);
    documentOf(maarten, file, meetingOf(maarten, "Raad van bestuur", false));
    ASSERT_TRUE(maarten.sync());

    r = get(server, token, sha);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.body, file);
    EXPECT_EQ(r.header("Accept-Ranges"), "bytes");
    EXPECT_EQ(r.header("ETag"), '"' + sha.toLatin1() + '"');
    EXPECT_EQ(r.header("Content-Length"), QByteArray::number(file.size()));
    r = get(server, token, sha, "bytes=1048570-1048600");
    ASSERT_EQ(r.status, 206);
    EXPECT_EQ(r.body, file.mid(1048570, 31)); // across two chunks
    EXPECT_EQ(r.header("Content-Range"),
              "bytes 1048570-1048600/" + QByteArray::number(file.size()));
    EXPECT_EQ(r.header("ETag"), '"' + sha.toLatin1() + '"');
    r = get(server, token, sha, "bytes=-10");
    EXPECT_EQ(r.body, file.right(10));
    r = get(server, token, sha, "bytes=3145000-");
    EXPECT_EQ(r.body, file.mid(3145000));
    r = get(server, token, sha, "bytes=3145000-99999999");
    EXPECT_EQ(r.body, file.mid(3145000));

    // Whoever reads the meeting reads its papers.
    EXPECT_EQ(get(server, server.login(QStringLiteral("joris")), sha).body, file);
}

namespace {
// A figure of the process's memory from /proc (VmHWM: the most it ever held; RssAnon: what
// it holds now, its mapped database file left out), in bytes.
qint64 memoryOf(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}
qint64 peakMemoryOf(qint64 pid)
{
    return memoryOf(pid, "VmHWM");
}

// A paper of random bytes, sent whole by Maarten and named by his board meeting.
struct StoredPaper {
    QByteArray file;
    QString sha;
    QString token; // Maarten's
};

StoredPaper storePaper(ServerProcess &server, SyncedDevice &maarten, qint64 size, quint32 seed)
{
    StoredPaper paper;
    paper.file = QByteArray(size, Qt::Uninitialized);
    QRandomGenerator(seed).fillRange(reinterpret_cast<quint32 *>(paper.file.data()), size / 4);
    paper.sha = sha256Of(paper.file);
    paper.token = server.login(QStringLiteral("maarten"));
    EXPECT_EQ(putFile(server, paper.token, paper.file, 4 << 20).status, 200);
    documentOf(maarten, paper.file, meetingOf(maarten, "Raad van bestuur", false));
    EXPECT_TRUE(maarten.sync());
    return paper;
}
} // namespace

TEST(Files, AWholeFileAndALargeRangeStreamWithoutTheServerHoldingThem)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    const auto [file, sha, token] = storePaper(server, maarten, 64LL << 20, 9);
    ASSERT_FALSE(HasFailure());

    const qint64 before = peakMemoryOf(server.pid());
    ASSERT_GT(before, 0);
    HttpResult r = get(server, token, sha);
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(r.body == file);
    r = get(server, token, sha, "bytes=1000-60000000");
    ASSERT_EQ(r.status, 206);
    EXPECT_TRUE(r.body == file.mid(1000, 60000000 - 1000 + 1));
    // Built in memory, the whole file alone (and QtHttpServer's copy of it) would lift the
    // peak by 64 MB or more; streamed, a download holds a few chunks of 4 MiB.
    EXPECT_LT(peakMemoryOf(server.pid()) - before, 32LL << 20);
}

// While downloads run the server keeps what they free at hand for the next chunk; a second
// after the last one ends it gives back what is free.
TEST(Files, AServerGivesBackWhatItsDownloadsHeldOnceTheyEnd)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    const auto [file, sha, token] = storePaper(server, maarten, 32LL << 20, 10);
    ASSERT_FALSE(HasFailure());
    ASSERT_EQ(get(server, token, sha).status, 200);
    waitFor([] { return false; }, 1500);
    const qint64 before = memoryOf(server.pid(), "RssAnon");
    ASSERT_GT(before, 0);
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(get(server, token, sha).status, 200);
    const qint64 held = memoryOf(server.pid(), "RssAnon");
    waitFor([] { return false; }, 1500);
    const qint64 after = memoryOf(server.pid(), "RssAnon");
    EXPECT_LT(after, held - (8LL << 20)); // the chunks' copies, given back
    EXPECT_LT(after - before, 4LL << 20);
}

TEST(Files, AConfidentialMeetingsPaperIsNotFoundByWhoMayNotReadIt)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten")), joris(server, QStringLiteral("joris"));
    const QByteArray file = randomBytes(200 * 1024, 2);
    const QString sha = sha256Of(file);
    ASSERT_EQ(putFile(server, server.login(QStringLiteral("maarten")), file).status, 200);
    documentOf(maarten, file, meetingOf(maarten, "Overname", true));
    ASSERT_TRUE(maarten.sync());

    EXPECT_EQ(get(server, server.login(QStringLiteral("sanne")), sha).body, file);
    for (const char *user : {"joris", "fatima", "ingrid"}) {
        const HttpResult r = get(server, server.login(QString::fromLatin1(user)), sha);
        EXPECT_EQ(r.status, 404) << user;
        EXPECT_EQ(r.errorCode(), QStringLiteral("not_found")) << user;
        EXPECT_FALSE(r.body.contains(file.left(64))) << user;
    }
    // Naming the hash in a record of his own opens nothing: he never sent its bytes.
    documentOf(joris, file, meetingOf(joris, "Eigen overleg", false), "Geleend");
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(get(server, server.login(QStringLiteral("joris")), sha).status, 404);
    // Sending the bytes himself proves he has them: then his own record opens it.
    ASSERT_EQ(putFile(server, server.login(QStringLiteral("joris")), file).status, 200);
    EXPECT_EQ(get(server, server.login(QStringLiteral("joris")), sha).body, file);
}

// The file of a paper on an agenda item closed to someone follows the item, not only its
// meeting: he reads the meeting in full and still never opens the paper.
TEST(Files, AClosedItemsPaperIsNotFoundByWhomTheItemIsClosedTo)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne"));
    const QByteArray file = randomBytes(64 * 1024, 9);
    const QString sha = sha256Of(file);
    ASSERT_EQ(putFile(server, server.login(QStringLiteral("sanne")), file).status, 200);
    const QString meeting = meetingOf(sanne, "Teamoverleg", false);
    MeetingItem item;
    item.meeting = {meeting, -1};
    item.title = QStringLiteral("Beloning");
    item.closedTo = {server.personId(QStringLiteral("joris"))};
    Document d;
    d.title = QStringLiteral("Voorstel beloning");
    d.mime = QStringLiteral("application/pdf");
    d.size = file.size();
    d.sha256 = sha;
    d.addedBy = sanne.personId();
    d.appointmentId = meeting;
    d.itemId = MeetingRepo(sanne.db()).addItem(item);
    DocumentRepo(sanne.db()).add(d);
    ASSERT_TRUE(sanne.sync());

    EXPECT_EQ(get(server, server.login(QStringLiteral("ingrid")), sha).body, file);
    const HttpResult r = get(server, server.login(QStringLiteral("joris")), sha);
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(r.errorCode(), QStringLiteral("not_found"));
}

// The demo office's server holds the files of its papers and archived items: the director's
// device fetches them ahead, the bytes their hashes name, and the staff
// member finds neither the paper of the item closed to him nor the confidential contract.
TEST(Files, TheDemoOfficesPapersAreFetchedByWhoMaySeeThemAndNobodyElse)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten")), joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(joris.sync());
    const QString maartenToken = server.login(QStringLiteral("maarten"));
    QHash<QString, QString> shaOf;
    for (const Document &d : DocumentRepo(maarten.db()).list()) {
        shaOf.insert(d.title, d.sha256);
        const HttpResult r = get(server, maartenToken, d.sha256);
        EXPECT_EQ(r.status, 200) << d.title.toStdString();
        EXPECT_EQ(sha256Of(r.body), d.sha256) << d.title.toStdString();
    }
    ASSERT_EQ(shaOf.size(), 7);

    QTemporaryDir dir;
    FileCache cache(maarten.db(), dir.filePath(QStringLiteral("cache")));
    client::FileTransfer transfer(maarten.client(), cache.dir());
    client::FetchAhead ahead(cache, transfer, maarten.personId());
    const FetchRound round = fetchAheadRound(ahead);
    // The board's papers first, then, while there is room, the archive's files for the search.
    EXPECT_EQ(round.fetched, 7) << round.error.toStdString();
    for (const QString &sha : std::as_const(shaOf))
        EXPECT_EQ(sha256OfFile(cache.pathOf(sha)), sha);

    QSet<QString> his;
    for (const Document &d : DocumentRepo(joris.db()).list())
        his << d.title;
    EXPECT_TRUE(his.contains(QStringLiteral("Marktanalyse 2027")));
    const QString jorisToken = server.login(QStringLiteral("joris"));
    for (const QString &title :
         {QStringLiteral("Voorstel beloning 2027"), QStringLiteral("NDA Van Rijswijk.pdf")}) {
        EXPECT_FALSE(his.contains(title)) << title.toStdString();
        EXPECT_EQ(get(server, jorisToken, shaOf.value(title)).status, 404) << title.toStdString();
    }
}

TEST(Files, AnUploadResumesWhereTheLastCommitLeftItAfterKillMinusNine)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("joris"));
    const QByteArray file = randomBytes(5 * 1024 * 1024, 3);
    const QString sha = sha256Of(file);
    ASSERT_EQ(putChunk(server, token, file, 0, 2 << 20).status, 200);
    ASSERT_EQ(putChunk(server, token, file, 2 << 20, 1 << 20).status, 200);
    server.kill9();
    server.restart();
    const auto s = statusOf(server, token, sha);
    EXPECT_EQ(s.received, 3 << 20);
    EXPECT_EQ(s.size, file.size());
    // A chunk resent from an earlier place is refused with where to go on.
    HttpResult r = putChunk(server, token, file, 2 << 20, 1 << 20);
    EXPECT_EQ(r.status, 409);
    EXPECT_EQ(r.errorCode(), QStringLiteral("wrong_offset"));
    r = putChunk(server, token, file, 3 << 20, file.size() - (3 << 20));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(protocol::decodeUploadStatus(r.body).complete);
}

TEST(Files, FilesNothingNamesGoAfterTheGracePeriod)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    const QString token = server.login(QStringLiteral("maarten"));
    const QByteArray named = randomBytes(1000, 4), loose = randomBytes(1000, 5),
                     half = randomBytes(4000, 6);
    ASSERT_EQ(putFile(server, token, named).status, 200);
    ASSERT_EQ(putFile(server, token, loose).status, 200);
    ASSERT_EQ(putChunk(server, token, half, 0, 1000).status, 200);
    const QString document = documentOf(maarten, named, {});
    ASSERT_TRUE(maarten.sync());
    const auto compact = [&](const char *grace) {
        return server.admin({QStringLiteral("compact"), QStringLiteral("--before"),
                             QStringLiteral("0"), QStringLiteral("--file-grace"),
                             QLatin1String(grace)});
    };
    const auto there = [&](const QByteArray &file) {
        return server.request("GET", kFiles + sha256Of(file) + QStringLiteral("/upload"), {}, token)
                   .status == 200;
    };
    // Within the grace period everything stays.
    ASSERT_EQ(compact("3600"), 0) << server.lastOutput().constData();
    EXPECT_TRUE(there(named) && there(loose) && there(half));
    ASSERT_EQ(compact("0"), 0);
    EXPECT_TRUE(server.lastOutput().contains("1 files and 1 unfinished uploads"))
        << server.lastOutput().constData();
    EXPECT_TRUE(there(named));
    EXPECT_FALSE(there(loose));
    EXPECT_FALSE(there(half));
    // Once its document is deleted, the file goes too.
    DocumentRepo(maarten.db()).remove(document);
    ASSERT_TRUE(maarten.sync());
    ASSERT_EQ(compact("0"), 0);
    EXPECT_FALSE(there(named));
}

TEST(Files, AServingServerRemovesFilesNothingNamesByItself)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH),
                         {QStringLiteral("--file-grace"), QStringLiteral("0"),
                          QStringLiteral("--file-gc-interval"), QStringLiteral("1")});
    const QString token = server.login(QStringLiteral("maarten"));
    const QByteArray loose = randomBytes(1000, 7);
    ASSERT_EQ(putFile(server, token, loose).status, 200);
    EXPECT_TRUE(waitFor(
        [&] {
            return server
                       .request("GET", kFiles + sha256Of(loose) + QStringLiteral("/upload"), {},
                                token)
                       .status == 404;
        },
        10000));
}

namespace {
void expectJsonError(const HttpResult &r, int status, const char *code, const char *what)
{
    EXPECT_EQ(r.status, status) << what << ": " << r.body.constData();
    EXPECT_EQ(r.errorCode(), QLatin1String(code)) << what << ": " << r.body.constData();
}
} // namespace

TEST(BadInput, FileRoutesAnswerEachMistakeWithAJsonErrorAndKeepNothingOfIt)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH),
                         {QStringLiteral("--max-file-mb"), QStringLiteral("2"),
                          QStringLiteral("--max-workspace-mb"), QStringLiteral("3")});
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    const QString token = server.login(QStringLiteral("maarten"));
    const QByteArray file = randomBytes(300 * 1024, 8);
    const QString sha = sha256Of(file);
    const QString path = kFiles + sha;
    const auto put = [&](const QByteArray &body, const QByteArray &range) {
        return server.request("PUT", path, body, token, {{"Content-Range", range}});
    };

    expectJsonError(server.request("GET", kFiles + sha.toUpper(), {}, token), 400, "bad_request",
                    "a hash in upper case");
    expectJsonError(server.request("GET", kFiles + QStringLiteral("abc"), {}, token), 400,
                    "bad_request", "not a hash");
    expectJsonError(server.request("GET", path), 401, "missing_token", "no token");
    expectJsonError(server.request("PUT", path, file.left(10), token), 400, "bad_range",
                    "a chunk without Content-Range");
    for (const char *range : {"bytes 0-9", "bytes=0-9/100", "bytes 9-0/100", "bytes 0-100/100",
                              "bytes -1-9/100", "bytes 0-9/x"})
        expectJsonError(put(file.left(10), range), 400, "bad_range", range);
    expectJsonError(put(file.left(5), "bytes 0-9/307200"), 400, "bad_range",
                    "a chunk shorter than its range (truncated)");
    expectJsonError(put(file.left(20), "bytes 0-9/307200"), 400, "bad_range",
                    "a chunk longer than its range");
    expectJsonError(put(file.mid(10, 10), "bytes 10-19/307200"), 409, "wrong_offset",
                    "a first chunk not at 0");
    ASSERT_EQ(put(file.left(10), "bytes 0-9/307200").status, 200);
    expectJsonError(put(file.mid(20, 10), "bytes 20-29/307200"), 409, "wrong_offset", "a gap");
    expectJsonError(put(file.mid(10, 10), "bytes 10-19/307201"), 400, "bad_range",
                    "another size than the first chunk said");
    expectJsonError(server.request("PUT", path, QByteArray(5 * 1024 * 1024, 'x'), token,
                                   {{"Content-Range", "bytes 10-5242889/307200"}}),
                    413, "too_large", "a chunk over 4 MiB");
    const QByteArray big = randomBytes(2 * 1024 * 1024 + 1, 9);
    expectJsonError(putChunk(server, token, big, 0, 1000), 413, "too_large",
                    "a file over --max-file-mb");
    ASSERT_EQ(putFile(server, token, randomBytes(2 * 1024 * 1024, 10)).status, 200);
    expectJsonError(putChunk(server, token, randomBytes(1024 * 1024, 11), 0, 1000), 413,
                    "quota_exceeded", "a file beyond --max-workspace-mb");
    // A whole file of other bytes than its name says is dropped, from the first byte.
    QByteArray forged = file;
    forged[1000] = char(forged[1000] ^ 1);
    ASSERT_EQ(putChunk(server, token, forged, 10, forged.size() - 10 - 1, sha).status, 200);
    expectJsonError(putChunk(server, token, forged, forged.size() - 1, 1, sha), 422,
                    "hash_mismatch", "bytes of another file");
    expectJsonError(server.request("GET", path + QStringLiteral("/upload"), {}, token), 404,
                    "not_found", "what a wrong hash left");
    // Downloads.
    ASSERT_EQ(putFile(server, token, file).status, 200);
    documentOf(maarten, file, {});
    ASSERT_TRUE(maarten.sync());
    for (const char *range : {"bytes=9-2", "bytes=a-b", "bytes=0-1,5-6", "items=0-1", "bytes="})
        expectJsonError(server.request("GET", path, {}, token, {{"Range", range}}), 400,
                        "bad_range", range);
    const HttpResult beyond = server.request("GET", path, {}, token, {{"Range", "bytes=307200-"}});
    expectJsonError(beyond, 416, "bad_range", "a range beyond the end");
    EXPECT_EQ(beyond.header("Content-Range"), "bytes */307200");
    expectJsonError(server.request("GET", kFiles + sha256Of("nothing"), {}, token), 404,
                    "not_found", "an unknown hash");
    const HttpResult wrongMethod = server.request("DELETE", path, {}, token);
    expectJsonError(wrongMethod, 405, "method_not_allowed", "DELETE");
    EXPECT_EQ(wrongMethod.header("Allow"), "GET, PUT");
    expectJsonError(server.request("PUT", path + QStringLiteral("/upload"), {}, token), 405,
                    "method_not_allowed", "PUT on the status");
    expectJsonError(server.request("GET", path + QStringLiteral("?as=sanne"), {}, token), 400,
                    "bad_request", "a query parameter");
    // What was refused left the file as it was, and the server serves on.
    EXPECT_EQ(server.request("GET", path, {}, token).body, file);
    EXPECT_EQ(server.request("GET", QStringLiteral("/v1/health")).status, 200);
}
