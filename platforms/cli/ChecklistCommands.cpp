// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "JsonViews.h"

#include "core/checklists/ChecklistRepo.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

namespace spil {

namespace {
const QString kJson = QStringLiteral("json");

QJsonObject countJson(const QString &keyName, const ProgressCount &c)
{
    return {{keyName, c.key},
            {QStringLiteral("done"), c.done},
            {QStringLiteral("total"), c.total},
            {QStringLiteral("percent"), c.percent()}};
}

void templates(CommandContext &s, const CommandArgs &args)
{
    QJsonArray out;
    for (const ChecklistTemplate &t : ChecklistRepo(s.db()).templates()) {
        if (args.has(kJson))
            out << QJsonObject{{QStringLiteral("id"), t.id},
                               {QStringLiteral("name"), t.name},
                               {QStringLiteral("description"), t.description},
                               {QStringLiteral("items"), int(t.items.size())}};
        else
            s.print(QStringLiteral("%1  %2 (%3 items)")
                        .arg(Database::shortId(t.id), t.name)
                        .arg(t.items.size()));
    }
    if (args.has(kJson))
        s.printJson(out);
}

void start(CommandContext &s, const CommandArgs &args)
{
    ChecklistRepo repo(s.db());
    const ChecklistTemplate t = repo.resolveTemplate(args.positional[0]);
    const QString tz = args.value(QStringLiteral("tz"), QStringLiteral("Europe/Amsterdam"));
    const QDate date = args.options.contains(QStringLiteral("date"))
                           ? parseDate(args.value(QStringLiteral("date")))
                           : dateIn(s.clock().nowMs(), zoneOrFail(tz));
    const QString id =
        repo.startRun(t.id, args.value(QStringLiteral("title")), date, tz, s.actingId());
    if (args.has(kJson))
        s.printJson(recordJson(QStringLiteral("checklist_runs"),
                               *s.db().get(QStringLiteral("checklist_runs"), id)));
    else
        s.print(id);
}

void runs(CommandContext &s, const CommandArgs &args)
{
    QJsonArray out;
    for (const ChecklistRun &r : ChecklistRepo(s.db()).runs()) {
        if (args.has(kJson))
            out << recordJson(QStringLiteral("checklist_runs"),
                              *s.db().get(QStringLiteral("checklist_runs"), r.id));
        else
            s.print(QStringLiteral("%1  %2  %3")
                        .arg(Database::shortId(r.id),
                             dateIn(r.dayUtc, zoneOrFail(r.tz)).toString(Qt::ISODate), r.title));
    }
    if (args.has(kJson))
        s.printJson(out);
}

void items(CommandContext &s, const CommandArgs &args)
{
    const QString run = s.resolveId(QStringLiteral("checklist_runs"), args.positional[0]);
    const QString mine = args.has(QStringLiteral("mine")) ? s.actingId() : QString();
    if (args.has(QStringLiteral("mine")) && mine.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("--mine needs --as PERSON"));
    QJsonArray out;
    ChecklistRepo repo(s.db());
    const auto record = repo.runById(run);
    if (!record)
        fail(ErrorKind::NotFound, QStringLiteral("no checklist run %1").arg(run));
    const QList<ChecklistItem> all = repo.items(run);
    const QSet<QString> absent =
        repo.itemsOfAbsent(*record, all, dateIn(s.clock().nowMs(), s.zoneFor(args, s.actingId())));
    PeopleRepo people(s.db());
    for (const ChecklistItem &i : all) {
        if (!mine.isEmpty() && i.responsible != mine)
            continue;
        if (args.has(QStringLiteral("open")) && i.status != ChecklistItemStatus::Open)
            continue;
        if (args.has(kJson)) {
            QJsonObject o = recordJson(QStringLiteral("checklist_items"),
                                       *s.db().get(QStringLiteral("checklist_items"), i.id));
            o.insert(QStringLiteral("absent"), absent.contains(i.id));
            out << o;
            continue;
        }
        const auto who = i.responsible.isEmpty() ? std::nullopt : people.byId(i.responsible);
        s.print(QStringLiteral("%1  %2 %3 / %4%5%6")
                    .arg(Database::shortId(i.id),
                         i.status == ChecklistItemStatus::Done ? QStringLiteral("[x]")
                                                               : QStringLiteral("[ ]"),
                         i.phase, i.title,
                         who ? QStringLiteral("  (%1)").arg(who->name) : QString(),
                         absent.contains(i.id) ? QStringLiteral(" absent") : QString()));
    }
    if (args.has(kJson))
        s.printJson(out);
}

void tick(CommandContext &s, const CommandArgs &args)
{
    ChecklistRepo repo(s.db());
    const QString item = s.resolveId(QStringLiteral("checklist_items"), args.positional[0]);
    if (args.has(QStringLiteral("undo")))
        repo.untick(item);
    else
        repo.tick(item, s.actingId());
}

void hand(CommandContext &s, const CommandArgs &args)
{
    const QString item = s.resolveId(QStringLiteral("checklist_items"), args.positional[0]);
    ChecklistRepo(s.db()).handTo(item, s.resolvePerson(args.positional[1]).id);
}

void incident(CommandContext &s, const CommandArgs &args)
{
    const QString run = s.resolveId(QStringLiteral("checklist_runs"), args.positional[0]);
    s.print(ChecklistRepo(s.db()).addIncident(run, args.positional.mid(1).join(QLatin1Char(' ')),
                                              s.actingId()));
}

void progress(CommandContext &s, const CommandArgs &args)
{
    const QString run = s.resolveId(QStringLiteral("checklist_runs"), args.positional[0]);
    const Progress p = ChecklistRepo(s.db()).progress(run);
    if (!args.has(kJson)) {
        s.print(QStringLiteral("total  %1/%2  %3%")
                    .arg(p.overall.done)
                    .arg(p.overall.total)
                    .arg(p.overall.percent()));
        for (const ProgressCount &c : p.phases)
            s.print(QStringLiteral("  %1  %2/%3").arg(c.key).arg(c.done).arg(c.total));
        return;
    }
    QJsonArray phases, people;
    for (const ProgressCount &c : p.phases)
        phases << countJson(QStringLiteral("phase"), c);
    for (const ProgressCount &c : p.people)
        people << countJson(QStringLiteral("person"), c);
    QJsonObject out = countJson(QStringLiteral("run_id"), p.overall);
    out.insert(QStringLiteral("run_id"), run);
    out.insert(QStringLiteral("phases"), phases);
    out.insert(QStringLiteral("people"), people);
    s.printJson(out);
}
} // namespace

void addChecklistCommands(CommandTable &table)
{
    table << Command{QStringLiteral("checklist templates"),
                     QStringLiteral("checklist templates [--json]"),
                     {},
                     {kJson},
                     0,
                     0,
                     templates};
    table << Command{
        QStringLiteral("checklist start"),
        QStringLiteral("checklist start TEMPLATE [--date DATE] [--title T] [--tz ZONE] "
                       "[--json]"),
        {QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("tz")},
        {kJson},
        1,
        1,
        start};
    table << Command{QStringLiteral("checklist runs"),
                     QStringLiteral("checklist runs [--json]"),
                     {},
                     {kJson},
                     0,
                     0,
                     runs};
    table << Command{QStringLiteral("checklist items"),
                     QStringLiteral("checklist items RUN [--mine] [--open] [--json]"),
                     {},
                     {QStringLiteral("mine"), QStringLiteral("open"), kJson},
                     1,
                     1,
                     items};
    table << Command{QStringLiteral("checklist tick"),
                     QStringLiteral("checklist tick ITEM [--undo]"),
                     {},
                     {QStringLiteral("undo")},
                     1,
                     1,
                     tick};
    table << Command{QStringLiteral("checklist hand"),
                     QStringLiteral("checklist hand ITEM PERSON"),
                     {},
                     {},
                     2,
                     2,
                     hand};
    table << Command{QStringLiteral("checklist incident"),
                     QStringLiteral("checklist incident RUN TEXT"),
                     {},
                     {},
                     2,
                     64,
                     incident};
    table << Command{QStringLiteral("checklist progress"),
                     QStringLiteral("checklist progress RUN [--json]"),
                     {},
                     {kJson},
                     1,
                     1,
                     progress};
}

} // namespace spil
