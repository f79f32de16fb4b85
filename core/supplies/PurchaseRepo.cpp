// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/supplies/PurchaseRepo.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/store/Database.h"

#include <algorithm>

namespace spil {

namespace {
const QString kPurchases = QStringLiteral("purchases");
const QString kQuotes = QStringLiteral("quotes");
} // namespace

Purchase PurchaseRepo::fromRecord(const QVariantMap &r)
{
    Purchase p;
    p.id = r.value(QStringLiteral("id")).toString();
    p.title = r.value(QStringLiteral("title")).toString();
    p.budgetLineId = r.value(QStringLiteral("budget_line_id")).toString();
    p.chosenQuoteId = r.value(QStringLiteral("chosen_quote_id")).toString();
    p.orderId = r.value(QStringLiteral("order_id")).toString();
    p.notes = r.value(QStringLiteral("notes")).toString();
    return p;
}

Quote PurchaseRepo::quoteFromRecord(const QVariantMap &r)
{
    Quote q;
    q.id = r.value(QStringLiteral("id")).toString();
    q.purchaseId = r.value(QStringLiteral("purchase_id")).toString();
    q.supplier = r.value(QStringLiteral("supplier")).toString();
    q.priceCents = r.value(QStringLiteral("price_cents")).toLongLong();
    q.notes = r.value(QStringLiteral("notes")).toString();
    return q;
}

QString PurchaseRepo::add(const QString &title, const QString &budgetLineId, const QString &notes)
{
    if (title.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a purchase needs a title"));
    if (!m_db.get(QStringLiteral("budget_lines"), budgetLineId))
        fail(ErrorKind::NotFound, QStringLiteral("no budget line %1").arg(budgetLineId));
    Database::Transaction tx(m_db);
    const QString id = m_db.insert(kPurchases, {{QStringLiteral("title"), title.trimmed()},
                                                {QStringLiteral("budget_line_id"), budgetLineId},
                                                {QStringLiteral("notes"), notes.trimmed()}});
    tx.commit();
    return id;
}

QString PurchaseRepo::addQuote(const QString &purchaseId, Quote quote)
{
    if (!m_db.get(kPurchases, purchaseId))
        fail(ErrorKind::NotFound, QStringLiteral("no purchase %1").arg(purchaseId));
    if (quote.supplier.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a quote needs a supplier"));
    if (quote.priceCents < 0)
        fail(ErrorKind::BadInput, QStringLiteral("a quote's price cannot be below zero"));
    Database::Transaction tx(m_db);
    const QString id = m_db.insert(kQuotes, {{QStringLiteral("purchase_id"), purchaseId},
                                             {QStringLiteral("supplier"), quote.supplier.trimmed()},
                                             {QStringLiteral("price_cents"), quote.priceCents},
                                             {QStringLiteral("notes"), quote.notes.trimmed()}});
    tx.commit();
    return id;
}

void PurchaseRepo::removeQuote(const QString &quoteId)
{
    m_db.removeOne(kQuotes, quoteId, QStringLiteral("quote"));
}

void PurchaseRepo::restoreQuote(const QString &quoteId)
{
    m_db.restoreOne(kQuotes, quoteId);
}

QString PurchaseRepo::choose(const QString &purchaseId, const QString &quoteId,
                             const QString &chosenBy)
{
    const auto purchase = byId(purchaseId);
    if (!purchase)
        fail(ErrorKind::NotFound, QStringLiteral("no purchase %1").arg(purchaseId));
    const auto record = m_db.get(kQuotes, quoteId);
    if (!record || record->value(QStringLiteral("purchase_id")).toString() != purchaseId)
        fail(ErrorKind::NotFound,
             QStringLiteral("no quote %1 for '%2'").arg(quoteId, purchase->title));
    if (!purchase->orderId.isEmpty()) {
        const auto standing = m_db.get(QStringLiteral("orders"), purchase->orderId);
        if (standing && fromText<OrderState>(standing->value(QStringLiteral("state")).toString()) !=
                            OrderState::Cancelled)
            fail(ErrorKind::Refused,
                 QStringLiteral("'%1' is ordered already; cancel that order first")
                     .arg(purchase->title));
    }
    const Quote quote = quoteFromRecord(*record);
    const qint64 now = m_db.clock().nowMs();
    Database::Transaction tx(m_db);
    const QString orderId = m_db.insert(QStringLiteral("orders"),
                                        {{QStringLiteral("supplier"), quote.supplier},
                                         {QStringLiteral("budget_line_id"), purchase->budgetLineId},
                                         {QStringLiteral("state"), toText(OrderState::Ordered)},
                                         {QStringLiteral("purchase_id"), purchaseId},
                                         {QStringLiteral("created_by"), chosenBy},
                                         {QStringLiteral("created_at"), now},
                                         {QStringLiteral("ordered_at"), now}});
    m_db.insert(QStringLiteral("order_lines"),
                {{QStringLiteral("order_id"), orderId},
                 {QStringLiteral("description"), purchase->title},
                 {QStringLiteral("quantity"), 1},
                 {QStringLiteral("unit_price_cents"), quote.priceCents}});
    m_db.update(
        kPurchases, purchaseId,
        {{QStringLiteral("chosen_quote_id"), quoteId}, {QStringLiteral("order_id"), orderId}});
    tx.commit();
    return orderId;
}

void PurchaseRepo::remove(const QString &purchaseId)
{
    m_db.removeOne(kPurchases, purchaseId, QStringLiteral("purchase"));
}

void PurchaseRepo::restore(const QString &purchaseId)
{
    m_db.restoreOne(kPurchases, purchaseId);
}

std::optional<Purchase> PurchaseRepo::byId(const QString &id)
{
    const auto r = m_db.get(kPurchases, id);
    if (!r)
        return std::nullopt;
    Purchase p = fromRecord(*r);
    for (const QVariantMap &q : m_db.liveRecords(
             kQuotes, QStringLiteral("AND purchase_id = ? ORDER BY price_cents, id"), {id}))
        p.quotes << quoteFromRecord(q);
    return p;
}

Purchase PurchaseRepo::resolve(const QString &ref)
{
    if (const auto exact = byId(ref))
        return *exact;
    QList<Purchase> matches;
    for (const Purchase &p : all()) {
        if (p.title.compare(ref.trimmed(), Qt::CaseInsensitive) == 0 ||
            (ref.size() >= 4 && (p.id.startsWith(ref) || p.id.endsWith(ref))))
            matches << p;
    }
    if (matches.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no purchase '%1'").arg(ref));
    if (matches.size() > 1)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' names more than one purchase").arg(ref));
    return matches.first();
}

QList<Purchase> PurchaseRepo::all()
{
    QList<Purchase> out;
    for (const QVariantMap &r : m_db.liveRecords(kPurchases))
        out << *byId(r.value(QStringLiteral("id")).toString());
    std::sort(out.begin(), out.end(), [](const Purchase &a, const Purchase &b) {
        const int order = QString::localeAwareCompare(a.title, b.title);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return out;
}

} // namespace spil
