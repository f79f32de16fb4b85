// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One service the secretariat offers.
struct ServiceRow {
    Q_GADGET
    Q_PROPERTY(QString serviceId MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString description MEMBER description)
public:
    QString id, name, description;
    bool operator==(const ServiceRow &) const = default;
};

// What people can come to the secretariat for (the active services, by name), and sending
// a request for one of them.
class ServiceListModel : public RowList<ServiceRow> {
    Q_OBJECT
    QML_ELEMENT
public:
    explicit ServiceListModel(QObject *parent = nullptr);
    ServiceListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    // A request from this device's user for the service, with what is wanted and when it is
    // needed (a Task.Due choice: Task.None, Task.Today, Task.Tomorrow, Task.ThisWeek).
    // False when it was refused (the reason goes to the office's actionFailed).
    Q_INVOKABLE bool send(const QString &serviceId, const QString &what, int due);
};

} // namespace spil::qml
