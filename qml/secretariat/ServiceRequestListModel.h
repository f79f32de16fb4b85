// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secretariat/Service.h"
#include "qml/shell/RowList.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One request to the secretariat, ready to show.
struct ServiceRequestRow {
    Q_GADGET
    Q_PROPERTY(QString requestId MEMBER id)
    Q_PROPERTY(QString serviceName MEMBER serviceName)
    Q_PROPERTY(QString what MEMBER what)
    Q_PROPERTY(QString requesterName MEMBER requesterName)
    Q_PROPERTY(QString neededText MEMBER neededText) // "Tue 1 Dec 09:00"; empty: no date
    Q_PROPERTY(QString assigneeId MEMBER assigneeId)
    Q_PROPERTY(QString assigneeName MEMBER assigneeName)
    Q_PROPERTY(spil::ServiceEnums::State requestState MEMBER state)
    Q_PROPERTY(bool mine MEMBER mine) // this device's user sent it
public:
    QString id, serviceName, what, requesterName, neededText, assigneeId, assigneeName;
    ServiceState state = ServiceState::Open;
    bool mine = false;
    bool operator==(const ServiceRequestRow &) const = default;
};

// The secretariat's queue (office managers, assistants, admins: not handed on first, then
// by need) or what this device's user asked (everyone else; anyone with View.Mine). The
// office manager hands a request to a secretary with one tap; whoever asked cancels it.
class ServiceRequestListModel : public RowList<ServiceRequestRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(View view READ view WRITE setView NOTIFY viewChanged)
    // Whether the user reads the whole queue, and whether she hands requests on.
    Q_PROPERTY(bool readsQueue READ readsQueue NOTIFY loaded)
    Q_PROPERTY(bool handsOn READ handsOn NOTIFY loaded)
    // The secretaries to hand to: {personId, name} in the people's order.
    Q_PROPERTY(QVariantList secretaries READ secretaries NOTIFY loaded)
    Q_PROPERTY(int waiting READ waiting NOTIFY loaded) // open and not handed on yet
public:
    // Queue: as the role reads it (the queue for the secretariat, one's own for the rest).
    enum class View { Queue, Mine };
    Q_ENUM(View)

    explicit ServiceRequestListModel(QObject *parent = nullptr);
    ServiceRequestListModel(OfficeStore *office, PeopleDirectory *people,
                            QObject *parent = nullptr);
    void reload() override;

    View view() const { return m_view; }
    void setView(View view);
    bool readsQueue() const;
    bool handsOn() const;
    QVariantList secretaries() const { return m_secretaries; }
    int waiting() const { return m_waiting; }

    Q_INVOKABLE bool handTo(const QString &requestId, const QString &secretaryId);
    Q_INVOKABLE bool cancel(const QString &requestId);

Q_SIGNALS:
    void viewChanged();
    void loaded();

private:
    View m_view = View::Queue;
    QVariantList m_secretaries;
    int m_waiting = 0;
};

} // namespace spil::qml
