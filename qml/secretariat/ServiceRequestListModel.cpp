// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/secretariat/ServiceRequestListModel.h"

#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/secretariat/ServiceRepo.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <QHash>
#include <algorithm>

namespace spil::qml {

ServiceRequestListModel::ServiceRequestListModel(QObject *parent) : RowList(parent) {}

ServiceRequestListModel::ServiceRequestListModel(OfficeStore *office, PeopleDirectory *people,
                                                 QObject *parent)
    : ServiceRequestListModel(parent)
{
    link(office, people);
}

void ServiceRequestListModel::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    Q_EMIT viewChanged();
    reload();
}

bool ServiceRequestListModel::readsQueue() const
{
    return people() && spil::readsQueue(people()->me().role);
}

bool ServiceRequestListModel::handsOn() const
{
    return people() && handsOnRequests(people()->me().role);
}

void ServiceRequestListModel::reload()
{
    QList<ServiceRequestRow> rows;
    m_secretaries.clear();
    m_waiting = 0;
    readGuarded("ServiceRequestListModel", [&] {
        if (!open())
            return;
        ServiceRepo repo(*office()->store());
        const QString me = people()->me().id;
        QHash<QString, QString> services;
        for (const Service &s : repo.services(true))
            services.insert(s.id, s.name);
        const QList<ServiceRequest> requests =
            m_view == View::Queue && readsQueue() ? repo.queue(true) : repo.requestsOf(me);
        const QTimeZone zone = office()->localZone();
        for (const ServiceRequest &q : requests) {
            if (q.state == ServiceState::Open && q.assignee.isEmpty())
                ++m_waiting;
            // The queue keeps closed requests of the last week in sight, not every one ever.
            if (m_view == View::Queue && q.state != ServiceState::Open &&
                q.requestedAt < office()->clock().nowMs() - 7 * 24 * 3600 * 1000LL)
                continue;
            rows << ServiceRequestRow{
                q.id,
                services.value(q.serviceId),
                q.what,
                people()->nameOf(q.requestedBy),
                q.neededBy < 0 ? QString()
                               : display::dayShort(dateIn(q.neededBy, zone)) + QLatin1Char(' ') +
                                     display::time(q.neededBy, zone),
                q.assignee,
                q.assignee.isEmpty() ? QString() : people()->nameOf(q.assignee),
                q.state,
                q.requestedBy == me};
        }
        QList<Person> assistants;
        for (const Person &p : people()->all()) {
            if (p.role == Role::Assistant)
                assistants << p;
        }
        std::sort(assistants.begin(), assistants.end(),
                  [](const Person &a, const Person &b) { return a.name < b.name; });
        for (const Person &p : assistants)
            m_secretaries << QVariantMap{{QStringLiteral("personId"), p.id},
                                         {QStringLiteral("name"), p.name}};
    });
    setRows(std::move(rows), [](const ServiceRequestRow &r) { return r.id; });
    Q_EMIT loaded();
}

bool ServiceRequestListModel::handTo(const QString &requestId, const QString &secretaryId)
{
    if (!office() || !people())
        return false;
    const QString me = people()->me().id;
    return office()
        ->act([&](Database &db) { ServiceRepo(db).handTo(requestId, secretaryId, me); })
        .isEmpty();
}

bool ServiceRequestListModel::cancel(const QString &requestId)
{
    return office() &&
           office()->act([&](Database &db) { ServiceRepo(db).cancel(requestId); }).isEmpty();
}

} // namespace spil::qml
