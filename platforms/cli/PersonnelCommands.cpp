// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "JsonViews.h"

#include "core/common/Clock.h"
#include "core/common/EnumText.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/personnel/PersonnelRepo.h"
#include "core/store/Database.h"

namespace spil {

namespace {
const QString kJson = QStringLiteral("json");

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A --NAME date option; empty text clears it (when allowed), absent leaves it.
std::optional<QDate> dateOption(const CommandArgs &args, const QString &name)
{
    if (!args.options.contains(name))
        return std::nullopt;
    const QString text = args.value(name);
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !date.isValid())
        fail(ErrorKind::BadInput,
             QStringLiteral("--%1 takes a date as YYYY-MM-DD, not '%2'").arg(name, text));
    return date;
}

QDate today(CommandContext &s, const CommandArgs &args)
{
    return dateIn(s.clock().nowMs(), s.zoneFor(args, s.actingId()));
}

QStringList visitsOption(const CommandArgs &args)
{
    QStringList visits;
    for (const QString &v :
         args.value(QStringLiteral("doctor")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        visits << v.trimmed();
    return visits;
}

QString nameOf(PeopleRepo &people, const QString &id)
{
    const auto p = people.byId(id);
    return p ? p->name : id;
}

QJsonObject personnelJson(PeopleRepo &people, const PersonnelRecord &r)
{
    return {{QStringLiteral("person_id"), r.personId},
            {QStringLiteral("name"), nameOf(people, r.personId)},
            {QStringLiteral("birth_date"), dateText(r.birthDate)},
            {QStringLiteral("start_date"), dateText(r.startDate)},
            {QStringLiteral("onboarding_run_id"), r.onboardingRunId}};
}

QJsonObject absenceJson(PersonnelRepo &repo, PeopleRepo &people, const Absence &a)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("person_id"), a.personId},
                  {QStringLiteral("name"), nameOf(people, a.personId)},
                  {QStringLiteral("from_date"), dateText(a.from)},
                  {QStringLiteral("until_date"), dateText(a.until)}};
    // Only a store that may hold them has the details: an office manager's or an admin's.
    if (const auto d = repo.detailsOf(a.id)) {
        o.insert(QStringLiteral("reason"), d->reason);
        o.insert(QStringLiteral("doctor_visits"), QJsonArray::fromStringList(d->doctorVisits));
    }
    return o;
}

void printAbsence(CommandContext &s, const CommandArgs &args, const Absence &a)
{
    PersonnelRepo repo(s.db());
    PeopleRepo people(s.db());
    if (args.has(kJson)) {
        s.printJson(absenceJson(repo, people, a));
        return;
    }
    QString line = QStringLiteral("%1  %2  from %3 until %4")
                       .arg(Database::shortId(a.id), nameOf(people, a.personId), dateText(a.from),
                            a.isOpen() ? QStringLiteral("further notice") : dateText(a.until));
    if (const auto d = repo.detailsOf(a.id)) {
        if (!d->reason.isEmpty())
            line += QStringLiteral("  (%1)").arg(d->reason);
        if (!d->doctorVisits.isEmpty())
            line += QStringLiteral("  doctor: %1").arg(d->doctorVisits.join(QStringLiteral(", ")));
    }
    s.print(line);
}

void personnelSet(CommandContext &s, const CommandArgs &args)
{
    const Person p = s.resolvePerson(args.positional.join(QLatin1Char(' ')));
    PersonnelRepo repo(s.db());
    repo.setPersonnel(p.id, {.birthDate = dateOption(args, QStringLiteral("birth")),
                             .startDate = dateOption(args, QStringLiteral("start"))});
    PeopleRepo people(s.db());
    const PersonnelRecord r = *repo.personnelOf(p.id);
    if (args.has(kJson))
        s.printJson(personnelJson(people, r));
    else
        s.print(QStringLiteral("%1  born %2  started %3")
                    .arg(p.name, dateText(r.birthDate), dateText(r.startDate)));
}

void personnelList(CommandContext &s, const CommandArgs &args)
{
    PeopleRepo people(s.db());
    const QList<PersonnelRecord> records = PersonnelRepo(s.db()).personnel();
    if (args.has(kJson)) {
        QJsonArray out;
        for (const PersonnelRecord &r : records)
            out << personnelJson(people, r);
        s.printJson(out);
        return;
    }
    for (const PersonnelRecord &r : records)
        s.print(QStringLiteral("%1  born %2  started %3")
                    .arg(nameOf(people, r.personId), dateText(r.birthDate), dateText(r.startDate)));
}

void personnelUpcoming(CommandContext &s, const CommandArgs &args)
{
    PeopleRepo people(s.db());
    const int days = args.number(QStringLiteral("days"), 30);
    if (days < 0 || days > 366)
        fail(ErrorKind::BadInput, QStringLiteral("--days takes 0 to 366"));
    const QList<PersonnelDate> list =
        upcoming(PersonnelRepo(s.db()).personnel(), today(s, args), days);
    QJsonArray out;
    for (const PersonnelDate &d : list) {
        if (args.has(kJson)) {
            out << QJsonObject{{QStringLiteral("event"), toText(d.event)},
                               {QStringLiteral("person_id"), d.personId},
                               {QStringLiteral("name"), nameOf(people, d.personId)},
                               {QStringLiteral("date"), dateText(d.date)},
                               {QStringLiteral("years"), d.years}};
            continue;
        }
        s.print(QStringLiteral("%1  %2  %3%4")
                    .arg(dateText(d.date), toText(d.event), nameOf(people, d.personId),
                         d.years > 0 ? QStringLiteral(" (%1)").arg(d.years) : QString()));
    }
    if (args.has(kJson))
        s.printJson(out);
}

void personnelRemind(CommandContext &s, const CommandArgs &args)
{
    const QString me = s.actingId();
    QString assignee = me;
    PeopleRepo people(s.db());
    // The reminders are the office manager's work: an admin makes them for her.
    if (const auto p = people.byId(me); !p || p->role != Role::OfficeManager) {
        for (const Person &q : people.all()) {
            if (q.role == Role::OfficeManager) {
                assignee = q.id;
                break;
            }
        }
    }
    const QString language = args.value(QStringLiteral("lang"), QStringLiteral("en"));
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        fail(ErrorKind::BadInput, QStringLiteral("--lang takes nl or en"));
    const QStringList made = PersonnelRepo(s.db()).makeReminderTasks(
        today(s, args), assignee, me, s.zoneFor(args, assignee), language);
    if (args.has(kJson)) {
        s.printJson(QJsonArray::fromStringList(made));
        return;
    }
    for (const QString &id : made)
        s.print(id);
}

void personnelOnboard(CommandContext &s, const CommandArgs &args)
{
    const Person p = s.resolvePerson(args.positional.join(QLatin1Char(' ')));
    const QString run = PersonnelRepo(s.db()).startOnboarding(
        p.id, args.required(QStringLiteral("template")), p.tz, s.actingId());
    if (args.has(kJson))
        s.printJson(QJsonObject{{QStringLiteral("run_id"), run}});
    else
        s.print(run);
}

void absenceAdd(CommandContext &s, const CommandArgs &args)
{
    const Person p = s.resolvePerson(args.positional.join(QLatin1Char(' ')));
    PersonnelRepo repo(s.db());
    const QDate from = dateOption(args, QStringLiteral("from")).value_or(today(s, args));
    const QString id = repo.addAbsence(
        {.personId = p.id,
         .from = from,
         .until = dateOption(args, QStringLiteral("until")).value_or(QDate()),
         .createdBy = s.actingId()},
        {.reason = args.value(QStringLiteral("reason")), .doctorVisits = visitsOption(args)});
    if (args.has(kJson))
        printAbsence(s, args, *repo.absence(id));
    else
        s.print(id);
}

void absenceList(CommandContext &s, const CommandArgs &args)
{
    PersonnelRepo repo(s.db());
    QList<Absence> list;
    if (args.has(QStringLiteral("all")))
        list = repo.absences();
    else
        list = repo.absentOn(dateOption(args, QStringLiteral("on")).value_or(today(s, args)));
    if (args.has(kJson)) {
        PeopleRepo people(s.db());
        QJsonArray out;
        for (const Absence &a : list)
            out << absenceJson(repo, people, a);
        s.printJson(out);
        return;
    }
    for (const Absence &a : list)
        printAbsence(s, args, a);
}

void absenceEnd(CommandContext &s, const CommandArgs &args)
{
    PersonnelRepo repo(s.db());
    const QString id = s.resolveId(QStringLiteral("absences"), args.positional[0]);
    repo.endAbsence(id, dateOption(args, QStringLiteral("on")).value_or(today(s, args)));
    printAbsence(s, args, *repo.absence(id));
}

void absenceDetails(CommandContext &s, const CommandArgs &args)
{
    PersonnelRepo repo(s.db());
    const QString id = s.resolveId(QStringLiteral("absences"), args.positional[0]);
    AbsenceDetailsChange change;
    if (args.options.contains(QStringLiteral("reason")))
        change.reason = args.value(QStringLiteral("reason"));
    if (args.options.contains(QStringLiteral("doctor")))
        change.doctorVisits = visitsOption(args);
    repo.updateDetails(id, change);
    printAbsence(s, args, *repo.absence(id));
}

void absenceRemove(CommandContext &s, const CommandArgs &args)
{
    const QString id = s.resolveId(QStringLiteral("absences"), args.positional[0]);
    PersonnelRepo(s.db()).removeAbsence(id);
    s.print(id);
}
} // namespace

void addPersonnelCommands(CommandTable &table)
{
    const QString birth = QStringLiteral("birth"), start = QStringLiteral("start");
    table << Command{QStringLiteral("personnel set"),
                     QStringLiteral("personnel set PERSON [--birth YYYY-MM-DD] "
                                    "[--start YYYY-MM-DD] [--json]   (an empty date clears it)"),
                     {birth, start},
                     {kJson},
                     1,
                     8,
                     personnelSet};
    table << Command{QStringLiteral("personnel list"),
                     QStringLiteral("personnel list [--json]"),
                     {},
                     {kJson},
                     0,
                     0,
                     personnelList};
    table << Command{QStringLiteral("personnel upcoming"),
                     QStringLiteral("personnel upcoming [--days N] [--tz ZONE] [--json]   "
                                    "(birthdays, anniversaries and starts; 30 days)"),
                     {QStringLiteral("days"), QStringLiteral("tz")},
                     {kJson},
                     0,
                     0,
                     personnelUpcoming};
    table << Command{QStringLiteral("personnel remind"),
                     QStringLiteral("personnel remind [--lang nl|en] [--tz ZONE] [--json]   "
                                    "(the office manager's tasks for the reminders due, once)"),
                     {QStringLiteral("lang"), QStringLiteral("tz")},
                     {kJson},
                     0,
                     0,
                     personnelRemind};
    table << Command{QStringLiteral("personnel onboard"),
                     QStringLiteral("personnel onboard PERSON --template T [--json]   "
                                    "(a checklist run on their start date)"),
                     {QStringLiteral("template")},
                     {kJson},
                     1,
                     8,
                     personnelOnboard};
    table << Command{QStringLiteral("absence add"),
                     QStringLiteral("absence add PERSON [--from DATE] [--until DATE] "
                                    "[--reason R] [--doctor YYYY-MM-DDTHH:MM[,...]] [--json]"),
                     {QStringLiteral("from"), QStringLiteral("until"), QStringLiteral("reason"),
                      QStringLiteral("doctor"), QStringLiteral("tz")},
                     {kJson},
                     1,
                     8,
                     absenceAdd};
    table << Command{QStringLiteral("absence list"),
                     QStringLiteral("absence list [--on DATE | --all] [--json]   (who is absent "
                                    "today; the reason only where the store holds it)"),
                     {QStringLiteral("on"), QStringLiteral("tz")},
                     {kJson, QStringLiteral("all")},
                     0,
                     0,
                     absenceList};
    table << Command{QStringLiteral("absence end"),
                     QStringLiteral("absence end ABSENCE [--on DATE] [--json]   (the last day "
                                    "absent; today by default)"),
                     {QStringLiteral("on"), QStringLiteral("tz")},
                     {kJson},
                     1,
                     1,
                     absenceEnd};
    table << Command{QStringLiteral("absence details"),
                     QStringLiteral("absence details ABSENCE [--reason R] "
                                    "[--doctor YYYY-MM-DDTHH:MM[,...]] [--json]"),
                     {QStringLiteral("reason"), QStringLiteral("doctor")},
                     {kJson},
                     1,
                     1,
                     absenceDetails};
    table << Command{QStringLiteral("absence remove"),
                     QStringLiteral("absence remove ABSENCE"),
                     {},
                     {},
                     1,
                     1,
                     absenceRemove};
}

} // namespace spil
