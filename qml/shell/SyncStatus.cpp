// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/shell/SyncStatus.h"

#include "core/common/Clock.h"
#include "sync/client/SyncClient.h"

namespace spil::qml {

SyncStatus::SyncStatus(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    // "synced 3 min ago" ages without any event.
    m_ticker.setInterval(30 * 1000);
    connect(&m_ticker, &QTimer::timeout, this, &SyncStatus::update);
    m_ticker.start();
    update();
}

void SyncStatus::attach(client::SyncClient *client)
{
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    m_pulledPercent = -1;
    if (client) {
        connect(client, &client::SyncClient::stateChanged, this, [this] {
            m_pulledPercent = -1; // a new sync has not pulled yet; an ended one is done
            update();
        });
        connect(client, &client::SyncClient::pulling, this, [this](int, int percent) {
            m_pulledPercent = percent;
            update();
        });
        connect(client, &client::SyncClient::synced, this, &SyncStatus::update);
        connect(client, &client::SyncClient::failed, this, &SyncStatus::update);
    }
    update();
}

void SyncStatus::setDemo(bool demo)
{
    m_demo = demo;
    update();
}

qint64 SyncStatus::minutesSince(const QDateTime &then) const
{
    return then.isValid() ? then.secsTo(m_clock.now()) / 60 : -1;
}

void SyncStatus::update()
{
    State state = State::SignedOut;
    QString text;
    QString shortText;
    QString detail;
    QString explanation;
    int pending = 0;
    int progress = -1;
    if (m_demo) {
        state = State::Demo;
        text = tr("Demo office · offline");
        shortText = tr("Demo");
        detail = tr("Changes stay on this device.");
        explanation = tr("This is the demo office: what you change stays on this device and "
                         "reaches nobody.");
    } else if (m_client) {
        pending = int(m_client->pendingActions());
        const QString waiting = tr("%n change(s) waiting", nullptr, pending);
        switch (m_client->state()) {
        case client::SyncClient::State::Syncing:
            state = State::Syncing;
            progress = m_pulledPercent;
            // A first sync of a big office takes a while: say how far it is.
            text = progress >= 0 ? tr("Fetching %1 %").arg(progress) : tr("Syncing…");
            shortText = text;
            explanation = tr("This device is being brought up to date with the server.");
            break;
        case client::SyncClient::State::Offline: {
            state = State::Offline;
            const qint64 minutes = minutesSince(m_client->lastHeard());
            const QString since = minutes < 0 ? QString()
                                  : minutes == 0
                                      ? tr("server last heard just now")
                                      : tr("server last heard %n min ago", nullptr, int(minutes));
            text = pending > 0 ? tr("Offline · %1").arg(waiting) : tr("Offline");
            if (!since.isEmpty())
                text += QStringLiteral(" · ") + since;
            // A bare number beside "Offline" said nothing of what it counted.
            shortText = pending > 0 ? tr("Offline · %1").arg(tr("%n waiting", nullptr, pending))
                                    : tr("Offline");
            explanation =
                pending > 0
                    ? tr("The server cannot be reached. Your %n change(s) are kept on this "
                         "device and go to the server as soon as it answers; nothing is lost.",
                         nullptr, pending)
                    : tr("The server cannot be reached. You can read and change everything "
                         "here; changes go to the server as soon as it answers.");
            break;
        }
        case client::SyncClient::State::Error:
        case client::SyncClient::State::LoggedOut:
            state = State::Error;
            text = tr("Not syncing");
            shortText = tr("Not syncing");
            explanation = m_client->state() == client::SyncClient::State::LoggedOut
                              ? tr("This device was signed out. Sign in again from the menu.")
                              : tr("The server refused this device's sync. Sign in again from "
                                   "the menu if it goes on.");
            break;
        case client::SyncClient::State::Idle:
            if (pending > 0) {
                state = State::Waiting;
                text = waiting;
                shortText = tr("%n waiting", nullptr, pending);
                explanation = tr("%n change(s) on the way to the server.", nullptr, pending);
            } else {
                state = State::Synced;
                const qint64 minutes = minutesSince(m_client->lastSynced());
                text = minutes < 0    ? tr("Not synced yet")
                       : minutes == 0 ? tr("Synced just now")
                                      : tr("Synced %n min ago", nullptr, int(minutes));
                shortText = minutes < 0 ? tr("Not synced") : tr("Synced");
                explanation = minutes < 0 ? tr("This device has not reached the server yet.")
                                          : tr("Everything on this device is on the server too.");
            }
            break;
        }
        detail = m_client->lastError();
    }
    if (state == m_state && text == m_text && shortText == m_shortText && pending == m_pending &&
        detail == m_detail && explanation == m_explanation && progress == m_progress)
        return;
    m_progress = progress;
    m_state = state;
    m_text = text;
    m_shortText = shortText;
    m_pending = pending;
    m_detail = detail;
    m_explanation = explanation;
    Q_EMIT changed();
}

} // namespace spil::qml
