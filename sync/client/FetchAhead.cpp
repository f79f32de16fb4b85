// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/client/FetchAhead.h"

#include "core/archive/Archive.h"
#include "core/archive/ArchiveRepo.h"
#include "sync/client/FileTransfer.h"

#include <algorithm>

namespace spil::client {

FetchAhead::FetchAhead(FileCache &cache, FileTransfer &transfer, QString personId, QObject *parent)
    : QObject(parent), m_cache(cache), m_transfer(transfer), m_person(std::move(personId))
{
    connect(&m_transfer, &FileTransfer::finished, this, [this](const QString &sha256) {
        if (!m_running)
            return;
        if (sha256 == m_sending) {
            m_cache.sent(sha256);
            m_sending.clear();
            ++m_sent;
        } else {
            // A file fetched for its words is read once and may go first; the room a file
            // takes is made once it is here, so a failed fetch pushes nothing out.
            if (m_forText.contains(sha256))
                m_cache.setLastUsed(sha256, 0);
            else
                m_cache.touch(sha256);
            m_cache.makeRoom(m_ahead, 0);
            ++m_fetched;
        }
        next();
    });
    connect(&m_transfer, &FileTransfer::failed, this,
            [this](const QString &sha256, const QString &code, const QString &message) {
                if (!m_running)
                    return;
                // A file the server refuses stays owed and the round goes on; a file it
                // does not hold (its owner's device has not sent it yet) waits for a later
                // round; offline, or a fetch that failed otherwise, ends it.
                const bool sending = sha256 == m_sending;
                if ((sending && code != QLatin1String("offline")) ||
                    (!sending && code == QLatin1String("not_found"))) {
                    m_sending.clear();
                    next();
                    return;
                }
                m_sending.clear();
                finish(QStringLiteral("%1 (%2)").arg(message, code));
            });
}

void FetchAhead::run()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_again = false;
    m_running = true;
    m_fetched = 0;
    m_sent = 0;
    // The meetings ahead are read once a round: the papers of a meeting a sync brings
    // meanwhile are the next round's.
    m_ahead = m_cache.ahead(m_person);
    // What was withdrawn or is over the budget goes first, to make room.
    m_cache.tidy(m_ahead);
    m_tried.clear();
    // Then, while there is room, the archive's files whose words the search lacks, the
    // latest filed first: read once on arrival, they are found offline from then on.
    QList<Document> archived;
    m_forText.clear();
    for (const Document &d : ArchiveRepo(m_cache.database()).documentsWithoutText()) {
        if (!textReadable(d.mime))
            continue; // a scan or a spreadsheet: nothing to read, fetched when opened
        archived.prepend(d);
        m_forText.insert(d.sha256);
    }
    m_queue = m_cache.toFetch(m_ahead, archived);
    // A paper ahead is kept even when the archive names the same file.
    for (const Document &d : std::as_const(m_ahead))
        m_forText.remove(d.sha256);
    next();
}

void FetchAhead::next()
{
    // Asked at every step: minutes exported while the round runs go with it.
    for (const QString &sha256 : m_cache.toSend()) {
        if (m_tried.contains(sha256))
            continue;
        m_tried.insert(sha256);
        m_sending = sha256;
        m_transfer.upload(m_cache.pathOf(sha256), sha256);
        return;
    }
    if (m_queue.isEmpty()) {
        finish({});
        return;
    }
    const Document d = m_queue.takeFirst();
    m_transfer.download(d.sha256, d.size);
}

void FetchAhead::finish(const QString &error)
{
    m_running = false;
    Q_EMIT done(m_fetched, error);
    // Offline, another round would fail the same way: the next sync starts one.
    if (m_again && !error.endsWith(QLatin1String("(offline)")))
        run();
}

} // namespace spil::client
