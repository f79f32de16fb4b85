// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/budgets/BudgetListModel.h"

#include "core/budgets/BudgetRepo.h"
#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <QCoreApplication>
#include <QPointF>
#include <algorithm>

namespace spil::qml {

BudgetListModel::BudgetListModel(QObject *parent) : RowList(parent) {}

BudgetListModel::BudgetListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : BudgetListModel(parent)
{
    link(office, people);
}

int BudgetListModel::year() const
{
    if (m_year != 0 || !office())
        return m_year;
    return dateIn(office()->clock().nowMs(), office()->localZone()).year();
}

void BudgetListModel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    Q_EMIT yearChanged();
    reload();
}

namespace {
QVariantList pointsOf(const QList<BudgetPoint> &points)
{
    QVariantList out;
    for (const BudgetPoint &p : points)
        out << QPointF(p.day, double(p.cents) / 100.0);
    return out;
}

double share(qint64 part, qint64 whole)
{
    return whole <= 0 ? 0.0 : std::clamp(double(part) / double(whole), 0.0, 1.0);
}
} // namespace

void BudgetListModel::reload()
{
    QList<Row> rows;
    m_warnings = 0;
    readGuarded("BudgetListModel", [&] {
        if (!open())
            return;
        const QTimeZone zone = office()->localZone();
        const QDate today = dateIn(office()->clock().nowMs(), zone);
        for (const BudgetStatus &b : BudgetRepo(*office()->store()).statusOf(year(), zone)) {
            const BudgetProjection &p = b.projection;
            const QDate first(b.line.year, 1, 1);
            Row row;
            row.id = b.line.id;
            row.name = b.line.name;
            row.amountText = display::money(b.line.amountCents);
            row.spentText = display::money(p.spentCents);
            row.committedText = display::money(p.committedCents);
            row.leftText = display::money(p.leftCents);
            row.projectedText = display::money(p.projectedCents);
            row.lastsUntilText = p.runsOutEarly ? display::dayLong(*p.lastsUntil) : QString();
            row.runsOutEarly = p.runsOutEarly;
            row.overBudget = p.projectedCents > b.line.amountCents;
            row.hasPlan = b.line.planPeople > 0;
            row.planPeople = int(b.line.planPeople);
            row.perHeadText = display::money(b.line.planPerHeadCents);
            row.plannedText = display::money(p.plannedCents);
            row.planFits = p.planFits;
            row.spentShare = share(p.spentCents, b.line.amountCents);
            row.committedShare =
                std::min(share(p.committedCents, b.line.amountCents), 1.0 - row.spentShare);
            row.actual = pointsOf(p.actual);
            row.projected = pointsOf(p.projected);
            row.amount = double(b.line.amountCents) / 100.0;
            row.daysInYear = first.daysInYear();
            row.today =
                today < first ? 0 : int(std::min<qint64>(first.daysTo(today) + 1, row.daysInYear));
            if (p.runsOutEarly)
                ++m_warnings;
            rows << row;
        }
    });
    setRows(std::move(rows), [](const Row &r) { return r.id; });
    Q_EMIT loaded();
}

QString BudgetListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

QString BudgetListModel::setPlan(const QString &lineId, int people, const QString &perHead)
{
    const auto cents = centsFromText(perHead);
    if (!cents)
        return tr("Give the cost per head in euros, such as 85 or 85,50.");
    if (!office())
        return tr("No office is open.");
    const auto error =
        office()->attempt([&](Database &db) { BudgetRepo(db).setPlan(lineId, people, *cents); });
    return error ? error->message() : QString();
}

} // namespace spil::qml
