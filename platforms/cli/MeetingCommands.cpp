// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "MeetingShow.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/meetings/MeetingPlanner.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/MinutesRepo.h"
#include "core/meetings/PaperReads.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

#include <QJsonArray>

namespace spil {

namespace {
const QString kJson = QStringLiteral("json");
const QString kAt = QStringLiteral("at");

// A meeting by its appointment's id, and for one of a series the occurrence's original
// start (--at), read in the meeting's own zone unless --tz says otherwise.
MeetingRef meetingRef(CommandContext &s, const CommandArgs &args, const QString &ref)
{
    MeetingRef meeting{s.resolveId(QStringLiteral("appointments"), ref), -1};
    if (!args.options.contains(kAt))
        return meeting;
    const auto a = AgendaRepo(s.db()).byId(meeting.appointmentId);
    const QTimeZone zone =
        args.options.contains(QStringLiteral("tz")) || !a ? s.zoneFor(args, {}) : zoneOrFail(a->tz);
    meeting.occurrenceUtc = parseInstant(args.value(kAt), zone);
    return meeting;
}

QStringList people(CommandContext &s, const QString &list)
{
    QStringList ids;
    for (const QString &ref : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids << s.resolvePerson(ref.trimmed()).id;
    return ids;
}

QString text(const CommandArgs &args, qsizetype from)
{
    return args.positional.mid(from).join(QLatin1Char(' ')).trimmed();
}

void show(CommandContext &s, const CommandArgs &args)
{
    showMeeting(s, meetingRef(s, args, args.positional[0]), args.has(kJson));
}

// Who has not opened the papers: per person who should read them, the papers in that
// they have not opened (as far as this device knows: others' reads reach the meeting's
// owner, their assistants and office managers only).
void unread(CommandContext &s, const CommandArgs &args)
{
    const MeetingRef meeting = meetingRef(s, args, args.positional[0]);
    if (!AgendaRepo(s.db()).byId(meeting.appointmentId))
        fail(ErrorKind::NotFound, QStringLiteral("no meeting %1").arg(args.positional[0]));
    QJsonArray out;
    PeopleRepo people(s.db());
    for (const AttendeeReading &r : PaperReadRepo(s.db()).unreadFor(meeting)) {
        const auto person = people.byId(r.person);
        const QString name = person ? person->name : r.person;
        if (args.has(kJson)) {
            QJsonArray unread;
            for (const ItemPaper &p : r.unread)
                unread << QJsonObject{{QStringLiteral("paper_id"), p.paper.id},
                                      {QStringLiteral("document_id"), p.paper.documentId},
                                      {QStringLiteral("title"), p.paper.title},
                                      {QStringLiteral("item_title"), p.item.title}};
            out << QJsonObject{{QStringLiteral("person_id"), r.person},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("to_read"), r.toRead},
                               {QStringLiteral("unread"), unread}};
            continue;
        }
        QStringList titles;
        for (const ItemPaper &p : r.unread)
            titles << p.paper.title;
        s.print(QStringLiteral("%1: %2 of %3 unread%4")
                    .arg(name)
                    .arg(r.unread.size())
                    .arg(r.toRead)
                    .arg(titles.isEmpty()
                             ? QString()
                             : QStringLiteral(" (%1)").arg(titles.join(QStringLiteral("; ")))));
    }
    if (args.has(kJson))
        s.printJson(out);
}

void addItem(CommandContext &s, const CommandArgs &args)
{
    MeetingItem item;
    item.meeting = meetingRef(s, args, args.positional[0]);
    item.title = text(args, 1);
    if (args.options.contains(QStringLiteral("presenter")))
        item.presenter = s.resolvePerson(args.value(QStringLiteral("presenter"))).id;
    item.minutesAllotted = args.number(QStringLiteral("minutes"), 0);
    item.closedTo = people(s, args.value(QStringLiteral("closed-to")));
    s.print(MeetingRepo(s.db()).addItem(item));
}

void addPaper(CommandContext &s, const CommandArgs &args)
{
    MeetingPaper paper;
    paper.itemId = s.resolveId(QStringLiteral("meeting_items"), args.positional[0]);
    paper.title = text(args, 1);
    if (args.options.contains(QStringLiteral("deliverer")))
        paper.deliverer = s.resolvePerson(args.value(QStringLiteral("deliverer"))).id;
    if (args.options.contains(QStringLiteral("due")))
        paper.dueUtc =
            parseInstant(args.value(QStringLiteral("due")), s.zoneFor(args, paper.deliverer));
    s.print(MeetingRepo(s.db()).addPaper(paper, s.actingId()));
}

void attach(CommandContext &s, const CommandArgs &args)
{
    MeetingRepo(s.db()).attachPaper(
        s.resolveId(QStringLiteral("meeting_papers"), args.positional[0]), args.positional[1]);
}

void late(CommandContext &s, const CommandArgs &args)
{
    QJsonArray out;
    for (const LatePaper &l : MeetingRepo(s.db()).latePapers()) {
        if (args.has(kJson)) {
            out << QJsonObject{
                {QStringLiteral("id"), l.paper.id},
                {QStringLiteral("title"), l.paper.title},
                {QStringLiteral("item"), l.item.title},
                {QStringLiteral("meeting_id"), l.item.meeting.appointmentId},
                {QStringLiteral("deliverer"), l.paper.deliverer},
                {QStringLiteral("due_utc"), formatInstant(l.paper.dueUtc, QTimeZone::utc())}};
            continue;
        }
        const auto deliverer = PeopleRepo(s.db()).byId(l.paper.deliverer);
        s.print(QStringLiteral("%1  %2  (%3; %4, due %5)")
                    .arg(Database::shortId(l.paper.id), l.paper.title, l.item.title,
                         deliverer ? deliverer->name : QStringLiteral("nobody"),
                         formatInstant(l.paper.dueUtc, s.zoneFor(args, s.actingId()))));
    }
    if (args.has(kJson))
        s.printJson(out);
}

void addMinutes(CommandContext &s, const CommandArgs &args)
{
    const QString item = s.resolveId(QStringLiteral("meeting_items"), args.positional[0]);
    const auto kind = parseText<MinutesEntryKind>(args.positional[1], QStringLiteral("kind"));
    MinutesRepo minutes(s.db());
    if (kind != MinutesEntryKind::Action) {
        s.print(minutes.addEntry(item, kind, text(args, 2), s.actingId()));
        return;
    }
    const QString owner = s.resolvePerson(args.required(QStringLiteral("owner"))).id;
    const qint64 due = args.options.contains(QStringLiteral("due"))
                           ? parseInstant(args.value(QStringLiteral("due")), s.zoneFor(args, owner))
                           : -1;
    s.print(minutes.addAction(item, text(args, 2), owner, due, s.actingId()));
}

void minutesState(CommandContext &s, const CommandArgs &args)
{
    const MeetingRef meeting = meetingRef(s, args, args.positional[0]);
    MinutesRepo minutes(s.db());
    const auto current = minutes.current(meeting);
    if (!current)
        fail(ErrorKind::NotFound, QStringLiteral("this meeting has no minutes yet"));
    minutes.setState(current->id,
                     parseText<MinutesState>(args.positional[1], QStringLiteral("state")));
}

void comment(CommandContext &s, const CommandArgs &args)
{
    const QString item = s.resolveId(QStringLiteral("meeting_items"), args.positional[0]);
    const QString line =
        args.options.contains(QStringLiteral("line"))
            ? s.resolveId(QStringLiteral("minutes_entries"), args.value(QStringLiteral("line")))
            : QString();
    s.print(MinutesRepo(s.db()).addComment(item, line, text(args, 1), s.actingId()));
}

void correct(CommandContext &s, const CommandArgs &args)
{
    s.print(MinutesRepo(s.db()).correct(meetingRef(s, args, args.positional[0]), s.actingId()));
}

// Without --book: the times all are free; with it, the meeting booked at that time.
void newMeeting(CommandContext &s, const CommandArgs &args)
{
    MeetingRequest request;
    request.title = text(args, 0);
    request.owner = s.resolvePerson(args.required(QStringLiteral("owner"))).id;
    request.attendees = people(s, args.value(QStringLiteral("with")));
    request.minutes = args.number(QStringLiteral("minutes"), 60);
    request.zone = s.zoneFor(args, request.owner);
    const QDate today = dateIn(s.clock().nowMs(), request.zone);
    request.fromDate = args.options.contains(QStringLiteral("from"))
                           ? parseDate(args.value(QStringLiteral("from")))
                           : today;
    request.toDate = args.options.contains(QStringLiteral("to"))
                         ? parseDate(args.value(QStringLiteral("to")))
                         : request.fromDate.addDays(13);
    request.location = args.value(QStringLiteral("location"));
    request.confidential = args.has(QStringLiteral("confidential"));
    request.createdBy = s.actingId();
    MeetingPlanner planner(s.db());
    if (args.options.contains(QStringLiteral("book"))) {
        s.print(
            planner.book(request, parseInstant(args.value(QStringLiteral("book")), request.zone)));
        return;
    }
    QJsonArray out;
    for (const Interval &slot : planner.slots(request)) {
        if (args.has(kJson))
            out << QJsonObject{{QStringLiteral("start"), formatInstant(slot.start, request.zone)},
                               {QStringLiteral("end"), formatInstant(slot.end, request.zone)}};
        else
            s.print(QStringLiteral("%1 - %2").arg(formatInstant(slot.start, request.zone),
                                                  formatInstant(slot.end, request.zone)));
    }
    if (args.has(kJson))
        s.printJson(out);
}
} // namespace

void addMeetingCommands(CommandTable &table)
{
    const QString tz = QStringLiteral("tz");
    table << Command{QStringLiteral("meeting show"),
                     QStringLiteral("meeting show MEETING [--at START] [--tz ZONE] [--json]"),
                     {kAt, tz},
                     {kJson},
                     1,
                     1,
                     show};
    table << Command{QStringLiteral("meeting unread"),
                     QStringLiteral("meeting unread MEETING [--at START] [--tz ZONE] [--json]   "
                                    "(who has not opened which paper)"),
                     {kAt, tz},
                     {kJson},
                     1,
                     1,
                     unread};
    table << Command{QStringLiteral("meeting item add"),
                     QStringLiteral("meeting item add MEETING TITLE [--at START] [--presenter P] "
                                    "[--minutes N] [--closed-to P1,P2] [--tz ZONE]"),
                     {kAt, tz, QStringLiteral("presenter"), QStringLiteral("minutes"),
                      QStringLiteral("closed-to")},
                     {},
                     2,
                     64,
                     addItem};
    table << Command{QStringLiteral("meeting paper add"),
                     QStringLiteral("meeting paper add ITEM TITLE [--deliverer P] [--due TIME] "
                                    "[--tz ZONE]"),
                     {QStringLiteral("deliverer"), QStringLiteral("due"), tz},
                     {},
                     2,
                     64,
                     addPaper};
    table << Command{QStringLiteral("meeting paper attach"),
                     QStringLiteral("meeting paper attach PAPER DOCUMENT"),
                     {},
                     {},
                     2,
                     2,
                     attach};
    table << Command{QStringLiteral("meeting paper late"),
                     QStringLiteral("meeting paper late [--tz ZONE] [--json]"),
                     {tz},
                     {kJson},
                     0,
                     0,
                     late};
    table << Command{QStringLiteral("meeting minutes add"),
                     QStringLiteral("meeting minutes add ITEM note|decision|action TEXT "
                                    "[--owner P] [--due TIME] [--tz ZONE]"),
                     {QStringLiteral("owner"), QStringLiteral("due"), tz},
                     {},
                     3,
                     64,
                     addMinutes};
    table << Command{QStringLiteral("meeting minutes state"),
                     QStringLiteral("meeting minutes state MEETING draft|review|final "
                                    "[--at START] [--tz ZONE]"),
                     {kAt, tz},
                     {},
                     2,
                     2,
                     minutesState};
    table << Command{QStringLiteral("meeting minutes comment"),
                     QStringLiteral("meeting minutes comment ITEM TEXT [--line ENTRY]   (minutes "
                                    "in review: on the item, or on one of its lines)"),
                     {QStringLiteral("line")},
                     {},
                     2,
                     64,
                     comment};
    table << Command{QStringLiteral("meeting minutes correct"),
                     QStringLiteral("meeting minutes correct MEETING [--at START] [--tz ZONE]"),
                     {kAt, tz},
                     {},
                     1,
                     1,
                     correct};
    table << Command{QStringLiteral("meeting new"),
                     QStringLiteral("meeting new TITLE --owner P [--with P1,P2] [--minutes N] "
                                    "[--from DATE] [--to DATE] [--book START] [--location L] "
                                    "[--confidential] [--tz ZONE] [--json]"),
                     {QStringLiteral("owner"), QStringLiteral("with"), QStringLiteral("minutes"),
                      QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("book"),
                      QStringLiteral("location"), tz},
                     {QStringLiteral("confidential"), kJson},
                     1,
                     64,
                     newMeeting};
}

} // namespace spil
