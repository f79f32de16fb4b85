// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "core/demo/DemoOffice.h"
#include "core/documents/FileCache.h"
#include "core/store/Database.h"

namespace spil {

namespace {
void demo(CommandContext &s, const CommandArgs &)
{
    FileCache cache(s.db(), s.fileCacheDir());
    for (const DemoFile &f : DemoOffice::create(s.db()))
        cache.keep(f.sha256, f.bytes);
    s.print(QStringLiteral("demo office created"));
}

void outbox(CommandContext &s, const CommandArgs &args)
{
    QJsonArray out;
    for (const OutboxChange &c :
         s.db().pendingChanges(args.number(QStringLiteral("limit"), 1000))) {
        if (args.has(QStringLiteral("json"))) {
            out << QJsonObject{
                {QStringLiteral("seq"), c.seq},       {QStringLiteral("mutation"), c.mutation},
                {QStringLiteral("entity"), c.entity}, {QStringLiteral("record_id"), c.recordId},
                {QStringLiteral("field"), c.field},   {QStringLiteral("value"), c.value},
                {QStringLiteral("hlc"), c.hlc}};
        } else {
            s.print(QStringLiteral("%1 m%2 %3/%4 %5")
                        .arg(c.seq)
                        .arg(c.mutation)
                        .arg(c.entity, Database::shortId(c.recordId), c.field));
        }
    }
    if (args.has(QStringLiteral("json")))
        s.printJson(out);
}
} // namespace

void addStoreCommands(CommandTable &table)
{
    table << Command{QStringLiteral("demo"), QStringLiteral("demo"), {}, {}, 0, 0, demo};
    table << Command{QStringLiteral("outbox"),
                     QStringLiteral("outbox [--limit N] [--json]"),
                     {QStringLiteral("limit")},
                     {QStringLiteral("json")},
                     0,
                     0,
                     outbox};
}

} // namespace spil
