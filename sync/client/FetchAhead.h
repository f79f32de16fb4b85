// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/FileCache.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace spil::client {

class FileTransfer;

// A round of file work after a sync: first sends the files this device still owes the
// server (FileCache::toSend: an export made offline, a send that failed), then fetches the
// files of the person's meetings of the next 14 days into the device's file cache
// (FileCache::toFetch), one after another, so they can be read offline, making room once
// each has arrived by pushing out the least recently used file of no meeting ahead; then,
// in the room still free, the archive's PDFs and text files whose text the store lacks, for
// the search, dated long ago so that they are the first to go. A file the
// server refuses stays owed and the round goes on; a file it does not hold yet is skipped
// until a later round; being offline, or another failed fetch, ends the round: the next
// round (after the next sync) goes on. A run asked for while a round runs (a sync brought a
// new paper) makes one more round after it, or the new paper would wait for the next sync.
class FetchAhead : public QObject {
    Q_OBJECT
public:
    FetchAhead(FileCache &cache, FileTransfer &transfer, QString personId,
               QObject *parent = nullptr);
    void run();
    bool running() const { return m_running; }
    // Files sent in the current or last round.
    int sent() const { return m_sent; }

Q_SIGNALS:
    // fetched: files that arrived in this round; error: why it stopped early, or empty.
    void done(int fetched, const QString &error);

private:
    void next();
    void finish(const QString &error);
    FileCache &m_cache;
    FileTransfer &m_transfer;
    QString m_person;
    QList<Document> m_ahead; // the papers of the meetings ahead, read at the round's start
    QList<Document> m_queue;
    QSet<QString> m_tried;   // sent or refused in this round
    QSet<QString> m_forText; // archived files fetched for their words alone
    QString m_sending;       // the file being sent, while it is
    int m_fetched = 0;
    int m_sent = 0;
    bool m_running = false;
    bool m_again = false; // run() was asked for while this round ran
};

} // namespace spil::client
