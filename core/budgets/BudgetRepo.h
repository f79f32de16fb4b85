// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budgets/Budget.h"

#include <QTimeZone>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// What one edit of a budget line changes; a field left empty stays as it is.
struct BudgetLineChange {
    std::optional<QString> name = std::nullopt;
    std::optional<int> year = std::nullopt;
    std::optional<qint64> amountCents = std::nullopt;
    bool operator==(const BudgetLineChange &) const = default;
};

// A line with its facts and projection, as the pages and spilctl show it.
struct BudgetStatus {
    BudgetLine line;
    BudgetProjection projection;
};

// The office's budget lines per year; what orders charge to them is read from the orders.
class BudgetRepo {
public:
    explicit BudgetRepo(Database &db) : m_db(db) {}

    // Validates (a name, a year between 2000 and 2100, an amount not below zero).
    QString add(BudgetLine line);
    void update(const QString &id, const BudgetLineChange &change);
    // Plans people times a cost per head inside the line (the yearly outing); zero people
    // clears the plan.
    void setPlan(const QString &id, qint64 people, qint64 perHeadCents);
    void remove(const QString &id);
    void restore(const QString &id);

    std::optional<BudgetLine> byId(const QString &id);
    // By id, the start or end of its id, or its whole name (in year when given).
    BudgetLine resolve(const QString &ref, int year = 0);
    // Live lines of a year, by name.
    QList<BudgetLine> linesOf(int year);
    // The orders charged to a line, summed: spent, committed and the days received (dates
    // in zone).
    BudgetFacts factsOf(const QString &id, const QTimeZone &zone);
    // A line's projection at the clock's today in zone.
    BudgetStatus status(const QString &id, const QTimeZone &zone);
    QList<BudgetStatus> statusOf(int year, const QTimeZone &zone);

    static BudgetLine fromRecord(const QVariantMap &record);
    static QVariantMap toRecord(const BudgetLine &line);

private:
    Database &m_db;
};

} // namespace spil
