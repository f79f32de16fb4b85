// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/supplies/OrderListModel.h"

#include "core/budgets/BudgetRepo.h"
#include "core/common/Time.h"
#include "core/store/Database.h"
#include "core/supplies/SupplyRepo.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <QHash>
#include <algorithm>

namespace spil::qml {

OrderListModel::OrderListModel(QObject *parent) : RowList(parent) {}

OrderListModel::OrderListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : OrderListModel(parent)
{
    link(office, people);
}

namespace {
int rank(OrderState state)
{
    switch (state) {
    case OrderState::Ordered:
        return 0;
    case OrderState::Draft:
        return 1;
    case OrderState::Received:
    case OrderState::Cancelled:
        break;
    }
    return 2;
}
} // namespace

void OrderListModel::reload()
{
    QList<Row> rows;
    readGuarded("OrderListModel", [&] {
        if (!open())
            return;
        Database &db = *office()->store();
        QList<Order> orders = SupplyRepo(db).orders();
        orders.removeIf([](const Order &o) { return o.state == OrderState::Cancelled; });
        // Open ones first, then the latest first by when they were placed or received.
        const auto when = [](const Order &o) {
            return o.receivedAt.value_or(o.orderedAt.value_or(o.createdAt));
        };
        std::stable_sort(orders.begin(), orders.end(), [&](const Order &a, const Order &b) {
            if (rank(a.state) != rank(b.state))
                return rank(a.state) < rank(b.state);
            return when(a) != when(b) ? when(a) > when(b) : a.id > b.id;
        });
        BudgetRepo budgets(db);
        QHash<QString, QString> lineNames;
        const QTimeZone zone = office()->localZone();
        for (const Order &o : orders) {
            if (!lineNames.contains(o.budgetLineId)) {
                const auto line = budgets.byId(o.budgetLineId);
                lineNames.insert(o.budgetLineId, line ? line->name : QString());
            }
            QStringList parts;
            for (const OrderLine &l : o.lines)
                parts << QStringLiteral("%1 × %2").arg(l.quantity).arg(l.description);
            const auto day = o.receivedAt ? o.receivedAt : o.orderedAt ? o.orderedAt : o.createdAt;
            rows << Row{o.id,
                        o.supplier,
                        o.state,
                        display::money(o.totalCents()),
                        parts.join(QStringLiteral(", ")),
                        lineNames.value(o.budgetLineId),
                        display::dayShort(dateIn(*day, zone))};
        }
    });
    setRows(std::move(rows), [](const Row &r) { return r.id; });
}

QString OrderListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

bool OrderListModel::place(const QString &orderId)
{
    return office() &&
           office()->act([&](Database &db) { SupplyRepo(db).placeOrder(orderId); }).isEmpty();
}

bool OrderListModel::receive(const QString &orderId)
{
    return office() &&
           office()->act([&](Database &db) { SupplyRepo(db).receive(orderId); }).isEmpty();
}

bool OrderListModel::undoReceive(const QString &orderId)
{
    return office() &&
           office()->act([&](Database &db) { SupplyRepo(db).undoReceive(orderId); }).isEmpty();
}

bool OrderListModel::cancel(const QString &orderId)
{
    return office() &&
           office()->act([&](Database &db) { SupplyRepo(db).cancel(orderId); }).isEmpty();
}

int OrderListModel::orderItems(const QString &budgetLineId, const QStringList &itemIds,
                               const QList<int> &quantities)
{
    if (!office() || !people())
        return 0;
    QList<std::pair<QString, qint64>> items;
    for (qsizetype i = 0; i < itemIds.size() && i < quantities.size(); ++i)
        items.append({itemIds[i], quantities[i]});
    qsizetype placed = 0;
    const QString me = people()->me().id;
    const QString error = office()->act(
        [&](Database &db) { placed = SupplyRepo(db).orderItems(budgetLineId, items, me).size(); });
    return error.isEmpty() ? int(placed) : 0;
}

} // namespace spil::qml
