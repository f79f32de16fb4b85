#include "Hlc.h"

#include "common/Clock.h"

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

bool HlcStamp::parse(const QString &text, HlcStamp *out)
{
    if (text.size() < 19 || text[12] != QLatin1Char('-') || text[17] != QLatin1Char('-'))
        return false;
    bool okMs = false, okCounter = false;
    const qint64 ms = text.left(12).toLongLong(&okMs, 16);
    const uint counter = text.mid(13, 4).toUInt(&okCounter, 16);
    if (!okMs || !okCounter || counter > 0xffff)
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
