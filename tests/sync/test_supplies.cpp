// SPDX-License-Identifier: GPL-3.0-or-later
#include "Harness.h"

#include "core/budgets/BudgetRepo.h"
#include "core/store/FieldCodec.h"
#include "core/store/Hlc.h"
#include "core/store/Schema.h"
#include "core/supplies/PurchaseRepo.h"
#include "core/supplies/SupplyRepo.h"
#include "sync/protocol/Protocol.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace spil;
using namespace spil::test;

// Supply items (the stock) reach everyone and are written by office managers and admins;
// budget lines, orders, their lines, purchases and quotes reach only office managers,
// admins and directors, and are written only by office managers and admins (docs/
// sync-protocol.md, "Permissions"). The demo office holds four supply items, two budget
// lines with orders and a copier purchase with three quotes.
namespace {
const QStringList kSpending = {QStringLiteral("budget_lines"), QStringLiteral("orders"),
                               QStringLiteral("order_lines"), QStringLiteral("purchases"),
                               QStringLiteral("quotes")};

qint64 rowsIn(Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}
} // namespace

TEST(Supplies, StockReachesEveryoneAndTheBudgetsOnlyManagersAndDirectors)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    for (const char *user : {"maarten", "ingrid", "sanne", "lotte", "fatima", "joris"})
        EXPECT_EQ(
            pulledRecords(server, QString::fromLatin1(user), QStringLiteral("supply_items")).size(),
            4)
            << user;
    for (const QString &kind : kSpending) {
        for (const char *user : {"fatima", "maarten", "ingrid"})
            EXPECT_FALSE(pulledRecords(server, QString::fromLatin1(user), kind).isEmpty())
                << user << " " << kind.toStdString();
        for (const char *user : {"sanne", "lotte", "joris"})
            EXPECT_TRUE(pulledRecords(server, QString::fromLatin1(user), kind).isEmpty())
                << user << " " << kind.toStdString();
    }
    // A staff member's device holds the stock and not one row of what the office spends.
    SyncedDevice joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(rowsIn(joris.db(), QStringLiteral("supply_items")), 4);
    for (const QString &kind : kSpending)
        EXPECT_EQ(rowsIn(joris.db(), kind), 0) << kind.toStdString();
    EXPECT_EQ(joris.db().scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toLongLong(), 0);
    const HttpResult staff = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"),
                                            {}, server.login(QStringLiteral("joris")));
    EXPECT_FALSE(staff.body.contains("Kantoorartikelen"));
    EXPECT_FALSE(staff.body.contains("amount_cents"));
    EXPECT_FALSE(staff.body.contains("Ricoh"));
}

TEST(Supplies, AForgedOrForbiddenWriteIsRefusedWith403AndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString fatima = server.personId(QStringLiteral("fatima"));
    const QString sanne = server.personId(QStringLiteral("sanne"));
    const QString fatimaToken = server.login(QStringLiteral("fatima"));
    const QString before = QString::number(server.version(fatimaToken));
    const auto items =
        pulledRecords(server, QStringLiteral("sanne"), QStringLiteral("supply_items"));
    ASSERT_FALSE(items.isEmpty());
    const QString paper = items.firstKey();
    const QString line =
        pulledRecords(server, QStringLiteral("fatima"), QStringLiteral("budget_lines")).firstKey();
    const auto quotes = pulledRecords(server, QStringLiteral("fatima"), QStringLiteral("quotes"));
    ASSERT_FALSE(quotes.isEmpty());
    const QString quote = quotes.firstKey();
    const QString purchase = quotes.first().value(QStringLiteral("purchase_id")).toString();
    const QString c1 = QStringLiteral("01900000-0000-7000-8000-0000000005c1");
    const QString newId = QStringLiteral("01900000-0000-7000-8000-0000000005e1");
    const QVariantMap budget{{QStringLiteral("name"), QStringLiteral("Reparaties")},
                             {QStringLiteral("year"), 2026},
                             {QStringLiteral("amount_cents"), 100000}};
    const QVariantMap order{{QStringLiteral("supplier"), QStringLiteral("Office Centre")},
                            {QStringLiteral("budget_line_id"), line},
                            {QStringLiteral("state"), QStringLiteral("draft")},
                            {QStringLiteral("created_by"), sanne}};
    const struct {
        const char *user;
        QList<protocol::Change> changes;
        const char *code;
        const char *what;
    } refused[] = {
        {"sanne",
         recordChanges(QStringLiteral("supply_items"), newId,
                       {{QStringLiteral("name"), QStringLiteral("Nietjes")}}, c1),
         "forbidden", "an assistant adds a supply item"},
        {"joris",
         {{QStringLiteral("supply_items"), paper, QStringLiteral("stock"), 999,
           HlcStamp{1'900'000'000'000, 0, c1}.toString()}},
         "forbidden",
         "staff change the stock"},
        {"joris", recordChanges(QStringLiteral("budget_lines"), newId, budget, c1), "forbidden",
         "staff add a budget line"},
        {"maarten", recordChanges(QStringLiteral("budget_lines"), newId, budget, c1), "forbidden",
         "a director, who reads the budgets, writes none"},
        {"sanne",
         {{QStringLiteral("budget_lines"), line, QStringLiteral("amount_cents"), 1,
           HlcStamp{1'900'000'000'000, 0, c1}.toString()}},
         "forbidden",
         "an assistant raises a budget"},
        {"fatima", recordChanges(QStringLiteral("orders"), newId, order, c1), "forged_author",
         "an order in someone else's name"},
        {"sanne",
         recordChanges(QStringLiteral("purchases"), newId,
                       {{QStringLiteral("title"), QStringLiteral("Nieuwe koffiemachine")}}, c1),
         "forbidden", "an assistant starts a purchase"},
        {"joris",
         {{QStringLiteral("purchases"), purchase, QStringLiteral("chosen_quote_id"), quote,
           HlcStamp{1'900'000'000'000, 0, c1}.toString()}},
         "forbidden",
         "staff choose a quote"},
        {"maarten",
         {{QStringLiteral("quotes"), quote, QStringLiteral("price_cents"), 1,
           HlcStamp{1'900'000'000'000, 0, c1}.toString()}},
         "forbidden",
         "a director, who reads the quotes, lowers a price"},
    };
    for (const auto &r : refused) {
        const HttpResult answer =
            pushChanges(server, server.login(QString::fromLatin1(r.user)), c1, r.changes);
        EXPECT_EQ(answer.status, 403) << r.what << ": " << answer.body.constData();
        EXPECT_EQ(answer.errorCode(), QString::fromLatin1(r.code)) << r.what;
    }
    EXPECT_EQ(QString::number(server.version(fatimaToken)), before)
        << "a refused push stored something";
    EXPECT_EQ(pulledRecords(server, QStringLiteral("fatima"), QStringLiteral("supply_items"))
                  .value(paper)
                  .value(QStringLiteral("stock"))
                  .toInteger(),
              items.value(paper).value(QStringLiteral("stock")).toInteger());

    // What she may do goes through: the office manager adds a line and an order.
    QVariantMap own = order;
    own.insert(QStringLiteral("created_by"), fatima);
    EXPECT_EQ(pushChanges(server, fatimaToken, c1,
                          recordChanges(QStringLiteral("budget_lines"), newId, budget, c1))
                  .status,
              200);
    const HttpResult placed =
        pushChanges(server, fatimaToken, c1,
                    recordChanges(QStringLiteral("orders"),
                                  QStringLiteral("01900000-0000-7000-8000-0000000005e2"), own, c1),
                    2);
    EXPECT_EQ(placed.status, 200) << placed.body.constData();
    EXPECT_TRUE(pulledRecords(server, QStringLiteral("ingrid"), QStringLiteral("budget_lines"))
                    .contains(newId));
    EXPECT_FALSE(pulledRecords(server, QStringLiteral("lotte"), QStringLiteral("budget_lines"))
                     .contains(newId));
}

TEST(Supplies, BadInputOnEveryNewKindAndFieldIsRefusedAndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("fatima"));
    const qint64 before = server.version(token);
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000005b1");
    const QString id = QStringLiteral("01900000-0000-7000-8000-0000000005b2");
    expectBadRequests(
        server, token, client, id,
        {
            {"supply_items", "name", 7, "an item's name that is not text"},
            {"supply_items", "unit", QJsonArray{}, "a unit that is a list"},
            {"supply_items", "stock", QStringLiteral("12"), "stock as text"},
            {"supply_items", "stock", 2.5, "stock that is not whole"},
            {"supply_items", "reorder_level", true, "a reorder level that is true"},
            {"supply_items", "supplier", 1, "a supplier that is a number"},
            {"supply_items", "unit_price_cents", QStringLiteral("€2,99"), "a price as text"},
            {"supply_items", "colour", QStringLiteral("red"), "a field items do not have"},
            {"budget_lines", "name", QJsonValue(), "a line's name that is null"},
            {"budget_lines", "year", QStringLiteral("2026"), "a year as text"},
            {"budget_lines", "amount_cents", 12.75, "an amount in euros with cents"},
            {"budget_lines", "plan_people", QJsonArray{3}, "people as a list"},
            {"budget_lines", "plan_per_head_cents", false, "a cost per head that is false"},
            {"budget_lines", "spent_cents", 5, "spent, which is read from orders"},
            {"orders", "supplier", 3, "an order's supplier that is a number"},
            {"orders", "budget_line_id", QJsonArray{}, "a budget line that is a list"},
            {"orders", "state", 1, "a state that is a number"},
            {"orders", "purchase_id", true, "a purchase that is true"},
            {"orders", "created_at", QStringLiteral("today"), "a time as text"},
            {"orders", "ordered_at", true, "an order time that is true"},
            {"orders", "received_at", QStringLiteral("2026-11-30"), "a receipt date as text"},
            {"orders", "created_by", 12, "an author that is a number"},
            {"order_lines", "order_id", 17, "an order that is a number"},
            {"order_lines", "quantity", QStringLiteral("10"), "a quantity as text"},
            {"order_lines", "unit_price_cents", 28.99, "a price in euros"},
            {"order_lines", "item_id", 4, "an item that is a number"},
            {"order_lines", "description", QJsonArray{}, "a description that is a list"},
            {"purchases", "title", 9, "a purchase's title that is a number"},
            {"purchases", "chosen_quote_id", false, "a chosen quote that is false"},
            {"purchases", "order_id", 1, "an order that is a number"},
            {"purchases", "notes", QJsonArray{}, "notes that are a list"},
            {"purchases", "budget_line_id", 3.5, "a budget line that is a number"},
            {"quotes", "purchase_id", QJsonArray{}, "a purchase that is a list"},
            {"quotes", "notes", true, "a quote's notes that are true"},
            {"quotes", "price_cents", QStringLiteral("4125"), "a quote's price as text"},
            {"quotes", "supplier", QJsonValue(), "a quote's supplier that is null"},
            {"quotes", "winner", true, "a field quotes do not have"},
        });
    // A line of an order and a quote of a purchase the server does not hold.
    for (const auto &[kind, parent] :
         {std::pair{"order_lines", "order_id"}, std::pair{"quotes", "purchase_id"}}) {
        const HttpResult orphan =
            pushChanges(server, token, client,
                        recordChanges(QString::fromLatin1(kind), id,
                                      {{QString::fromLatin1(parent),
                                        QStringLiteral("01900000-0000-7000-8000-0000000000ff")}},
                                      client));
        EXPECT_EQ(orphan.status, 400) << kind << ": " << orphan.body.constData();
        EXPECT_EQ(orphan.errorCode(), QStringLiteral("unknown_parent")) << kind;
    }
    EXPECT_EQ(server.version(token), before) << "a refused push stored something";
}

TEST(Supplies, AnOrderReceivedOnTwoDevicesOfflineCountsItsStockOnce)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice tablet(server, QStringLiteral("fatima")), phone(server, QStringLiteral("fatima"));
    SyncedDevice joris(server, QStringLiteral("joris")), maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(tablet.sync());
    SupplyRepo supplies(tablet.db());
    const LowStock low = supplies.lowStock().first();
    const QString line = BudgetRepo(tablet.db()).resolve(QStringLiteral("Kantoorartikelen")).id;
    const QString order = supplies.addOrder(low.item.supplier, line, tablet.personId());
    supplies.addLine(order,
                     {.itemId = low.item.id, .quantity = low.suggested, .unitPriceCents = -1});
    supplies.placeOrder(order);
    ASSERT_TRUE(tablet.sync());
    ASSERT_TRUE(phone.sync());
    ASSERT_TRUE(maarten.sync());
    const qint64 committed =
        BudgetRepo(maarten.db()).factsOf(line, QTimeZone::utc()).committedCents;
    EXPECT_GE(committed, low.suggested * low.item.unitPriceCents);

    // Both devices take the delivery in while offline; each counts it in once.
    supplies.receive(order);
    SupplyRepo(phone.db()).receive(order);
    ASSERT_TRUE(tablet.sync());
    ASSERT_TRUE(phone.sync());
    ASSERT_TRUE(tablet.sync());
    ASSERT_TRUE(joris.sync());
    const qint64 expected = low.item.stock + low.suggested;
    EXPECT_EQ(SupplyRepo(tablet.db()).item(low.item.id)->stock, expected);
    EXPECT_EQ(SupplyRepo(phone.db()).item(low.item.id)->stock, expected);
    EXPECT_EQ(SupplyRepo(joris.db()).item(low.item.id)->stock, expected) << "staff see the stock";
    ASSERT_TRUE(maarten.sync());
    const BudgetFacts facts = BudgetRepo(maarten.db()).factsOf(line, QTimeZone::utc());
    EXPECT_EQ(facts.committedCents, committed - low.suggested * low.item.unitPriceCents);

    // The copier: the chosen quote ordered on the tablet arrives as a placed order.
    PurchaseRepo purchases(tablet.db());
    const Purchase copier = purchases.resolve(QStringLiteral("Nieuwe kopieermachine"));
    const QString copierOrder =
        purchases.choose(copier.id, copier.quotes.first().id, tablet.personId());
    ASSERT_TRUE(tablet.sync());
    ASSERT_TRUE(maarten.sync());
    EXPECT_EQ(SupplyRepo(maarten.db()).order(copierOrder)->state, OrderState::Ordered);
    EXPECT_EQ(PurchaseRepo(maarten.db()).byId(copier.id)->orderId, copierOrder);
}

// The new copier: the office manager chooses a quote on her tablet; a director's device
// then holds the purchase with that quote chosen and its order placed with the supplier,
// committed to the purchase's line; staff receive none of it.
TEST(Supplies, AQuoteChosenOnTheTabletReachesTheDirectorAsAPlacedOrder)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice tablet(server, QStringLiteral("fatima"));
    SyncedDevice maarten(server, QStringLiteral("maarten")), joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(tablet.sync());
    const QList<Purchase> purchases = PurchaseRepo(tablet.db()).all();
    ASSERT_FALSE(purchases.isEmpty());
    const Purchase copier = purchases.first();
    ASSERT_GE(copier.quotes.size(), 2);
    ASSERT_TRUE(copier.orderId.isEmpty());
    const Quote cheapest = copier.quotes.first();
    const QString order =
        PurchaseRepo(tablet.db()).choose(copier.id, cheapest.id, tablet.personId());
    ASSERT_TRUE(tablet.sync());
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(joris.sync());

    const auto seen = PurchaseRepo(maarten.db()).byId(copier.id);
    ASSERT_TRUE(seen);
    EXPECT_EQ(seen->chosenQuoteId, cheapest.id);
    EXPECT_EQ(seen->orderId, order);
    const auto placed = SupplyRepo(maarten.db()).order(order);
    ASSERT_TRUE(placed);
    EXPECT_EQ(placed->state, OrderState::Ordered);
    EXPECT_EQ(placed->supplier, cheapest.supplier);
    EXPECT_EQ(placed->totalCents(), cheapest.priceCents);
    EXPECT_EQ(placed->budgetLineId, copier.budgetLineId);
    for (const char *table : {"purchases", "quotes", "orders", "order_lines"})
        EXPECT_EQ(joris.db()
                      .scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                      .toLongLong(),
                  0)
            << table;
}
