// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QMetaObject>

namespace spil::client {
class SyncClient;
}

namespace spil {

// How far a long pull is, on standard error (standard output stays what the verb prints, so
// scripts and --json readers get nothing else): on a terminal one line that updates in
// place; into a pipe or a log a line every few seconds, once the pull has taken a while.
class SyncProgress {
public:
    explicit SyncProgress(client::SyncClient &client);
    ~SyncProgress();
    SyncProgress(const SyncProgress &) = delete;
    SyncProgress &operator=(const SyncProgress &) = delete;

private:
    void show(int records, int percent, bool last);

    bool m_terminal;
    bool m_shown = false;
    bool m_ended = false;
    QElapsedTimer m_started;
    QElapsedTimer m_lastShown;
    QMetaObject::Connection m_pulling;
    QMetaObject::Connection m_synced;
};

} // namespace spil
