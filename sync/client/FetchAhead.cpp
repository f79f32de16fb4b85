// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/client/FetchAhead.h"

#include "sync/client/FileTransfer.h"

namespace spil::client {

FetchAhead::FetchAhead(FileCache &cache, FileTransfer &transfer, QString personId, QObject *parent)
    : QObject(parent), m_cache(cache), m_transfer(transfer), m_person(std::move(personId))
{
    connect(&m_transfer, &FileTransfer::finished, this, [this](const QString &sha256) {
        if (!m_running)
            return;
        m_cache.touch(sha256);
        ++m_fetched;
        next();
    });
    connect(&m_transfer, &FileTransfer::failed, this,
            [this](const QString &, const QString &code, const QString &message) {
                if (!m_running)
                    return;
                m_running = false;
                Q_EMIT done(m_fetched, QStringLiteral("%1 (%2)").arg(message, code));
            });
}

void FetchAhead::run()
{
    if (m_running)
        return;
    m_running = true;
    m_fetched = 0;
    // What was withdrawn or is over the budget goes first, to make room.
    m_cache.tidy(m_person);
    m_queue = m_cache.toFetch(m_person);
    next();
}

void FetchAhead::next()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        Q_EMIT done(m_fetched, {});
        return;
    }
    const Document d = m_queue.takeFirst();
    m_transfer.download(d.sha256, d.size);
}

} // namespace spil::client
