// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"
#include "core/people/Person.h"

#include <QList>
#include <QObject>
#include <QString>

namespace spil {

// An order's fixed set of states; QML reads them as Order.Draft, Order.Received, ...
struct OrderEnums {
    Q_GADGET
public:
    // Draft: being composed, commits no money. Ordered: placed with the supplier, committed
    // to its budget line. Received: delivered, the stock counted in, spent. Cancelled: never
    // placed or called off; charges nothing.
    enum class State { Draft, Ordered, Received, Cancelled };
    Q_ENUM(State)
};
using OrderState = OrderEnums::State;

inline constexpr EnumText<OrderState> orderStateTexts[] = {{OrderState::Draft, "draft"},
                                                           {OrderState::Ordered, "ordered"},
                                                           {OrderState::Received, "received"},
                                                           {OrderState::Cancelled, "cancelled"}};
template <>
inline constexpr std::span<const EnumText<OrderState>> enumTexts<OrderState>{orderStateTexts};

// Something the office keeps in stock (paper, toner, coffee), counted in its unit.
struct SupplyItem {
    QString id = {};
    QString name = {};
    QString unit = {}; // "box", "pack", "kg": what stock and quantities count
    qint64 stock = 0;
    qint64 reorderLevel = 0; // at or below it the item is low
    QString supplier = {};
    qint64 unitPriceCents = 0;
};

// One line of an order: a supply item (its stock goes up on receipt) or, for a purchase, a
// description only (the copier).
struct OrderLine {
    QString id = {};
    QString orderId = {};
    QString itemId = {}; // empty for a line that is not a supply item
    QString description = {};
    qint64 quantity = 0;
    qint64 unitPriceCents = 0;
    qint64 totalCents() const { return quantity * unitPriceCents; }
};

// An order with a supplier, charged to a budget line.
struct Order {
    QString id = {};
    QString supplier = {};
    QString budgetLineId = {};
    OrderState state = OrderState::Draft;
    QString purchaseId = {}; // the purchase whose chosen quote it orders, if any
    QString createdBy = {};
    qint64 createdAt = 0;
    std::optional<qint64> orderedAt = {};
    std::optional<qint64> receivedAt = {};
    QList<OrderLine> lines = {};
    qint64 totalCents() const
    {
        qint64 sum = 0;
        for (const OrderLine &l : lines)
            sum += l.totalCents();
        return sum;
    }
};

// A bigger purchase (the new copier) with quotes side by side; the chosen quote becomes an
// order (orderId).
struct Quote {
    QString id = {};
    QString purchaseId = {};
    QString supplier = {};
    qint64 priceCents = 0;
    QString notes = {};
};
struct Purchase {
    QString id = {};
    QString title = {};
    QString budgetLineId = {};
    QString chosenQuoteId = {};
    QString orderId = {};
    QString notes = {};
    QList<Quote> quotes = {}; // cheapest first
};

// An item at or below its reorder level, with what to order: enough to bring it to twice
// its reorder level, less what is already on order (placed, not yet received).
struct LowStock {
    SupplyItem item;
    qint64 onOrder = 0;
    qint64 suggested = 0; // 0: low, but enough is on its way
};

// The rules, apart from any store so tests and the benchmark read them as they are.
inline bool isLow(const SupplyItem &item)
{
    return item.stock <= item.reorderLevel;
}
inline qint64 suggestedQuantity(const SupplyItem &item, qint64 onOrder)
{
    const qint64 target = std::max<qint64>(2 * item.reorderLevel, item.reorderLevel + 1);
    return std::max<qint64>(0, target - item.stock - onOrder);
}
// Who keeps the stock, orders and budgets: the office manager and admins (the server holds
// to the same, see EntityPolicy).
inline bool keepsSupplies(Role role)
{
    return role == Role::OfficeManager || role == Role::Admin;
}
// Who reads the budgets and orders: those who keep them and the directors. Assistants and
// staff see the stock only.
inline bool readsBudgets(Role role)
{
    return keepsSupplies(role) || role == Role::Director;
}

} // namespace spil
