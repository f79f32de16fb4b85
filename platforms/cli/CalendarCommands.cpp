// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "core/calendar/CalendarExport.h"
#include "core/calendar/CalendarImport.h"
#include "core/calendar/IcsExport.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/people/Person.h"

#include <QFile>
#include <QSaveFile>
#include <cstdio>

namespace spil {

namespace {
const QString kJson = QStringLiteral("json");
const QString kAgenda = QStringLiteral("agenda");

QString agendaOf(CommandContext &s, const CommandArgs &args)
{
    if (args.options.contains(kAgenda))
        return s.resolvePerson(args.value(kAgenda)).id;
    const QString me = s.actingId();
    if (me.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("name the agenda with --agenda PERSON"));
    return me;
}

void exportFile(CommandContext &s, const CommandArgs &args)
{
    const QString person = agendaOf(s, args);
    const QTimeZone zone = s.zoneFor(args, person);
    ExportOptions options;
    options.tasks = args.has(QStringLiteral("tasks"));
    if (args.options.contains(QStringLiteral("from")))
        options.fromUtc = startOfDay(parseDate(args.value(QStringLiteral("from"))), zone);
    if (args.options.contains(QStringLiteral("to")))
        options.toUtc = startOfDay(parseDate(args.value(QStringLiteral("to"))).addDays(1), zone);
    if (options.toUtc <= options.fromUtc)
        fail(ErrorKind::BadInput, QStringLiteral("--to lies before --from"));
    const CalendarData data = calendarFromStore(s.db(), person, options);
    const QByteArray ics = writeIcs(data, s.clock().nowMs());
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        std::fwrite(ics.constData(), 1, size_t(ics.size()), stdout);
        return;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
        fail(ErrorKind::Storage,
             QStringLiteral("cannot write %1: %2").arg(out, file.errorString()));
    s.print(QStringLiteral("wrote %1 appointments and %2 tasks to %3")
                .arg(data.events.size())
                .arg(data.tasks.size())
                .arg(out));
}

QJsonArray problemsJson(const QList<IcsProblem> &problems)
{
    QJsonArray out;
    for (const IcsProblem &p : problems)
        out << QJsonObject{{QStringLiteral("line"), p.line},
                           {QStringLiteral("uid"), p.uid},
                           {QStringLiteral("reason"), p.reason}};
    return out;
}

QString problemLine(const char *what, const IcsProblem &p)
{
    QString where = QStringLiteral("line %1").arg(p.line);
    if (!p.uid.isEmpty())
        where += QStringLiteral(", UID ") + p.uid;
    return QStringLiteral("%1: %2: %3").arg(QLatin1String(what), where, p.reason);
}

void importFile(CommandContext &s, const CommandArgs &args)
{
    const QString path = args.positional.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(ErrorKind::BadInput,
             QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray text = file.readAll();
    const QString owner = s.resolvePerson(args.required(kAgenda)).id;
    const QString actor = s.actingId();
    const ImportReport r = importIcs(s.db(), text, owner, actor.isEmpty() ? owner : actor,
                                     args.has(QStringLiteral("take-valid")));
    if (args.has(kJson)) {
        s.printJson(QJsonObject{{QStringLiteral("applied"), r.applied},
                                {QStringLiteral("added"), r.added},
                                {QStringLiteral("updated"), r.updated},
                                {QStringLiteral("unchanged"), r.unchanged},
                                {QStringLiteral("valid"), r.valid},
                                {QStringLiteral("skipped"), problemsJson(r.problems)},
                                {QStringLiteral("ignored"), problemsJson(r.ignored)}});
    } else {
        for (const IcsProblem &p : r.problems)
            s.print(problemLine("skipped", p));
        for (const IcsProblem &p : r.ignored)
            s.print(problemLine("ignored", p));
        if (r.applied)
            s.print(QStringLiteral("imported: %1 added, %2 updated, %3 unchanged, %4 skipped")
                        .arg(r.added)
                        .arg(r.updated)
                        .arg(r.unchanged)
                        .arg(r.problems.size()));
    }
    if (!r.applied)
        fail(ErrorKind::BadInput,
             QStringLiteral("nothing imported: %1 event(s) of the file cannot be taken; "
                            "--take-valid imports the %2 that can")
                 .arg(r.problems.size())
                 .arg(r.valid));
}
} // namespace

void addCalendarCommands(CommandTable &table)
{
    table << Command{QStringLiteral("ics export"),
                     QStringLiteral("ics export [--agenda PERSON] [--tasks] [--from DATE] "
                                    "[--to DATE] [--tz ZONE] [--out FILE]"),
                     {kAgenda, QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("tz"),
                      QStringLiteral("out")},
                     {QStringLiteral("tasks")},
                     0,
                     0,
                     exportFile};
    table << Command{QStringLiteral("ics import"),
                     QStringLiteral("ics import FILE --agenda PERSON [--take-valid] [--json]"),
                     {kAgenda},
                     {QStringLiteral("take-valid"), kJson},
                     1,
                     1,
                     importFile};
}

} // namespace spil
