// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncProgress.h"

#include "sync/client/SyncClient.h"

#include <QLocale>
#include <cstdio>
#include <unistd.h>

namespace spil {

namespace {
constexpr qint64 kTerminalEveryMs = 100;
// Logs get no progress for a pull that ends quickly, and no more than a line this often.
constexpr qint64 kQuietForMs = 2000;
constexpr qint64 kLogEveryMs = 2000;
} // namespace

SyncProgress::SyncProgress(client::SyncClient &client) : m_terminal(isatty(STDERR_FILENO) == 1)
{
    m_started.start();
    m_pulling =
        QObject::connect(&client, &client::SyncClient::pulling, &client,
                         [this](int records, int percent) { show(records, percent, false); });
    m_synced = QObject::connect(&client, &client::SyncClient::synced, &client,
                                [this](int, int records) { show(records, 100, true); });
}

SyncProgress::~SyncProgress()
{
    QObject::disconnect(m_pulling);
    QObject::disconnect(m_synced);
    if (m_terminal && m_shown && !m_ended)
        std::fputc('\n', stderr); // a failed sync's message starts on a line of its own
}

void SyncProgress::show(int records, int percent, bool last)
{
    if (last && !m_shown)
        return; // nothing was long enough to show
    if (!last) {
        const qint64 every = m_terminal ? kTerminalEveryMs : kLogEveryMs;
        if (!m_terminal && m_started.elapsed() < kQuietForMs)
            return;
        if (m_shown && m_lastShown.elapsed() < every)
            return;
    }
    const QString line = QStringLiteral("fetched %1 records (%2 %)")
                             .arg(QLocale(QLocale::English).toString(records))
                             .arg(percent);
    // On a terminal the line is written over; the spaces wipe a longer one before it.
    std::fprintf(stderr, m_terminal ? "\r%-40s" : "%s\n", qPrintable(line));
    if (m_terminal && last)
        std::fputc('\n', stderr);
    std::fflush(stderr);
    m_shown = true;
    m_ended = last;
    m_lastShown.start();
}

} // namespace spil
