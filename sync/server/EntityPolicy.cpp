// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/EntityPolicy.h"

#include <map>

namespace spil::server {

const EntityPolicy &policyOf(const QString &entity)
{
    static const std::map<QString, EntityPolicy> policies = [] {
        std::map<QString, EntityPolicy> out;
        EntityPolicy appointments;
        appointments.guardedEntity = QStringLiteral("appointment_exceptions");
        appointments.guardedField = QStringLiteral("series_id");
        appointments.accessFields = {QStringLiteral("confidential"), QStringLiteral("owner")};
        out.emplace(QStringLiteral("appointments"), appointments);
        EntityPolicy exceptions;
        exceptions.guardEntity = QStringLiteral("appointments");
        exceptions.guardField = QStringLiteral("series_id");
        out.emplace(QStringLiteral("appointment_exceptions"), exceptions);
        EntityPolicy tasks;
        tasks.handedOn = true;
        out.emplace(QStringLiteral("tasks"), tasks);
        return out;
    }();
    static const EntityPolicy none;
    const auto it = policies.find(entity);
    return it != policies.end() ? it->second : none;
}

} // namespace spil::server
