// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/documents/DocumentRepo.h"
#include "core/documents/FileCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace spil;
using namespace spil::test;

namespace {
constexpr qint64 kDay = 24 * 3600 * 1000LL;

class Cache : public StoreTest {
protected:
    Cache()
    {
        maarten = addPerson("Maarten de Vries", Role::Director);
        soon = meeting("Raad van bestuur", 2);
        later = meeting("Jaarvergadering", 20);
    }
    QString meeting(const char *title, int inDays)
    {
        const qint64 start = clock.nowMs() + inDays * kDay;
        return AgendaRepo(*db).add(appointment(maarten, title, start, start + 3'600'000));
    }
    // A document of the meeting and its file (size bytes) in the cache, used at usedAt.
    Document paper(const QString &meetingId, int size, char fill, qint64 usedAt = 0)
    {
        const QByteArray bytes(size, fill);
        Document d;
        d.title = QStringLiteral("Stuk %1").arg(QLatin1Char(fill));
        d.size = size;
        d.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        d.appointmentId = meetingId;
        d.id = DocumentRepo(*db).add(d);
        QDir().mkpath(cache.dir());
        QFile f(cache.pathOf(d.sha256));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const qint64 now = clock.nowMs();
        clock.set(usedAt ? usedAt : now);
        cache.touch(d.sha256);
        clock.set(now);
        return d;
    }
    QString maarten, soon, later;
    FileCache cache{*db, dir.filePath(QStringLiteral("store.db.files"))};
};
} // namespace

TEST_F(Cache, TheBudgetIsKeptInTheStore)
{
    EXPECT_EQ(cache.budget(), FileCache::kDefaultBudget);
    cache.setBudget(5000);
    EXPECT_EQ(FileCache(*db, cache.dir()).budget(), 5000);
}

TEST_F(Cache, PapersOfTheNextFourteenDaysAreFetchedAheadWithinTheBudget)
{
    const Document a = paper(soon, 1000, 'a');
    QFile::remove(cache.pathOf(a.sha256)); // not held: to be fetched
    Document b;
    b.title = QStringLiteral("Begroting");
    b.size = 3000;
    b.sha256 = QString(64, QLatin1Char('b'));
    b.appointmentId = soon;
    DocumentRepo(*db).add(b);
    Document far = b;
    far.sha256 = QString(64, QLatin1Char('f'));
    far.appointmentId = later;
    DocumentRepo(*db).add(far);

    QSet<QString> wanted;
    for (const Document &d : cache.toFetch(maarten))
        wanted << d.sha256;
    EXPECT_EQ(wanted, (QSet<QString>{a.sha256, b.sha256})); // not the meeting in 20 days
    cache.setBudget(2500);
    wanted.clear();
    for (const Document &d : cache.toFetch(maarten))
        wanted << d.sha256;
    EXPECT_EQ(wanted, QSet<QString>{a.sha256}); // the larger one does not fit
}

TEST_F(Cache, OverItsBudgetTheLeastRecentlyUsedFilesOfNoMeetingAheadGoFirst)
{
    const qint64 now = clock.nowMs();
    const Document ahead = paper(soon, 1000, 'a', now - 10 * kDay);
    const Document old = paper(later, 1000, 'o', now - 5 * kDay);
    const Document recent = paper(later, 1000, 'r', now - kDay);
    const Document loose = paper({}, 1000, 'l', now - 2 * kDay);
    EXPECT_EQ(cache.used(), 4000);
    cache.setBudget(2500);
    const FileCache::Removed removed = cache.tidy(maarten);
    EXPECT_EQ(removed.overBudget, 2);
    EXPECT_EQ(removed.unnamed, 0);
    EXPECT_TRUE(cache.holds(ahead.sha256)); // oldest, but its meeting is in two days
    EXPECT_FALSE(cache.holds(old.sha256));
    EXPECT_FALSE(cache.holds(loose.sha256));
    EXPECT_TRUE(cache.holds(recent.sha256));
    EXPECT_LE(cache.used(), 2500);
}

TEST_F(Cache, AFileNoDocumentNamesLeavesTheDeviceAtOnce)
{
    const Document gone = paper(soon, 1000, 'g');
    const Document kept = paper(soon, 1000, 'k');
    QFile part(cache.pathOf(gone.sha256) + QStringLiteral(".part"));
    ASSERT_TRUE(part.open(QIODevice::WriteOnly));
    part.close();
    // Withdrawn by the server: the record goes from the store without a tombstone.
    Database::Transaction tx(*db, Database::Transaction::TrustServerOrder);
    db->purgeRemote(QStringLiteral("documents"), gone.id);
    tx.commit();
    EXPECT_EQ(cache.tidy(maarten).unnamed, 1);
    EXPECT_FALSE(cache.holds(gone.sha256));
    EXPECT_FALSE(QFile::exists(cache.pathOf(gone.sha256) + QStringLiteral(".part")));
    EXPECT_TRUE(cache.holds(kept.sha256));
}

// A full cache does not keep the next meeting's paper out: the least recently used file of
// no meeting ahead makes room for it when it is about to be fetched.
TEST_F(Cache, APaperAheadPushesOutTheLeastRecentlyUsedFileOfAFullCache)
{
    const qint64 now = clock.nowMs();
    const Document old = paper(later, 1000, 'o', now - 5 * kDay);
    const Document recent = paper({}, 1000, 'r', now - kDay);
    const Document next = paper(soon, 1000, 'n');
    QFile::remove(cache.pathOf(next.sha256)); // not held: to be fetched
    cache.setBudget(2500);
    const QList<Document> wanted = cache.toFetch(maarten);
    ASSERT_EQ(wanted.size(), 1);
    EXPECT_EQ(wanted.first().sha256, next.sha256);
    EXPECT_EQ(cache.makeRoom(maarten, next.size), 1);
    EXPECT_FALSE(cache.holds(old.sha256));
    EXPECT_TRUE(cache.holds(recent.sha256));
    EXPECT_LE(cache.used() + next.size, 2500);
    EXPECT_EQ(cache.makeRoom(maarten, next.size), 0); // room enough now
}

// What is wanted after the papers (the archive's files, for their text) only takes the room
// still free once the papers are in: it never pushes anything out.
TEST_F(Cache, FilesWantedAfterThePapersTakeOnlyTheRoomLeftFree)
{
    paper(soon, 1000, 'k');
    const Document next = paper(soon, 800, 'n');
    QFile::remove(cache.pathOf(next.sha256));
    const Document big = paper({}, 1000, 'b');
    const Document small = paper({}, 600, 's');
    for (const Document &d : {big, small})
        QFile::remove(cache.pathOf(d.sha256));
    cache.setBudget(2500);
    QStringList wanted;
    for (const Document &d : cache.toFetch(maarten, {big, small}))
        wanted << d.sha256;
    EXPECT_EQ(wanted, (QStringList{next.sha256, small.sha256})); // 700 bytes were left
}

// A round of fetches reads the meetings ahead once; a file owed to the server that was
// written after that (minutes exported while the round runs) still never makes room.
TEST_F(Cache, AFileOwedAfterTheRoundReadTheMeetingsAheadIsNeverPushedOut)
{
    const qint64 now = clock.nowMs();
    const QList<Document> ahead = cache.ahead(maarten);
    const Document minutes = paper({}, 1000, 'm', now - 5 * kDay);
    const Document other = paper({}, 1000, 'o', now - kDay);
    cache.owe(minutes.sha256);
    cache.setBudget(1500);
    EXPECT_EQ(cache.makeRoom(ahead, 0), 1);
    EXPECT_TRUE(cache.holds(minutes.sha256));
    EXPECT_FALSE(cache.holds(other.sha256));
}

// The calls that take the meetings ahead as read once answer as those that read them anew.
TEST_F(Cache, TheMeetingsAheadReadOnceKeepTheirPapersAsReadAnew)
{
    const qint64 now = clock.nowMs();
    const Document old = paper({}, 1000, 'o', now - 5 * kDay);
    const Document kept = paper(soon, 1000, 'k', now - 6 * kDay);
    const Document next = paper(soon, 1000, 'n');
    QFile::remove(cache.pathOf(next.sha256));
    cache.setBudget(2500);
    const QList<Document> ahead = cache.ahead(maarten);
    ASSERT_EQ(ahead.size(), 2);
    EXPECT_EQ(cache.toFetch(ahead).size(), 1);
    EXPECT_EQ(cache.toFetch(ahead).first().sha256, next.sha256);
    EXPECT_EQ(cache.makeRoom(ahead, next.size), 1);
    EXPECT_FALSE(cache.holds(old.sha256));
    EXPECT_TRUE(cache.holds(kept.sha256)) << "older, but a paper of the meeting ahead";
}
