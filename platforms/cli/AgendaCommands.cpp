// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "JsonViews.h"

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/AgendaRules.h"
#include "core/agenda/BumpMessages.h"
#include "core/agenda/BumpPlanner.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/contacts/ContactRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

namespace spil {

namespace {
const QString kJson = QStringLiteral("json");

// --from (default today) and --to (default defaultDays later), dates read in zone; --to is
// the last day included.
QPair<QDate, QDate> dateRange(CommandContext &s, const CommandArgs &args, const QTimeZone &zone,
                              int defaultDays)
{
    const QDate from = args.options.contains(QStringLiteral("from"))
                           ? parseDate(args.value(QStringLiteral("from")))
                           : dateIn(s.clock().nowMs(), zone);
    const QDate to = args.options.contains(QStringLiteral("to"))
                         ? parseDate(args.value(QStringLiteral("to")))
                         : from.addDays(defaultDays - 1);
    if (to < from)
        fail(ErrorKind::BadInput, QStringLiteral("--to lies before --from"));
    return {from, to};
}

// The same range as UTC instants: from the first day's midnight to the one after the last.
QPair<qint64, qint64> dayRange(CommandContext &s, const CommandArgs &args, const QTimeZone &zone,
                               int defaultDays)
{
    const auto [from, to] = dateRange(s, args, zone, defaultDays);
    return {startOfDay(from, zone), startOfDay(to.addDays(1), zone)};
}

QString line(const Occurrence &o, const QTimeZone &zone)
{
    const auto local = [&](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(
            QStringLiteral("ddd yyyy-MM-dd HH:mm"));
    };
    QString when =
        o.appointment.allDay
            ? QDateTime::fromMSecsSinceEpoch(o.startUtc, zone)
                  .toString(QStringLiteral("ddd yyyy-MM-dd 'all day'  "))
            : QStringLiteral("%1-%2").arg(
                  local(o.startUtc),
                  QDateTime::fromMSecsSinceEpoch(o.endUtc, zone).toString(QStringLiteral("HH:mm")));
    return QStringLiteral("%1  %2  %3%4")
        .arg(Database::shortId(o.appointment.id), when, o.appointment.title,
             o.appointment.confidential ? QStringLiteral("  [confidential]") : QString());
}

void list(CommandContext &s, const CommandArgs &args)
{
    const Person person = s.resolvePerson(args.required(QStringLiteral("person")));
    const QTimeZone zone = s.zoneFor(args, person.id);
    const auto [from, to] = dayRange(s, args, zone, 14);
    const auto occurrences = AgendaRepo(s.db()).occurrences(person.id, from, to, zone);
    QJsonArray out;
    for (const Occurrence &o : occurrences) {
        if (args.has(kJson))
            out << occurrenceJson(o, zone);
        else
            s.print(line(o, zone));
    }
    if (args.has(kJson))
        s.printJson(out);
}

void add(CommandContext &s, const CommandArgs &args)
{
    const Person person = s.resolvePerson(args.required(QStringLiteral("person")));
    Appointment a;
    a.owner = person.id;
    a.title = args.required(QStringLiteral("title"));
    a.tz = args.value(QStringLiteral("tz"), person.tz);
    const QTimeZone zone = zoneOrFail(a.tz);
    a.allDay = args.has(QStringLiteral("all-day"));
    if (a.allDay) {
        const QDate first = parseDate(args.required(QStringLiteral("start")));
        const QDate last =
            parseDate(args.value(QStringLiteral("end"), first.toString(Qt::ISODate)));
        a.startUtc = startOfDay(first, QTimeZone::utc());
        a.endUtc = startOfDay(last.addDays(1), QTimeZone::utc());
    } else {
        a.startUtc = parseInstant(args.required(QStringLiteral("start")), zone);
        a.endUtc = parseInstant(args.required(QStringLiteral("end")), zone);
    }
    a.kind = parseText<AppointmentKind>(args.value(QStringLiteral("kind"), toText(a.kind)),
                                        QStringLiteral("kind"));
    a.priority = parseText<AppointmentPriority>(
        args.value(QStringLiteral("priority"), toText(a.priority)), QStringLiteral("priority"));
    a.status = parseText<AppointmentStatus>(args.value(QStringLiteral("status"), toText(a.status)),
                                            QStringLiteral("status"));
    a.location = args.value(QStringLiteral("location"));
    a.notes = args.value(QStringLiteral("notes"));
    a.rrule = args.value(QStringLiteral("rrule"));
    a.confidential = args.has(QStringLiteral("confidential"));
    for (const QString &ref :
         args.value(QStringLiteral("attendees")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        // People of the office by reference; anyone else by name.
        try {
            a.attendees << s.resolvePerson(ref.trimmed()).id;
        } catch (const Error &e) {
            if (e.kind() != ErrorKind::NotFound)
                throw;
            a.attendees << ref.trimmed();
        }
    }
    a.createdBy = s.actingId();
    if (args.options.contains(QStringLiteral("contact")))
        a.contactId = ContactRepo(s.db()).resolve(args.value(QStringLiteral("contact"))).id;
    const QString id = AgendaRepo(s.db()).add(a, args.has(QStringLiteral("force")));
    if (args.has(kJson)) {
        QVariantMap record = *s.db().get(QStringLiteral("appointments"), id);
        s.printJson(recordJson(QStringLiteral("appointments"), record));
    } else {
        s.print(id);
    }
}

void remove(CommandContext &s, const CommandArgs &args)
{
    AgendaRepo(s.db()).remove(s.resolveId(QStringLiteral("appointments"), args.positional[0]));
}

void conflicts(CommandContext &s, const CommandArgs &args)
{
    const Person person = s.resolvePerson(args.required(QStringLiteral("person")));
    const QTimeZone zone = s.zoneFor(args, person.id);
    const auto [from, to] = dayRange(s, args, zone, 14);
    AgendaRepo agenda(s.db());
    const auto found = AgendaRules(s.db(), agenda).conflicts(person.id, from, to);
    QJsonArray out;
    for (const Conflict &c : found) {
        if (args.has(kJson))
            out << conflictJson(c, zone);
        else
            s.print(QStringLiteral("%1: %2  <>  %3")
                        .arg(toText(c.type), line(c.first, zone), line(c.second, zone)));
    }
    if (args.has(kJson))
        s.printJson(out);
}

void freeSlots(CommandContext &s, const CommandArgs &args)
{
    QStringList ids;
    for (const QString &ref :
         args.required(QStringLiteral("people")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids << s.resolvePerson(ref.trimmed()).id;
    const QTimeZone zone = s.zoneFor(args, ids.value(0));
    const auto [from, to] = dateRange(s, args, zone, 7);
    AgendaRepo agenda(s.db());
    const auto slots =
        AgendaRules(s.db(), agenda)
            .freeSlots(ids, from, to, args.number(QStringLiteral("minutes"), 30), zone);
    QJsonArray out;
    for (const Interval &slot : slots) {
        const qint64 minutes = (slot.end - slot.start) / 60000;
        if (args.has(kJson))
            out << QJsonObject{{QStringLiteral("start"), formatInstant(slot.start, zone)},
                               {QStringLiteral("end"), formatInstant(slot.end, zone)},
                               {QStringLiteral("minutes"), minutes}};
        else
            s.print(QStringLiteral("%1 - %2  (%3 min)")
                        .arg(formatInstant(slot.start, zone), formatInstant(slot.end, zone))
                        .arg(minutes));
    }
    if (args.has(kJson))
        s.printJson(out);
}
QString span(qint64 start, qint64 end, const QTimeZone &zone)
{
    return QStringLiteral("%1-%2").arg(
        QDateTime::fromMSecsSinceEpoch(start, zone)
            .toString(QStringLiteral("ddd yyyy-MM-dd HH:mm")),
        QDateTime::fromMSecsSinceEpoch(end, zone).toString(QStringLiteral("HH:mm")));
}

// Proposes which of the director's appointments to move for a more important need, and with
// --apply N makes room as proposal N says: one action, one sync mutation.
void bump(CommandContext &s, const CommandArgs &args)
{
    const Person director = s.resolvePerson(args.required(QStringLiteral("director")));
    const QTimeZone zone = s.zoneFor(args, director.id);
    const auto [from, to] = dayRange(s, args, zone, 7);
    BumpNeed need;
    need.principal = director.id;
    need.minutes = args.number(QStringLiteral("duration"), 60);
    need.fromUtc = from;
    need.toUtc = to;
    need.importance = parseText<AppointmentPriority>(
        args.value(QStringLiteral("importance"), toText(AppointmentPriority::High)),
        QStringLiteral("importance"));
    need.title = args.value(QStringLiteral("title"));
    AgendaRepo agenda(s.db());
    const auto proposals = BumpPlanner(s.db(), agenda).propose(need, 5);

    if (args.options.contains(QStringLiteral("apply"))) {
        const int n = args.number(QStringLiteral("apply"), 0);
        if (n < 1 || n > proposals.size())
            fail(ErrorKind::BadInput,
                 QStringLiteral("--apply takes a proposal from 1 to %1").arg(proposals.size()));
        if (need.title.trimmed().isEmpty())
            fail(ErrorKind::BadInput, QStringLiteral("--apply needs --title"));
        const BumpProposal &p = proposals[n - 1];
        Bump b{BumpPlanner::bookingFor(need, p, director.tz, s.actingId()), {}};
        // Drafted from the appointments as they stand before the move, which they quote.
        const auto me = PeopleRepo(s.db()).byId(s.actingId());
        QList<BumpMessage> messages;
        for (const BumpMove &m : p.moves) {
            b.moves << BumpMoveTo{m.occurrence.appointment.id, m.newSlot.start, m.newSlot.end};
            messages << draftBumpMessages(s.db(), m.occurrence.appointment, m.newSlot.start,
                                          me ? me->name : QString());
        }
        const BumpUndo undo = agenda.applyBump(b);
        if (args.has(kJson)) {
            QJsonArray moved;
            for (const OccurrenceChange &c : undo.moved)
                moved << c.id;
            QJsonArray drafts;
            for (const BumpMessage &m : std::as_const(messages))
                drafts << QJsonObject{{QStringLiteral("recipient"), m.recipient},
                                      {QStringLiteral("name"), m.name},
                                      {QStringLiteral("email"), m.email},
                                      {QStringLiteral("language"), toText(m.language)},
                                      {QStringLiteral("subject"), m.subject},
                                      {QStringLiteral("body"), m.body}};
            s.printJson(QJsonObject{{QStringLiteral("booking"), undo.bookingId},
                                    {QStringLiteral("moved"), moved},
                                    {QStringLiteral("messages"), drafts}});
        } else {
            s.print(undo.bookingId);
            // Spil sends nothing: the user sends these from their own mail.
            for (const BumpMessage &m : std::as_const(messages)) {
                s.print(QString());
                s.print(QStringLiteral("To: %1 (%2)")
                            .arg(m.email.isEmpty() ? m.name
                                                   : QStringLiteral("%1 <%2>").arg(m.name, m.email),
                                 toText(m.language)));
                s.print(QStringLiteral("Subject: %1").arg(m.subject));
                s.print(QString());
                s.print(m.body);
            }
        }
        return;
    }

    QJsonArray out;
    for (qsizetype i = 0; i < proposals.size(); ++i) {
        const BumpProposal &p = proposals[i];
        if (args.has(kJson)) {
            QJsonArray moves;
            for (const BumpMove &m : p.moves)
                moves << QJsonObject{
                    {QStringLiteral("id"), m.occurrence.appointment.id},
                    {QStringLiteral("title"), m.occurrence.appointment.title},
                    {QStringLiteral("priority"), toText(m.occurrence.appointment.priority)},
                    {QStringLiteral("start"), formatInstant(m.occurrence.startUtc, zone)},
                    {QStringLiteral("end"), formatInstant(m.occurrence.endUtc, zone)},
                    {QStringLiteral("new_start"), formatInstant(m.newSlot.start, zone)},
                    {QStringLiteral("new_end"), formatInstant(m.newSlot.end, zone)}};
            out << QJsonObject{{QStringLiteral("proposal"), i + 1},
                               {QStringLiteral("start"), formatInstant(p.slot.start, zone)},
                               {QStringLiteral("end"), formatInstant(p.slot.end, zone)},
                               {QStringLiteral("moves"), moves}};
            continue;
        }
        s.print(QStringLiteral("%1  %2  moves %3")
                    .arg(i + 1)
                    .arg(span(p.slot.start, p.slot.end, zone))
                    .arg(p.moves.size()));
        for (const BumpMove &m : p.moves)
            s.print(QStringLiteral("   %1  %2 (%3)  %4 -> %5")
                        .arg(Database::shortId(m.occurrence.appointment.id),
                             m.occurrence.appointment.title,
                             toText(m.occurrence.appointment.priority),
                             span(m.occurrence.startUtc, m.occurrence.endUtc, zone),
                             span(m.newSlot.start, m.newSlot.end, zone)));
    }
    if (args.has(kJson))
        s.printJson(out);
    else if (proposals.isEmpty())
        s.print(QStringLiteral("no room can be made: what is booked then may not move"));
}

// Undoes the bump that booked the appointment named: the moved ones back, the booking gone.
void unbump(CommandContext &s, const CommandArgs &args)
{
    AgendaRepo agenda(s.db());
    agenda.undoBump(
        agenda.undoFor(s.resolveId(QStringLiteral("appointments"), args.positional[0])));
}
} // namespace

void addAgendaCommands(CommandTable &table)
{
    table << Command{QStringLiteral("agenda bump"),
                     QStringLiteral("agenda bump --director P --duration MIN [--from DATE] "
                                    "[--to DATE] [--importance normal|high] [--title T] "
                                    "[--apply N] [--tz ZONE] [--json]"),
                     {QStringLiteral("director"), QStringLiteral("duration"),
                      QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("importance"),
                      QStringLiteral("title"), QStringLiteral("apply"), QStringLiteral("tz")},
                     {kJson},
                     0,
                     0,
                     bump};
    table << Command{QStringLiteral("agenda unbump"),
                     QStringLiteral("agenda unbump BOOKING_ID"),
                     {},
                     {},
                     1,
                     1,
                     unbump};
    table << Command{QStringLiteral("agenda list"),
                     QStringLiteral("agenda list --person P [--from DATE] [--to DATE] [--tz ZONE] "
                                    "[--json]"),
                     {QStringLiteral("person"), QStringLiteral("from"), QStringLiteral("to"),
                      QStringLiteral("tz")},
                     {kJson},
                     0,
                     0,
                     list};
    table << Command{
        QStringLiteral("agenda add"),
        QStringLiteral("agenda add --person P --title T --start ISO --end ISO "
                       "[--tz ZONE] [--kind K] [--priority P] [--status S] "
                       "[--location L] [--attendees A,B] [--notes N] [--rrule R] "
                       "[--contact C] [--all-day] [--confidential] [--force] [--json]"),
        {QStringLiteral("person"), QStringLiteral("title"), QStringLiteral("start"),
         QStringLiteral("end"), QStringLiteral("tz"), QStringLiteral("kind"),
         QStringLiteral("priority"), QStringLiteral("status"), QStringLiteral("location"),
         QStringLiteral("attendees"), QStringLiteral("notes"), QStringLiteral("rrule"),
         QStringLiteral("contact")},
        {QStringLiteral("all-day"), QStringLiteral("confidential"), QStringLiteral("force"), kJson},
        0,
        0,
        add};
    table << Command{
        QStringLiteral("agenda remove"), QStringLiteral("agenda remove ID"), {}, {}, 1, 1, remove};
    table << Command{QStringLiteral("agenda conflicts"),
                     QStringLiteral("agenda conflicts --person P [--from DATE] [--to DATE] "
                                    "[--tz ZONE] [--json]"),
                     {QStringLiteral("person"), QStringLiteral("from"), QStringLiteral("to"),
                      QStringLiteral("tz")},
                     {kJson},
                     0,
                     0,
                     conflicts};
    table << Command{QStringLiteral("agenda free"),
                     QStringLiteral("agenda free --people P1,P2 [--from DATE] [--to DATE] "
                                    "[--minutes N] [--tz ZONE] [--json]"),
                     {QStringLiteral("people"), QStringLiteral("from"), QStringLiteral("to"),
                      QStringLiteral("minutes"), QStringLiteral("tz")},
                     {kJson},
                     0,
                     0,
                     freeSlots};
}

} // namespace spil
