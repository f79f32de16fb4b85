// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "JsonViews.h"

#include "core/common/Clock.h"
#include "core/common/EnumText.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/contacts/ContactRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/requests/RequestDrafts.h"
#include "core/requests/RequestRanking.h"
#include "core/requests/RequestRepo.h"
#include "core/store/Database.h"

namespace spil {

namespace {
const QString kJson = QStringLiteral("json");
const QString kDraft = QStringLiteral("draft");

QJsonObject requestJson(const Request &r)
{
    QVariantMap record = RequestRepo::toRecord(r);
    record.insert(QStringLiteral("id"), r.id);
    return recordJson(QStringLiteral("requests"), record);
}

QString whoAsks(CommandContext &s, const Request &r)
{
    if (!r.contactId.isEmpty()) {
        if (const auto c = ContactRepo(s.db()).byId(r.contactId))
            return c->name;
    }
    return r.requester;
}

QTimeZone directorZone(CommandContext &s, const Request &r)
{
    const auto p = PeopleRepo(s.db()).byId(r.director);
    return zoneOrFail(p ? p->tz : QStringLiteral("UTC"));
}

QString slotLine(const Interval &slot, const QTimeZone &zone)
{
    return QStringLiteral("%1 - %2").arg(formatInstant(slot.start, zone),
                                         formatInstant(slot.end, zone).mid(11, 5));
}

// The message for who asked, printed for the user to send from their own mail.
void printDraft(CommandContext &s, const Request &r, RequestMessage kind,
                const QList<Interval> &slots)
{
    DraftInput in;
    in.kind = kind;
    in.language = r.language;
    in.name = whoAsks(s, r);
    in.subject = r.subject;
    const auto director = PeopleRepo(s.db()).byId(r.director);
    in.directorName = director ? director->name : QString();
    const auto me = PeopleRepo(s.db()).byId(s.actingId());
    in.sender = me ? me->name : QString();
    in.slots = slots;
    in.zone = directorZone(s, r);
    const Draft d = draftMessage(in);
    QString email;
    if (const auto c = ContactRepo(s.db()).byId(r.contactId))
        email = c->email;
    s.print(QStringLiteral("To: %1").arg(email.isEmpty() ? in.name : email));
    s.print(QStringLiteral("Subject: %1").arg(d.subject));
    s.print(QString());
    s.print(d.body);
}

RequestChange changeFrom(CommandContext &s, const CommandArgs &args)
{
    RequestChange change;
    if (args.options.contains(QStringLiteral("contact")))
        change.contactId = ContactRepo(s.db()).resolve(args.value(QStringLiteral("contact"))).id;
    if (args.options.contains(QStringLiteral("from-name")))
        change.requester = args.value(QStringLiteral("from-name"));
    if (args.options.contains(QStringLiteral("minutes")))
        change.minutes = args.number(QStringLiteral("minutes"), 30);
    if (args.options.contains(QStringLiteral("from")))
        change.fromDate = parseDate(args.value(QStringLiteral("from")));
    if (args.options.contains(QStringLiteral("to")))
        change.toDate = parseDate(args.value(QStringLiteral("to")));
    if (args.options.contains(QStringLiteral("importance")))
        change.importance = parseText<RequestImportance>(args.value(QStringLiteral("importance")),
                                                         QStringLiteral("importance"));
    if (args.options.contains(QStringLiteral("via"))) {
        // A person of the office by handle or name, else the words as given.
        const QString via = args.value(QStringLiteral("via"));
        try {
            change.via = s.resolvePerson(via).id;
        } catch (const Error &) {
            change.via = via;
        }
    }
    if (args.options.contains(QStringLiteral("language")))
        change.language = parseText<ContactLanguage>(args.value(QStringLiteral("language")),
                                                     QStringLiteral("language"));
    return change;
}

void add(CommandContext &s, const CommandArgs &args)
{
    const RequestChange change = changeFrom(s, args);
    Request r;
    r.director = s.resolvePerson(args.positional[0]).id;
    r.subject = args.positional.mid(1).join(QLatin1Char(' '));
    r.contactId = change.contactId.value_or(QString());
    r.requester = change.requester.value_or(QString());
    r.minutes = change.minutes.value_or(30);
    r.fromDate = change.fromDate.value_or(QDate());
    r.toDate = change.toDate.value_or(r.fromDate);
    r.importance = change.importance.value_or(RequestImportance::Normal);
    r.via = change.via.value_or(s.actingId());
    r.createdBy = s.actingId();
    RequestRepo requests(s.db());
    const QString id = requests.add(r, change.language);
    if (args.has(kJson))
        s.printJson(requestJson(*requests.byId(id)));
    else
        s.print(id);
}

// Changes the fields given, and only those, checked as the app checks them.
void edit(CommandContext &s, const CommandArgs &args)
{
    RequestChange change = changeFrom(s, args);
    if (args.options.contains(QStringLiteral("subject")))
        change.subject = args.value(QStringLiteral("subject"));
    if (change == RequestChange{})
        fail(ErrorKind::BadInput, QStringLiteral("nothing to change: give a field to edit"));
    RequestRepo requests(s.db());
    const QString id = requests.resolve(args.positional[0]).id;
    requests.update(id, change);
    if (args.has(kJson))
        s.printJson(requestJson(*requests.byId(id)));
}

void list(CommandContext &s, const CommandArgs &args)
{
    QString director;
    if (args.options.contains(QStringLiteral("director")))
        director = s.resolvePerson(args.value(QStringLiteral("director"))).id;
    QList<Request> shown = RequestRepo(s.db()).of(director);
    if (!args.has(QStringLiteral("all")))
        shown.removeIf([](const Request &r) { return !isOpen(r.state); });
    const QTimeZone zone = s.zoneFor(args, s.actingId());
    const QList<RankedRequest> ranked = rankRequests(shown, dateIn(s.clock().nowMs(), zone), zone);
    if (args.has(kJson)) {
        QJsonArray out;
        for (const RankedRequest &r : ranked) {
            QJsonObject o = requestJson(r.request);
            o.insert(QStringLiteral("score"), r.score);
            o.insert(QStringLiteral("waiting_days"), r.waitingDays);
            out << o;
        }
        s.printJson(out);
        return;
    }
    for (const RankedRequest &r : ranked)
        s.print(QStringLiteral("%1  %2  %3  %4  %5  %6d  %7")
                    .arg(Database::shortId(r.request.id), toText(r.request.importance),
                         toText(r.request.state), r.request.subject, whoAsks(s, r.request))
                    .arg(r.waitingDays)
                    .arg(r.request.decision == RequestDecision::Pending
                             ? QString()
                             : QStringLiteral("(%1)").arg(toText(r.request.decision)))
                    .trimmed());
}

void show(CommandContext &s, const CommandArgs &args)
{
    RequestRepo requests(s.db());
    const Request r = requests.resolve(args.positional[0]);
    const QTimeZone zone = directorZone(s, r);
    const QList<Interval> slots = isOpen(r.state) ? requests.proposals(r, 3) : QList<Interval>{};
    if (args.has(kJson)) {
        QJsonObject o = requestJson(r);
        QJsonArray free;
        for (const Interval &slot : slots)
            free << QJsonObject{{QStringLiteral("start"), formatInstant(slot.start, zone)},
                                {QStringLiteral("end"), formatInstant(slot.end, zone)}};
        o.insert(QStringLiteral("proposals"), free);
        s.printJson(o);
        return;
    }
    PeopleRepo people(s.db());
    const auto nameOf = [&](const QString &id) {
        const auto p = people.byId(id);
        return p ? p->name : id;
    };
    s.print(
        QStringLiteral("%1  (%2, %3)").arg(r.subject, toText(r.state), Database::shortId(r.id)));
    s.print(QStringLiteral("director: %1").arg(nameOf(r.director)));
    s.print(QStringLiteral("asks: %1").arg(whoAsks(s, r)));
    if (!r.contactId.isEmpty())
        s.print(QStringLiteral("gate: %1")
                    .arg(toText(ContactRepo(s.db()).gate(r.director, r.contactId))));
    s.print(QStringLiteral("minutes: %1").arg(r.minutes));
    s.print(QStringLiteral("window: %1 to %2")
                .arg(r.fromDate.toString(Qt::ISODate), r.toDate.toString(Qt::ISODate)));
    s.print(QStringLiteral("importance: %1").arg(toText(r.importance)));
    if (!r.via.isEmpty())
        s.print(QStringLiteral("via: %1").arg(nameOf(r.via)));
    s.print(QStringLiteral("language: %1").arg(toText(r.language)));
    s.print(QStringLiteral("decision: %1%2")
                .arg(toText(r.decision), r.decisionNote.isEmpty()
                                             ? QString()
                                             : QStringLiteral(" (%1)").arg(r.decisionNote)));
    if (!r.appointmentId.isEmpty())
        s.print(QStringLiteral("appointment: %1").arg(Database::shortId(r.appointmentId)));
    if (!slots.isEmpty()) {
        s.print(QStringLiteral("free:"));
        for (const Interval &slot : slots)
            s.print(QStringLiteral("  ") + slotLine(slot, zone));
    }
}

void propose(CommandContext &s, const CommandArgs &args)
{
    RequestRepo requests(s.db());
    const Request r = requests.resolve(args.positional[0]);
    const QList<Interval> slots = requests.proposals(r, args.number(QStringLiteral("count"), 3));
    if (slots.isEmpty())
        fail(ErrorKind::Refused,
             QStringLiteral("no free time for '%1' in its window").arg(r.subject));
    requests.propose(r.id);
    if (args.has(kDraft)) {
        printDraft(s, r, RequestMessage::Offer, slots);
        return;
    }
    const QTimeZone zone = directorZone(s, r);
    for (const Interval &slot : slots)
        s.print(slotLine(slot, zone));
}

void schedule(CommandContext &s, const CommandArgs &args)
{
    RequestRepo requests(s.db());
    const Request r = requests.resolve(args.positional[0]);
    const qint64 start = parseInstant(args.positional[1], directorZone(s, r));
    const QString appointment = requests.schedule(r.id, start, s.actingId());
    if (args.has(kDraft))
        printDraft(s, r, RequestMessage::Confirmation,
                   {Interval{start, start + r.minutes * 60 * 1000LL}});
    else
        s.print(appointment);
}

void answer(CommandContext &s, const CommandArgs &args, RequestMessage kind)
{
    RequestRepo requests(s.db());
    const Request r = requests.resolve(args.positional[0]);
    if (kind == RequestMessage::Refusal)
        requests.decline(r.id);
    else
        requests.defer(r.id);
    if (args.has(kDraft))
        printDraft(s, r, kind, {});
}

void forward(CommandContext &s, const CommandArgs &args)
{
    RequestRepo requests(s.db());
    requests.forward(requests.resolve(args.positional[0]).id);
}

void takeBack(CommandContext &s, const CommandArgs &args)
{
    const RequestState previous =
        args.has(QStringLiteral("state"))
            ? parseText<RequestState>(args.value(QStringLiteral("state")), QStringLiteral("state"))
            : RequestState::New;
    RequestRepo requests(s.db());
    requests.takeBack(requests.resolve(args.positional[0]).id, previous);
}

void decide(CommandContext &s, const CommandArgs &args)
{
    const RequestDecision decision =
        parseText<RequestDecision>(args.positional[1], QStringLiteral("decision"));
    RequestRepo requests(s.db());
    const QString id = requests.resolve(args.positional[0]).id;
    // pending takes the word back, as the app's Undo does.
    if (decision == RequestDecision::Pending)
        return requests.undecide(id);
    requests.decide(id, decision, args.value(QStringLiteral("note")));
}
} // namespace

void addRequestCommands(CommandTable &table)
{
    const QStringList fields{QStringLiteral("contact"), QStringLiteral("from-name"),
                             QStringLiteral("minutes"), QStringLiteral("from"),
                             QStringLiteral("to"),      QStringLiteral("importance"),
                             QStringLiteral("via"),     QStringLiteral("language")};
    table << Command{QStringLiteral("request add"),
                     QStringLiteral("request add DIRECTOR SUBJECT (--contact C | --from-name NAME) "
                                    "--from DATE [--to DATE] [--minutes N] "
                                    "[--importance low|normal|high|urgent] [--via PERSON] "
                                    "[--language nl|en] [--json]"),
                     fields,
                     {kJson},
                     2,
                     32,
                     add};
    table << Command{QStringLiteral("request edit"),
                     QStringLiteral("request edit REQUEST [--subject S] [--contact C | --from-name "
                                    "NAME] [--from DATE] [--to DATE] [--minutes N] "
                                    "[--importance low|normal|high|urgent] [--via PERSON] "
                                    "[--language nl|en] [--json]"),
                     fields + QStringList{QStringLiteral("subject")},
                     {kJson},
                     1,
                     1,
                     edit};
    table << Command{QStringLiteral("request list"),
                     QStringLiteral("request list [--director D] [--all] [--json]   (ranked: "
                                    "importance, then working days waited)"),
                     {QStringLiteral("director"), QStringLiteral("zone")},
                     {kJson, QStringLiteral("all")},
                     0,
                     0,
                     list};
    table << Command{QStringLiteral("request show"),
                     QStringLiteral("request show REQUEST [--json]   (with the first free times)"),
                     {},
                     {kJson},
                     1,
                     1,
                     show};
    table << Command{QStringLiteral("request propose"),
                     QStringLiteral("request propose REQUEST [--count N] [--draft]"),
                     {QStringLiteral("count")},
                     {kDraft},
                     1,
                     1,
                     propose};
    table << Command{QStringLiteral("request schedule"),
                     QStringLiteral("request schedule REQUEST START [--draft]   (START in the "
                                    "director's zone, e.g. 2026-12-01T10:00)"),
                     {},
                     {kDraft},
                     2,
                     2,
                     schedule};
    table << Command{
        QStringLiteral("request decline"),
        QStringLiteral("request decline REQUEST [--draft]"),
        {},
        {kDraft},
        1,
        1,
        [](CommandContext &s, const CommandArgs &a) { answer(s, a, RequestMessage::Refusal); }};
    table << Command{QStringLiteral("request defer"),
                     QStringLiteral("request defer REQUEST [--draft]"),
                     {},
                     {kDraft},
                     1,
                     1,
                     [](CommandContext &s, const CommandArgs &a) {
                         answer(s, a, RequestMessage::Postponement);
                     }};
    table << Command{QStringLiteral("request forward"),
                     QStringLiteral("request forward REQUEST   (to the director, who decides)"),
                     {},
                     {},
                     1,
                     1,
                     forward};
    table << Command{QStringLiteral("request take-back"),
                     QStringLiteral("request take-back REQUEST [--state new|proposed|deferred]   "
                                    "(a forward not decided yet)"),
                     {QStringLiteral("state")},
                     {},
                     1,
                     1,
                     takeBack};
    table << Command{QStringLiteral("request decide"),
                     QStringLiteral("request decide REQUEST accepted|declined|pending [--note N]"),
                     {QStringLiteral("note")},
                     {},
                     2,
                     2,
                     decide};
}

} // namespace spil
