// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/Access.h"

#include <QJsonArray>

namespace spil::server {

namespace {
QString text(const StoredRecord &r, const char *field)
{
    return r.fields.value(QLatin1String(field)).toString();
}

bool confidential(const StoredRecord &appointment)
{
    return appointment.fields.value(QStringLiteral("confidential")).toBool();
}
} // namespace

bool Access::servesOwnerOf(const StoredRecord &appointment) const
{
    const QString owner = text(appointment, "owner");
    return owner == m_user.personId || m_user.principals.contains(owner);
}

QSet<QString> Access::taskReaders(const StoredRecord &task)
{
    QSet<QString> people;
    for (const char *field : {"created_by", "assignee", "delegated_by"}) {
        if (!text(task, field).isEmpty())
            people.insert(text(task, field));
    }
    for (const QJsonValue &hand : task.fields.value(QStringLiteral("handed_by")).toArray()) {
        if (!hand.toString().isEmpty())
            people.insert(hand.toString());
    }
    return people;
}

std::optional<QJsonArray> Access::handsAfter(const QJsonArray &standing,
                                             const QString &formerDelegator,
                                             const QJsonArray &pushed, const QString &person)
{
    QJsonArray chain = standing;
    if (chain.isEmpty() && !formerDelegator.isEmpty())
        chain.append(formerDelegator);
    QJsonArray earlier = pushed;
    const bool addsPerson = !earlier.isEmpty() && earlier.last().toString() == person;
    if (addsPerson)
        earlier.removeLast();
    // A device that had not heard of later hands sends a shorter chain; it keeps them.
    if (earlier.size() > chain.size())
        return std::nullopt;
    for (qsizetype i = 0; i < earlier.size(); ++i) {
        if (earlier.at(i) != chain.at(i))
            return std::nullopt;
    }
    if (addsPerson && !chain.contains(QJsonValue(person)))
        chain.append(person);
    return chain;
}

ReadAccess Access::read(const StoredRecord &record, const StoredRecord *series) const
{
    if (record.entity == QStringLiteral("tasks")) {
        return taskReaders(record).contains(m_user.personId) || m_user.role == Role::OfficeManager
                   ? ReadAccess::Full
                   : ReadAccess::None;
    }
    if (record.entity == QStringLiteral("appointments"))
        return !confidential(record) || servesOwnerOf(record) ? ReadAccess::Full
                                                              : ReadAccess::Redacted;
    if (record.entity == QStringLiteral("appointment_exceptions")) {
        // Without its series at hand, an exception is treated as confidential.
        if (series && (!confidential(*series) || servesOwnerOf(*series)))
            return ReadAccess::Full;
        return ReadAccess::Redacted;
    }
    return ReadAccess::Full;
}

bool Access::mayWrite(const StoredRecord &record, const StoredRecord *series) const
{
    const bool manager = m_user.role == Role::OfficeManager || m_user.role == Role::Admin;
    const QString &e = record.entity;
    if (e == QStringLiteral("people") || e == QStringLiteral("checklist_templates") ||
        e == QStringLiteral("checklist_template_items"))
        return manager;
    if (e == QStringLiteral("appointments"))
        return servesOwnerOf(record) || (manager && !confidential(record));
    if (e == QStringLiteral("appointment_exceptions"))
        return series && mayWrite(*series);
    if (e == QStringLiteral("tasks"))
        return read(record) == ReadAccess::Full;
    return true;
}

QJsonObject Access::sight(const StoredRecord &record, const StoredRecord *series)
{
    const auto pick = [](const StoredRecord &r, std::initializer_list<const char *> fields) {
        QJsonObject out;
        for (const char *f : fields)
            out.insert(QLatin1String(f), r.fields.value(QLatin1String(f)));
        return out;
    };
    if (record.entity == QStringLiteral("tasks"))
        return pick(record, {"created_by", "assignee", "delegated_by", "handed_by"});
    if (record.entity == QStringLiteral("appointments"))
        return pick(record, {"owner", "confidential"});
    if (record.entity == QStringLiteral("appointment_exceptions")) {
        // Without its series an exception is read as confidential, by nobody in full.
        if (!series)
            return {{QStringLiteral("owner"), QString()}, {QStringLiteral("confidential"), true}};
        return pick(*series, {"owner", "confidential"});
    }
    return {};
}

ReadAccess Access::readSight(const QString &entity, const QJsonObject &sight) const
{
    if (entity == QStringLiteral("appointment_exceptions")) {
        const StoredRecord series{QStringLiteral("appointments"), {}, 0, false, sight, {}, {}};
        return read(StoredRecord{entity, {}, 0, false, {}, {}, {}}, &series);
    }
    return read(StoredRecord{entity, {}, 0, false, sight, {}, {}});
}

bool Access::namesActor(const QString &entity, const QString &field)
{
    static const QSet<QString> fields = {QStringLiteral("tasks/delegated_by"),
                                         QStringLiteral("tasks/created_by"),
                                         QStringLiteral("appointments/created_by"),
                                         QStringLiteral("checklist_runs/created_by"),
                                         QStringLiteral("checklist_items/done_by"),
                                         QStringLiteral("checklist_incidents/reported_by")};
    return fields.contains(entity + QLatin1Char('/') + field);
}

QJsonObject Access::redacted(const StoredRecord &record)
{
    QJsonObject fields = record.fields;
    for (const char *field : {"title", "location", "notes", "created_by"}) {
        if (fields.contains(QLatin1String(field)))
            fields.insert(QLatin1String(field), QString());
    }
    if (fields.contains(QStringLiteral("attendees")))
        fields.insert(QStringLiteral("attendees"), QJsonArray());
    if (fields.contains(QStringLiteral("kind")))
        fields.insert(QStringLiteral("kind"), QStringLiteral("meeting"));
    if (fields.contains(QStringLiteral("priority")))
        fields.insert(QStringLiteral("priority"), QStringLiteral("normal"));
    return fields;
}

} // namespace spil::server
