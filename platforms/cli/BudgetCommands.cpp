// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "core/budgets/BudgetRepo.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/store/Database.h"

namespace spil {

namespace {
const QString kJson = QStringLiteral("json");

int yearOf(CommandContext &s, const CommandArgs &args, const QTimeZone &zone)
{
    return args.number(QStringLiteral("year"), dateIn(s.clock().nowMs(), zone).year());
}

QJsonObject statusJson(const BudgetStatus &b)
{
    const BudgetProjection &p = b.projection;
    return {{QStringLiteral("id"), b.line.id},
            {QStringLiteral("name"), b.line.name},
            {QStringLiteral("year"), b.line.year},
            {QStringLiteral("amount_cents"), b.line.amountCents},
            {QStringLiteral("spent_cents"), p.spentCents},
            {QStringLiteral("committed_cents"), p.committedCents},
            {QStringLiteral("planned_cents"), p.plannedCents},
            {QStringLiteral("left_cents"), p.leftCents},
            {QStringLiteral("projected_cents"), p.projectedCents},
            {QStringLiteral("lasts_until"),
             p.lastsUntil ? QJsonValue(p.lastsUntil->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("runs_out_early"), p.runsOutEarly},
            {QStringLiteral("plan_fits"), p.planFits}};
}

QString lasting(const BudgetProjection &p)
{
    return p.runsOutEarly ? QStringLiteral("runs out %1").arg(p.lastsUntil->toString(Qt::ISODate))
                          : QStringLiteral("lasts the year");
}

void list(CommandContext &s, const CommandArgs &args)
{
    const QTimeZone zone = s.zoneFor(args, s.actingId());
    const QList<BudgetStatus> lines = BudgetRepo(s.db()).statusOf(yearOf(s, args, zone), zone);
    if (args.has(kJson)) {
        QJsonArray out;
        for (const BudgetStatus &b : lines)
            out << statusJson(b);
        s.printJson(out);
        return;
    }
    for (const BudgetStatus &b : lines)
        s.print(QStringLiteral("%1  %2  %3: spent %4, committed %5, projected %6, %7")
                    .arg(Database::shortId(b.line.id), b.line.name, centsText(b.line.amountCents),
                         centsText(b.projection.spentCents), centsText(b.projection.committedCents),
                         centsText(b.projection.projectedCents), lasting(b.projection)));
}

void add(CommandContext &s, const CommandArgs &args)
{
    const QTimeZone zone = s.zoneFor(args, s.actingId());
    const QString id =
        BudgetRepo(s.db()).add({.name = args.positional.join(QLatin1Char(' ')),
                                .year = yearOf(s, args, zone),
                                .amountCents = args.cents(QStringLiteral("amount"), 0),
                                .planPeople = args.number(QStringLiteral("people"), 0),
                                .planPerHeadCents = args.cents(QStringLiteral("per-head"), 0)});
    s.print(id);
}

void show(CommandContext &s, const CommandArgs &args)
{
    const QTimeZone zone = s.zoneFor(args, s.actingId());
    BudgetRepo budgets(s.db());
    const BudgetLine line = budgets.resolve(args.positional.join(QLatin1Char(' ')),
                                            args.number(QStringLiteral("year"), 0));
    const BudgetStatus b = budgets.status(line.id, zone);
    if (args.has(kJson)) {
        s.printJson(statusJson(b));
        return;
    }
    const BudgetProjection &p = b.projection;
    s.print(QStringLiteral("%1 %2  (%3)")
                .arg(b.line.name)
                .arg(b.line.year)
                .arg(Database::shortId(b.line.id)));
    s.print(QStringLiteral("amount:    %1").arg(centsText(b.line.amountCents)));
    s.print(QStringLiteral("spent:     %1").arg(centsText(p.spentCents)));
    s.print(QStringLiteral("committed: %1").arg(centsText(p.committedCents)));
    s.print(QStringLiteral("left:      %1").arg(centsText(p.leftCents)));
    if (p.plannedCents > 0)
        s.print(QStringLiteral("planned:   %1 (%2 x %3)%4")
                    .arg(centsText(p.plannedCents))
                    .arg(b.line.planPeople)
                    .arg(centsText(b.line.planPerHeadCents),
                         p.planFits ? QString() : QStringLiteral(", does not fit")));
    s.print(QStringLiteral("projected: %1 on 31 December, %2")
                .arg(centsText(p.projectedCents), lasting(p)));
}
} // namespace

void addBudgetCommands(CommandTable &table)
{
    table << Command{QStringLiteral("budget list"),
                     QStringLiteral("budget list [--year Y] [--tz ZONE] [--json]"),
                     {QStringLiteral("year"), QStringLiteral("tz")},
                     {kJson},
                     0,
                     0,
                     list};
    table << Command{QStringLiteral("budget add"),
                     QStringLiteral("budget add NAME --amount EUROS [--year Y] [--people N "
                                    "--per-head EUROS]   (a plan inside the line: the outing)"),
                     {QStringLiteral("amount"), QStringLiteral("year"), QStringLiteral("people"),
                      QStringLiteral("per-head")},
                     {},
                     1,
                     16,
                     add};
    table << Command{QStringLiteral("budget show"),
                     QStringLiteral("budget show LINE [--year Y] [--tz ZONE] [--json]   (the "
                                    "year-end projection and until when it lasts)"),
                     {QStringLiteral("year"), QStringLiteral("tz")},
                     {kJson},
                     1,
                     16,
                     show};
}

} // namespace spil
