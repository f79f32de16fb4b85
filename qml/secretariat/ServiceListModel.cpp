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
        for (const Service &s : ServiceRepo(*office()->store()).services(m_withStopped))
            rows << ServiceRow{s.id, s.name, s.description, s.active};
    });
    setRows(std::move(rows), [](const ServiceRow &r) { return r.id; });
    Q_EMIT loaded();
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

void ServiceListModel::setWithStopped(bool on)
{
    if (m_withStopped == on)
        return;
    m_withStopped = on;
    Q_EMIT withStoppedChanged();
    reload();
}

bool ServiceListModel::keepsList() const
{
    return people() && keepsServices(people()->me().role);
}

bool ServiceListModel::add(const QString &name, const QString &description)
{
    if (!office() || !keepsList())
        return false;
    return office()
        ->act([&](Database &db) {
            ServiceRepo(db).addService({.name = name, .description = description});
        })
        .isEmpty();
}

bool ServiceListModel::change(const QString &serviceId, const QString &name,
                              const QString &description, const QString &nameWas,
                              const QString &descriptionWas)
{
    if (!office() || !keepsList())
        return false;
    ServiceChange change;
    if (name.trimmed() != nameWas.trimmed())
        change.name = name;
    if (description.trimmed() != descriptionWas.trimmed())
        change.description = description;
    if (change == ServiceChange{})
        return true;
    return office()
        ->act([&](Database &db) { ServiceRepo(db).updateService(serviceId, change); })
        .isEmpty();
}

bool ServiceListModel::stopOffering(const QString &serviceId)
{
    return setOffered(serviceId, false);
}

bool ServiceListModel::offerAgain(const QString &serviceId)
{
    return setOffered(serviceId, true);
}

bool ServiceListModel::setOffered(const QString &serviceId, bool offered)
{
    if (!office() || !keepsList())
        return false;
    return office()
        ->act([&](Database &db) {
            ServiceRepo repo(db);
            const auto service = repo.service(serviceId);
            if (service && service->active == offered)
                return;
            repo.updateService(serviceId, {.active = offered});
        })
        .isEmpty();
}

} // namespace spil::qml
