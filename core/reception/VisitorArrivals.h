// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reception/Visitor.h"

#include <QSet>
#include <QStringList>

namespace spil {

class Database;

// "X has arrived": of the visitor records a sync brought to this device, those checked in
// by someone else within the last kArrivalFreshMs for `me` (their host) or for a director
// `me` serves as assistant, each check-in announced once while the office stays open. A
// device joining late does not announce the morning's visitors.
class VisitorArrivals {
public:
    static constexpr qint64 kArrivalFreshMs = 10 * 60 * 1000;
    QList<Visitor> take(Database &db, const QStringList &visitorIds, const QString &me);
    void clear() { m_announced.clear(); }

private:
    QSet<QString> m_announced; // visitor id and check-in time
};

} // namespace spil
