// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "core/budgets/BudgetRepo.h"
#include "core/supplies/SupplyRepo.h"
#include "qml/budgets/BudgetLineEditor.h"
#include "qml/budgets/BudgetListModel.h"
#include "qml/supplies/OrderListModel.h"
#include "qml/supplies/PurchaseListModel.h"
#include "qml/supplies/SupplyItemEditor.h"
#include "qml/supplies/SupplyListModel.h"

#include <QAbstractItemModelTester>
#include <QPointF>
#include <QSignalSpy>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

namespace {
class SupplyModels : public AppFixture {
protected:
    template <class Model> QVariant role(const Model &m, int row, const char *name)
    {
        return m.data(m.index(row), Model::roleOf(name));
    }
    qint64 stockOf(const char *name)
    {
        return SupplyRepo(*app->office()->store()).resolveItem(QString::fromUtf8(name)).stock;
    }
};
} // namespace

TEST_F(SupplyModels, TheStockListsLowItemsFirstWithWhatToOrder)
{
    start(QStringLiteral("office-manager"));
    SupplyListModel stock(app->office(), app->people());
    QAbstractItemModelTester tester(&stock, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(stock.count(), 4);
    EXPECT_EQ(stock.lowCount(), 1);
    EXPECT_TRUE(stock.canEdit());
    EXPECT_EQ(role(stock, 0, "name").toString(), QStringLiteral("Papier A4"));
    EXPECT_TRUE(role(stock, 0, "low").toBool());
    EXPECT_EQ(role(stock, 0, "suggested").toLongLong(), 8);
    EXPECT_EQ(stock.suggestedAt(0), 8);
    EXPECT_FALSE(role(stock, 1, "low").toBool());
    stock.setLowOnly(true);
    EXPECT_EQ(stock.count(), 1);
}

TEST_F(SupplyModels, ReceivingIsOneTapAndUndoTakesTheStockBack)
{
    start(QStringLiteral("office-manager"));
    OrderListModel orders(app->office(), app->people());
    QAbstractItemModelTester tester(&orders, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The open orders first: the toner and the coach; then six deliveries.
    ASSERT_EQ(orders.count(), 8);
    EXPECT_EQ(role(orders, 0, "state").value<OrderState>(), OrderState::Ordered);
    QString toner;
    for (int row = 0; row < orders.count(); ++row) {
        if (role(orders, row, "supplier").toString() == QStringLiteral("Office Centre") &&
            role(orders, row, "state").value<OrderState>() == OrderState::Ordered)
            toner = orders.idAt(row);
    }
    ASSERT_FALSE(toner.isEmpty());
    EXPECT_EQ(stockOf("Toner HP 305A"), 3);
    QSignalSpy resets(&orders, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(orders.receive(toner));
    EXPECT_EQ(stockOf("Toner HP 305A"), 7);
    EXPECT_FALSE(orders.receive(toner)) << "received twice";
    EXPECT_EQ(stockOf("Toner HP 305A"), 7);
    ASSERT_TRUE(orders.undoReceive(toner));
    EXPECT_EQ(stockOf("Toner HP 305A"), 3);

    // The composer: the low paper ordered, charged to office supplies, one order placed.
    SupplyListModel low(app->office(), app->people());
    low.setLowOnly(true);
    const QString office =
        BudgetRepo(*app->office()->store()).resolve(QStringLiteral("Kantoorartikelen")).id;
    EXPECT_EQ(orders.orderItems(office, {low.idAt(0)}, {low.suggestedAt(0)}), 1);
    EXPECT_EQ(orders.count(), 9);
    EXPECT_EQ(low.data(low.index(0), SupplyListModel::roleOf("onOrder")).toLongLong(), 8);
    EXPECT_EQ(low.suggestedAt(0), 0);
}

TEST_F(SupplyModels, QuotesSideBySideCheapestMarkedAndTheChosenOrdered)
{
    start(QStringLiteral("office-manager"));
    PurchaseListModel purchases(app->office(), app->people());
    QAbstractItemModelTester tester(&purchases,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(purchases.count(), 1);
    auto quotes = role(purchases, 0, "quotes").value<QList<QuoteEntry>>();
    ASSERT_EQ(quotes.size(), 3);
    EXPECT_EQ(quotes[0].supplier, QStringLiteral("Ricoh"));
    EXPECT_TRUE(quotes[0].cheapest);
    EXPECT_FALSE(quotes[1].cheapest);
    EXPECT_FALSE(role(purchases, 0, "ordered").toBool());
    ASSERT_TRUE(purchases.choose(role(purchases, 0, "purchaseId").toString(), quotes[1].quoteId));
    quotes = role(purchases, 0, "quotes").value<QList<QuoteEntry>>();
    EXPECT_TRUE(role(purchases, 0, "ordered").toBool());
    EXPECT_TRUE(quotes[1].chosen);
    EXPECT_FALSE(quotes[0].chosen);
}

// A purchase from its form: a title and a line, then quotes typed in euros; what is
// refused says why and adds nothing.
TEST_F(SupplyModels, APurchaseAndItsQuotesAreAddedFromTheirForms)
{
    start(QStringLiteral("office-manager"));
    PurchaseListModel purchases(app->office(), app->people());
    QAbstractItemModelTester tester(&purchases,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString line =
        BudgetRepo(*app->office()->store()).resolve(QStringLiteral("Kantoorartikelen")).id;
    EXPECT_TRUE(purchases.add(QStringLiteral("  "), line, {}).isEmpty());
    EXPECT_FALSE(purchases.error().isEmpty());
    EXPECT_TRUE(purchases.add(QStringLiteral("Koffiemachine"), {}, {}).isEmpty());
    EXPECT_FALSE(purchases.error().isEmpty());
    EXPECT_EQ(purchases.count(), 1);
    const QString id =
        purchases.add(QStringLiteral(" Koffiemachine "), line, QStringLiteral("Voor 20 man"));
    ASSERT_FALSE(id.isEmpty()) << purchases.error().toStdString();
    EXPECT_TRUE(purchases.error().isEmpty());
    ASSERT_EQ(purchases.count(), 2);

    EXPECT_FALSE(
        purchases.addQuote(id, QStringLiteral("Koffie Direct"), QStringLiteral("veel"), {}));
    EXPECT_FALSE(purchases.error().isEmpty());
    EXPECT_FALSE(purchases.addQuote(id, QStringLiteral(" "), QStringLiteral("899"), {}));
    EXPECT_TRUE(purchases.addQuote(id, QStringLiteral("Koffie Direct"), QStringLiteral("899"), {}));
    EXPECT_TRUE(purchases.addQuote(id, QStringLiteral("Bonen BV"), QStringLiteral("749,50"),
                                   QStringLiteral("met onderhoud")));
    int row = -1;
    for (int r = 0; r < purchases.count(); ++r) {
        if (role(purchases, r, "purchaseId").toString() == id)
            row = r;
    }
    ASSERT_GE(row, 0);
    EXPECT_EQ(role(purchases, row, "title").toString(), QStringLiteral("Koffiemachine"));
    EXPECT_EQ(role(purchases, row, "budgetName").toString(), QStringLiteral("Kantoorartikelen"));
    const auto quotes = role(purchases, row, "quotes").value<QList<QuoteEntry>>();
    ASSERT_EQ(quotes.size(), 2);
    EXPECT_EQ(quotes[0].supplier, QStringLiteral("Bonen BV"));
    EXPECT_TRUE(quotes[0].cheapest);
    EXPECT_EQ(quotes[0].notes, QStringLiteral("met onderhoud"));
}

TEST_F(SupplyModels, BudgetLinesWithTheirProjectionWarningAndPlan)
{
    start(QStringLiteral("office-manager"));
    BudgetListModel budgets(app->office(), app->people());
    QAbstractItemModelTester tester(&budgets,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(budgets.year(), 2026);
    ASSERT_EQ(budgets.count(), 2);
    EXPECT_EQ(budgets.warnings(), 1);
    EXPECT_EQ(role(budgets, 0, "name").toString(), QStringLiteral("Kantoorartikelen"));
    EXPECT_TRUE(role(budgets, 0, "runsOutEarly").toBool());
    EXPECT_FALSE(role(budgets, 0, "lastsUntilText").toString().isEmpty());
    const QVariantList actual = role(budgets, 0, "actual").toList();
    ASSERT_GE(actual.size(), 3);
    EXPECT_EQ(actual.first().toPointF(), QPointF(0, 0));
    EXPECT_EQ(role(budgets, 0, "today").toInt(), 334);
    EXPECT_EQ(role(budgets, 0, "projected").toList().size(), 2);
    EXPECT_TRUE(role(budgets, 1, "hasPlan").toBool());
    EXPECT_TRUE(role(budgets, 1, "planFits").toBool());

    // The outing for 50 at € 85,50 a head no longer fits what is left.
    const QString outing = budgets.idAt(1);
    EXPECT_FALSE(budgets.setPlan(outing, 50, QStringLiteral("twenty")).isEmpty());
    EXPECT_EQ(budgets.setPlan(outing, 50, QStringLiteral("85,50")), QString());
    EXPECT_FALSE(role(budgets, 1, "planFits").toBool());
    EXPECT_EQ(budgets.warnings(), 2);
    budgets.setYear(2025);
    EXPECT_EQ(budgets.count(), 0);
}

TEST_F(SupplyModels, AnAssistantSeesTheStockButCannotKeepIt)
{
    start(QStringLiteral("assistant"));
    SupplyListModel stock(app->office(), app->people());
    EXPECT_FALSE(stock.canEdit());
}

// A new item from the form, low at once; a count taken later writes the stock only, so a
// price another device changed meanwhile stays; removed, and back with undo.
TEST_F(SupplyModels, AnItemIsAddedCountedAndRemovedFromItsForm)
{
    start(QStringLiteral("office-manager"));
    SupplyListModel stock(app->office(), app->people());
    SupplyItemEditor form(app->office(), app->people());
    EXPECT_TRUE(form.canEdit());
    EXPECT_FALSE(form.found());
    EXPECT_FALSE(form.save(QStringLiteral("  "), {}, 1, 1, {}, {}).isEmpty());
    EXPECT_FALSE(
        form.save(QStringLiteral("Nietjes"), {}, 1, 1, {}, QStringLiteral("vier")).isEmpty());
    EXPECT_EQ(stock.count(), 4);
    ASSERT_EQ(form.save(QStringLiteral(" Nietjes  24/6 "), QStringLiteral("doos"), 3, 5,
                        QStringLiteral("Office Centre"), QStringLiteral("4,50")),
              QString());
    ASSERT_TRUE(form.found());
    const QString id = form.itemId();
    EXPECT_EQ(form.name(), QStringLiteral("Nietjes 24/6"));
    EXPECT_EQ(stock.count(), 5);
    EXPECT_EQ(stock.lowCount(), 2);
    const SupplyItem added = *SupplyRepo(*app->office()->store()).item(id);
    EXPECT_EQ(added.unitPriceCents, 450);
    EXPECT_EQ(added.unit, QStringLiteral("doos"));

    // Another device changes the price while the form is open on the old one; the sync
    // reloads the views.
    SupplyRepo(*app->office()->store()).updateItem(id, {.unitPriceCents = 475});
    form.reload();
    EXPECT_EQ(form.price(), QStringLiteral("4.75"));
    ASSERT_EQ(form.save(QStringLiteral("Nietjes 24/6"), QStringLiteral("doos"), 12, 5,
                        QStringLiteral("Office Centre"), QStringLiteral("4,50")),
              QString());
    const SupplyItem counted = *SupplyRepo(*app->office()->store()).item(id);
    EXPECT_EQ(counted.stock, 12);
    EXPECT_EQ(counted.unitPriceCents, 475);
    EXPECT_EQ(stock.lowCount(), 1);

    // Stored with a double space (typed on another device): saving the form as it was
    // filled writes no name, so a rename made meanwhile stays.
    SupplyRepo(*app->office()->store()).updateItem(id, {.name = QStringLiteral("Nietjes  24/6")});
    form.setItemId({});
    form.setItemId(id);
    const QString filled = form.name();
    SupplyRepo(*app->office()->store()).updateItem(id, {.name = QStringLiteral("Nietjes groot")});
    form.reload();
    ASSERT_EQ(form.save(filled, QStringLiteral("doos"), 12, 5, QStringLiteral("Office Centre"),
                        QStringLiteral("4,50")),
              QString());
    EXPECT_EQ(SupplyRepo(*app->office()->store()).item(id)->name, QStringLiteral("Nietjes groot"));

    ASSERT_TRUE(form.remove());
    EXPECT_EQ(stock.count(), 4);
    ASSERT_TRUE(form.restore(id));
    EXPECT_EQ(stock.count(), 5);
    EXPECT_EQ(form.stock(), 12);
}

// A new line for the year shown, its amount changed; a bad amount says why; removed, and
// back with undo.
TEST_F(SupplyModels, ABudgetLineIsAddedChangedAndRemovedFromItsForm)
{
    start(QStringLiteral("office-manager"));
    BudgetListModel budgets(app->office(), app->people());
    BudgetLineEditor form(app->office(), app->people());
    form.setYear(2026);
    EXPECT_TRUE(form.canEdit());
    EXPECT_FALSE(form.save(QStringLiteral("Bloemen"), QStringLiteral("-5")).isEmpty());
    EXPECT_FALSE(form.save(QString(), QStringLiteral("600")).isEmpty());
    ASSERT_EQ(form.save(QStringLiteral("Bloemen"), QStringLiteral("600")), QString());
    const QString id = form.lineId();
    ASSERT_EQ(budgets.count(), 3);
    EXPECT_EQ(BudgetRepo(*app->office()->store()).byId(id)->year, 2026);
    ASSERT_EQ(form.save(QStringLiteral("Bloemen en kaarten"), QStringLiteral("750,50")), QString());
    const BudgetLine changed = *BudgetRepo(*app->office()->store()).byId(id);
    EXPECT_EQ(changed.name, QStringLiteral("Bloemen en kaarten"));
    EXPECT_EQ(changed.amountCents, 75050);
    ASSERT_TRUE(form.remove());
    EXPECT_EQ(budgets.count(), 2);
    ASSERT_TRUE(form.restore(id));
    EXPECT_EQ(budgets.count(), 3);
}

TEST_F(SupplyModels, ADirectorReadsTheBudgetsButTheirFormsAreNotHis)
{
    start(QStringLiteral("director"));
    EXPECT_FALSE(BudgetLineEditor(app->office(), app->people()).canEdit());
    EXPECT_FALSE(SupplyItemEditor(app->office(), app->people()).canEdit());
}
