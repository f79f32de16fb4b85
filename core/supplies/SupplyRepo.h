// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/supplies/Supply.h"

#include <QList>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// What one edit of a supply item changes; a field left empty stays as it is.
struct SupplyItemChange {
    std::optional<QString> name = std::nullopt;
    std::optional<QString> unit = std::nullopt;
    std::optional<qint64> stock = std::nullopt;
    std::optional<qint64> reorderLevel = std::nullopt;
    std::optional<QString> supplier = std::nullopt;
    std::optional<qint64> unitPriceCents = std::nullopt;
    bool operator==(const SupplyItemChange &) const = default;
};

// The office's stock and its orders. Every write is one user action (one mutation).
class SupplyRepo {
public:
    explicit SupplyRepo(Database &db) : m_db(db) {}

    // Items. Validates (a name; stock, reorder level and price not below zero).
    QString addItem(SupplyItem item);
    void updateItem(const QString &id, const SupplyItemChange &change);
    void removeItem(const QString &id);
    void restoreItem(const QString &id);
    std::optional<SupplyItem> item(const QString &id);
    // By id, the start or end of its id, or its whole name (case-insensitive).
    SupplyItem resolveItem(const QString &ref);
    // Live items, low ones first, then by name.
    QList<SupplyItem> items();
    // The items at or below their reorder level, by name, each with what is on order for it
    // and the suggested quantity (suggestedQuantity).
    QList<LowStock> lowStock();

    // Orders. A new order is a draft charged to budgetLineId (a live budget line).
    QString addOrder(const QString &supplier, const QString &budgetLineId,
                     const QString &createdBy);
    // A line of a draft order; a line of a supply item takes the item's price when it names
    // none (unitPriceCents < 0) and its name as description when it has none.
    QString addLine(const QString &orderId, OrderLine line);
    void setLineQuantity(const QString &lineId, qint64 quantity);
    void removeLine(const QString &lineId);
    // The order composer: the items with their quantities (zero or less: left out) ordered
    // at their prices, one placed order per supplier charged to budgetLineId, all in one
    // user action; returns the orders' ids.
    QStringList orderItems(const QString &budgetLineId,
                           const QList<std::pair<QString, qint64>> &items,
                           const QString &createdBy);
    // A draft with lines is placed with its supplier: committed to its budget line.
    // At is when (the clock's now when not given).
    void placeOrder(const QString &orderId, std::optional<qint64> at = std::nullopt);
    // An ordered order arrives: every supply line's quantity is added to its item's stock and
    // the order is spent, all in one user action. Receiving an order received already (or
    // never placed, or cancelled) is refused, so its stock is counted exactly once.
    void receive(const QString &orderId, std::optional<qint64> at = std::nullopt);
    // Undoes receive(): the stock goes back down and the order is ordered again.
    void undoReceive(const QString &orderId);
    // A draft or an ordered order is called off; a received one cannot be.
    void cancel(const QString &orderId);
    void removeOrder(const QString &orderId);
    void restoreOrder(const QString &orderId);

    std::optional<Order> order(const QString &id);
    Order resolveOrder(const QString &ref);
    // Live orders with their lines, newest first; only those charged to budgetLineId when
    // it is given.
    QList<Order> orders(const QString &budgetLineId = {});

    static SupplyItem itemFromRecord(const QVariantMap &record);
    static QVariantMap itemToRecord(const SupplyItem &item);
    static Order orderFromRecord(const QVariantMap &record);
    static OrderLine lineFromRecord(const QVariantMap &record);

private:
    Order requireOrder(const QString &id);
    QList<OrderLine> linesOf(const QString &orderId);
    void requireDraft(const Order &order);
    void addStock(const Order &order, qint64 sign);
    Database &m_db;
};

} // namespace spil
