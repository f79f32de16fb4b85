// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/supplies/PurchaseListModel.h"

#include "core/budgets/Budget.h"
#include "core/budgets/BudgetRepo.h"
#include "core/store/Database.h"
#include "core/supplies/PurchaseRepo.h"
#include "core/supplies/SupplyRepo.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

namespace spil::qml {

PurchaseListModel::PurchaseListModel(QObject *parent) : RowList(parent) {}

PurchaseListModel::PurchaseListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : PurchaseListModel(parent)
{
    link(office, people);
}

void PurchaseListModel::reload()
{
    QList<Row> rows;
    readGuarded("PurchaseListModel", [&] {
        if (!open())
            return;
        Database &db = *office()->store();
        SupplyRepo supplies(db);
        BudgetRepo budgets(db);
        for (const Purchase &p : PurchaseRepo(db).all()) {
            const auto order = p.orderId.isEmpty() ? std::nullopt : supplies.order(p.orderId);
            const bool ordered = order && order->state != OrderState::Cancelled;
            const auto line = budgets.byId(p.budgetLineId);
            Row row{p.id, p.title, line ? line->name : QString(), p.notes, ordered, {}};
            for (const Quote &q : p.quotes)
                row.quotes << QuoteEntry{q.id,
                                         q.supplier,
                                         display::money(q.priceCents),
                                         q.notes,
                                         q.id == p.quotes.first().id,
                                         ordered && q.id == p.chosenQuoteId};
            rows << row;
        }
    });
    setRows(std::move(rows), [](const Row &r) { return r.id; });
}

bool PurchaseListModel::answer(const QString &why)
{
    m_error = why;
    Q_EMIT errorChanged();
    return why.isEmpty();
}

QString PurchaseListModel::add(const QString &title, const QString &budgetLineId,
                               const QString &notes)
{
    if (!office() || !people())
        return {};
    QString id, why;
    if (title.trimmed().isEmpty())
        why = tr("Give the purchase a title.");
    else if (budgetLineId.isEmpty())
        why = tr("Choose the budget line it is charged to.");
    else
        why = office()->act([&](Database &db) {
            id = PurchaseRepo(db).add(title.simplified(), budgetLineId, notes.trimmed());
        });
    return answer(why) ? id : QString();
}

bool PurchaseListModel::addQuote(const QString &purchaseId, const QString &supplier,
                                 const QString &price, const QString &notes)
{
    if (!office() || !people())
        return false;
    if (supplier.trimmed().isEmpty())
        return answer(tr("Give the supplier of the quote."));
    const auto cents = centsFromText(price.trimmed());
    if (!cents || *cents < 0)
        return answer(tr("Give the quote a price in euros, e.g. 749,50."));
    return answer(office()->act([&](Database &db) {
        PurchaseRepo(db).addQuote(
            purchaseId,
            {.supplier = supplier.simplified(), .priceCents = *cents, .notes = notes.trimmed()});
    }));
}

bool PurchaseListModel::choose(const QString &purchaseId, const QString &quoteId)
{
    if (!office() || !people())
        return false;
    const QString me = people()->me().id;
    return office()
        ->act([&](Database &db) { PurchaseRepo(db).choose(purchaseId, quoteId, me); })
        .isEmpty();
}

} // namespace spil::qml
