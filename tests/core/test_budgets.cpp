// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/budgets/BudgetRepo.h"
#include "core/supplies/SupplyRepo.h"

using namespace spil;
using namespace spil::test;

namespace {
BudgetLine line(qint64 amountCents, int year = 2026)
{
    return {.name = QStringLiteral("Kantoorartikelen"), .year = year, .amountCents = amountCents};
}
} // namespace

TEST(BudgetProjection, SpendingAtTheRateSoFarProjectedToTheEndOfTheYearPlusCommitted)
{
    // 2026 has 365 days; 30 November is day 334.
    const QDate today(2026, 11, 30);
    BudgetFacts facts{.spentCents = 334'000, .committedCents = 10'000, .received = {}};
    const BudgetProjection p = projectBudget(line(500'000), facts, today);
    EXPECT_DOUBLE_EQ(p.ratePerDay, 1000.0);
    EXPECT_EQ(p.projectedCents, 334'000 + 10'000 + 31 * 1000);
    EXPECT_EQ(p.leftCents, 500'000 - 344'000);
    EXPECT_FALSE(p.lastsUntil.has_value());
    EXPECT_FALSE(p.runsOutEarly);
}

TEST(BudgetProjection, ALineThatRunsOutBeforeTheEndOfTheYearSaysWhenAndWarns)
{
    // 1,000 a day through 30 June (day 181); 300,000 budget, 181,000 spent, 9,000 committed:
    // 110,000 left lasts 110 days after 30 June: until 18 October.
    const QDate today(2026, 6, 30);
    const BudgetFacts facts{.spentCents = 181'000, .committedCents = 9'000, .received = {}};
    const BudgetProjection p = projectBudget(line(300'000), facts, today);
    ASSERT_TRUE(p.lastsUntil.has_value());
    EXPECT_EQ(*p.lastsUntil, QDate(2026, 10, 18));
    EXPECT_TRUE(p.runsOutEarly);
    EXPECT_GT(p.projectedCents, 300'000);
    // A budget that lasts exactly through 31 December does not run out early.
    const BudgetProjection lasting = projectBudget(line(190'000 + 184'000), facts, today);
    EXPECT_FALSE(lasting.runsOutEarly);
    EXPECT_EQ(lasting.projectedCents, 190'000 + 184'000);
}

TEST(BudgetProjection, OverAlreadyRunsOutTodayAndComingOrPastYearsHaveNoRateToGuess)
{
    const BudgetFacts over{.spentCents = 100, .committedCents = 200, .received = {}};
    const BudgetProjection p = projectBudget(line(250), over, QDate(2026, 3, 1));
    EXPECT_EQ(p.lastsUntil, QDate(2026, 3, 1));
    EXPECT_TRUE(p.runsOutEarly);
    // Next year's line in November: nothing elapsed, nothing projected beyond what is
    // committed.
    const BudgetFacts committed{.spentCents = 0, .committedCents = 5000, .received = {}};
    const BudgetProjection next = projectBudget(line(10'000, 2027), committed, QDate(2026, 11, 30));
    EXPECT_EQ(next.projectedCents, 5000);
    EXPECT_FALSE(next.runsOutEarly);
    EXPECT_EQ(next.actual, (QList<BudgetPoint>{{0, 0}}));
    // Last year's line: all of it elapsed, the projection is what was spent.
    const BudgetFacts spent{.spentCents = 9000, .committedCents = 0, .received = {}};
    const BudgetProjection past = projectBudget(line(10'000, 2025), spent, QDate(2026, 11, 30));
    EXPECT_EQ(past.projectedCents, 9000);
    EXPECT_TRUE(past.projected.isEmpty());
    EXPECT_EQ(past.actual.size(), 1 + 11 + 1) << "1 January, eleven month ends, 31 December";
}

TEST(BudgetProjection, TheChartHasMonthEndsSoFarAndAProjectionFromTodayToDecember)
{
    BudgetFacts facts{.spentCents = 3000, .committedCents = 500, .received = {}};
    facts.received = {{QDate(2026, 1, 15), 1000}, {QDate(2026, 3, 2), 2000}};
    const BudgetProjection p = projectBudget(line(100'000), facts, QDate(2026, 3, 10));
    EXPECT_EQ(p.actual, (QList<BudgetPoint>{{0, 0}, {31, 1000}, {59, 1000}, {69, 3000}}));
    ASSERT_EQ(p.projected.size(), 2);
    EXPECT_EQ(p.projected[0], (BudgetPoint{69, 3500}));
    EXPECT_EQ(p.projected[1].day, 365);
    EXPECT_EQ(p.projected[1].cents, p.projectedCents);
}

TEST(BudgetProjection, TheOutingIsPlannedInsideItsLineAndCheckedAgainstWhatIsLeft)
{
    BudgetLine outing = line(300'000);
    outing.planPeople = 30;
    outing.planPerHeadCents = 8500;
    const BudgetFacts facts{.spentCents = 0, .committedCents = 45'000, .received = {}};
    BudgetProjection p = projectBudget(outing, facts, QDate(2026, 5, 1));
    EXPECT_EQ(p.plannedCents, 255'000);
    EXPECT_EQ(p.leftCents, 255'000);
    EXPECT_TRUE(p.planFits) << "exactly what is left";
    EXPECT_EQ(p.projectedCents, 300'000);
    outing.planPeople = 31;
    p = projectBudget(outing, facts, QDate(2026, 5, 1));
    EXPECT_FALSE(p.planFits);
    EXPECT_TRUE(p.runsOutEarly);
}

namespace {
class Budgets : public StoreTest {
protected:
    Budgets()
    {
        fatima = addPerson("Fatima El Amrani", Role::OfficeManager);
        office = budgets.add(line(200'000));
        toner = supplies.addItem({.name = QStringLiteral("Toner"),
                                  .unit = QStringLiteral("stuk"),
                                  .stock = 1,
                                  .reorderLevel = 2,
                                  .supplier = QStringLiteral("HP"),
                                  .unitPriceCents = 8900});
    }
    QString orderOf(qint64 quantity)
    {
        const QString o = supplies.addOrder(QStringLiteral("HP"), office, fatima);
        supplies.addLine(o, {.itemId = toner, .quantity = quantity, .unitPriceCents = -1});
        supplies.placeOrder(o);
        return o;
    }
    QString fatima, office, toner;
    BudgetRepo budgets{*db};
    SupplyRepo supplies{*db};
};
} // namespace

TEST_F(Budgets, SpentIsReceivedAndCommittedIsOrderedNotReceived)
{
    clock.set(utc("2026-04-10T10:00:00Z"));
    const QString a = orderOf(10);
    const QString b = orderOf(3);
    supplies.addOrder(QStringLiteral("HP"), office, fatima); // a draft commits nothing
    supplies.receive(a);
    const BudgetStatus s = budgets.status(office, QTimeZone(QByteArray("Europe/Amsterdam")));
    EXPECT_EQ(s.projection.spentCents, 89'000);
    EXPECT_EQ(s.projection.committedCents, 26'700);
    EXPECT_EQ(s.projection.leftCents, 200'000 - 89'000 - 26'700);
    // 89,000 over the 100 days through 10 April: 890 a day.
    EXPECT_DOUBLE_EQ(s.projection.ratePerDay, 890.0);
    EXPECT_TRUE(s.projection.runsOutEarly);
    ASSERT_TRUE(s.projection.lastsUntil.has_value());
    EXPECT_EQ(*s.projection.lastsUntil, QDate(2026, 4, 10).addDays((200'000 - 115'700) / 890));
    EXPECT_EQ(budgets.statusOf(2026, QTimeZone::utc()).size(), 1);
    EXPECT_TRUE(budgets.statusOf(2025, QTimeZone::utc()).isEmpty());
    (void)b;
}

TEST_F(Budgets, TypedWritesValidateAndPutOnlyTheirFieldsInTheOutbox)
{
    budgets.update(office, {.amountCents = 210'000});
    const auto changes = lastActionChanges(*db);
    EXPECT_EQ(changes.keys(), QStringList{QStringLiteral("budget_lines.amount_cents")});
    budgets.setPlan(office, 20, 5000);
    EXPECT_EQ(budgets.byId(office)->plannedCents(), 100'000);
    budgets.setPlan(office, 0, 5000);
    EXPECT_EQ(budgets.byId(office)->planPerHeadCents, 0);
    EXPECT_THROW(budgets.update(office, {.year = 1990}), Error);
    EXPECT_THROW(budgets.add({.name = QStringLiteral("x"), .year = 2026, .amountCents = -1}),
                 Error);
    EXPECT_THROW(budgets.setPlan(office, -2, 100), Error);
    budgets.remove(office);
    EXPECT_TRUE(budgets.linesOf(2026).isEmpty());
    budgets.restore(office);
    EXPECT_EQ(budgets.resolve(QStringLiteral("kantoorartikelen"), 2026).id, office);
}

TEST(Money, EurosAsTypedInCentsAndBack)
{
    EXPECT_EQ(centsFromText(QStringLiteral("28.99")), 2899);
    EXPECT_EQ(centsFromText(QStringLiteral(" 28,9 ")), 2890);
    EXPECT_EQ(centsFromText(QStringLiteral("1250")), 125000);
    for (const char *bad : {"", "-3", "1.234", "12,50 EUR", "1e3", "€5"})
        EXPECT_FALSE(centsFromText(QString::fromUtf8(bad)).has_value()) << bad;
    EXPECT_EQ(centsText(125005), QStringLiteral("1250.05"));
    EXPECT_EQ(centsText(-7), QStringLiteral("-0.07"));
}
