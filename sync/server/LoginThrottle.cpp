// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/LoginThrottle.h"

#include <algorithm>
#include <cmath>

namespace spil::server {

namespace {
constexpr qint64 kPruneEveryMs = 60 * 1000;
// A pair's failures are forgotten this long after the last one (or after its lock ends).
constexpr qint64 kForgetMs = 60 * 60 * 1000;
} // namespace

void LoginThrottle::refill(Address &a, qint64 nowMs) const
{
    if (a.refilled == 0)
        a.refilled = nowMs;
    a.tokens =
        std::min(kAddressBurst, a.tokens + double(nowMs - a.refilled) / double(kAddressRefillMs));
    a.refilled = nowMs;
}

qint64 LoginThrottle::admit(const QString &user, const QHostAddress &address, qint64 nowMs)
{
    prune(nowMs);
    Address &a = m_addresses[address];
    refill(a, nowMs);
    Pair &p = m_pairs[{user, address}];
    p.touched = nowMs;
    qint64 wait = 0;
    if (p.lockedUntil > nowMs)
        wait = p.lockedUntil - nowMs;
    // Attempts still being checked may all fail: they count as failures until they end.
    else if (p.failures + p.inFlight >= kFreeFailures && p.inFlight > 0)
        wait = 1000;
    if (a.tokens < 1)
        wait = std::max(wait, qint64(std::ceil((1 - a.tokens) * double(kAddressRefillMs))));
    if (a.inFlight >= kMaxInFlightPerAddress)
        wait = std::max<qint64>(wait, 1000);
    if (wait > 0)
        return wait;
    ++p.inFlight;
    ++a.inFlight;
    return 0;
}

void LoginThrottle::finished(const QString &user, const QHostAddress &address, Outcome outcome,
                             qint64 nowMs)
{
    Address &a = m_addresses[address];
    refill(a, nowMs);
    a.inFlight = std::max(0, a.inFlight - 1);
    const auto key = qMakePair(user, address);
    if (outcome == Outcome::Succeeded) {
        m_pairs.remove(key);
        return;
    }
    Pair &p = m_pairs[key];
    p.inFlight = std::max(0, p.inFlight - 1);
    if (outcome == Outcome::Abandoned)
        return;
    a.tokens = std::max(0.0, a.tokens - 1);
    p.touched = nowMs;
    if (++p.failures >= kFreeFailures) {
        const int doublings = std::min(p.failures - kFreeFailures, 20);
        p.lockedUntil = nowMs + std::min(kMaxLockMs, qint64(1000) << doublings);
    }
}

void LoginThrottle::prune(qint64 nowMs)
{
    if (nowMs - m_pruned < kPruneEveryMs)
        return;
    m_pruned = nowMs;
    for (auto it = m_pairs.begin(); it != m_pairs.end();) {
        const Pair &p = it.value();
        if (p.inFlight == 0 && nowMs - std::max(p.touched, p.lockedUntil) > kForgetMs)
            it = m_pairs.erase(it);
        else
            ++it;
    }
    for (auto it = m_addresses.begin(); it != m_addresses.end();) {
        refill(it.value(), nowMs);
        if (it->inFlight == 0 && it->tokens >= kAddressBurst)
            it = m_addresses.erase(it);
        else
            ++it;
    }
}

} // namespace spil::server
