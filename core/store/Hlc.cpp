// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Hlc.h"

#include "core/common/Clock.h"

#include <QStringList>
#include <tuple>

namespace spil {

QString HlcStamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(ms, 12, 16, QLatin1Char('0'))
        .arg(counter, 4, 16, QLatin1Char('0'))
        .arg(clientId);
}

namespace {
// Exactly the digits toString() writes: text order must be stamp order, and a sign, a
// "0x" or an upper-case digit would break it.
bool lowerHex(QStringView digits, qint64 *value)
{
    qint64 v = 0;
    for (const QChar c : digits) {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9')
            v = v * 16 + (u - '0');
        else if (u >= 'a' && u <= 'f')
            v = v * 16 + (u - 'a' + 10);
        else
            return false;
    }
    *value = v;
    return true;
}
} // namespace

bool HlcStamp::parse(const QString &text, HlcStamp *out)
{
    if (text.size() < 19 || text[12] != QLatin1Char('-') || text[17] != QLatin1Char('-'))
        return false;
    qint64 ms = 0, counter = 0;
    if (!lowerHex(QStringView(text).left(12), &ms) ||
        !lowerHex(QStringView(text).mid(13, 4), &counter))
        return false;
    out->ms = ms;
    out->counter = static_cast<quint16>(counter);
    out->clientId = text.mid(18);
    return true;
}

bool operator<(const HlcStamp &a, const HlcStamp &b)
{
    return std::tie(a.ms, a.counter, a.clientId) < std::tie(b.ms, b.counter, b.clientId);
}

HlcStamp Hlc::tick()
{
    const qint64 wall = m_clock.nowMs();
    if (wall > m_lastMs) {
        m_lastMs = wall;
        m_counter = 0;
    } else if (m_counter == 0xffff) {
        // The counter is spent: borrow the next millisecond rather than wrap around.
        ++m_lastMs;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return {m_lastMs, m_counter, m_clientId};
}

void Hlc::observe(const HlcStamp &remote)
{
    if (remote.ms > m_lastMs) {
        m_lastMs = remote.ms;
        m_counter = remote.counter;
    } else if (remote.ms == m_lastMs && remote.counter > m_counter) {
        m_counter = remote.counter;
    }
}

} // namespace spil
