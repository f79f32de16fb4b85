// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budgets/BudgetRepo.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/store/Database.h"
#include "core/supplies/Supply.h"

#include <QSqlQuery>
#include <algorithm>

namespace spil {

namespace {
const QString kLines = QStringLiteral("budget_lines");

void validate(const BudgetLine &line)
{
    if (line.name.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a budget line needs a name"));
    if (line.year < 2000 || line.year > 2100)
        fail(ErrorKind::BadInput, QStringLiteral("%1 is not a budget year").arg(line.year));
    if (line.amountCents < 0 || line.planPeople < 0 || line.planPerHeadCents < 0)
        fail(ErrorKind::BadInput,
             QStringLiteral("the amounts of '%1' cannot be below zero").arg(line.name));
}
} // namespace

BudgetLine BudgetRepo::fromRecord(const QVariantMap &r)
{
    BudgetLine l;
    l.id = r.value(QStringLiteral("id")).toString();
    l.name = r.value(QStringLiteral("name")).toString();
    l.year = r.value(QStringLiteral("year")).toInt();
    l.amountCents = r.value(QStringLiteral("amount_cents")).toLongLong();
    l.planPeople = r.value(QStringLiteral("plan_people")).toLongLong();
    l.planPerHeadCents = r.value(QStringLiteral("plan_per_head_cents")).toLongLong();
    return l;
}

QVariantMap BudgetRepo::toRecord(const BudgetLine &l)
{
    return {{QStringLiteral("name"), l.name.trimmed()},
            {QStringLiteral("year"), l.year},
            {QStringLiteral("amount_cents"), l.amountCents},
            {QStringLiteral("plan_people"), l.planPeople},
            {QStringLiteral("plan_per_head_cents"), l.planPerHeadCents}};
}

QString BudgetRepo::add(BudgetLine line)
{
    validate(line);
    QVariantMap record = toRecord(line);
    if (!line.id.isEmpty())
        record.insert(QStringLiteral("id"), line.id);
    Database::Transaction tx(m_db);
    const QString id = m_db.insert(kLines, record);
    tx.commit();
    return id;
}

void BudgetRepo::update(const QString &id, const BudgetLineChange &change)
{
    auto line = byId(id);
    if (!line)
        fail(ErrorKind::NotFound, QStringLiteral("no budget line %1").arg(id));
    QVariantMap fields;
    if (change.name)
        fields.insert(QStringLiteral("name"), change.name->trimmed());
    if (change.year)
        fields.insert(QStringLiteral("year"), *change.year);
    if (change.amountCents)
        fields.insert(QStringLiteral("amount_cents"), *change.amountCents);
    line->name = change.name.value_or(line->name);
    line->year = change.year.value_or(line->year);
    line->amountCents = change.amountCents.value_or(line->amountCents);
    validate(*line);
    Database::Transaction tx(m_db);
    m_db.update(kLines, id, fields);
    tx.commit();
}

void BudgetRepo::setPlan(const QString &id, qint64 people, qint64 perHeadCents)
{
    auto line = byId(id);
    if (!line)
        fail(ErrorKind::NotFound, QStringLiteral("no budget line %1").arg(id));
    if (people == 0)
        perHeadCents = 0;
    line->planPeople = people;
    line->planPerHeadCents = perHeadCents;
    validate(*line);
    Database::Transaction tx(m_db);
    m_db.update(kLines, id,
                {{QStringLiteral("plan_people"), people},
                 {QStringLiteral("plan_per_head_cents"), perHeadCents}});
    tx.commit();
}

void BudgetRepo::remove(const QString &id)
{
    m_db.removeOne(kLines, id, QStringLiteral("budget line"));
}

void BudgetRepo::restore(const QString &id)
{
    m_db.restoreOne(kLines, id);
}

std::optional<BudgetLine> BudgetRepo::byId(const QString &id)
{
    const auto r = m_db.get(kLines, id);
    return r ? std::optional(fromRecord(*r)) : std::nullopt;
}

BudgetLine BudgetRepo::resolve(const QString &ref, int year)
{
    if (const auto exact = byId(ref))
        return *exact;
    QList<BudgetLine> matches;
    for (const QVariantMap &r : m_db.liveRecords(kLines)) {
        const BudgetLine l = fromRecord(r);
        if ((l.name.compare(ref.trimmed(), Qt::CaseInsensitive) == 0 &&
             (year == 0 || l.year == year)) ||
            (ref.size() >= 4 && (l.id.startsWith(ref) || l.id.endsWith(ref))))
            matches << l;
    }
    if (matches.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no budget line '%1'").arg(ref));
    if (matches.size() > 1)
        fail(ErrorKind::BadInput,
             QStringLiteral("'%1' names more than one budget line; give the year").arg(ref));
    return matches.first();
}

QList<BudgetLine> BudgetRepo::linesOf(int year)
{
    QList<BudgetLine> out;
    for (const QVariantMap &r : m_db.liveRecords(kLines, QStringLiteral("AND year = ?"), {year}))
        out << fromRecord(r);
    std::sort(out.begin(), out.end(), [](const BudgetLine &a, const BudgetLine &b) {
        const int order = QString::localeAwareCompare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return out;
}

BudgetFacts BudgetRepo::factsOf(const QString &id, const QTimeZone &zone)
{
    // The line's orders by their index, each one's total summed over its own lines: ten
    // years of orders cost only this line's. A join grouped by the order let SQLite walk
    // every order of every year in id order instead.
    BudgetFacts facts;
    auto &q = m_db.run(
        QStringLiteral("SELECT o.state, o.received_at, (SELECT SUM(l.quantity * "
                       "l.unit_price_cents) FROM order_lines l WHERE l.order_id = o.id AND "
                       "l.deleted = 0) FROM orders o WHERE o.budget_line_id = ? AND "
                       "o.deleted = 0 AND o.state IN ('ordered', 'received')"),
        {id});
    while (q.next()) {
        const qint64 total = q.value(2).toLongLong();
        if (fromText<OrderState>(q.value(0).toString()) == OrderState::Ordered) {
            facts.committedCents += total;
        } else {
            facts.spentCents += total;
            const QDate day = q.value(1).isNull() ? QDate() : dateIn(q.value(1).toLongLong(), zone);
            facts.received.append({day, total});
        }
    }
    return facts;
}

BudgetStatus BudgetRepo::status(const QString &id, const QTimeZone &zone)
{
    const auto line = byId(id);
    if (!line)
        fail(ErrorKind::NotFound, QStringLiteral("no budget line %1").arg(id));
    const QDate today = dateIn(m_db.clock().nowMs(), zone);
    return {*line, projectBudget(*line, factsOf(id, zone), today)};
}

QList<BudgetStatus> BudgetRepo::statusOf(int year, const QTimeZone &zone)
{
    QList<BudgetStatus> out;
    const QDate today = dateIn(m_db.clock().nowMs(), zone);
    for (const BudgetLine &line : linesOf(year))
        out << BudgetStatus{line, projectBudget(line, factsOf(line.id, zone), today)};
    return out;
}

} // namespace spil
