// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace spil::client {

// The SHA-256 of a download's bytes, computed on a thread of its own while the next bytes
// arrive: hashed in line, it took as long as receiving them. Pieces are hashed in the
// order given; the arrays are shared, not copied.
class HashBehind {
public:
    HashBehind();
    ~HashBehind();
    HashBehind(const HashBehind &) = delete;
    HashBehind &operator=(const HashBehind &) = delete;

    void add(const QByteArray &piece);
    // Waits for the pieces given so far; the digest in lower-case hex. Once only.
    QString finish();

private:
    void work();
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<QByteArray> m_pieces;
    bool m_closed = false;
    QString m_hex;
    std::thread m_thread;
};

} // namespace spil::client
