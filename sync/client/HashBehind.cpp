// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/client/HashBehind.h"

#include "core/common/Sha256.h"

namespace spil::client {

HashBehind::HashBehind() : m_thread([this] { work(); }) {}

HashBehind::~HashBehind()
{
    finish();
}

void HashBehind::add(const QByteArray &piece)
{
    if (piece.isEmpty())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_pieces.push_back(piece);
    }
    m_wake.notify_one();
}

QString HashBehind::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    return m_hex;
}

void HashBehind::work()
{
    Sha256 hash;
    for (;;) {
        QByteArray piece;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_closed || !m_pieces.empty(); });
            if (m_pieces.empty())
                break;
            piece = std::move(m_pieces.front());
            m_pieces.pop_front();
        }
        hash.addData(piece);
    }
    m_hex = hash.hex();
}

} // namespace spil::client
