// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/supplies/SupplyRepo.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"

#include <QHash>
#include <algorithm>

namespace spil {

namespace {
const QString kItems = QStringLiteral("supply_items");
const QString kOrders = QStringLiteral("orders");
const QString kLines = QStringLiteral("order_lines");
const QString kBudgetLines = QStringLiteral("budget_lines");

QVariantMap columnsOf(const SupplyItemChange &change)
{
    QVariantMap fields;
    const auto text = [&](const char *column, const std::optional<QString> &value) {
        if (value)
            fields.insert(QLatin1String(column), value->trimmed());
    };
    const auto number = [&](const char *column, const std::optional<qint64> &value) {
        if (value)
            fields.insert(QLatin1String(column), *value);
    };
    text("name", change.name);
    text("unit", change.unit);
    text("supplier", change.supplier);
    number("stock", change.stock);
    number("reorder_level", change.reorderLevel);
    number("unit_price_cents", change.unitPriceCents);
    return fields;
}

void validate(const SupplyItem &item)
{
    if (item.name.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a supply item needs a name"));
    if (item.stock < 0 || item.reorderLevel < 0 || item.unitPriceCents < 0)
        fail(ErrorKind::BadInput,
             QStringLiteral("stock, reorder level and price of '%1' cannot be below zero")
                 .arg(item.name));
}

QString stateRefusal(const Order &order, const char *action)
{
    return QStringLiteral("the order at %1 is %2 and cannot be %3")
        .arg(order.supplier, toText(order.state), QLatin1String(action));
}
} // namespace

SupplyItem SupplyRepo::itemFromRecord(const QVariantMap &r)
{
    SupplyItem i;
    i.id = r.value(QStringLiteral("id")).toString();
    i.name = r.value(QStringLiteral("name")).toString();
    i.unit = r.value(QStringLiteral("unit")).toString();
    i.stock = r.value(QStringLiteral("stock")).toLongLong();
    i.reorderLevel = r.value(QStringLiteral("reorder_level")).toLongLong();
    i.supplier = r.value(QStringLiteral("supplier")).toString();
    i.unitPriceCents = r.value(QStringLiteral("unit_price_cents")).toLongLong();
    return i;
}

QVariantMap SupplyRepo::itemToRecord(const SupplyItem &i)
{
    return {{QStringLiteral("name"), i.name.trimmed()},
            {QStringLiteral("unit"), i.unit.trimmed()},
            {QStringLiteral("stock"), i.stock},
            {QStringLiteral("reorder_level"), i.reorderLevel},
            {QStringLiteral("supplier"), i.supplier.trimmed()},
            {QStringLiteral("unit_price_cents"), i.unitPriceCents}};
}

Order SupplyRepo::orderFromRecord(const QVariantMap &r)
{
    Order o;
    o.id = r.value(QStringLiteral("id")).toString();
    o.supplier = r.value(QStringLiteral("supplier")).toString();
    o.budgetLineId = r.value(QStringLiteral("budget_line_id")).toString();
    // A state from a newer device reads as a draft: it commits and spends nothing.
    o.state = fromText<OrderState>(r.value(QStringLiteral("state")).toString())
                  .value_or(OrderState::Draft);
    o.purchaseId = r.value(QStringLiteral("purchase_id")).toString();
    o.createdBy = r.value(QStringLiteral("created_by")).toString();
    o.createdAt = r.value(QStringLiteral("created_at")).toLongLong();
    const auto time = [&](const char *field) -> std::optional<qint64> {
        const QVariant v = r.value(QLatin1String(field));
        return v.isNull() || !v.isValid() ? std::nullopt : std::optional(v.toLongLong());
    };
    o.orderedAt = time("ordered_at");
    o.receivedAt = time("received_at");
    return o;
}

OrderLine SupplyRepo::lineFromRecord(const QVariantMap &r)
{
    OrderLine l;
    l.id = r.value(QStringLiteral("id")).toString();
    l.orderId = r.value(QStringLiteral("order_id")).toString();
    l.itemId = r.value(QStringLiteral("item_id")).toString();
    l.description = r.value(QStringLiteral("description")).toString();
    l.quantity = r.value(QStringLiteral("quantity")).toLongLong();
    l.unitPriceCents = r.value(QStringLiteral("unit_price_cents")).toLongLong();
    return l;
}

QString SupplyRepo::addItem(SupplyItem item)
{
    validate(item);
    QVariantMap record = itemToRecord(item);
    if (!item.id.isEmpty())
        record.insert(QStringLiteral("id"), item.id);
    Database::Transaction tx(m_db);
    const QString id = m_db.insert(kItems, record);
    tx.commit();
    return id;
}

void SupplyRepo::updateItem(const QString &id, const SupplyItemChange &change)
{
    const auto current = m_db.get(kItems, id);
    if (!current)
        fail(ErrorKind::NotFound, QStringLiteral("no supply item %1").arg(id));
    const QVariantMap fields = columnsOf(change);
    QVariantMap merged = *current;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    validate(itemFromRecord(merged));
    Database::Transaction tx(m_db);
    m_db.update(kItems, id, fields);
    tx.commit();
}

void SupplyRepo::removeItem(const QString &id)
{
    m_db.removeOne(kItems, id, QStringLiteral("supply item"));
}

void SupplyRepo::restoreItem(const QString &id)
{
    m_db.restoreOne(kItems, id);
}

std::optional<SupplyItem> SupplyRepo::item(const QString &id)
{
    const auto r = m_db.get(kItems, id);
    return r ? std::optional(itemFromRecord(*r)) : std::nullopt;
}

SupplyItem SupplyRepo::resolveItem(const QString &ref)
{
    if (const auto exact = item(ref))
        return *exact;
    QList<SupplyItem> matches;
    for (const SupplyItem &i : items()) {
        if (i.name.compare(ref.trimmed(), Qt::CaseInsensitive) == 0 ||
            (ref.size() >= 4 && (i.id.startsWith(ref) || i.id.endsWith(ref))))
            matches << i;
    }
    if (matches.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no supply item '%1'").arg(ref));
    if (matches.size() > 1)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' names more than one item").arg(ref));
    return matches.first();
}

QList<SupplyItem> SupplyRepo::items()
{
    QList<SupplyItem> out;
    for (const QVariantMap &r : m_db.liveRecords(kItems))
        out << itemFromRecord(r);
    std::sort(out.begin(), out.end(), [](const SupplyItem &a, const SupplyItem &b) {
        if (isLow(a) != isLow(b))
            return isLow(a);
        const int order = QString::localeAwareCompare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return out;
}

QList<LowStock> SupplyRepo::lowStock()
{
    QList<LowStock> out;
    for (const QVariantMap &r :
         m_db.liveRecords(kItems, QStringLiteral("AND stock <= reorder_level")))
        out << LowStock{itemFromRecord(r), 0, 0};
    if (out.isEmpty())
        return out;
    // What is on order, per item, from the placed orders outward: they are few, where ten
    // years of lines per item are many. CROSS JOIN keeps SQLite to that order.
    QHash<QString, qint64> onOrder;
    auto &q = m_db.run(QStringLiteral(
        "SELECT l.item_id, SUM(l.quantity) FROM orders o CROSS JOIN order_lines l ON "
        "l.order_id = o.id WHERE o.state = 'ordered' AND o.deleted = 0 AND l.deleted = 0 "
        "GROUP BY l.item_id"));
    while (q.next())
        onOrder.insert(q.value(0).toString(), q.value(1).toLongLong());
    for (LowStock &low : out) {
        low.onOrder = onOrder.value(low.item.id);
        low.suggested = suggestedQuantity(low.item, low.onOrder);
    }
    std::sort(out.begin(), out.end(), [](const LowStock &a, const LowStock &b) {
        const int order = QString::localeAwareCompare(a.item.name, b.item.name);
        return order != 0 ? order < 0 : a.item.id < b.item.id;
    });
    return out;
}

QString SupplyRepo::addOrder(const QString &supplier, const QString &budgetLineId,
                             const QString &createdBy)
{
    if (supplier.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("an order needs a supplier"));
    if (!m_db.get(kBudgetLines, budgetLineId))
        fail(ErrorKind::NotFound, QStringLiteral("no budget line %1").arg(budgetLineId));
    Database::Transaction tx(m_db);
    const QString id = m_db.insert(kOrders, {{QStringLiteral("supplier"), supplier.trimmed()},
                                             {QStringLiteral("budget_line_id"), budgetLineId},
                                             {QStringLiteral("state"), toText(OrderState::Draft)},
                                             {QStringLiteral("created_by"), createdBy},
                                             {QStringLiteral("created_at"), m_db.clock().nowMs()}});
    tx.commit();
    return id;
}

QStringList SupplyRepo::orderItems(const QString &budgetLineId,
                                   const QList<std::pair<QString, qint64>> &items,
                                   const QString &createdBy)
{
    if (!m_db.get(kBudgetLines, budgetLineId))
        fail(ErrorKind::NotFound, QStringLiteral("no budget line %1").arg(budgetLineId));
    QList<std::pair<QString, QList<std::pair<SupplyItem, qint64>>>> bySupplier;
    for (const auto &[itemId, quantity] : items) {
        if (quantity <= 0)
            continue;
        const auto supply = item(itemId);
        if (!supply)
            fail(ErrorKind::NotFound, QStringLiteral("no supply item %1").arg(itemId));
        if (supply->supplier.isEmpty())
            fail(ErrorKind::BadInput, QStringLiteral("'%1' has no supplier").arg(supply->name));
        auto it = std::find_if(bySupplier.begin(), bySupplier.end(),
                               [&](const auto &s) { return s.first == supply->supplier; });
        if (it == bySupplier.end()) {
            bySupplier.append({supply->supplier, {}});
            it = bySupplier.end() - 1;
        }
        it->second.append({*supply, quantity});
    }
    if (bySupplier.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("nothing to order"));
    const qint64 now = m_db.clock().nowMs();
    QStringList ids;
    Database::Transaction tx(m_db);
    for (const auto &[supplier, lines] : bySupplier) {
        const QString order =
            m_db.insert(kOrders, {{QStringLiteral("supplier"), supplier},
                                  {QStringLiteral("budget_line_id"), budgetLineId},
                                  {QStringLiteral("state"), toText(OrderState::Ordered)},
                                  {QStringLiteral("created_by"), createdBy},
                                  {QStringLiteral("created_at"), now},
                                  {QStringLiteral("ordered_at"), now}});
        for (const auto &[supply, quantity] : lines)
            m_db.insert(kLines, {{QStringLiteral("order_id"), order},
                                 {QStringLiteral("item_id"), supply.id},
                                 {QStringLiteral("description"), supply.name},
                                 {QStringLiteral("quantity"), quantity},
                                 {QStringLiteral("unit_price_cents"), supply.unitPriceCents}});
        ids << order;
    }
    tx.commit();
    return ids;
}

Order SupplyRepo::requireOrder(const QString &id)
{
    const auto o = order(id);
    if (!o)
        fail(ErrorKind::NotFound, QStringLiteral("no order %1").arg(id));
    return *o;
}

void SupplyRepo::requireDraft(const Order &order)
{
    if (order.state != OrderState::Draft)
        fail(ErrorKind::Refused, stateRefusal(order, "changed"));
}

QString SupplyRepo::addLine(const QString &orderId, OrderLine line)
{
    requireDraft(requireOrder(orderId));
    if (line.quantity <= 0)
        fail(ErrorKind::BadInput, QStringLiteral("a line needs a quantity above zero"));
    if (!line.itemId.isEmpty()) {
        const auto supply = item(line.itemId);
        if (!supply)
            fail(ErrorKind::NotFound, QStringLiteral("no supply item %1").arg(line.itemId));
        if (line.unitPriceCents < 0)
            line.unitPriceCents = supply->unitPriceCents;
        if (line.description.trimmed().isEmpty())
            line.description = supply->name;
    }
    if (line.unitPriceCents < 0)
        fail(ErrorKind::BadInput, QStringLiteral("a line needs a price"));
    if (line.description.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a line needs an item or a description"));
    Database::Transaction tx(m_db);
    const QString id =
        m_db.insert(kLines, {{QStringLiteral("order_id"), orderId},
                             {QStringLiteral("item_id"), line.itemId},
                             {QStringLiteral("description"), line.description.trimmed()},
                             {QStringLiteral("quantity"), line.quantity},
                             {QStringLiteral("unit_price_cents"), line.unitPriceCents}});
    tx.commit();
    return id;
}

void SupplyRepo::setLineQuantity(const QString &lineId, qint64 quantity)
{
    const auto line = m_db.get(kLines, lineId);
    if (!line)
        fail(ErrorKind::NotFound, QStringLiteral("no order line %1").arg(lineId));
    requireDraft(requireOrder(line->value(QStringLiteral("order_id")).toString()));
    if (quantity <= 0)
        fail(ErrorKind::BadInput, QStringLiteral("a line needs a quantity above zero"));
    Database::Transaction tx(m_db);
    m_db.update(kLines, lineId, {{QStringLiteral("quantity"), quantity}});
    tx.commit();
}

void SupplyRepo::removeLine(const QString &lineId)
{
    const auto line = m_db.get(kLines, lineId);
    if (!line)
        fail(ErrorKind::NotFound, QStringLiteral("no order line %1").arg(lineId));
    requireDraft(requireOrder(line->value(QStringLiteral("order_id")).toString()));
    Database::Transaction tx(m_db);
    m_db.remove(kLines, lineId);
    tx.commit();
}

void SupplyRepo::placeOrder(const QString &orderId, std::optional<qint64> at)
{
    const Order o = requireOrder(orderId);
    if (o.state != OrderState::Draft)
        fail(ErrorKind::Refused, stateRefusal(o, "placed"));
    if (o.lines.isEmpty())
        fail(ErrorKind::Refused, QStringLiteral("an order without lines cannot be placed"));
    Database::Transaction tx(m_db);
    m_db.update(kOrders, orderId,
                {{QStringLiteral("state"), toText(OrderState::Ordered)},
                 {QStringLiteral("ordered_at"), at.value_or(m_db.clock().nowMs())}});
    tx.commit();
}

void SupplyRepo::addStock(const Order &order, qint64 sign)
{
    for (const OrderLine &line : order.lines) {
        if (line.itemId.isEmpty())
            continue;
        const auto supply = item(line.itemId);
        if (!supply) // an item removed since: nothing left to count it in
            continue;
        m_db.update(
            kItems, line.itemId,
            {{QStringLiteral("stock"), std::max<qint64>(0, supply->stock + sign * line.quantity)}});
    }
}

void SupplyRepo::receive(const QString &orderId, std::optional<qint64> at)
{
    const Order o = requireOrder(orderId);
    if (o.state != OrderState::Ordered)
        fail(ErrorKind::Refused, stateRefusal(o, "received"));
    Database::Transaction tx(m_db);
    m_db.update(kOrders, orderId,
                {{QStringLiteral("state"), toText(OrderState::Received)},
                 {QStringLiteral("received_at"), at.value_or(m_db.clock().nowMs())}});
    addStock(o, +1);
    tx.commit();
}

void SupplyRepo::undoReceive(const QString &orderId)
{
    const Order o = requireOrder(orderId);
    if (o.state != OrderState::Received)
        fail(ErrorKind::Refused, stateRefusal(o, "taken back"));
    Database::Transaction tx(m_db);
    m_db.update(kOrders, orderId,
                {{QStringLiteral("state"), toText(OrderState::Ordered)},
                 {QStringLiteral("received_at"), QVariant()}});
    addStock(o, -1);
    tx.commit();
}

void SupplyRepo::cancel(const QString &orderId)
{
    const Order o = requireOrder(orderId);
    if (o.state != OrderState::Draft && o.state != OrderState::Ordered)
        fail(ErrorKind::Refused, stateRefusal(o, "cancelled"));
    Database::Transaction tx(m_db);
    m_db.update(kOrders, orderId, {{QStringLiteral("state"), toText(OrderState::Cancelled)}});
    tx.commit();
}

void SupplyRepo::removeOrder(const QString &orderId)
{
    m_db.removeOne(kOrders, orderId, QStringLiteral("order"));
}

void SupplyRepo::restoreOrder(const QString &orderId)
{
    m_db.restoreOne(kOrders, orderId);
}

QList<OrderLine> SupplyRepo::linesOf(const QString &orderId)
{
    QList<OrderLine> out;
    // By what they are, not by their random ids: every device lists an order alike.
    for (const QVariantMap &r : m_db.liveRecords(
             kLines, QStringLiteral("AND order_id = ? ORDER BY description, id"), {orderId}))
        out << lineFromRecord(r);
    return out;
}

std::optional<Order> SupplyRepo::order(const QString &id)
{
    const auto r = m_db.get(kOrders, id);
    if (!r)
        return std::nullopt;
    Order o = orderFromRecord(*r);
    o.lines = linesOf(id);
    return o;
}

Order SupplyRepo::resolveOrder(const QString &ref)
{
    if (const auto exact = order(ref))
        return *exact;
    const QStringList ids = m_db.idsMatching(kOrders, ref);
    if (ids.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no order '%1'").arg(ref));
    if (ids.size() > 1)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' names more than one order").arg(ref));
    return requireOrder(ids.first());
}

QList<Order> SupplyRepo::orders(const QString &budgetLineId)
{
    const QList<QVariantMap> records =
        budgetLineId.isEmpty()
            ? m_db.liveRecords(kOrders, QStringLiteral("ORDER BY created_at DESC, id DESC"))
            : m_db.liveRecords(kOrders,
                               QStringLiteral("AND budget_line_id = ? "
                                              "ORDER BY created_at DESC, id DESC"),
                               {budgetLineId});
    QList<Order> out;
    for (const QVariantMap &r : records) {
        Order o = orderFromRecord(r);
        o.lines = linesOf(o.id);
        out << o;
    }
    return out;
}

} // namespace spil
