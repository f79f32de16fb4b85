// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "JsonViews.h"

#include "core/common/EnumText.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/secretariat/ServiceRepo.h"
#include "core/store/Database.h"

namespace spil {

namespace {
const QString kJson = QStringLiteral("json");
const QString kAll = QStringLiteral("all");

QJsonObject serviceJson(const Service &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("description"), s.description},
            {QStringLiteral("active"), s.active}};
}

QJsonObject requestJson(const ServiceRequest &q)
{
    QVariantMap record = ServiceRepo::requestToRecord(q);
    record.insert(QStringLiteral("id"), q.id);
    return recordJson(QStringLiteral("service_requests"), record);
}

void printRequests(CommandContext &s, const CommandArgs &args, const QList<ServiceRequest> &list)
{
    if (args.has(kJson)) {
        QJsonArray out;
        for (const ServiceRequest &q : list)
            out << requestJson(q);
        s.printJson(out);
        return;
    }
    ServiceRepo repo(s.db());
    PeopleRepo people(s.db());
    const QTimeZone zone = s.zoneFor(args, s.actingId());
    const auto nameOf = [&](const QString &id) {
        const auto p = people.byId(id);
        return p ? p->name : QStringLiteral("?");
    };
    for (const ServiceRequest &q : list) {
        const auto service = repo.service(q.serviceId);
        const QString who = q.assignee.isEmpty()
                                ? QStringLiteral("not handed on")
                                : QStringLiteral("with %1").arg(nameOf(q.assignee));
        s.print(
            QStringLiteral("%1  %2  %3: %4  from %5  %6%7")
                .arg(Database::shortId(q.id), toText(q.state),
                     service ? service->name : QStringLiteral("?"), q.what, nameOf(q.requestedBy),
                     who,
                     q.neededBy < 0
                         ? QString()
                         : QStringLiteral("  (needed %1)").arg(formatInstant(q.neededBy, zone))));
    }
}

void serviceList(CommandContext &s, const CommandArgs &args)
{
    const QList<Service> list = ServiceRepo(s.db()).services(args.has(kAll));
    if (args.has(kJson)) {
        QJsonArray out;
        for (const Service &x : list)
            out << serviceJson(x);
        s.printJson(out);
        return;
    }
    for (const Service &x : list)
        s.print(QStringLiteral("%1  %2%3%4")
                    .arg(Database::shortId(x.id), x.name,
                         x.description.isEmpty() ? QString() : QStringLiteral(": ") + x.description,
                         x.active ? QString() : QStringLiteral("  (inactive)")));
}

// Only the office manager (and admins) keep the list of services: refused here as the
// server refuses it, before anything is written.
void requireKeeper(CommandContext &s)
{
    const auto person = PeopleRepo(s.db()).byId(s.actingId());
    if (!person || !keepsServices(person->role))
        fail(ErrorKind::Refused,
             QStringLiteral("only the office manager keeps the secretariat's services"));
}

void serviceAdd(CommandContext &s, const CommandArgs &args)
{
    requireKeeper(s);
    ServiceRepo repo(s.db());
    const QString id = repo.addService({.name = args.positional.join(QLatin1Char(' ')),
                                        .description = args.value(QStringLiteral("description"))});
    if (args.has(kJson))
        s.printJson(serviceJson(*repo.service(id)));
    else
        s.print(id);
}

// A rename, a new description, a stop or an offer again: only what the command names.
void serviceChange(CommandContext &s, const CommandArgs &args, ServiceChange change)
{
    requireKeeper(s);
    ServiceRepo repo(s.db());
    const Service service = repo.resolveService(args.positional.join(QLatin1Char(' ')));
    if (args.options.contains(QStringLiteral("name")))
        change.name = args.value(QStringLiteral("name"));
    if (args.options.contains(QStringLiteral("description")))
        change.description = args.value(QStringLiteral("description"));
    if (change == ServiceChange{})
        fail(ErrorKind::BadInput, QStringLiteral("say what changes: --name or --description"));
    repo.updateService(service.id, change);
    if (args.has(kJson))
        s.printJson(serviceJson(*repo.service(service.id)));
    else
        s.print(service.id);
}

void serviceAsk(CommandContext &s, const CommandArgs &args)
{
    const QString from = s.actingId();
    if (from.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("say who asks with --as"));
    ServiceRepo repo(s.db());
    const Service service = repo.resolveService(args.positional.first());
    const qint64 needed =
        args.options.contains(QStringLiteral("needed"))
            ? parseInstant(args.value(QStringLiteral("needed")), s.zoneFor(args, from))
            : -1;
    const QString id =
        repo.ask(service.id, args.positional.mid(1).join(QLatin1Char(' ')), needed, from);
    if (args.has(kJson))
        s.printJson(requestJson(*repo.request(id)));
    else
        s.print(id);
}

// Only the office manager (and admins) hand requests on and reassign work: refused here as
// the server refuses it, before anything is written.
QString requireHander(CommandContext &s)
{
    const QString me = s.actingId();
    const auto person = PeopleRepo(s.db()).byId(me);
    if (!person || !handsOnRequests(person->role))
        fail(ErrorKind::Refused,
             QStringLiteral("only the office manager hands requests on and reassigns work"));
    return me;
}

void serviceHand(CommandContext &s, const CommandArgs &args)
{
    const QString me = requireHander(s);
    ServiceRepo repo(s.db());
    const ServiceRequest q = repo.resolveRequest(args.positional.at(0));
    repo.handTo(q.id, s.resolvePerson(args.positional.at(1)).id, me);
    if (args.has(kJson))
        s.printJson(requestJson(*repo.request(q.id)));
    else
        s.print(q.id);
}

void serviceCancel(CommandContext &s, const CommandArgs &args)
{
    ServiceRepo repo(s.db());
    const ServiceRequest q = repo.resolveRequest(args.positional.at(0));
    repo.cancel(q.id);
    if (args.has(kJson))
        s.printJson(requestJson(*repo.request(q.id)));
    else
        s.print(q.id);
}

void serviceReassign(CommandContext &s, const CommandArgs &args)
{
    requireHander(s);
    const QString task = s.resolveId(QStringLiteral("tasks"), args.positional.at(0));
    const QString before =
        ServiceRepo(s.db()).reassign(task, s.resolvePerson(args.positional.at(1)).id);
    if (args.has(kJson))
        s.printJson(QJsonObject{{QStringLiteral("id"), task}, {QStringLiteral("was"), before}});
    else
        s.print(QStringLiteral("%1 (was %2)").arg(task, before));
}

void serviceDistribution(CommandContext &s, const CommandArgs &args)
{
    const QList<SecretaryLoad> loads =
        ServiceRepo(s.db()).distribution(s.zoneFor(args, s.actingId()));
    if (args.has(kJson)) {
        QJsonArray out;
        for (const SecretaryLoad &l : loads) {
            QJsonArray week;
            for (int n : l.week)
                week << n;
            out << QJsonObject{
                {QStringLiteral("person_id"), l.personId},
                {QStringLiteral("name"), l.name},
                {QStringLiteral("directors"), QJsonArray::fromStringList(l.directors)},
                {QStringLiteral("open"), l.open},
                {QStringLiteral("overdue"), l.overdue},
                {QStringLiteral("urgent"), l.urgent},
                {QStringLiteral("week"), week}};
        }
        s.printJson(out);
        return;
    }
    for (const SecretaryLoad &l : loads) {
        QStringList week;
        for (int n : l.week)
            week << QString::number(n);
        s.print(QStringLiteral("%1  open %2, overdue %3, urgent %4  week %5  serves %6")
                    .arg(l.name)
                    .arg(l.open)
                    .arg(l.overdue)
                    .arg(l.urgent)
                    .arg(week.join(QLatin1Char(' ')),
                         l.directors.isEmpty() ? QStringLiteral("-")
                                               : l.directors.join(QStringLiteral(", "))));
    }
}
} // namespace

void addSecretariatCommands(CommandTable &table)
{
    table << Command{QStringLiteral("service list"),
                     QStringLiteral("service list [--all] [--json]   (what the secretariat "
                                    "offers; --all: the inactive ones too)"),
                     {},
                     {kAll, kJson},
                     0,
                     0,
                     serviceList};
    table << Command{QStringLiteral("service add"),
                     QStringLiteral("service add NAME [--description D] [--json]"),
                     {QStringLiteral("description")},
                     {kJson},
                     1,
                     16,
                     serviceAdd};
    table << Command{QStringLiteral("service edit"),
                     QStringLiteral("service edit SERVICE [--name N] [--description D] [--json]"),
                     {QStringLiteral("name"), QStringLiteral("description")},
                     {kJson},
                     1,
                     16,
                     [](CommandContext &s, const CommandArgs &a) { serviceChange(s, a, {}); }};
    table << Command{
        QStringLiteral("service stop"),
        QStringLiteral("service stop SERVICE [--json]   (it takes no new requests; "
                       "the ones it has stay)"),
        {},
        {kJson},
        1,
        16,
        [](CommandContext &s, const CommandArgs &a) { serviceChange(s, a, {.active = false}); }};
    table << Command{
        QStringLiteral("service offer"),
        QStringLiteral("service offer SERVICE [--json]   (a stopped service "
                       "offered again)"),
        {},
        {kJson},
        1,
        16,
        [](CommandContext &s, const CommandArgs &a) { serviceChange(s, a, {.active = true}); }};
    table << Command{QStringLiteral("service ask"),
                     QStringLiteral("service ask SERVICE WHAT [--needed ISO] [--json]   (a "
                                    "request from --as to the secretariat)"),
                     {QStringLiteral("needed")},
                     {kJson},
                     2,
                     32,
                     serviceAsk};
    table << Command{QStringLiteral("service queue"),
                     QStringLiteral("service queue [--all] [--json]   (not handed on first, "
                                    "then by when needed; --all: closed ones too)"),
                     {},
                     {kAll, kJson},
                     0,
                     0,
                     [](CommandContext &s, const CommandArgs &a) {
                         printRequests(s, a, ServiceRepo(s.db()).queue(a.has(kAll)));
                     }};
    table << Command{QStringLiteral("service mine"),
                     QStringLiteral("service mine [--json]   (what --as asked, newest first)"),
                     {},
                     {kJson},
                     0,
                     0,
                     [](CommandContext &s, const CommandArgs &a) {
                         printRequests(s, a, ServiceRepo(s.db()).requestsOf(s.actingId()));
                     }};
    table << Command{QStringLiteral("service hand"),
                     QStringLiteral("service hand REQUEST SECRETARY [--json]   (the office "
                                    "manager hands it on: it becomes her task)"),
                     {},
                     {kJson},
                     2,
                     2,
                     serviceHand};
    table << Command{QStringLiteral("service cancel"),
                     QStringLiteral("service cancel REQUEST [--json]"),
                     {},
                     {kJson},
                     1,
                     1,
                     serviceCancel};
    table << Command{QStringLiteral("service reassign"),
                     QStringLiteral("service reassign TASK SECRETARY [--json]   (prints the "
                                    "one it was with, to reassign back)"),
                     {},
                     {kJson},
                     2,
                     2,
                     serviceReassign};
    table << Command{QStringLiteral("service distribution"),
                     QStringLiteral("service distribution [--json]   (per secretary: open, "
                                    "overdue, urgent, this week's days, the directors served)"),
                     {},
                     {kJson},
                     0,
                     0,
                     serviceDistribution};
}

} // namespace spil
