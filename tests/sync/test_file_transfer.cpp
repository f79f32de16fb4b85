// SPDX-License-Identifier: GPL-3.0-or-later
// The device's FileTransfer against a real spil-server: uploads and downloads that resume.
#include "FileHelpers.h"

#include "core/documents/DocumentFile.h"
#include "core/documents/FileCache.h"
#include "sync/client/FetchAhead.h"
#include "sync/client/FileTransfer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

using namespace spil;
using namespace spil::test;

namespace {
QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

// Runs one transfer to its end; the code it failed with, or empty.
QString finish(client::FileTransfer &transfer, const std::function<void()> &start)
{
    QString code = QStringLiteral("no end");
    bool ended = false;
    const auto a = QObject::connect(&transfer, &client::FileTransfer::finished, [&] {
        code.clear();
        ended = true;
    });
    const auto b = QObject::connect(&transfer, &client::FileTransfer::failed,
                                    [&](const QString &, const QString &c, const QString &) {
                                        code = c;
                                        ended = true;
                                    });
    start();
    waitFor([&] { return ended; }, 60000);
    QObject::disconnect(a);
    QObject::disconnect(b);
    return code;
}
} // namespace

TEST(FileTransfer, AFileGoesUpAndComesDownIntoTheCacheWithProgress)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten")), joris(server, QStringLiteral("joris"));
    QTemporaryDir dir;
    const QByteArray bytes = randomBytes(9 * 1024 * 1024 + 5, 21);
    const QString path = writeFile(dir, "jaarstukken.pdf", bytes);
    const Document described = describeFile(path);
    EXPECT_EQ(described.sha256, sha256Of(bytes));
    EXPECT_EQ(described.size, bytes.size());
    EXPECT_EQ(described.title, QStringLiteral("jaarstukken.pdf"));

    client::FileTransfer up(maarten.client(), dir.filePath(QStringLiteral("maarten-cache")));
    QList<qint64> progress;
    QObject::connect(&up, &client::FileTransfer::progress,
                     [&](const QString &, qint64 done, qint64) { progress << done; });
    ASSERT_EQ(finish(up, [&] { up.upload(path, described.sha256); }), QString());
    EXPECT_EQ(up.bytesSent(), bytes.size());
    ASSERT_GE(progress.size(), 3); // a step per chunk
    EXPECT_EQ(progress.last(), bytes.size());
    // Sent once is enough: again, nothing travels.
    ASSERT_EQ(finish(up, [&] { up.upload(path, described.sha256); }), QString());
    EXPECT_EQ(up.bytesSent(), bytes.size());

    documentOf(maarten, bytes, meetingOf(maarten, "Raad van bestuur", false));
    ASSERT_TRUE(maarten.sync());
    const QString cache = dir.filePath(QStringLiteral("joris-cache"));
    client::FileTransfer down(joris.client(), cache);
    // A download cut off earlier left its first megabyte: only the rest travels.
    QDir().mkpath(cache);
    ASSERT_FALSE(
        writeFile(dir, "joris-cache/" + described.sha256.toLatin1() + ".part", bytes.left(1 << 20))
            .isEmpty());
    ASSERT_EQ(finish(down, [&] { down.download(described.sha256, described.size); }), QString());
    EXPECT_EQ(down.bytesReceived(), bytes.size() - (1 << 20));
    QFile cached(down.cachedPath(described.sha256));
    ASSERT_TRUE(cached.open(QIODevice::ReadOnly));
    EXPECT_EQ(cached.readAll(), bytes);
    EXPECT_FALSE(QFile::exists(down.cachedPath(described.sha256) + QStringLiteral(".part")));
}

TEST(FileTransfer, ADownloadOfOtherBytesNeverTakesTheFilesPlaceInTheCache)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    QTemporaryDir dir;
    const QByteArray bytes = randomBytes(100 * 1024, 22);
    const QString sha = sha256Of(bytes);
    ASSERT_EQ(putFile(server, server.login(QStringLiteral("maarten")), bytes).status, 200);
    documentOf(maarten, bytes, {});
    ASSERT_TRUE(maarten.sync());
    client::FileTransfer down(maarten.client(), dir.path());
    // A part that is not the start of this file (a disk gone bad) makes the whole wrong.
    ASSERT_FALSE(
        writeFile(dir, (sha + QStringLiteral(".part")).toLatin1(), "not the file").isEmpty());
    EXPECT_EQ(finish(down, [&] { down.download(sha, bytes.size()); }),
              QStringLiteral("hash_mismatch"));
    EXPECT_FALSE(QFile::exists(down.cachedPath(sha)));
    // Tried again, it starts over and succeeds.
    ASSERT_EQ(finish(down, [&] { down.download(sha, bytes.size()); }), QString());
    EXPECT_TRUE(QFile::exists(down.cachedPath(sha)));
    // A file the user may not read is refused as the server says.
    EXPECT_EQ(finish(down, [&] { down.download(sha256Of("other"), 5); }),
              QStringLiteral("not_found"));
}

TEST(FileTransfer, AnUploadCutByKillMinusNineResumesAndSendsOnlyTheRest)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice joris(server, QStringLiteral("joris"));
    QTemporaryDir dir;
    const QByteArray bytes = randomBytes(20 * 1024 * 1024, 23);
    const QString path = writeFile(dir, "groot.bin", bytes);
    const QString sha = sha256Of(bytes);
    client::FileTransfer up(joris.client(), dir.filePath(QStringLiteral("cache")));
    bool killed = false;
    QObject::connect(&up, &client::FileTransfer::progress,
                     [&](const QString &, qint64 done, qint64 total) {
                         if (!killed && done >= total / 2) {
                             killed = true;
                             server.kill9();
                         }
                     });
    EXPECT_EQ(finish(up, [&] { up.upload(path, sha); }), QStringLiteral("offline"));
    ASSERT_TRUE(killed);
    const qint64 firstTry = up.bytesSent();
    server.restart();
    ASSERT_EQ(finish(up, [&] { up.upload(path, sha); }), QString());
    const qint64 resent = up.bytesSent() - firstTry;
    // The second try sends what the server did not commit, and no more: at most the rest
    // after the half and the chunk in flight when it was killed.
    EXPECT_LE(resent, bytes.size() / 2 + client::FileTransfer::kUploadChunk);
    EXPECT_LT(resent, bytes.size());
    EXPECT_EQ(server
                  .request("GET", QStringLiteral("/v1/files/") + sha + QStringLiteral("/upload"),
                           {}, server.login(QStringLiteral("joris")))
                  .status,
              200);
}

TEST(FetchAhead, TheNextFortnightsPapersArriveAndAWithdrawnOneLeavesTheCache)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten")), joris(server, QStringLiteral("joris"));
    const QString token = server.login(QStringLiteral("maarten"));
    const auto meetingIn = [&](int days) {
        Appointment a;
        a.owner = maarten.personId();
        a.title = QStringLiteral("Overleg");
        a.attendees = {joris.personId()};
        a.startUtc = QDateTime::currentMSecsSinceEpoch() + days * 24 * 3600 * 1000LL;
        a.endUtc = a.startUtc + 3'600'000;
        return AgendaRepo(maarten.db()).add(a, true);
    };
    const QString soon = meetingIn(3), later = meetingIn(30);
    const QByteArray soonPaper = randomBytes(300 * 1024, 31), laterPaper = randomBytes(1000, 32);
    ASSERT_EQ(putFile(server, token, soonPaper).status, 200);
    ASSERT_EQ(putFile(server, token, laterPaper).status, 200);
    documentOf(maarten, soonPaper, soon);
    documentOf(maarten, laterPaper, later);
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(joris.sync());

    QTemporaryDir dir;
    FileCache cache(joris.db(), dir.filePath(QStringLiteral("cache")));
    client::FileTransfer transfer(joris.client(), cache.dir());
    client::FetchAhead ahead(cache, transfer, joris.personId());
    const FetchRound round = fetchAheadRound(ahead);
    // This paper and the demo board meeting's two papers in that he may read.
    EXPECT_EQ(round.fetched, 3) << round.error.toStdString();
    EXPECT_TRUE(cache.holds(sha256Of(soonPaper)));
    EXPECT_FALSE(cache.holds(sha256Of(laterPaper))); // in 30 days: fetched on demand

    // The meeting turns confidential: its paper leaves his store and then his cache.
    AgendaRepo(maarten.db()).update(soon, {.confidential = true}, true);
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(cache.tidy(joris.personId()).unnamed, 1);
    EXPECT_FALSE(cache.holds(sha256Of(soonPaper)));
    EXPECT_FALSE(joris.db()
                     .scalar(QStringLiteral("SELECT 1 FROM documents WHERE sha256 = ?"),
                             {sha256Of(soonPaper)})
                     .isValid());
}

// A round asked for while one runs (a sync ended meanwhile) runs once that one is done, and
// fetches the papers that came in between.
TEST(FetchAhead, ARoundAskedForWhileOneRunsFollowsItWithThePapersThatCameMeanwhile)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten")), joris(server, QStringLiteral("joris"));
    const QString token = server.login(QStringLiteral("maarten"));
    Appointment a;
    a.owner = maarten.personId();
    a.title = QStringLiteral("Overleg");
    a.attendees = {joris.personId()};
    a.startUtc = QDateTime::currentMSecsSinceEpoch() + 3 * 24 * 3600 * 1000LL;
    a.endUtc = a.startUtc + 3'600'000;
    const QString meeting = AgendaRepo(maarten.db()).add(a, true);
    const QByteArray first = randomBytes(300 * 1024, 41), second = randomBytes(2000, 42);
    ASSERT_EQ(putFile(server, token, first).status, 200);
    ASSERT_EQ(putFile(server, token, second).status, 200);
    documentOf(maarten, first, meeting);
    documentOf(maarten, second, meeting, "Begroting");
    ASSERT_TRUE(maarten.sync());
    // Joris's store has the meeting and its first paper only.
    ASSERT_TRUE(joris.sync());
    joris.db().run(QStringLiteral("DELETE FROM documents WHERE sha256 = ?"), {sha256Of(second)});

    QTemporaryDir dir;
    FileCache cache(joris.db(), dir.filePath(QStringLiteral("cache")));
    client::FileTransfer transfer(joris.client(), cache.dir());
    client::FetchAhead ahead(cache, transfer, joris.personId());
    QList<int> rounds;
    QObject::connect(&ahead, &client::FetchAhead::done,
                     [&](int fetched, const QString &) { rounds << fetched; });
    ahead.run();
    ASSERT_TRUE(ahead.running());
    documentOf(joris, second, meeting, "Begroting"); // what a sync brings meanwhile
    ahead.run();
    ASSERT_TRUE(waitFor([&] { return rounds.size() == 2; }, 30000));
    EXPECT_EQ(rounds, (QList<int>{3, 1})); // the first with the demo board's two papers
    EXPECT_TRUE(cache.holds(sha256Of(first)));
    EXPECT_TRUE(cache.holds(sha256Of(second)));
}

// A file filed on the device (minutes exported on a train) is owed until the server holds
// it: a round while the server is away keeps it owed, the next one sends it, and a file
// the server refuses stays owed without holding up the fetching.
TEST(FetchAhead, AFileOwedGoesUpInTheNextRoundAndARefusedOneHoldsNothingUp)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    QTemporaryDir dir;
    FileCache cache(maarten.db(), dir.filePath(QStringLiteral("cache")));
    QDir().mkpath(cache.dir());
    const QByteArray minutes = randomBytes(200 * 1024, 41), broken = randomBytes(1000, 42);
    const QString meeting = meetingOf(maarten, "Raad van bestuur", false);
    // The second file's bytes on disk are not the ones its hash names.
    const QList<std::pair<QByteArray, QByteArray>> filed{{minutes, minutes},
                                                         {broken, randomBytes(1000, 43)}};
    for (const auto &[named, onDisk] : filed) {
        documentOf(maarten, named, meeting);
        QFile file(cache.pathOf(sha256Of(named)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(onDisk);
        file.close();
        cache.owe(sha256Of(named));
    }
    ASSERT_TRUE(maarten.sync());

    client::FileTransfer transfer(maarten.client(), cache.dir());
    client::FetchAhead round(cache, transfer, maarten.personId());
    int rounds = 0;
    QString error;
    QObject::connect(&round, &client::FetchAhead::done, [&](int, const QString &e) {
        ++rounds;
        error = e;
    });
    server.kill9();
    round.run();
    ASSERT_TRUE(waitFor([&] { return rounds == 1; }, 30000));
    EXPECT_FALSE(error.isEmpty()) << "offline ends the round";
    EXPECT_EQ(cache.toSend().size(), 2);

    server.restart();
    round.run();
    ASSERT_TRUE(waitFor([&] { return rounds == 2; }, 30000));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(round.sent(), 1);
    EXPECT_EQ(cache.toSend(), QStringList{sha256Of(broken)}) << "refused, still owed";
    EXPECT_EQ(
        server
            .request("GET",
                     QStringLiteral("/v1/files/") + sha256Of(minutes) + QStringLiteral("/upload"),
                     {}, server.login(QStringLiteral("maarten")))
            .status,
        200);
}
