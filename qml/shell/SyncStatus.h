// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace spil {
class Clock;
}

namespace spil::client {
class SyncClient;
}

namespace spil::qml {

// The sync indicator every page shows: offline / syncing (with how far a long first pull
// is) / n changes waiting / last synced.
class SyncStatus : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.sync is the one instance")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    // The same in a word or two, for a phone's header.
    Q_PROPERTY(QString shortText READ shortText NOTIFY changed)
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(QString detail READ detail NOTIFY changed)
    // What the state means for the user's work, in a sentence or two: what a tap on the
    // indicator shows ("The server cannot be reached. Your 2 changes are kept ...").
    Q_PROPERTY(QString explanation READ explanation NOTIFY changed)
    // How far a pull of several pages is (0-100), or -1 while there is none.
    Q_PROPERTY(int progress READ progress NOTIFY changed)

public:
    // SignedOut: no office; Demo: the demo office, offline by design; Waiting: changes
    // wait to go up; Error: the server refused (signed out elsewhere, a bad answer).
    enum class State { SignedOut, Demo, Offline, Syncing, Waiting, Synced, Error };
    Q_ENUM(State)

    // "n min ago" is counted on clock, the device's one.
    explicit SyncStatus(const Clock &clock, QObject *parent = nullptr);
    void attach(client::SyncClient *client);
    // The demo office is open: offline by design, nothing to sync.
    void setDemo(bool demo);

    State state() const { return m_state; }
    QString text() const { return m_text; }
    QString shortText() const { return m_shortText; }
    int pending() const { return m_pending; }
    QString detail() const { return m_detail; }
    QString explanation() const { return m_explanation; }
    int progress() const { return m_progress; }

public Q_SLOTS:
    void update();

Q_SIGNALS:
    void changed();

private:
    // Whole minutes from then to now; -1 for never.
    qint64 minutesSince(const QDateTime &then) const;

    const Clock &m_clock;
    QPointer<client::SyncClient> m_client;
    bool m_demo = false;
    QTimer m_ticker;
    State m_state = State::SignedOut;
    QString m_text;
    QString m_shortText;
    QString m_detail;
    QString m_explanation;
    int m_pending = 0;
    int m_progress = -1;
    int m_pulledPercent = -1; // from the client, while its sync runs
};

} // namespace spil::qml
