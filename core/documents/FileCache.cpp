// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/FileCache.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/documents/DocumentRepo.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <algorithm>

namespace spil {

namespace {
const QString kBudgetKey = QStringLiteral("file_cache_budget");
const QString kToSendKey = QStringLiteral("file_cache_to_send");
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
} // namespace

FileCache::FileCache(Database &db, QString dir) : m_db(db), m_dir(std::move(dir)) {}

QString FileCache::pathOf(const QString &sha256) const
{
    return QDir(m_dir).filePath(sha256);
}

bool FileCache::holds(const QString &sha256) const
{
    return QFileInfo::exists(pathOf(sha256));
}

void FileCache::keep(const QString &sha256, const QByteArray &bytes)
{
    if (holds(sha256))
        return;
    QDir().mkpath(m_dir);
    QSaveFile file(pathOf(sha256));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        fail(ErrorKind::Storage, QStringLiteral("cannot keep the file in %1").arg(m_dir));
}

qint64 FileCache::budget()
{
    bool ok = false;
    const qint64 stored = m_db.meta(kBudgetKey).toLongLong(&ok);
    return ok && stored >= 0 ? stored : kDefaultBudget;
}

void FileCache::setBudget(qint64 bytes)
{
    m_db.setMeta(kBudgetKey, QString::number(std::max<qint64>(0, bytes)));
}

qint64 FileCache::used() const
{
    qint64 total = 0;
    for (const QFileInfo &f : QDir(m_dir).entryInfoList(QDir::Files)) {
        if (isSha256Hex(f.fileName()))
            total += f.size();
    }
    return total;
}

void FileCache::touch(const QString &sha256)
{
    setLastUsed(sha256, m_db.clock().nowMs());
}

void FileCache::setLastUsed(const QString &sha256, qint64 ms)
{
    QFile file(pathOf(sha256));
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::fromMSecsSinceEpoch(ms), QFileDevice::FileModificationTime);
}

QList<Document> FileCache::ahead(const QString &personId)
{
    const qint64 now = m_db.clock().nowMs();
    AgendaRepo agenda(m_db);
    QList<Occurrence> meetings =
        agenda.occurrences(personId, now, now + kAheadDays * kDayMs, QTimeZone::utc());
    std::stable_sort(
        meetings.begin(), meetings.end(),
        [](const Occurrence &a, const Occurrence &b) { return a.startUtc < b.startUtc; });
    QList<Document> out;
    QSet<QString> seen;
    DocumentRepo documents(m_db);
    for (const Occurrence &o : meetings) {
        if (seen.contains(o.appointment.id))
            continue; // a series' instances share its papers
        seen.insert(o.appointment.id);
        out << documents.list(o.appointment.id);
    }
    return out;
}

void FileCache::owe(const QString &sha256)
{
    QStringList owed = m_db.meta(kToSendKey).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (owed.contains(sha256))
        return;
    owed << sha256;
    m_db.setMeta(kToSendKey, owed.join(QLatin1Char(' ')));
}

void FileCache::sent(const QString &sha256)
{
    QStringList owed = m_db.meta(kToSendKey).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (owed.removeAll(sha256) > 0)
        m_db.setMeta(kToSendKey, owed.join(QLatin1Char(' ')));
}

QStringList FileCache::toSend()
{
    QSet<QString> named;
    for (const Document &d : DocumentRepo(m_db).list())
        named.insert(d.sha256);
    QStringList out;
    for (const QString &sha256 :
         m_db.meta(kToSendKey).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (named.contains(sha256) && holds(sha256))
            out << sha256;
    }
    return out;
}

QSet<QString> FileCache::kept(const QList<Document> &ahead)
{
    QSet<QString> out;
    for (const Document &d : ahead)
        out.insert(d.sha256);
    for (const QString &sha256 : m_db.meta(kToSendKey).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.insert(sha256);
    return out;
}

QList<QFileInfo> FileCache::evictable(const QSet<QString> &kept) const
{
    QList<QFileInfo> out;
    for (const QFileInfo &f : QDir(m_dir).entryInfoList(QDir::Files)) {
        if (isSha256Hex(f.fileName()) && !kept.contains(f.fileName()))
            out << f;
    }
    std::sort(out.begin(), out.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() < b.lastModified();
    });
    return out;
}

QList<Document> FileCache::toFetch(const QList<Document> &ahead, const QList<Document> &then)
{
    const QSet<QString> keep = kept(ahead);
    qint64 keptBytes = 0;
    for (const QFileInfo &f : QDir(m_dir).entryInfoList(QDir::Files)) {
        if (keep.contains(f.fileName()))
            keptBytes += f.size();
    }
    // A paper ahead may push out any file not kept; what else is wanted only takes the
    // room that is free, so the archive never crowds out the next meeting's papers.
    qint64 room = budget() - keptBytes;
    qint64 free = budget() - used();
    QList<Document> out;
    QSet<QString> taken;
    for (const Document &d : ahead) {
        if (holds(d.sha256) || taken.contains(d.sha256) || d.size > room)
            continue;
        taken.insert(d.sha256);
        room -= d.size;
        free -= d.size;
        out << d;
    }
    for (const Document &d : then) {
        if (holds(d.sha256) || taken.contains(d.sha256) || d.size > free)
            continue;
        taken.insert(d.sha256);
        free -= d.size;
        out << d;
    }
    return out;
}

int FileCache::makeRoom(const QList<Document> &ahead, qint64 bytes)
{
    int removed = 0;
    qint64 over = used() + bytes - budget();
    for (const QFileInfo &f : evictable(kept(ahead))) {
        if (over <= 0)
            break;
        if (QFile::remove(f.filePath())) {
            over -= f.size();
            ++removed;
        }
    }
    return removed;
}

FileCache::Removed FileCache::tidy(const QList<Document> &ahead)
{
    Removed removed;
    QSet<QString> named;
    for (const Document &d : DocumentRepo(m_db).list())
        named.insert(d.sha256);
    for (const QFileInfo &f : QDir(m_dir).entryInfoList(QDir::Files)) {
        const QString sha256 = f.fileName().section(QLatin1Char('.'), 0, 0);
        // What this user may no longer read leaves the device with its record.
        if (isSha256Hex(sha256) && !named.contains(sha256) && QFile::remove(f.filePath()) &&
            f.fileName() == sha256)
            ++removed.unnamed;
    }
    removed.overBudget = makeRoom(ahead, 0);
    return removed;
}

} // namespace spil
