// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/Access.h"

#include "sync/server/EntityPolicy.h"

#include <QJsonArray>

namespace spil::server {

namespace {
bool confidential(const StoredRecord &record)
{
    const EntityPolicy &policy = policyOf(record.entity);
    return !policy.confidentialField.isEmpty() &&
           record.fields.value(policy.confidentialField).toBool();
}
} // namespace

bool Access::servesOwnerOf(const StoredRecord &record) const
{
    const QString owner = record.fields.value(policyOf(record.entity).ownerField).toString();
    return owner == m_user.personId || m_user.principals.contains(owner);
}

bool Access::manages() const
{
    return m_user.role == Role::OfficeManager || m_user.role == Role::Admin;
}

QSet<QString> Access::namedReaders(const StoredRecord &record)
{
    QSet<QString> people;
    for (const QString &field : policyOf(record.entity).readerFields) {
        const QJsonValue named = record.fields.value(field);
        for (const QJsonValue &person : named.isArray() ? named.toArray() : QJsonArray{named}) {
            if (!person.toString().isEmpty())
                people.insert(person.toString());
        }
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

ReadAccess Access::read(const StoredRecord &record, const StoredRecord *guard) const
{
    const EntityPolicy &policy = policyOf(record.entity);
    if (followsGuard(record.entity, record.fields)) {
        if (guard && read(*guard) == ReadAccess::Full)
            return ReadAccess::Full;
        return policy.withheldWhenRedacted ? ReadAccess::None : ReadAccess::Redacted;
    }
    switch (policy.read) {
    case ReadRule::Everyone:
        break;
    case ReadRule::Named:
        return namedReaders(record).contains(m_user.personId) || m_user.role == Role::OfficeManager
                   ? ReadAccess::Full
                   : ReadAccess::None;
    case ReadRule::Owner:
        return !confidential(record) || servesOwnerOf(record) ? ReadAccess::Full
                                                              : ReadAccess::Redacted;
    }
    return ReadAccess::Full;
}

bool Access::mayWrite(const StoredRecord &record, const StoredRecord *guard) const
{
    const EntityPolicy &policy = policyOf(record.entity);
    if (followsGuard(record.entity, record.fields)) {
        if (policy.write == WriteRule::Readers)
            return read(record, guard) == ReadAccess::Full;
        return guard && mayWrite(*guard);
    }
    switch (policy.write) {
    case WriteRule::Everyone:
        break;
    case WriteRule::Managers:
        return manages();
    case WriteRule::Owner:
        return servesOwnerOf(record) || (manages() && !confidential(record));
    case WriteRule::Readers:
        return read(record) == ReadAccess::Full;
    }
    return true;
}

QJsonObject Access::sight(const StoredRecord &record, const StoredRecord *guard)
{
    const EntityPolicy &policy = policyOf(record.entity);
    if (followsGuard(record.entity, record.fields)) {
        // Without its guard a record is read as closed, by nobody in full.
        if (!guard) {
            const EntityPolicy &closed = policyOf(policy.guardEntity);
            return {{closed.ownerField, QString()}, {closed.confidentialField, true}};
        }
        return sight(*guard);
    }
    QStringList fields;
    if (policy.read == ReadRule::Named)
        fields = policy.readerFields;
    else if (policy.read == ReadRule::Owner)
        fields = {policy.ownerField, policy.confidentialField};
    QJsonObject out;
    for (const QString &f : fields)
        out.insert(f, record.fields.value(f));
    return out;
}

ReadAccess Access::readSight(const QString &entity, const QJsonObject &sight) const
{
    const EntityPolicy &policy = policyOf(entity);
    // A guarded record's sight is its guard's; an optional guard that names none leaves
    // the record's own, which has no guard's fields.
    const bool ownSight =
        policy.guardOptional && !sight.contains(policyOf(policy.guardEntity).ownerField);
    if (!policy.guardEntity.isEmpty() && !ownSight) {
        const StoredRecord guard{policy.guardEntity, {}, 0, false, sight, {}, {}};
        const QJsonObject named{{policy.guardField, QStringLiteral("guard")}};
        return read(StoredRecord{entity, {}, 0, false, named, {}, {}}, &guard);
    }
    return read(StoredRecord{entity, {}, 0, false, sight, {}, {}});
}

bool Access::namesActor(const QString &entity, const QString &field)
{
    return policyOf(entity).actorFields.contains(field);
}

QJsonObject Access::redacted(const StoredRecord &record)
{
    QJsonObject fields = record.fields;
    const QJsonObject &instead = policyOf(record.entity).redacted;
    for (auto it = instead.begin(); it != instead.end(); ++it) {
        if (fields.contains(it.key()))
            fields.insert(it.key(), it.value());
    }
    return fields;
}

} // namespace spil::server
