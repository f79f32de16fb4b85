// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace spil {

class Clock;

// A hybrid logical clock stamp: wall-clock milliseconds (48 bits), a counter for events
// within one millisecond or while the wall clock lags a stamp already seen (16 bits), and
// the client id as tie-break. Its text form sorts like the stamp itself, so SQLite and the
// server compare stamps as plain strings.
struct HlcStamp {
    qint64 ms = 0;
    quint16 counter = 0;
    QString clientId;

    QString toString() const;
    static bool parse(const QString &text, HlcStamp *out);
    friend bool operator<(const HlcStamp &a, const HlcStamp &b);
    friend bool operator==(const HlcStamp &a, const HlcStamp &b) = default;
};

class Hlc {
public:
    Hlc(const Clock &clock, QString clientId) : m_clock(clock), m_clientId(std::move(clientId)) {}

    // A stamp for a local event, after every stamp made or seen so far.
    HlcStamp tick();
    // Merge a stamp that arrived from elsewhere, so later local stamps sort after it.
    void observe(const HlcStamp &remote);
    const QString &clientId() const { return m_clientId; }
    void setClientId(const QString &id) { m_clientId = id; }

private:
    const Clock &m_clock;
    QString m_clientId;
    qint64 m_lastMs = 0;
    quint16 m_counter = 0;
};

} // namespace spil
