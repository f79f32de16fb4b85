// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/secretariat/ServiceListModel.h"

#include "core/common/Clock.h"
#include "core/secretariat/ServiceRepo.h"
#include "core/tasks/Task.h"
#include "qml/shell/ReadGuard.h"

namespace spil::qml {

ServiceListModel::ServiceListModel(QObject *parent) : RowList(parent) {}

ServiceListModel::ServiceListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : ServiceListModel(parent)
{
    link(office, people);
}

void ServiceListModel::reload()
{
    QList<ServiceRow> rows;
    readGuarded("ServiceListModel", [&] {
        if (!open())
            return;
        for (const Service &s : ServiceRepo(*office()->store()).services())
            rows << ServiceRow{s.id, s.name, s.description};
    });
    setRows(std::move(rows), [](const ServiceRow &r) { return r.id; });
}

bool ServiceListModel::send(const QString &serviceId, const QString &what, int due)
{
    if (!office() || !people())
        return false;
    const Person &me = people()->me();
    const qint64 needed =
        dueFor(TaskDue(due), office()->clock().nowMs(), office()->localZone(), me.workEndMin)
            .value_or(-1);
    return office()
        ->act([&](Database &db) { ServiceRepo(db).ask(serviceId, what, needed, me.id); })
        .isEmpty();
}

} // namespace spil::qml
