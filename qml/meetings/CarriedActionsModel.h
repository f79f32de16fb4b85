// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/meetings/MeetingListModel.h"
#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// An open action of the series' earlier meetings, carried into this one's agenda.
struct CarriedActionRow {
    Q_GADGET
    Q_PROPERTY(QString entryId MEMBER id)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(QString owner MEMBER owner)           // a name
    Q_PROPERTY(QString detailText MEMBER detailText) // "Jaarplan · agreed Mon 23 Nov"
    Q_PROPERTY(QString statusText MEMBER statusText) // "Open · due Fri 4 Dec", "Overdue"
    Q_PROPERTY(bool overdue MEMBER overdue)
public:
    QString id, text, owner, detailText, statusText;
    bool overdue = false;
    bool operator==(const CarriedActionRow &) const = default;
};

// The open actions of the series' earlier meetings, carried into this meeting's agenda;
// read when the page is, never stored as items of their own.
class CarriedActionsModel : public RowList<CarriedActionRow, MeetingListModel> {
    Q_OBJECT
    QML_ELEMENT
public:
    explicit CarriedActionsModel(QObject *parent = nullptr) : RowList(parent) {}
    CarriedActionsModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;
};

} // namespace spil::qml
