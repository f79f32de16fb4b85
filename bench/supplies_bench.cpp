// SPDX-License-Identifier: GPL-3.0-or-later
// The office manager's budget page and low-stock list over ten years of orders (50,000 order
// lines). Goal (judged here, never in a test): the year-end projection of the year's lines
// and the low-stock list within 20 ms on the device. References from the same run: one
// full scan summing every order line, and reading the items alone.
#include "RatioReporter.h"
#include "StoreCache.h"
#include "core/budgets/BudgetRepo.h"
#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/store/Database.h"
#include "core/supplies/SupplyRepo.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <map>
#include <memory>

using namespace spil;

namespace {
const QTimeZone kZone("Europe/Amsterdam");
constexpr int kYears = 10;
constexpr int kLinesPerOrder = 5;
constexpr int kItems = 40;

struct SupplyStore {
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 30), QTime(10, 15), kZone).toMSecsSinceEpoch()};
    std::unique_ptr<Database> db;
    QStringList lastYearLines;
};

// Ten years (2017-2026) of orders: two budget lines a year, orders spread over each year
// (the current one up to today), five lines each, most received, the recent ones ordered.
std::unique_ptr<SupplyStore> build(int orderLines)
{
    auto store = std::make_unique<SupplyStore>();
    SupplyStore &s = *store;
    s.db = std::make_unique<Database>(s.dir.filePath(QStringLiteral("bench.db")), s.clock);
    Database &db = *s.db;
    Database::Transaction tx(db);
    QStringList items;
    for (int i = 0; i < kItems; ++i) {
        const QString id = db.newId();
        items << id;
        // Every eighth item is low.
        db.run(QStringLiteral("INSERT INTO supply_items (id, name, unit, stock, reorder_level, "
                              "supplier, unit_price_cents) VALUES (?, ?, 'doos', ?, 5, 'X', ?)"),
               {id, QStringLiteral("Artikel %1").arg(i), i % 8 == 0 ? 2 : 20, 100 + i * 37});
    }
    const int orders = orderLines / kLinesPerOrder;
    const int perYear = orders / kYears;
    int line = 0;
    for (int y = 0; y < kYears; ++y) {
        const int year = 2017 + y;
        QStringList lines;
        for (const char *name : {"Kantoorartikelen", "Reparaties"}) {
            const QString id = db.newId();
            lines << id;
            db.run(QStringLiteral("INSERT INTO budget_lines (id, name, year, amount_cents) "
                                  "VALUES (?, ?, ?, ?)"),
                   {id, QLatin1String(name), year, 5'000'000});
        }
        if (year == 2026)
            s.lastYearLines = lines;
        const int days = year == 2026 ? 333 : 364;
        for (int o = 0; o < perYear; ++o) {
            const QString order = db.newId();
            const qint64 at = startOfDay(QDate(year, 1, 1).addDays(o * days / perYear), kZone) +
                              10 * 3600 * 1000LL;
            const bool recent = year == 2026 && o > perYear - 20;
            db.run(QStringLiteral("INSERT INTO orders (id, supplier, budget_line_id, state, "
                                  "created_at, ordered_at, received_at) VALUES (?, 'X', ?, ?, ?, "
                                  "?, ?)"),
                   {order, lines[o % 2],
                    recent ? QStringLiteral("ordered") : QStringLiteral("received"), at, at,
                    recent ? QVariant() : QVariant(at + 2 * 24 * 3600 * 1000LL)});
            for (int l = 0; l < kLinesPerOrder; ++l, ++line)
                db.run(QStringLiteral("INSERT INTO order_lines (id, order_id, item_id, "
                                      "description, quantity, unit_price_cents) VALUES (?, ?, ?, "
                                      "'x', ?, ?)"),
                       {db.newId(), order, items[line % kItems], 1 + line % 7, 100 + line % 300});
        }
    }
    tx.commit();
    db.run(QStringLiteral("ANALYZE"));
    return store;
}

// The stores, dropped before the application ends (their SQL connections need it).
bench::StoreCache<SupplyStore> &stores()
{
    static bench::StoreCache<SupplyStore> all(build);
    return all;
}

SupplyStore &storeWith(int orderLines)
{
    return stores().at(orderLines);
}

// The budget page of this year: every line's facts and projection.
void BM_YearProjection(benchmark::State &state)
{
    SupplyStore &s = storeWith(int(state.range(0)));
    BudgetRepo budgets(*s.db);
    for (auto _ : state)
        benchmark::DoNotOptimize(budgets.statusOf(2026, kZone));
}

void BM_LowStock(benchmark::State &state)
{
    SupplyStore &s = storeWith(int(state.range(0)));
    SupplyRepo supplies(*s.db);
    size_t low = 0;
    for (auto _ : state)
        low = size_t(supplies.lowStock().size());
    state.counters["low_items"] = double(low);
}

// References: one pass summing every order line, and the items read without their orders.
void BM_FullLineScan(benchmark::State &state)
{
    SupplyStore &s = storeWith(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(
            s.db->scalar(QStringLiteral("SELECT SUM(quantity * unit_price_cents) FROM order_lines "
                                        "WHERE deleted = 0"))
                .toLongLong());
}

void BM_ItemsAlone(benchmark::State &state)
{
    SupplyStore &s = storeWith(int(state.range(0)));
    SupplyRepo supplies(*s.db);
    for (auto _ : state)
        benchmark::DoNotOptimize(supplies.items());
}

class Ratios : public spil::bench::RatioReporter {
protected:
    void printRatios() override
    {
        for (const auto &[name, took] : measured()) {
            const auto slash = name.find('/');
            if (slash == std::string::npos || name.rfind("BM_FullLineScan/", 0) == 0 ||
                name.rfind("BM_ItemsAlone/", 0) == 0)
                continue;
            const std::string n = name.substr(slash + 1);
            const double scan = ns("BM_FullLineScan/" + n);
            const double items = ns("BM_ItemsAlone/" + n);
            if (scan > 0)
                std::printf(
                    "  %-28s n=%-6s %6.2fx one full scan of the lines, %6.2fx the items alone\n",
                    name.substr(0, slash).c_str(), n.c_str(), took / scan,
                    items > 0 ? took / items : 0.0);
        }
        for (const auto &[name, took] : measured()) {
            if (name.rfind("BM_YearProjection/", 0) != 0)
                continue;
            const std::string n = name.substr(name.find('/') + 1);
            const double both = took + ns("BM_LowStock/" + n);
            std::printf("goal: projection + low stock over %s order lines <= 20 ms: %.3f ms, %s\n",
                        n.c_str(), both / 1e6, both <= 20e6 ? "met" : "NOT met");
        }
    }
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool small = false;
    std::vector<char *> args = bench::argsWithoutSmall(argc, argv, small);
    const std::vector<int64_t> sizes =
        small ? std::vector<int64_t>{1000} : std::vector<int64_t>{5000, 50000};
    bench::registerSizes({benchmark::RegisterBenchmark("BM_YearProjection", BM_YearProjection),
                          benchmark::RegisterBenchmark("BM_LowStock", BM_LowStock),
                          benchmark::RegisterBenchmark("BM_FullLineScan", BM_FullLineScan),
                          benchmark::RegisterBenchmark("BM_ItemsAlone", BM_ItemsAlone)},
                         sizes, benchmark::kMicrosecond);
    Ratios reporter;
    bench::runBenchmarks(std::move(args), reporter);
    stores().release();
    return 0;
}
