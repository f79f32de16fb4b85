// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budgets/Budget.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace spil {

namespace {
// Received up to and including day (cumulative), from the received orders.
qint64 receivedThrough(const BudgetFacts &facts, QDate day)
{
    qint64 sum = 0;
    for (const auto &[date, cents] : facts.received) {
        if (date <= day)
            sum += cents;
    }
    return sum;
}
} // namespace

BudgetProjection projectBudget(const BudgetLine &line, const BudgetFacts &facts, QDate today)
{
    BudgetProjection p;
    p.spentCents = facts.spentCents;
    p.committedCents = facts.committedCents;
    p.plannedCents = line.plannedCents();
    p.leftCents = line.amountCents - p.spentCents - p.committedCents;
    p.planFits = p.plannedCents <= p.leftCents;

    const QDate first(line.year, 1, 1);
    const QDate last(line.year, 12, 31);
    const int days = first.daysInYear();
    const int elapsed = today < first ? 0 : today > last ? days : int(first.daysTo(today)) + 1;
    const int remaining = days - elapsed;
    p.ratePerDay = elapsed > 0 ? double(p.spentCents) / elapsed : 0.0;
    const qint64 base = p.spentCents + p.committedCents + p.plannedCents;
    p.projectedCents = base + std::llround(p.ratePerDay * remaining);

    if (base > line.amountCents) {
        p.lastsUntil = std::clamp(today, first, last);
    } else if (p.ratePerDay > 0 && remaining > 0) {
        const auto lasting = qint64(std::floor(double(line.amountCents - base) / p.ratePerDay));
        if (lasting < remaining)
            p.lastsUntil = first.addDays(elapsed - 1 + lasting);
    }
    p.runsOutEarly = p.lastsUntil.has_value() && *p.lastsUntil < last;

    // The chart: 1 January, each month's end passed, and today (or 31 December).
    p.actual << BudgetPoint{0, 0};
    const QDate upTo = first.addDays(elapsed - 1);
    for (int month = 1; month <= 12 && elapsed > 0; ++month) {
        const QDate monthEnd(line.year, month, QDate(line.year, month, 1).daysInMonth());
        if (monthEnd >= upTo)
            break;
        p.actual << BudgetPoint{monthEnd.dayOfYear(), receivedThrough(facts, monthEnd)};
    }
    if (elapsed > 0)
        p.actual << BudgetPoint{elapsed, p.spentCents};
    if (remaining > 0)
        p.projected = {BudgetPoint{elapsed, base}, BudgetPoint{days, p.projectedCents}};
    return p;
}

std::optional<qint64> centsFromText(const QString &text)
{
    static const QRegularExpression money(QStringLiteral("^(\\d{1,12})(?:[.,](\\d{1,2}))?$"));
    const auto m = money.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString fraction = m.captured(2).leftJustified(2, QLatin1Char('0'));
    return m.captured(1).toLongLong() * 100 + fraction.toLongLong();
}

QString centsText(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3").arg(sign).arg(abs / 100).arg(abs % 100, 2, 10,
                                                                  QLatin1Char('0'));
}

} // namespace spil
