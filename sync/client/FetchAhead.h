// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/FileCache.h"

#include <QObject>
#include <QStringList>

namespace spil::client {

class FileTransfer;

// Fetches the files of the person's meetings of the next 14 days into the device's file
// cache (FileCache::toFetch), one after another, so they can be read offline; then tidies
// the cache. A failure ends the round: the next round (after the next sync) goes on.
class FetchAhead : public QObject {
    Q_OBJECT
public:
    FetchAhead(FileCache &cache, FileTransfer &transfer, QString personId,
               QObject *parent = nullptr);
    void run();
    bool running() const { return m_running; }

Q_SIGNALS:
    // fetched: files that arrived in this round; error: why it stopped early, or empty.
    void done(int fetched, const QString &error);

private:
    void next();
    FileCache &m_cache;
    FileTransfer &m_transfer;
    QString m_person;
    QList<Document> m_queue;
    int m_fetched = 0;
    bool m_running = false;
};

} // namespace spil::client
