// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "core/common/Clock.h"
#include "core/common/EnumText.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/documents/MinutesPdf.h"
#include "core/people/PeopleRepo.h"
#include "core/reception/ReceptionRepo.h"
#include "core/reception/VisitorListPdf.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QSaveFile>

namespace spil {

namespace {
const QString kJson = QStringLiteral("json");
const QString kDate = QStringLiteral("date");

QDate dayOf(CommandContext &s, const CommandArgs &args, const QTimeZone &zone)
{
    if (!args.has(kDate))
        return dateIn(s.clock().nowMs(), zone);
    const QDate d = QDate::fromString(args.value(kDate), Qt::ISODate);
    if (!d.isValid())
        fail(ErrorKind::BadInput, QStringLiteral("--date takes YYYY-MM-DD"));
    return d;
}

QJsonObject rowJson(const ExpectedVisitor &v)
{
    const auto time = [](qint64 ms) { return ms != 0 ? QJsonValue(ms) : QJsonValue(); };
    return {{QStringLiteral("id"), v.visitorId},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("organisation"), v.organisation},
            {QStringLiteral("expected_utc"), time(v.expectedUtc)},
            {QStringLiteral("host"), v.host},
            {QStringLiteral("appointment_id"), v.appointmentId},
            {QStringLiteral("checked_in_at"), time(v.checkedInAt)}};
}

void receptionList(CommandContext &s, const CommandArgs &args)
{
    const QTimeZone zone = s.zoneFor(args, s.actingId());
    const QDate day = dayOf(s, args, zone);
    if (args.has(QStringLiteral("pdf"))) {
        const MinutesLanguage language = parseText<MinutesLanguage>(
            args.value(QStringLiteral("lang"), QStringLiteral("en")), QStringLiteral("lang"));
        const QByteArray pdf = writeVisitorListPdf(
            visitorListOf(s.db(), day, zone, language, letterheadOf(s.db())), language);
        QSaveFile file(args.value(QStringLiteral("pdf")));
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
            fail(ErrorKind::Storage,
                 QStringLiteral("cannot write %1").arg(args.value(QStringLiteral("pdf"))));
        s.print(file.fileName());
        return;
    }
    const QList<ExpectedVisitor> list = ReceptionRepo(s.db()).day(day, zone);
    if (args.has(kJson)) {
        QJsonArray out;
        for (const ExpectedVisitor &v : list)
            out << rowJson(v);
        s.printJson(out);
        return;
    }
    PeopleRepo people(s.db());
    for (const ExpectedVisitor &v : list) {
        const auto host = people.byId(v.host);
        s.print(
            QStringLiteral("%1  %2  %3%4  for %5%6")
                .arg(Database::shortId(v.visitorId), formatInstant(v.expectedUtc, zone).mid(11, 5),
                     v.name.isEmpty() ? QStringLiteral("(name removed)") : v.name,
                     v.organisation.isEmpty() ? QString()
                                              : QStringLiteral(" (%1)").arg(v.organisation),
                     host ? host->name : QStringLiteral("?"),
                     v.checkedInAt != 0 ? QStringLiteral("  in at %1")
                                              .arg(formatInstant(v.checkedInAt, zone).mid(11, 5))
                                        : QString()));
    }
}

void receptionAdd(CommandContext &s, const CommandArgs &args)
{
    const QString me = s.actingId();
    const QTimeZone zone = s.zoneFor(args, me);
    ReceptionRepo repo(s.db());
    const QString id =
        repo.add({.name = args.positional.join(QLatin1Char(' ')),
                  .organisation = args.value(QStringLiteral("organisation")),
                  .expectedUtc = args.has(QStringLiteral("at"))
                                     ? parseInstant(args.value(QStringLiteral("at")), zone)
                                     : s.clock().nowMs(),
                  .host = s.resolvePerson(args.required(QStringLiteral("host"))).id,
                  .createdBy = me});
    if (args.has(kJson))
        s.printJson(rowJson(mergeDay({}, {*repo.visitor(id)}, {}).first()));
    else
        s.print(id);
}

// A visitor of the day by the end or start of their id, or by the words of their name.
ExpectedVisitor resolveVisitor(const QList<ExpectedVisitor> &day, const QString &ref)
{
    QList<ExpectedVisitor> found;
    for (const ExpectedVisitor &v : day) {
        if (ref.size() >= 4 && (v.visitorId.startsWith(ref) || v.visitorId.endsWith(ref)))
            found << v;
    }
    if (found.isEmpty())
        found = findVisitors(day, ref);
    if (found.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no visitor '%1' today").arg(ref));
    if (found.size() > 1)
        fail(ErrorKind::BadInput,
             QStringLiteral("'%1' is %2 visitors: say more of the name or give the id")
                 .arg(ref)
                 .arg(found.size()));
    return found.first();
}

void receptionCheckin(CommandContext &s, const CommandArgs &args)
{
    const QString me = s.actingId();
    if (me.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("say who checks in with --as"));
    const QTimeZone zone = s.zoneFor(args, me);
    ReceptionRepo repo(s.db());
    const ExpectedVisitor v = resolveVisitor(repo.day(dayOf(s, args, zone), zone),
                                             args.positional.join(QLatin1Char(' ')));
    if (args.has(QStringLiteral("undo"))) {
        repo.undoCheckIn(v.visitorId);
    } else {
        repo.checkIn(v, me);
    }
    s.print(QStringLiteral("%1  %2 %3")
                .arg(v.visitorId, v.name,
                     args.has(QStringLiteral("undo")) ? QStringLiteral("expected again")
                                                      : QStringLiteral("checked in")));
}

void receptionRetention(CommandContext &s, const CommandArgs &args)
{
    ReceptionRepo repo(s.db());
    if (!args.positional.isEmpty()) {
        bool ok = false;
        const int days = args.positional.first().toInt(&ok);
        if (!ok)
            fail(ErrorKind::BadInput, QStringLiteral("the retention is a number of days"));
        const auto person = PeopleRepo(s.db()).byId(s.actingId());
        if (!person || !setsVisitorRetention(person->role))
            fail(ErrorKind::Refused,
                 QStringLiteral("only the office manager sets how long visitor names are kept"));
        repo.setRetentionDays(days);
    }
    s.print(QStringLiteral("visitor names are kept %1 days after their visit")
                .arg(repo.retentionDays()));
}
} // namespace

void addReceptionCommands(CommandTable &table)
{
    table << Command{
        QStringLiteral("reception list"),
        QStringLiteral("reception list [--date YYYY-MM-DD] [--pdf FILE [--lang en|nl]] "
                       "[--json]   (the day's expected visitors in time order; "
                       "--pdf: the printable day list)"),
        {kDate, QStringLiteral("pdf"), QStringLiteral("lang"), QStringLiteral("tz")},
        {kJson},
        0,
        0,
        receptionList};
    table << Command{QStringLiteral("reception add"),
                     QStringLiteral("reception add NAME --host PERSON [--organisation ORG] "
                                    "[--at ISO] [--json]   (a visitor by hand; expected now "
                                    "unless --at)"),
                     {QStringLiteral("host"), QStringLiteral("organisation"), QStringLiteral("at"),
                      QStringLiteral("tz")},
                     {kJson},
                     1,
                     16,
                     receptionAdd};
    table << Command{QStringLiteral("reception checkin"),
                     QStringLiteral("reception checkin NAME|ID [--date YYYY-MM-DD] [--undo]   "
                                    "(checks a visitor of the day in as --as; --undo: expected "
                                    "again)"),
                     {kDate, QStringLiteral("tz")},
                     {QStringLiteral("undo")},
                     1,
                     16,
                     receptionCheckin};
    table << Command{QStringLiteral("reception retention"),
                     QStringLiteral("reception retention [DAYS]   (how many days after a visit "
                                    "the office keeps visitor names; setting it: the office "
                                    "manager)"),
                     {},
                     {},
                     0,
                     1,
                     receptionRetention};
}

} // namespace spil
