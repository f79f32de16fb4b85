// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "core/budgets/BudgetRepo.h"
#include "core/supplies/SupplyRepo.h"
#include "qml/budgets/BudgetListModel.h"
#include "qml/supplies/OrderListModel.h"
#include "qml/supplies/PurchaseListModel.h"
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

TEST_F(SupplyModels, BudgetLinesWithTheirProjectionWarningAndPlan)
{
    start(QStringLiteral("office-manager"));
    BudgetListModel budgets(app->office(), app->people());
    QAbstractItemModelTester tester(&budgets, QAbstractItemModelTester::FailureReportingMode::Fatal);
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
