// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "JsonViews.h"

#include "core/common/Error.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

#include <QRegularExpression>

namespace spil {

namespace {
// "09:00-17:30" as minutes since midnight.
QPair<int, int> parseHours(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        fail(ErrorKind::BadInput, QStringLiteral("--hours takes a span like 09:00-17:30"));
    return {m.captured(1).toInt() * 60 + m.captured(2).toInt(),
            m.captured(3).toInt() * 60 + m.captured(4).toInt()};
}

void list(CommandContext &s, const CommandArgs &args)
{
    QJsonArray out;
    for (const Person &p : PeopleRepo(s.db()).all()) {
        QVariantMap record = PeopleRepo::toRecord(p);
        record.insert(QStringLiteral("id"), p.id);
        if (args.has(QStringLiteral("json")))
            out << recordJson(QStringLiteral("people"), record);
        else
            s.print(QStringLiteral("%1  %2 (%3, %4)")
                        .arg(Database::shortId(p.id), p.name, p.handle, toText(p.role)));
    }
    if (args.has(QStringLiteral("json")))
        s.printJson(out);
}

void add(CommandContext &s, const CommandArgs &args)
{
    Person p;
    p.name = args.required(QStringLiteral("name"));
    p.handle =
        args.value(QStringLiteral("handle"), p.name.section(QLatin1Char(' '), 0, 0).toLower());
    p.role = parseText<Role>(args.value(QStringLiteral("role"), QStringLiteral("staff")),
                             QStringLiteral("role"));
    p.email = args.value(QStringLiteral("email"));
    p.tz = args.value(QStringLiteral("tz"), p.tz);
    if (args.options.contains(QStringLiteral("hours"))) {
        const auto [start, end] = parseHours(args.value(QStringLiteral("hours")));
        p.workStartMin = start;
        p.workEndMin = end;
    }
    p.prepMinutes = args.number(QStringLiteral("prep-minutes"), 0);
    PeopleRepo people(s.db());
    for (const QString &ref :
         args.value(QStringLiteral("principals")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.principals << people.resolve(ref.trimmed()).id;
    const QString id = people.add(p);
    if (args.has(QStringLiteral("json"))) {
        QVariantMap record = *s.db().get(QStringLiteral("people"), id);
        s.printJson(recordJson(QStringLiteral("people"), record));
    } else {
        s.print(id);
    }
}
} // namespace

void addPeopleCommands(CommandTable &table)
{
    table << Command{QStringLiteral("people list"),
                     QStringLiteral("people list [--json]"),
                     {},
                     {QStringLiteral("json")},
                     0,
                     0,
                     list};
    table << Command{QStringLiteral("people add"),
                     QStringLiteral("people add --name NAME [--handle H] [--role ROLE] "
                                    "[--principals P1,P2] [--tz ZONE] [--email E] "
                                    "[--hours 09:00-17:00] [--prep-minutes N] [--json]"),
                     {QStringLiteral("name"), QStringLiteral("handle"), QStringLiteral("role"),
                      QStringLiteral("principals"), QStringLiteral("tz"), QStringLiteral("email"),
                      QStringLiteral("hours"), QStringLiteral("prep-minutes")},
                     {QStringLiteral("json")},
                     0,
                     0,
                     add};
}

} // namespace spil
