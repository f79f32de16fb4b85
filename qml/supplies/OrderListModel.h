// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/supplies/Supply.h"
#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One order in the list.
struct OrderRow {
    Q_GADGET
    Q_PROPERTY(QString orderId MEMBER id)
    Q_PROPERTY(QString supplier MEMBER supplier)
    Q_PROPERTY(spil::OrderEnums::State state MEMBER state)
    Q_PROPERTY(QString totalText MEMBER totalText)   // "€ 231,92"
    Q_PROPERTY(QString summary MEMBER summary)       // "8 × Papier A4, 2 × Toner HP 305A"
    Q_PROPERTY(QString budgetName MEMBER budgetName) // the line it is charged to
    Q_PROPERTY(QString dayText MEMBER dayText)       // the day it was placed or received
public:
    QString id, supplier;
    OrderState state = OrderState::Draft;
    QString totalText, summary, budgetName, dayText;
    bool operator==(const OrderRow &) const = default;
};

// The orders: open ones first (ordered, then drafts), then received, newest first; cancelled
// ones are left out. Placing, receiving with undo, cancelling, and the order composer's
// orders from the low-stock suggestions.
class OrderListModel : public RowList<OrderRow> {
    Q_OBJECT
    QML_ELEMENT
public:
    explicit OrderListModel(QObject *parent = nullptr);
    OrderListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    Q_INVOKABLE QString idAt(int row) const;
    // Each true when it went through (a refusal is reported by the office store).
    Q_INVOKABLE bool place(const QString &orderId);
    Q_INVOKABLE bool receive(const QString &orderId);
    Q_INVOKABLE bool undoReceive(const QString &orderId);
    Q_INVOKABLE bool cancel(const QString &orderId);
    // One order per supplier of the given items with the given quantities (zero: left out),
    // charged to budgetLineId and placed, in one user action; returns how many orders.
    Q_INVOKABLE int orderItems(const QString &budgetLineId, const QStringList &itemIds,
                               const QList<int> &quantities);

private:
    using Row = OrderRow;
};

} // namespace spil::qml
