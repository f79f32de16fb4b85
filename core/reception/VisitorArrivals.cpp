// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reception/VisitorArrivals.h"

#include "core/common/Clock.h"
#include "core/people/PeopleRepo.h"
#include "core/reception/ReceptionRepo.h"
#include "core/store/Database.h"

namespace spil {

QList<Visitor> VisitorArrivals::take(Database &db, const QStringList &visitorIds, const QString &me)
{
    QList<Visitor> out;
    const auto person = me.isEmpty() ? std::nullopt : PeopleRepo(db).byId(me);
    if (!person)
        return out;
    const qint64 now = db.clock().nowMs();
    ReceptionRepo reception(db);
    for (const QString &id : visitorIds) {
        const auto v = reception.visitor(id);
        if (!v || !v->checkedIn() || v->checkedInBy == me || v->name.isEmpty() ||
            now - v->checkedInAt > kArrivalFreshMs)
            continue;
        if (v->host != me && !person->principals.contains(v->host))
            continue;
        const QString key = id + QLatin1Char('@') + QString::number(v->checkedInAt);
        if (m_announced.contains(key))
            continue;
        m_announced.insert(key);
        out << *v;
    }
    return out;
}

} // namespace spil
