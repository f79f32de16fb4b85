// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

namespace spil::server {

// Slows password guessing without locking anyone out for long:
// - per user and address: 5 wrong passwords free, then each further one locks that pair
//   for 1 s, 2 s, 4 s ... at most 15 minutes; a right password clears it. The same user
//   from another address is not affected.
// - per address, over all users: 30 wrong passwords in a burst, then one more every 10 s
//   (a bucket that refills), and at most 8 logins being checked at once.
// A refused attempt is not checked at all. Times are milliseconds of a steady clock.
class LoginThrottle {
public:
    static constexpr int kFreeFailures = 5;
    static constexpr qint64 kMaxLockMs = 15 * 60 * 1000;
    static constexpr double kAddressBurst = 30;
    static constexpr qint64 kAddressRefillMs = 10 * 1000;
    static constexpr int kMaxInFlightPerAddress = 8;

    // 0 when the attempt may go ahead (then it is in flight until finished()), else how
    // long the client should wait.
    qint64 admit(const QString &user, const QHostAddress &address, qint64 nowMs);
    enum class Outcome { Succeeded, Failed, Abandoned };
    void finished(const QString &user, const QHostAddress &address, Outcome outcome, qint64 nowMs);

private:
    struct Pair {
        int failures = 0;
        qint64 lockedUntil = 0;
        qint64 touched = 0;
        int inFlight = 0;
    };
    struct Address {
        double tokens = kAddressBurst;
        qint64 refilled = 0;
        int inFlight = 0;
    };
    void refill(Address &a, qint64 nowMs) const;
    // Entries with nothing left to remember go, so the tables stay small.
    void prune(qint64 nowMs);

    QHash<QPair<QString, QHostAddress>, Pair> m_pairs;
    QHash<QHostAddress, Address> m_addresses;
    qint64 m_pruned = 0;
};

} // namespace spil::server
