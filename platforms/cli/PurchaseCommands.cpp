// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "core/budgets/Budget.h"
#include "core/budgets/BudgetRepo.h"
#include "core/common/Error.h"
#include "core/store/Database.h"
#include "core/supplies/PurchaseRepo.h"

namespace spil {

namespace {
const QString kJson = QStringLiteral("json");

QJsonObject purchaseJson(const Purchase &p)
{
    QJsonArray quotes;
    for (const Quote &q : p.quotes)
        quotes << QJsonObject{{QStringLiteral("id"), q.id},
                              {QStringLiteral("supplier"), q.supplier},
                              {QStringLiteral("price_cents"), q.priceCents},
                              {QStringLiteral("notes"), q.notes},
                              {QStringLiteral("chosen"), q.id == p.chosenQuoteId}};
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("budget_line_id"), p.budgetLineId},
            {QStringLiteral("chosen_quote_id"), p.chosenQuoteId},
            {QStringLiteral("order_id"), p.orderId},
            {QStringLiteral("notes"), p.notes},
            {QStringLiteral("quotes"), quotes}};
}

// The purchase, then its quotes side by side, cheapest first, the chosen one marked.
void printPurchase(CommandContext &s, const Purchase &p)
{
    const auto line = BudgetRepo(s.db()).byId(p.budgetLineId);
    s.print(QStringLiteral("%1  %2  (%3)%4")
                .arg(Database::shortId(p.id), p.title, line ? line->name : QStringLiteral("?"),
                     p.orderId.isEmpty()
                         ? QString()
                         : QStringLiteral("  ordered: %1").arg(Database::shortId(p.orderId))));
    for (const Quote &q : p.quotes)
        s.print(QStringLiteral("  %1  %2  %3%4%5")
                    .arg(Database::shortId(q.id), q.supplier, centsText(q.priceCents),
                         q.notes.isEmpty() ? QString() : QStringLiteral("  ") + q.notes,
                         q.id == p.chosenQuoteId ? QStringLiteral("  CHOSEN") : QString()));
}

void show(CommandContext &s, const CommandArgs &args, const QString &id)
{
    const Purchase p = *PurchaseRepo(s.db()).byId(id);
    if (args.has(kJson))
        s.printJson(purchaseJson(p));
    else
        printPurchase(s, p);
}

// A quote of the purchase named by its supplier or by (a prefix of) its id.
Quote quoteOf(const Purchase &p, const QString &ref)
{
    QList<Quote> matches;
    for (const Quote &q : p.quotes) {
        if (q.supplier.compare(ref.trimmed(), Qt::CaseInsensitive) == 0 ||
            (ref.size() >= 4 && (q.id.startsWith(ref) || q.id.endsWith(ref))))
            matches << q;
    }
    if (matches.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("'%1' has no quote '%2'").arg(p.title, ref));
    if (matches.size() > 1)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' names more than one quote").arg(ref));
    return matches.first();
}

void list(CommandContext &s, const CommandArgs &args)
{
    const QList<Purchase> all = PurchaseRepo(s.db()).all();
    if (args.has(kJson)) {
        QJsonArray out;
        for (const Purchase &p : all)
            out << purchaseJson(p);
        s.printJson(out);
        return;
    }
    for (const Purchase &p : all)
        printPurchase(s, p);
}

void add(CommandContext &s, const CommandArgs &args)
{
    const BudgetLine line = BudgetRepo(s.db()).resolve(args.required(QStringLiteral("budget")),
                                                       args.number(QStringLiteral("year"), 0));
    const QString id = PurchaseRepo(s.db()).add(args.positional.join(QLatin1Char(' ')), line.id,
                                                args.value(QStringLiteral("notes")));
    if (args.has(kJson))
        show(s, args, id);
    else
        s.print(id);
}

void quote(CommandContext &s, const CommandArgs &args)
{
    PurchaseRepo purchases(s.db());
    const Purchase p = purchases.resolve(args.positional[0]);
    if (!args.has(QStringLiteral("price")))
        fail(ErrorKind::BadInput, QStringLiteral("a quote needs --price"));
    purchases.addQuote(p.id, {.supplier = args.positional.mid(1).join(QLatin1Char(' ')),
                              .priceCents = args.cents(QStringLiteral("price"), 0),
                              .notes = args.value(QStringLiteral("notes"))});
    show(s, args, p.id);
}

void choose(CommandContext &s, const CommandArgs &args)
{
    PurchaseRepo purchases(s.db());
    const Purchase p = purchases.resolve(args.positional[0]);
    const Quote q = quoteOf(p, args.positional.mid(1).join(QLatin1Char(' ')));
    purchases.choose(p.id, q.id, s.actingId());
    show(s, args, p.id);
}
} // namespace

void addPurchaseCommands(CommandTable &table)
{
    table << Command{QStringLiteral("purchase list"),
                     QStringLiteral("purchase list [--json]   (each with its quotes side by side, "
                                    "cheapest first)"),
                     {},
                     {kJson},
                     0,
                     0,
                     list};
    table << Command{QStringLiteral("purchase add"),
                     QStringLiteral("purchase add TITLE --budget LINE [--year Y] [--notes N] "
                                    "[--json]"),
                     {QStringLiteral("budget"), QStringLiteral("year"), QStringLiteral("notes")},
                     {kJson},
                     1,
                     16,
                     add};
    table << Command{QStringLiteral("purchase quote"),
                     QStringLiteral("purchase quote PURCHASE SUPPLIER --price EUROS [--notes N] "
                                    "[--json]"),
                     {QStringLiteral("price"), QStringLiteral("notes")},
                     {kJson},
                     2,
                     16,
                     quote};
    table << Command{
        QStringLiteral("purchase choose"),
        QStringLiteral("purchase choose PURCHASE QUOTE [--json]   (QUOTE: its supplier "
                       "or id; the quote is ordered and placed)"),
        {},
        {kJson},
        2,
        16,
        choose};
}

} // namespace spil
