// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/Document.h"

#include <QByteArray>
#include <QFileInfo>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace spil {

class Database;

// The device's file cache: the files of its documents, one per hash, in a folder beside
// its store, within a budget the user sees and sets. The files of the user's meetings of
// the next 14 days are kept (and fetched ahead, for reading offline); other files go,
// least recently used first, when the cache is over its budget, and a file no document
// in the store names any more (deleted, or withdrawn from this user) goes at once.
class FileCache {
public:
    FileCache(Database &db, QString dir);

    static constexpr qint64 kDefaultBudget = 2LL << 30;
    static constexpr int kAheadDays = 14;

    const QString &dir() const { return m_dir; }
    Database &database() const { return m_db; }
    QString pathOf(const QString &sha256) const;
    bool holds(const QString &sha256) const;
    // Keeps bytes the caller knows to hash to sha256 (the demo office's files), written
    // whole before they show under that name. Error(Storage) when the cache cannot take them.
    void keep(const QString &sha256, const QByteArray &bytes);
    // Kept in the store, so the user's choice lasts.
    qint64 budget();
    void setBudget(qint64 bytes);
    // The bytes of the files held whole.
    qint64 used() const;
    // Marks a file used now (opened, fetched): the last to go.
    void touch(const QString &sha256);
    // Marks a file used at ms: a file fetched only to be read for the search is dated long
    // ago, the first to go.
    void setLastUsed(const QString &sha256, qint64 ms);

    // The documents of the person's meetings from now to 14 days ahead, by meeting start.
    // A round of fetches reads them once and passes them to the calls below; the calls
    // that take a person read them anew.
    QList<Document> ahead(const QString &personId);
    // Of those, the files not held yet that fit in the budget once every file not kept
    // has gone, in that order; then of then (files wanted while there is room: the
    // archive's files whose text the store lacks), those that fit in the room still free.
    QList<Document> toFetch(const QList<Document> &ahead, const QList<Document> &then = {});
    QList<Document> toFetch(const QString &personId, const QList<Document> &then = {})
    {
        return toFetch(ahead(personId), then);
    }
    // Removes the least recently used files of no meeting ahead and not owed until bytes
    // more fit in the budget (0: a file that has just arrived). How many files went. The
    // files owed are read at each call: one exported while a round runs stays.
    int makeRoom(const QList<Document> &ahead, qint64 bytes);
    int makeRoom(const QString &personId, qint64 bytes) { return makeRoom(ahead(personId), bytes); }

    // The files this device filed and still owes the server (a document added or minutes
    // exported while offline, or whose sending failed): kept in the store until sent, and
    // never tidied away before.
    void owe(const QString &sha256);
    void sent(const QString &sha256);
    // Of those, the ones still held and named by a live document, oldest first.
    QStringList toSend();

    struct Removed {
        int unnamed = 0;
        int overBudget = 0;
    };
    // Removes files no live document names, then the least recently used files of no
    // meeting ahead and not owed until the cache fits its budget.
    Removed tidy(const QList<Document> &ahead);
    Removed tidy(const QString &personId) { return tidy(ahead(personId)); }

private:
    // The files of meetings ahead and the files owed; the others, least recently used first.
    QSet<QString> kept(const QList<Document> &ahead);
    QList<QFileInfo> evictable(const QSet<QString> &kept) const;
    Database &m_db;
    QString m_dir;
};

} // namespace spil
