// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl meeting show: a meeting's agenda with its papers (in, late), its minutes and the
// open actions carried over from the series' earlier meetings.
#include "MeetingShow.h"

#include "JsonViews.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/MinutesRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"

#include <QJsonArray>

namespace spil {

namespace {
QString nameOf(Database &db, const QString &personId)
{
    if (personId.isEmpty())
        return {};
    const auto p = PeopleRepo(db).byId(personId);
    return p ? p->name : personId;
}

QStringList namesOf(Database &db, const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids)
        out << nameOf(db, id);
    return out;
}

QString paperLine(Database &db, const MeetingPaper &p, qint64 now, const QTimeZone &zone)
{
    QStringList parts{p.title};
    if (!p.deliverer.isEmpty())
        parts << QStringLiteral("from %1").arg(nameOf(db, p.deliverer));
    if (p.dueUtc >= 0)
        parts << QStringLiteral("due %1").arg(formatInstant(p.dueUtc, zone));
    const QString state = p.isIn()        ? QStringLiteral("in")
                          : p.isLate(now) ? QStringLiteral("LATE")
                                          : QStringLiteral("waiting");
    return QStringLiteral("   paper %1  %2  [%3]")
        .arg(Database::shortId(p.id), parts.join(QStringLiteral(", ")), state);
}

QString lineText(Database &db, const MinutesLine &line, const QTimeZone &zone)
{
    const MinutesEntry &e = line.entry;
    QString text = QStringLiteral("%1: %2").arg(toText(e.kind), e.text);
    if (e.kind == MinutesEntryKind::Action) {
        QStringList parts{nameOf(db, e.owner)};
        if (e.dueUtc >= 0)
            parts << QStringLiteral("due %1").arg(formatInstant(e.dueUtc, zone));
        if (line.taskStatus)
            parts << QStringLiteral("task %1").arg(toText(*line.taskStatus));
        text += QStringLiteral("  (%1)").arg(parts.join(QStringLiteral(", ")));
    }
    return text;
}

QJsonObject json(const MeetingRef &ref, const Appointment &a, Database &db)
{
    MeetingRepo meetings(db);
    MinutesRepo minutes(db);
    const qint64 now = db.clock().nowMs();
    QJsonArray items;
    for (const MeetingItem &item : meetings.items(ref)) {
        QVariantMap record = MeetingRepo::toRecord(item);
        record.insert(QStringLiteral("id"), item.id);
        QJsonObject o = recordJson(QStringLiteral("meeting_items"), record);
        QJsonArray papers;
        for (const MeetingPaper &p : meetings.papers(item.id)) {
            QVariantMap pr = MeetingRepo::toRecord(p);
            pr.insert(QStringLiteral("id"), p.id);
            QJsonObject po = recordJson(QStringLiteral("meeting_papers"), pr);
            po.insert(QStringLiteral("late"), p.isLate(now));
            papers << po;
        }
        o.insert(QStringLiteral("papers"), papers);
        items << o;
    }
    const PapersIn in = meetings.papersIn(ref);
    QJsonObject out{{QStringLiteral("id"), a.id},
                    {QStringLiteral("title"), a.title},
                    {QStringLiteral("occurrence_utc"),
                     ref.occurrenceUtc < 0
                         ? QJsonValue()
                         : QJsonValue(formatInstant(ref.occurrenceUtc, QTimeZone::utc()))},
                    {QStringLiteral("papers_in"), in.in},
                    {QStringLiteral("papers_total"), in.total},
                    {QStringLiteral("papers_late"), int(meetings.latePapers(ref).size())},
                    {QStringLiteral("items"), items}};
    if (const auto current = minutes.current(ref)) {
        QJsonArray lines;
        for (const MinutesLine &line : minutes.lines(ref)) {
            QVariantMap record = MinutesRepo::toRecord(line.entry);
            record.insert(QStringLiteral("id"), line.entry.id);
            QJsonObject o = recordJson(QStringLiteral("minutes_entries"), record);
            o.insert(QStringLiteral("task_status"),
                     line.taskStatus ? QJsonValue(toText(*line.taskStatus)) : QJsonValue());
            lines << o;
        }
        QJsonArray comments;
        for (const MinutesComment &c : minutes.comments(ref)) {
            QVariantMap record = MinutesRepo::toRecord(c);
            record.insert(QStringLiteral("id"), c.id);
            comments << recordJson(QStringLiteral("minutes_comments"), record);
        }
        out.insert(QStringLiteral("minutes"),
                   QJsonObject{{QStringLiteral("id"), current->id},
                               {QStringLiteral("version"), current->version},
                               {QStringLiteral("state"), toText(current->state)},
                               {QStringLiteral("lines"), lines},
                               {QStringLiteral("comments"), comments}});
    }
    QJsonArray carried;
    for (const CarriedAction &c : minutes.openActionsFor(ref)) {
        QVariantMap record = MinutesRepo::toRecord(c.action);
        record.insert(QStringLiteral("id"), c.action.id);
        QJsonObject o = recordJson(QStringLiteral("minutes_entries"), record);
        const auto task = TaskRepo(db).byId(c.action.taskId);
        o.insert(QStringLiteral("task_status"),
                 task ? QJsonValue(toText(task->status)) : QJsonValue());
        carried << o;
    }
    out.insert(QStringLiteral("carried_actions"), carried);
    return out;
}
} // namespace

void showMeeting(CommandContext &s, const MeetingRef &ref, bool asJson)
{
    Database &db = s.db();
    const auto a = AgendaRepo(db).byId(ref.appointmentId);
    if (!a)
        fail(ErrorKind::NotFound, QStringLiteral("no meeting %1").arg(ref.appointmentId));
    if (asJson) {
        s.printJson(json(ref, *a, db));
        return;
    }
    const QTimeZone zone = isValidZone(a->tz) ? QTimeZone(a->tz.toUtf8()) : QTimeZone::utc();
    MeetingRepo meetings(db);
    MinutesRepo minutes(db);
    const qint64 now = db.clock().nowMs();
    const PapersIn in = meetings.papersIn(ref);
    s.print(QStringLiteral("%1  %2").arg(
        a->title, formatInstant(ref.occurrenceUtc >= 0 ? ref.occurrenceUtc : a->startUtc, zone)));
    s.print(QStringLiteral("papers: %1 of %2 in, %3 late")
                .arg(in.in)
                .arg(in.total)
                .arg(meetings.latePapers(ref).size()));
    for (const MeetingItem &item : meetings.items(ref)) {
        QStringList about;
        if (!item.presenter.isEmpty())
            about << nameOf(db, item.presenter);
        if (item.minutesAllotted > 0)
            about << QStringLiteral("%1 min").arg(item.minutesAllotted);
        if (!item.closedTo.isEmpty())
            about << QStringLiteral("closed to %1")
                         .arg(namesOf(db, item.closedTo).join(QStringLiteral(", ")));
        s.print(QStringLiteral("%1. %2%3  [%4]")
                    .arg(QString::number(item.position), item.title,
                         about.isEmpty()
                             ? QString()
                             : QStringLiteral("  (%1)").arg(about.join(QStringLiteral(", "))),
                         Database::shortId(item.id)));
        for (const MeetingPaper &p : meetings.papers(item.id))
            s.print(paperLine(db, p, now, zone));
    }
    if (const auto current = minutes.current(ref)) {
        s.print(QStringLiteral("minutes: version %1, %2")
                    .arg(current->version)
                    .arg(toText(current->state)));
        for (const MinutesLine &line : minutes.lines(ref)) {
            const auto item = meetings.itemById(line.entry.itemId);
            s.print(QStringLiteral("   %1. %2")
                        .arg(item ? item->position : 0)
                        .arg(lineText(db, line, zone)));
        }
        for (const MinutesComment &c : minutes.comments(ref)) {
            const auto item = meetings.itemById(c.itemId);
            s.print(QStringLiteral("   %1. comment by %2%3: %4")
                        .arg(item ? item->position : 0)
                        .arg(nameOf(db, c.author),
                             c.entryId.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" on %1").arg(Database::shortId(c.entryId)),
                             c.text));
        }
    }
    const QList<CarriedAction> carried = minutes.openActionsFor(ref);
    if (!carried.isEmpty())
        s.print(QStringLiteral("carried over:"));
    for (const CarriedAction &c : carried)
        s.print(QStringLiteral("   %1  (%2, from %3)")
                    .arg(c.action.text, nameOf(db, c.action.owner),
                         formatInstant(c.occurrenceUtc, zone)));
}

} // namespace spil
