// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "JsonViews.h"

#include "core/budgets/BudgetRepo.h"
#include "core/common/EnumText.h"
#include "core/common/Error.h"
#include "core/store/Database.h"
#include "core/supplies/SupplyRepo.h"

namespace spil {

namespace {
const QString kJson = QStringLiteral("json");

qint64 whole(const CommandArgs &args, const QString &name, qint64 fallback)
{
    const int n = args.number(name, int(fallback));
    if (n < 0)
        fail(ErrorKind::BadInput, QStringLiteral("--%1 cannot be below zero").arg(name));
    return n;
}

QJsonObject itemJson(const SupplyItem &i)
{
    QVariantMap record = SupplyRepo::itemToRecord(i);
    record.insert(QStringLiteral("id"), i.id);
    QJsonObject o = recordJson(QStringLiteral("supply_items"), record);
    o.insert(QStringLiteral("low"), isLow(i));
    return o;
}

QJsonObject orderJson(const Order &o)
{
    QJsonArray lines;
    for (const OrderLine &l : o.lines)
        lines << QJsonObject{{QStringLiteral("id"), l.id},
                             {QStringLiteral("item_id"), l.itemId},
                             {QStringLiteral("description"), l.description},
                             {QStringLiteral("quantity"), l.quantity},
                             {QStringLiteral("unit_price_cents"), l.unitPriceCents}};
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("supplier"), o.supplier},
            {QStringLiteral("budget_line_id"), o.budgetLineId},
            {QStringLiteral("state"), toText(o.state)},
            {QStringLiteral("total_cents"), o.totalCents()},
            {QStringLiteral("lines"), lines}};
}

void printOrder(CommandContext &s, const CommandArgs &args, const Order &o)
{
    if (args.has(kJson)) {
        s.printJson(orderJson(o));
        return;
    }
    s.print(
        QStringLiteral("%1  %2  %3  %4")
            .arg(Database::shortId(o.id), o.supplier, toText(o.state), centsText(o.totalCents())));
    for (const OrderLine &l : o.lines)
        s.print(QStringLiteral("  %1 x %2 @ %3")
                    .arg(l.quantity)
                    .arg(l.description, centsText(l.unitPriceCents)));
}

void supplyList(CommandContext &s, const CommandArgs &args)
{
    const QList<SupplyItem> items = SupplyRepo(s.db()).items();
    if (args.has(kJson)) {
        QJsonArray out;
        for (const SupplyItem &i : items)
            out << itemJson(i);
        s.printJson(out);
        return;
    }
    for (const SupplyItem &i : items)
        s.print(QStringLiteral("%1  %2  %3 %4 (reorder at %5)  %6  %7%8")
                    .arg(Database::shortId(i.id), i.name)
                    .arg(i.stock)
                    .arg(i.unit)
                    .arg(i.reorderLevel)
                    .arg(i.supplier, centsText(i.unitPriceCents),
                         isLow(i) ? QStringLiteral("  LOW") : QString()));
}

void supplyAdd(CommandContext &s, const CommandArgs &args)
{
    SupplyRepo supplies(s.db());
    const QString id = supplies.addItem({.name = args.positional.join(QLatin1Char(' ')),
                                         .unit = args.value(QStringLiteral("unit")),
                                         .stock = whole(args, QStringLiteral("stock"), 0),
                                         .reorderLevel = whole(args, QStringLiteral("reorder"), 0),
                                         .supplier = args.value(QStringLiteral("supplier")),
                                         .unitPriceCents = args.cents(QStringLiteral("price"), 0)});
    if (args.has(kJson))
        s.printJson(itemJson(*supplies.item(id)));
    else
        s.print(id);
}

void supplyLow(CommandContext &s, const CommandArgs &args)
{
    const QList<LowStock> low = SupplyRepo(s.db()).lowStock();
    if (args.has(kJson)) {
        QJsonArray out;
        for (const LowStock &l : low) {
            QJsonObject o = itemJson(l.item);
            o.insert(QStringLiteral("on_order"), l.onOrder);
            o.insert(QStringLiteral("suggested"), l.suggested);
            out << o;
        }
        s.printJson(out);
        return;
    }
    for (const LowStock &l : low)
        s.print(QStringLiteral("%1  %2  %3 %4 left, %5 on order, order %6")
                    .arg(Database::shortId(l.item.id), l.item.name)
                    .arg(l.item.stock)
                    .arg(l.item.unit)
                    .arg(l.onOrder)
                    .arg(l.suggested));
}

void orderAdd(CommandContext &s, const CommandArgs &args)
{
    const int year = args.number(QStringLiteral("year"), 0);
    const BudgetLine line =
        BudgetRepo(s.db()).resolve(args.required(QStringLiteral("budget")), year);
    SupplyRepo supplies(s.db());
    const QString id =
        supplies.addOrder(args.positional.join(QLatin1Char(' ')), line.id, s.actingId());
    if (args.has(kJson))
        printOrder(s, args, *supplies.order(id));
    else
        s.print(id);
}

void orderList(CommandContext &s, const CommandArgs &args)
{
    const QList<Order> orders = SupplyRepo(s.db()).orders();
    if (args.has(kJson)) {
        QJsonArray out;
        for (const Order &o : orders)
            out << orderJson(o);
        s.printJson(out);
        return;
    }
    for (const Order &o : orders)
        printOrder(s, args, o);
}

void orderLine(CommandContext &s, const CommandArgs &args)
{
    SupplyRepo supplies(s.db());
    const Order o = supplies.resolveOrder(args.positional[0]);
    OrderLine line;
    if (args.positional.size() > 1)
        line.itemId = supplies.resolveItem(args.positional.mid(1).join(QLatin1Char(' '))).id;
    line.description = args.value(QStringLiteral("description"));
    line.quantity = whole(args, QStringLiteral("quantity"), 1);
    line.unitPriceCents = args.cents(QStringLiteral("price"), -1);
    supplies.addLine(o.id, line);
    printOrder(s, args, *supplies.order(o.id));
}

void orderAction(CommandContext &s, const CommandArgs &args,
                 void (SupplyRepo::*action)(const QString &, std::optional<qint64>))
{
    SupplyRepo supplies(s.db());
    const QString id = supplies.resolveOrder(args.positional[0]).id;
    (supplies.*action)(id, std::nullopt);
    printOrder(s, args, *supplies.order(id));
}

void orderCancel(CommandContext &s, const CommandArgs &args)
{
    SupplyRepo supplies(s.db());
    const QString id = supplies.resolveOrder(args.positional[0]).id;
    supplies.cancel(id);
    printOrder(s, args, *supplies.order(id));
}
} // namespace

void addSupplyCommands(CommandTable &table)
{
    table << Command{QStringLiteral("supply list"),
                     QStringLiteral("supply list [--json]   (low items first)"),
                     {},
                     {kJson},
                     0,
                     0,
                     supplyList};
    table << Command{QStringLiteral("supply add"),
                     QStringLiteral("supply add NAME [--unit U] [--stock N] [--reorder N] "
                                    "[--supplier S] [--price EUROS] [--json]"),
                     {QStringLiteral("unit"), QStringLiteral("stock"), QStringLiteral("reorder"),
                      QStringLiteral("supplier"), QStringLiteral("price")},
                     {kJson},
                     1,
                     16,
                     supplyAdd};
    table << Command{QStringLiteral("supply low"),
                     QStringLiteral("supply low [--json]   (at or below the reorder level, with "
                                    "what is on order and what to order)"),
                     {},
                     {kJson},
                     0,
                     0,
                     supplyLow};
    table << Command{QStringLiteral("order add"),
                     QStringLiteral("order add SUPPLIER --budget LINE [--year Y] [--json]"),
                     {QStringLiteral("budget"), QStringLiteral("year")},
                     {kJson},
                     1,
                     16,
                     orderAdd};
    table << Command{QStringLiteral("order list"),
                     QStringLiteral("order list [--json]"),
                     {},
                     {kJson},
                     0,
                     0,
                     orderList};
    table << Command{
        QStringLiteral("order line"),
        QStringLiteral("order line ORDER [ITEM] [--description D] [--quantity N] "
                       "[--price EUROS] [--json]   (the item's price by default)"),
        {QStringLiteral("description"), QStringLiteral("quantity"), QStringLiteral("price")},
        {kJson},
        1,
        16,
        orderLine};
    table << Command{QStringLiteral("order place"),
                     QStringLiteral("order place ORDER [--json]"),
                     {},
                     {kJson},
                     1,
                     1,
                     [](CommandContext &s, const CommandArgs &a) {
                         orderAction(s, a, &SupplyRepo::placeOrder);
                     }};
    table << Command{
        QStringLiteral("order receive"),
        QStringLiteral("order receive ORDER [--json]   (adds every line to the stock, once)"),
        {},
        {kJson},
        1,
        1,
        [](CommandContext &s, const CommandArgs &a) { orderAction(s, a, &SupplyRepo::receive); }};
    table << Command{QStringLiteral("order cancel"),
                     QStringLiteral("order cancel ORDER [--json]"),
                     {},
                     {kJson},
                     1,
                     1,
                     orderCancel};
}

} // namespace spil
