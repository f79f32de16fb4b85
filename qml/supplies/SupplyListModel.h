// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One supply item in the list: low ones first, with what to order.
struct SupplyRow {
    Q_GADGET
    Q_PROPERTY(QString itemId MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString unit MEMBER unit)
    Q_PROPERTY(qint64 stock MEMBER stock)
    Q_PROPERTY(qint64 reorderLevel MEMBER reorderLevel)
    Q_PROPERTY(QString supplier MEMBER supplier)
    Q_PROPERTY(QString priceText MEMBER priceText) // "€ 28,99"
    Q_PROPERTY(bool low MEMBER low)
    Q_PROPERTY(qint64 onOrder MEMBER onOrder)     // placed, not yet received
    Q_PROPERTY(qint64 suggested MEMBER suggested) // what to order (low items)
public:
    QString id, name, unit;
    qint64 stock = 0, reorderLevel = 0;
    QString supplier, priceText;
    bool low = false;
    qint64 onOrder = 0, suggested = 0;
    bool operator==(const SupplyRow &) const = default;
};

// The office's stock, low items first (at or below their reorder level), each with what is
// on order and the suggested quantity; or the low ones only (the order composer).
class SupplyListModel : public RowList<SupplyRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool lowOnly READ lowOnly WRITE setLowOnly NOTIFY lowOnlyChanged)
    Q_PROPERTY(int lowCount READ lowCount NOTIFY loaded)
    // Whether the user keeps the stock (office managers and admins).
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY loaded)
public:
    explicit SupplyListModel(QObject *parent = nullptr);
    SupplyListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    bool lowOnly() const { return m_lowOnly; }
    void setLowOnly(bool lowOnly);
    int lowCount() const { return m_lowCount; }
    bool canEdit() const;
    Q_INVOKABLE QString idAt(int row) const;
    // What to order of the row's item (the order composer's starting quantity).
    Q_INVOKABLE int suggestedAt(int row) const;

Q_SIGNALS:
    void lowOnlyChanged();
    void loaded();

private:
    using Row = SupplyRow;
    bool m_lowOnly = false;
    int m_lowCount = 0;
};

} // namespace spil::qml
