// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/budgets/BudgetRepo.h"
#include "core/common/EnumText.h"
#include "core/supplies/PurchaseRepo.h"
#include "core/supplies/SupplyRepo.h"

#include <QMetaEnum>
#include <QSet>

using namespace spil;
using namespace spil::test;

namespace {
class Supplies : public StoreTest {
protected:
    Supplies()
    {
        fatima = addPerson("Fatima El Amrani", Role::OfficeManager);
        officeLine = budgets.add(
            {.name = QStringLiteral("Kantoorartikelen"), .year = 2026, .amountCents = 250000});
        paper = supplies.addItem({.name = QStringLiteral("Papier A4"),
                                  .unit = QStringLiteral("doos"),
                                  .stock = 3,
                                  .reorderLevel = 4,
                                  .supplier = QStringLiteral("Office Centre"),
                                  .unitPriceCents = 2899});
        coffee = supplies.addItem({.name = QStringLiteral("Koffiebonen"),
                                   .unit = QStringLiteral("kg"),
                                   .stock = 12,
                                   .reorderLevel = 5,
                                   .supplier = QStringLiteral("Douwe"),
                                   .unitPriceCents = 1450});
    }
    QSet<QString> changedFields()
    {
        const auto changes = lastActionChanges(*db);
        return QSet<QString>(changes.keyBegin(), changes.keyEnd());
    }
    qint64 stockOf(const QString &id) { return supplies.item(id)->stock; }
    QString fatima, officeLine, paper, coffee;
    SupplyRepo supplies{*db};
    BudgetRepo budgets{*db};
    PurchaseRepo purchases{*db};
};
} // namespace

TEST(OrderEnums, EveryValueKeepsItsWordAndABadWordIsRefused)
{
    const QMetaEnum meta = QMetaEnum::fromType<OrderState>();
    QSet<QString> seen;
    for (int i = 0; i < meta.keyCount(); ++i) {
        const auto value = OrderState(meta.value(i));
        const QString text = toText(value);
        EXPECT_FALSE(seen.contains(text));
        seen.insert(text);
        EXPECT_EQ(parseText<OrderState>(text, QStringLiteral("state")), value);
    }
    EXPECT_EQ(qsizetype(enumTexts<OrderState>.size()), qsizetype(meta.keyCount()));
    EXPECT_THROW(parseText<OrderState>(QStringLiteral("shipped"), QStringLiteral("state")), Error);
}

TEST(SupplyRules, LowAtOrBelowTheReorderLevelAndTheSuggestionFillsToTwiceIt)
{
    SupplyItem item{.stock = 4, .reorderLevel = 4};
    EXPECT_TRUE(isLow(item));
    EXPECT_EQ(suggestedQuantity(item, 0), 4);
    EXPECT_EQ(suggestedQuantity(item, 3), 1);
    EXPECT_EQ(suggestedQuantity(item, 10), 0) << "enough on its way";
    item.stock = 5;
    EXPECT_FALSE(isLow(item));
    // A reorder level of zero still suggests one when the last one is gone.
    EXPECT_EQ(suggestedQuantity(SupplyItem{.stock = 0, .reorderLevel = 0}, 0), 1);
    EXPECT_TRUE(keepsSupplies(Role::OfficeManager));
    EXPECT_FALSE(keepsSupplies(Role::Assistant));
    EXPECT_TRUE(readsBudgets(Role::Director));
    EXPECT_FALSE(readsBudgets(Role::Staff));
}

TEST_F(Supplies, TheLowStockListCountsWhatIsOnOrder)
{
    auto low = supplies.lowStock();
    ASSERT_EQ(low.size(), 1);
    EXPECT_EQ(low[0].item.name, QStringLiteral("Papier A4"));
    EXPECT_EQ(low[0].suggested, 5);
    const QString order = supplies.addOrder(QStringLiteral("Office Centre"), officeLine, fatima);
    supplies.addLine(order, {.itemId = paper, .quantity = 2, .unitPriceCents = -1});
    EXPECT_EQ(supplies.lowStock()[0].onOrder, 0) << "a draft is not on order";
    supplies.placeOrder(order);
    low = supplies.lowStock();
    EXPECT_EQ(low[0].onOrder, 2);
    EXPECT_EQ(low[0].suggested, 3);
    // Low items come first in the list of all items.
    EXPECT_EQ(supplies.items().first().id, paper);
}

TEST_F(Supplies, ReceivingCountsTheStockInOnceInOneAction)
{
    const QString order = supplies.addOrder(QStringLiteral("Office Centre"), officeLine, fatima);
    const QString line =
        supplies.addLine(order, {.itemId = paper, .quantity = 10, .unitPriceCents = -1});
    supplies.addLine(order, {.itemId = coffee, .quantity = 2, .unitPriceCents = 1300});
    EXPECT_EQ(supplies.order(order)->totalCents(), 10 * 2899 + 2 * 1300);
    EXPECT_THROW(supplies.receive(order), Error) << "a draft is not received";
    supplies.placeOrder(order);
    EXPECT_THROW(supplies.setLineQuantity(line, 3), Error) << "a placed order keeps its lines";
    const qint64 before = db->pendingActions();
    supplies.receive(order);
    EXPECT_EQ(db->pendingActions(), before + 1) << "one user action, one mutation";
    EXPECT_EQ(changedFields(),
              (QSet<QString>{QStringLiteral("orders.state"), QStringLiteral("orders.received_at"),
                             QStringLiteral("supply_items.stock")}));
    EXPECT_EQ(stockOf(paper), 13);
    EXPECT_EQ(stockOf(coffee), 14);
    try {
        supplies.receive(order);
        FAIL() << "received twice";
    } catch (const Error &e) {
        EXPECT_EQ(e.kind(), ErrorKind::Refused);
    }
    EXPECT_EQ(stockOf(paper), 13) << "counted once";
    supplies.undoReceive(order);
    EXPECT_EQ(stockOf(paper), 3);
    EXPECT_EQ(supplies.order(order)->state, OrderState::Ordered);
    EXPECT_FALSE(supplies.order(order)->receivedAt.has_value());
    supplies.receive(order);
    EXPECT_EQ(stockOf(paper), 13);
    EXPECT_THROW(supplies.cancel(order), Error) << "a received order is not cancelled";
}

TEST_F(Supplies, AnEditPutsOnlyItsFieldsInTheOutboxAndRemoveIsUndone)
{
    supplies.updateItem(paper, {.reorderLevel = 6});
    EXPECT_EQ(changedFields(), QSet<QString>{QStringLiteral("supply_items.reorder_level")});
    EXPECT_THROW(supplies.updateItem(paper, {.stock = -1}), Error);
    EXPECT_THROW(supplies.addItem({.name = QStringLiteral(" ")}), Error);
    supplies.removeItem(coffee);
    EXPECT_EQ(supplies.items().size(), 1);
    supplies.restoreItem(coffee);
    EXPECT_EQ(supplies.items().size(), 2);
    EXPECT_EQ(supplies.resolveItem(QStringLiteral("koffiebonen")).id, coffee);
}

TEST_F(Supplies, OrdersAreCheckedAndCancelledAndCommitNothingOnceCancelled)
{
    EXPECT_THROW(supplies.addOrder(QStringLiteral("X"), QStringLiteral("nope"), fatima), Error);
    EXPECT_THROW(supplies.addOrder(QString(), officeLine, fatima), Error);
    const QString order = supplies.addOrder(QStringLiteral("Office Centre"), officeLine, fatima);
    EXPECT_THROW(supplies.placeOrder(order), Error) << "no lines";
    EXPECT_THROW(supplies.addLine(order, {.itemId = paper, .quantity = 0}), Error);
    EXPECT_THROW(supplies.addLine(order, {.quantity = 1, .unitPriceCents = 100}), Error)
        << "neither item nor description";
    supplies.addLine(order, {.itemId = paper, .quantity = 4, .unitPriceCents = -1});
    supplies.placeOrder(order);
    EXPECT_EQ(budgets.factsOf(officeLine, QTimeZone::utc()).committedCents, 4 * 2899);
    supplies.cancel(order);
    EXPECT_EQ(budgets.factsOf(officeLine, QTimeZone::utc()).committedCents, 0);
    EXPECT_THROW(supplies.placeOrder(order), Error);
}

TEST_F(Supplies, TheChosenQuoteBecomesAPlacedOrderOnItsLine)
{
    const QString copier = purchases.add(QStringLiteral("Nieuwe kopieermachine"), officeLine);
    purchases.addQuote(copier, {.supplier = QStringLiteral("Canon"), .priceCents = 489000});
    const QString ricoh =
        purchases.addQuote(copier, {.supplier = QStringLiteral("Ricoh"), .priceCents = 412500});
    purchases.addQuote(copier, {.supplier = QStringLiteral("Konica"), .priceCents = 455000});
    const Purchase p = *purchases.byId(copier);
    ASSERT_EQ(p.quotes.size(), 3);
    EXPECT_EQ(p.quotes.first().supplier, QStringLiteral("Ricoh")) << "cheapest first";
    const qint64 before = db->pendingActions();
    const QString order = purchases.choose(copier, ricoh, fatima);
    EXPECT_EQ(db->pendingActions(), before + 1);
    const Order o = *supplies.order(order);
    EXPECT_EQ(o.state, OrderState::Ordered);
    EXPECT_EQ(o.supplier, QStringLiteral("Ricoh"));
    EXPECT_EQ(o.budgetLineId, officeLine);
    EXPECT_EQ(o.totalCents(), 412500);
    EXPECT_EQ(purchases.byId(copier)->chosenQuoteId, ricoh);
    EXPECT_EQ(purchases.byId(copier)->orderId, order);
    EXPECT_EQ(budgets.factsOf(officeLine, QTimeZone::utc()).committedCents, 412500);
    EXPECT_THROW(purchases.choose(copier, ricoh, fatima), Error) << "ordered already";
    supplies.cancel(order);
    EXPECT_NO_THROW(purchases.choose(copier, p.quotes.last().id, fatima));
    EXPECT_THROW(purchases.addQuote(copier, {.supplier = QStringLiteral("X"), .priceCents = -1}),
                 Error);
}

TEST_F(Supplies, TheComposerPlacesOneOrderPerSupplierInOneAction)
{
    const qint64 before = db->pendingActions();
    const QStringList orders =
        supplies.orderItems(officeLine, {{paper, 5}, {coffee, 2}, {paper, 0}}, fatima);
    EXPECT_EQ(db->pendingActions(), before + 1);
    ASSERT_EQ(orders.size(), 2) << "Office Centre and Douwe";
    const Order first = *supplies.order(orders[0]);
    EXPECT_EQ(first.state, OrderState::Ordered);
    EXPECT_EQ(first.supplier, QStringLiteral("Office Centre"));
    EXPECT_EQ(first.totalCents(), 5 * 2899);
    EXPECT_EQ(supplies.lowStock()[0].onOrder, 5);
    EXPECT_THROW(supplies.orderItems(officeLine, {{paper, 0}}, fatima), Error);
    EXPECT_THROW(supplies.orderItems(QStringLiteral("x"), {{paper, 1}}, fatima), Error);
}
