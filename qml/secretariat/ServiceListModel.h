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
    Q_PROPERTY(bool offered MEMBER offered) // false: stopped, takes no new requests
public:
    QString id, name, description;
    bool offered = true;
    bool operator==(const ServiceRow &) const = default;
};

// What people can come to the secretariat for (the services offered, by name), and sending
// a request for one of them. With withStopped, the whole list as its keepers (office
// managers, admins) edit it: the stopped ones after the offered ones.
class ServiceListModel : public RowList<ServiceRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool withStopped READ withStopped WRITE setWithStopped NOTIFY withStoppedChanged)
    Q_PROPERTY(bool keepsList READ keepsList NOTIFY loaded)
public:
    explicit ServiceListModel(QObject *parent = nullptr);
    ServiceListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    // A request from this device's user for the service, with what is wanted and when it is
    // needed (a Task.Due choice: Task.None, Task.Today, Task.Tomorrow, Task.ThisWeek).
    // False when it was refused (the reason goes to the office's actionFailed).
    Q_INVOKABLE bool send(const QString &serviceId, const QString &what, int due);

    bool withStopped() const { return m_withStopped; }
    void setWithStopped(bool on);
    bool keepsList() const;
    // The list's keepers' edits, each one intent; false when refused (the reason goes to
    // the office's actionFailed). Stopping a stopped service changes nothing, and so does
    // offering an offered one again. A change writes only what differs from what the form
    // showed when it opened (nameWas, descriptionWas): a rename on another device meanwhile
    // stays unless this one renamed it too.
    Q_INVOKABLE bool add(const QString &name, const QString &description);
    Q_INVOKABLE bool change(const QString &serviceId, const QString &name,
                            const QString &description, const QString &nameWas,
                            const QString &descriptionWas);
    Q_INVOKABLE bool stopOffering(const QString &serviceId);
    Q_INVOKABLE bool offerAgain(const QString &serviceId);

Q_SIGNALS:
    void withStoppedChanged();
    void loaded();

private:
    bool setOffered(const QString &serviceId, bool offered);
    bool m_withStopped = false;
};

} // namespace spil::qml
