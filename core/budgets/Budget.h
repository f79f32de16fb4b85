// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace spil {

// One line of the office's budget for one calendar year (office supplies, repairs, the
// yearly outing). Money is in whole cents. A line may carry a plan not yet ordered: people
// times a cost per head (the outing).
struct BudgetLine {
    QString id = {};
    QString name = {};
    int year = 0;
    qint64 amountCents = 0;
    qint64 planPeople = 0;
    qint64 planPerHeadCents = 0;
    qint64 plannedCents() const { return planPeople * planPerHeadCents; }
};

// What the orders charged to a line add up to: spent (received), committed (ordered, not
// received), and what was received when, for the chart.
struct BudgetFacts {
    qint64 spentCents = 0;
    qint64 committedCents = 0;
    // The received orders' totals by the day they arrived (in the office's zone).
    QList<std::pair<QDate, qint64>> received = {};
};

// A point of the chart: a day of the year (1 = 1 January) and an amount.
struct BudgetPoint {
    int day = 0;
    qint64 cents = 0;
    bool operator==(const BudgetPoint &) const = default;
};

// The year-end projection of a line (projectBudget).
struct BudgetProjection {
    qint64 spentCents = 0;
    qint64 committedCents = 0;
    qint64 plannedCents = 0;
    // What is left to commit: amount - spent - committed (the plan is checked against it).
    qint64 leftCents = 0;
    // Spending per day so far, in cents (spent over the elapsed part of the year).
    double ratePerDay = 0;
    // spent + committed + planned + the rate over the days left until 31 December.
    qint64 projectedCents = 0;
    // The day the projection reaches the amount; none when it lasts the whole year.
    std::optional<QDate> lastsUntil = {};
    // It runs out before the year is over (before 31 December).
    bool runsOutEarly = false;
    // The plan (people times cost per head) fits in what is left.
    bool planFits = true;
    // The chart: spent so far, cumulative at the end of each month passed and today; then
    // the projection from today (with the committed and planned) to 31 December.
    QList<BudgetPoint> actual = {};
    QList<BudgetPoint> projected = {};
};

// The rule: the part of the year that has passed is the days through today (all of a past
// year, none of a coming one). The line spends at the rate it spent so far: spent divided
// by those days, per day. Projected at year end: what is spent, plus what is committed
// (ordered, not received) and planned (the outing), plus the rate times the days left. It
// lasts until the day that sum reaches the amount; when that day comes before 31 December
// the line runs out early and the page warns. A line already over (spent, committed and
// planned above the amount) runs out today.
BudgetProjection projectBudget(const BudgetLine &line, const BudgetFacts &facts, QDate today);

// Money as people type it: "28.99", "28,99", "1250" (euros, at most two decimals, not below
// zero) in whole cents; none for anything else.
std::optional<qint64> centsFromText(const QString &text);
// Cents as plain text with two decimals and a point ("1250.00"), for spilctl and files.
QString centsText(qint64 cents);

} // namespace spil
