// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "JsonViews.h"

#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/contacts/ContactRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"

namespace spil {

namespace {
const QString kJson = QStringLiteral("json");
const QString kTasks = QStringLiteral("tasks");

QJsonObject taskJson(const Task &t)
{
    QVariantMap record = TaskRepo::toRecord(t);
    record.insert(QStringLiteral("id"), t.id);
    return recordJson(kTasks, record);
}

void printTasks(CommandContext &s, const CommandArgs &args, const QList<Task> &tasks)
{
    QJsonArray out;
    for (const Task &t : tasks) {
        if (args.has(kJson)) {
            out << taskJson(t);
            continue;
        }
        s.print(
            QStringLiteral("%1  %2%3%4%5")
                .arg(Database::shortId(t.id),
                     t.status == TaskStatus::Done ? QStringLiteral("[x] ") : QStringLiteral("[ ] "),
                     t.urgent ? QStringLiteral("! ") : QString(), t.title,
                     t.dueUtc < 0
                         ? QString()
                         : QStringLiteral("  (due %1)")
                               .arg(formatInstant(t.dueUtc, QTimeZone::systemTimeZone()))));
    }
    if (args.has(kJson))
        s.printJson(out);
}

void add(CommandContext &s, const CommandArgs &args)
{
    Task t;
    t.title = args.positional.join(QLatin1Char(' ')).trimmed();
    const QString acting = s.actingId();
    t.assignee = args.options.contains(QStringLiteral("assignee"))
                     ? s.resolvePerson(args.value(QStringLiteral("assignee"))).id
                     : acting;
    t.createdBy = acting;
    if (args.options.contains(QStringLiteral("contact")))
        t.contactId = ContactRepo(s.db()).resolve(args.value(QStringLiteral("contact"))).id;
    t.delegatedBy = (!acting.isEmpty() && acting != t.assignee) ? acting : QString();
    if (args.options.contains(QStringLiteral("due")))
        t.dueUtc = parseInstant(args.value(QStringLiteral("due")), s.zoneFor(args, t.assignee));
    t.urgent = args.has(QStringLiteral("urgent"));
    t.notes = args.value(QStringLiteral("notes"));
    t.source = t.delegatedBy.isEmpty() ? TaskSource::Self : TaskSource::InPassing;
    if (args.options.contains(QStringLiteral("source")))
        t.source =
            parseText<TaskSource>(args.value(QStringLiteral("source")), QStringLiteral("source"));
    const QString id = TaskRepo(s.db()).add(t);
    if (args.has(kJson))
        s.printJson(taskJson(*TaskRepo(s.db()).byId(id)));
    else
        s.print(id);
}

void done(CommandContext &s, const CommandArgs &args)
{
    TaskRepo(s.db()).markDone(s.resolveId(kTasks, args.positional[0]));
}

void reopen(CommandContext &s, const CommandArgs &args)
{
    TaskRepo(s.db()).reopen(s.resolveId(kTasks, args.positional[0]));
}

void hand(CommandContext &s, const CommandArgs &args)
{
    const QString acting = s.actingId();
    if (acting.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("task hand needs --as PERSON"));
    const QString id = s.resolveId(kTasks, args.positional[0]);
    TaskRepo(s.db()).handTo(id, s.resolvePerson(args.required(QStringLiteral("to"))).id, acting);
    if (args.has(kJson))
        s.printJson(taskJson(*TaskRepo(s.db()).byId(id)));
}

void list(CommandContext &s, const CommandArgs &args)
{
    const QString assignee = args.options.contains(QStringLiteral("assignee"))
                                 ? s.resolvePerson(args.value(QStringLiteral("assignee"))).id
                                 : QString();
    printTasks(s, args, TaskRepo(s.db()).list(assignee, args.has(QStringLiteral("all"))));
}

void waiting(CommandContext &s, const CommandArgs &args)
{
    const Person p = s.resolvePerson(args.required(QStringLiteral("person")));
    printTasks(s, args, TaskRepo(s.db()).waitingFor(p.id));
}

void review(CommandContext &s, const CommandArgs &args)
{
    const Person p = s.resolvePerson(args.required(QStringLiteral("person")));
    const auto items = TaskRepo(s.db()).review(p.id, s.zoneFor(args, p.id));
    QJsonArray out;
    for (const ReviewItem &item : items) {
        if (args.has(kJson)) {
            QJsonObject o = taskJson(item.task);
            o.insert(QStringLiteral("overdue"), item.overdue);
            out << o;
        } else {
            s.print(QStringLiteral("%1  %2%3%4")
                        .arg(Database::shortId(item.task.id),
                             item.task.urgent ? QStringLiteral("! ") : QString(),
                             item.overdue ? QStringLiteral("OVERDUE ") : QString(),
                             item.task.title));
        }
    }
    if (args.has(kJson))
        s.printJson(out);
}
} // namespace

void addTaskCommands(CommandTable &table)
{
    table << Command{QStringLiteral("task add"),
                     QStringLiteral("task add TITLE [--assignee P] [--due ISO] [--urgent] "
                                    "[--notes N] [--source S] [--tz ZONE] [--contact C] [--json]"),
                     {QStringLiteral("assignee"), QStringLiteral("due"), QStringLiteral("notes"),
                      QStringLiteral("source"), QStringLiteral("tz"), QStringLiteral("contact")},
                     {QStringLiteral("urgent"), kJson},
                     1,
                     64,
                     add};
    table << Command{
        QStringLiteral("task done"), QStringLiteral("task done ID"), {}, {}, 1, 1, done};
    table << Command{
        QStringLiteral("task reopen"), QStringLiteral("task reopen ID"), {}, {}, 1, 1, reopen};
    table << Command{QStringLiteral("task hand"),
                     QStringLiteral("task hand ID --to P [--json]"),
                     {QStringLiteral("to")},
                     {kJson},
                     1,
                     1,
                     hand};
    table << Command{QStringLiteral("task list"),
                     QStringLiteral("task list [--assignee P] [--all] [--json]"),
                     {QStringLiteral("assignee")},
                     {QStringLiteral("all"), kJson},
                     0,
                     0,
                     list};
    table << Command{QStringLiteral("task waiting"),
                     QStringLiteral("task waiting --person P [--json]"),
                     {QStringLiteral("person")},
                     {kJson},
                     0,
                     0,
                     waiting};
    table << Command{QStringLiteral("task review"),
                     QStringLiteral("task review --person P [--json]"),
                     {QStringLiteral("person")},
                     {kJson},
                     0,
                     0,
                     review};
}

} // namespace spil
