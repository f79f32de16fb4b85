// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/people/PeopleRepo.h"

#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"

namespace spil {

namespace {
QString joinDays(const QList<int> &days)
{
    QStringList parts;
    for (int d : days)
        parts << QString::number(d);
    return parts.join(QLatin1Char(','));
}
} // namespace

Person PeopleRepo::fromRecord(const QVariantMap &r)
{
    Person p;
    p.id = r.value(QStringLiteral("id")).toString();
    p.name = r.value(QStringLiteral("name")).toString();
    p.handle = r.value(QStringLiteral("handle")).toString();
    p.role = parseText<Role>(r.value(QStringLiteral("role")).toString(), QStringLiteral("role"));
    p.email = r.value(QStringLiteral("email")).toString();
    p.tz = r.value(QStringLiteral("tz")).toString();
    p.workStartMin = r.value(QStringLiteral("work_start_min")).toInt();
    p.workEndMin = r.value(QStringLiteral("work_end_min")).toInt();
    p.workDays.clear();
    for (const QString &d : r.value(QStringLiteral("work_days"))
                                .toString()
                                .split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.workDays << d.toInt();
    p.principals = r.value(QStringLiteral("principals")).toStringList();
    p.prepMinutes = r.value(QStringLiteral("prep_minutes")).toInt();
    return p;
}

QVariantMap PeopleRepo::toRecord(const Person &p)
{
    return {
        {QStringLiteral("name"), p.name},
        {QStringLiteral("handle"), p.handle},
        {QStringLiteral("role"), toText(p.role)},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("tz"), p.tz},
        {QStringLiteral("work_start_min"), p.workStartMin},
        {QStringLiteral("work_end_min"), p.workEndMin},
        {QStringLiteral("work_days"), joinDays(p.workDays)},
        {QStringLiteral("principals"), p.principals},
        {QStringLiteral("prep_minutes"), p.prepMinutes},
    };
}

void PeopleRepo::validate(const Person &p, const QString &selfId)
{
    if (p.name.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a person needs a name"));
    if (p.handle.isEmpty() || p.handle.contains(QLatin1Char(' ')))
        fail(ErrorKind::BadInput,
             QStringLiteral("'%1' is not a handle (one word, like 'sanne')").arg(p.handle));
    zoneOrFail(p.tz);
    if (p.workStartMin < 0 || p.workEndMin > 24 * 60 || p.workStartMin >= p.workEndMin)
        fail(ErrorKind::BadInput, QStringLiteral("working hours must lie within one day"));
    for (int d : p.workDays) {
        if (d < 1 || d > 7)
            fail(ErrorKind::BadInput, QStringLiteral("working days are 1 (Monday) to 7"));
    }
    if (p.prepMinutes < 0 || p.prepMinutes > 7 * 24 * 60)
        fail(ErrorKind::BadInput, QStringLiteral("prep time must be 0 to 10080 minutes"));
    for (const Person &other : all()) {
        if (other.id != selfId && other.handle.compare(p.handle, Qt::CaseInsensitive) == 0)
            fail(ErrorKind::BadInput,
                 QStringLiteral("the handle '%1' is taken by %2").arg(p.handle, other.name));
    }
    if (!p.principals.isEmpty() && p.role != Role::Assistant)
        fail(ErrorKind::BadInput, QStringLiteral("only an assistant serves principals"));
    for (const QString &principal : p.principals) {
        const auto director = byId(principal);
        if (!director || director->role != Role::Director)
            fail(ErrorKind::BadInput,
                 QStringLiteral("principal %1 is not a director").arg(principal));
    }
}

QString PeopleRepo::add(const Person &person)
{
    validate(person, QString());
    Database::Transaction tx(m_db);
    QVariantMap record = toRecord(person);
    if (!person.id.isEmpty())
        record.insert(QStringLiteral("id"), person.id);
    const QString id = m_db.insert(QStringLiteral("people"), record);
    tx.commit();
    return id;
}

void PeopleRepo::update(const QString &id, const QVariantMap &fields)
{
    const auto current = m_db.get(QStringLiteral("people"), id);
    if (!current)
        fail(ErrorKind::NotFound, QStringLiteral("no person %1").arg(id));
    QVariantMap merged = *current;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    validate(fromRecord(merged), id);
    Database::Transaction tx(m_db);
    m_db.update(QStringLiteral("people"), id, fields);
    tx.commit();
}

QList<Person> PeopleRepo::all()
{
    const EntityDef &def = entity(QStringLiteral("people"));
    auto &q = m_db.run(QStringLiteral("SELECT %1 FROM people WHERE deleted = 0 ORDER BY name")
                           .arg(Database::selectColumns(def)));
    QList<Person> out;
    while (q.next())
        out << fromRecord(Database::decodeRow(def, q));
    return out;
}

std::optional<Person> PeopleRepo::byId(const QString &id)
{
    const auto r = m_db.get(QStringLiteral("people"), id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

Person PeopleRepo::resolve(const QString &ref)
{
    QList<Person> matches;
    for (const Person &p : all()) {
        if (p.id == ref)
            return p;
        if (p.handle.compare(ref, Qt::CaseInsensitive) == 0 ||
            p.name.compare(ref, Qt::CaseInsensitive) == 0 ||
            (ref.size() >= 4 && (p.id.startsWith(ref) || p.id.endsWith(ref))))
            matches << p;
    }
    if (matches.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no person '%1'").arg(ref));
    if (matches.size() > 1)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' names more than one person").arg(ref));
    return matches.first();
}

QList<Person> PeopleRepo::assistantsOf(const QString &principalId)
{
    QList<Person> out;
    for (const Person &p : all()) {
        if (p.role == Role::Assistant && p.principals.contains(principalId))
            out << p;
    }
    return out;
}

} // namespace spil
