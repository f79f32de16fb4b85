// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/Access.h"

#include "sync/server/EntityPolicy.h"

#include <QJsonArray>

namespace spil::server {

Guards guardChain(const StoredRecord &record, const FindRecord &find)
{
    Guards guards;
    for (const StoredRecord *at = &record;;) {
        const auto link = guardLink(at->entity, at->fields);
        if (!link)
            break;
        const auto guard = find(link->entity, at->fields.value(link->field).toString());
        if (!guard)
            break;
        guards << *guard;
        at = &guards.last();
    }
    return guards;
}

namespace {
bool confidential(const StoredRecord &record)
{
    const EntityPolicy &policy = policyOf(record.entity);
    return !policy.confidentialField.isEmpty() &&
           record.fields.value(policy.confidentialField).toBool();
}

bool restricted(const StoredRecord &record)
{
    const EntityPolicy &policy = policyOf(record.entity);
    return !policy.restrictedField.isEmpty() &&
           record.fields.value(policy.restrictedField).toBool();
}

// A field not set: a new record's blank time may come as null or as nothing at all.
bool blank(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
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

namespace {
// What decides who reads a record of entity with no guard at hand: a closed record of its
// last guard's kind, read in full by nobody.
QJsonObject closedSight(const QString &entity)
{
    const EntityPolicy &policy = policyOf(entity);
    if (!policy.guardEntity.isEmpty())
        return closedSight(policy.guardEntity);
    return {{policy.ownerField, QString()}, {policy.confidentialField, true}};
}

bool names(const StoredRecord &record, const QStringList &fields, const QString &person)
{
    for (const QString &field : fields) {
        const QJsonValue named = record.fields.value(field);
        if (named.isArray() ? named.toArray().contains(QJsonValue(person)) : named == person)
            return true;
    }
    return false;
}
} // namespace

bool Access::excluded(const StoredRecord &record, const Guards &guards) const
{
    if (!m_user.personId.isEmpty() &&
        names(record, policyOf(record.entity).excludedFields, m_user.personId))
        return true;
    return !guards.isEmpty() && excluded(guards.first(), guards.mid(1));
}

bool Access::locked(const StoredRecord &record)
{
    const EntityPolicy &policy = policyOf(record.entity);
    return !policy.lockField.isEmpty() &&
           record.fields.value(policy.lockField).toString() == policy.lockedValue;
}

ReadAccess Access::read(const StoredRecord &record, const Guards &guards) const
{
    const EntityPolicy &policy = policyOf(record.entity);
    if (excluded(record, guards))
        return ReadAccess::None;
    if (const auto link = guardLink(record.entity, record.fields)) {
        const bool atHand = !guards.isEmpty() && guards.first().entity == link->entity;
        const ReadAccess guard =
            atHand ? read(guards.first(), guards.mid(1)) : ReadAccess::Redacted;
        if (guard == ReadAccess::Redacted && policy.withheldWhenRedacted)
            return ReadAccess::None;
        if (guard == ReadAccess::Full && policy.ownerSideOnly &&
            !names(record, policy.readerFields, m_user.personId) && !manages() &&
            !servesOwnerOf(guards.last()))
            return ReadAccess::None;
        if (guard != ReadAccess::None && policy.ownRuleToo && ownRead(record) == ReadAccess::None)
            return ReadAccess::None;
        return guard;
    }
    return ownRead(record);
}

ReadAccess Access::ownRead(const StoredRecord &record) const
{
    const EntityPolicy &policy = policyOf(record.entity);
    switch (policy.read) {
    case ReadRule::Everyone:
        break;
    case ReadRule::Named:
        return namedReaders(record).contains(m_user.personId) || m_user.role == Role::OfficeManager
                   ? ReadAccess::Full
                   : ReadAccess::None;
    case ReadRule::Owner:
        if (servesOwnerOf(record))
            return ReadAccess::Full;
        if (!confidential(record) && restricted(record))
            return m_user.role == Role::OfficeManager ? ReadAccess::Full : ReadAccess::None;
        if (!confidential(record))
            return ReadAccess::Full;
        return policy.withheldWhenRedacted ? ReadAccess::None : ReadAccess::Redacted;
    case ReadRule::OwnerSide: {
        const QString owner = record.fields.value(policy.ownerField).toString();
        if (m_user.principals.contains(owner) ||
            (m_user.role == Role::OfficeManager && !confidential(record)))
            return ReadAccess::Full;
        if (owner.isEmpty() || owner != m_user.personId)
            return ReadAccess::None;
        if (policy.ownerReadsWhen.isEmpty())
            return ReadAccess::Full;
        for (const auto &[field, values] : policy.ownerReadsWhen) {
            if (values.contains(record.fields.value(field).toString()))
                return ReadAccess::Full;
        }
        return ReadAccess::None;
    }
    case ReadRule::Managers:
        return manages() || m_user.role == Role::Director ? ReadAccess::Full : ReadAccess::None;
    case ReadRule::Keepers:
        return manages() ? ReadAccess::Full : ReadAccess::None;
    case ReadRule::Secretariat:
        return manages() || m_user.role == Role::Assistant ||
                       namedReaders(record).contains(m_user.personId)
                   ? ReadAccess::Full
                   : ReadAccess::None;
    }
    return ReadAccess::Full;
}

bool Access::mayWrite(const StoredRecord &record, const Guards &guards) const
{
    const EntityPolicy &policy = policyOf(record.entity);
    if (excluded(record, guards))
        return false;
    if (!policy.authorField.isEmpty()) {
        const QString author = record.fields.value(policy.authorField).toString();
        if (!author.isEmpty() && author != m_user.personId)
            return false;
    }
    if (!policy.participantFields.isEmpty()) {
        if (guards.isEmpty() || read(record, guards) != ReadAccess::Full)
            return false;
        const StoredRecord &meeting = guards.last();
        return names(meeting, policy.participantFields, m_user.personId) || servesOwnerOf(meeting);
    }
    if (!policy.writerFields.isEmpty() && names(record, policy.writerFields, m_user.personId) &&
        read(record, guards) == ReadAccess::Full)
        return true;
    if (const auto link = guardLink(record.entity, record.fields)) {
        // WriteRule::Readers: whoever reads the guard in full, not only who may write it
        // (anyone who reads a meeting may add a document to it).
        if (policy.write == WriteRule::Readers)
            return read(record, guards) == ReadAccess::Full &&
                   (!policy.ownerSideOnly || names(record, policy.readerFields, m_user.personId));
        return !guards.isEmpty() && guards.first().entity == link->entity &&
               mayWrite(guards.first(), guards.mid(1));
    }
    switch (policy.write) {
    case WriteRule::Everyone:
        break;
    case WriteRule::Managers:
        return manages();
    case WriteRule::Owner:
        // Office managers and admins write what they read in full: not a confidential one,
        // and a restricted one only as office managers.
        return servesOwnerOf(record) ||
               (manages() && !confidential(record) && ownRead(record) == ReadAccess::Full);
    case WriteRule::Readers:
        return read(record) == ReadAccess::Full;
    case WriteRule::AllButStaff:
        return m_user.role != Role::Staff;
    }
    return true;
}

bool Access::mayWriteFields(const StoredRecord &record, const std::optional<StoredRecord> &before,
                            const QJsonObject &written) const
{
    const EntityPolicy &policy = policyOf(record.entity);
    const auto leaves = [&](const QString &field, const QJsonValue &fresh) {
        if (!written.contains(field))
            return true;
        const QJsonValue standing = before ? before->fields.value(field) : fresh;
        const QJsonValue pushed = written.value(field);
        return pushed == standing || (blank(pushed) && blank(standing));
    };
    if (!manages()) {
        for (const QString &field : policy.managerFields) {
            if (!leaves(field, QJsonValue()))
                return false;
        }
    }
    const QString owner = (before ? *before : record).fields.value(policy.ownerField).toString();
    const bool ownerHimself = !owner.isEmpty() && owner == m_user.personId &&
                              !m_user.principals.contains(owner) &&
                              m_user.role != Role::OfficeManager;
    if (!ownerHimself) {
        for (const QString &field : policy.ownerSetsFields) {
            if (!leaves(field, QJsonValue()) && !blank(written.value(field)))
                return false;
        }
    }
    if (!policy.approvedStates.isEmpty() && !record.deleted &&
        policy.approvedStates.contains(record.fields.value(policy.stateField).toString()) &&
        (owner.isEmpty() || record.fields.value(policy.approvalField).toString() != owner))
        return false;
    if (policy.ownerOnlyFields.isEmpty())
        return true;
    if (ownerHimself)
        return before && answersAsOwner(*before, record, written);
    for (auto it = policy.ownerOnlyFields.begin(); it != policy.ownerOnlyFields.end(); ++it) {
        if (!leaves(it.key(), it.value()))
            return false;
    }
    return true;
}

bool Access::answersAsOwner(const StoredRecord &before, const StoredRecord &record,
                            const QJsonObject &written) const
{
    const EntityPolicy &policy = policyOf(record.entity);
    const QString owner = before.fields.value(policy.ownerField).toString();
    if (policy.ownerOnlyFields.isEmpty() || owner.isEmpty() || owner != m_user.personId ||
        m_user.principals.contains(owner) || m_user.role == Role::OfficeManager ||
        record.deleted != before.deleted)
        return false;
    for (auto it = written.begin(); it != written.end(); ++it) {
        if (!policy.ownerOnlyFields.contains(it.key()))
            return false;
    }
    return true;
}

bool Access::answersOnceAsked(const StoredRecord &before, const StoredRecord &record,
                              const QJsonObject &written) const
{
    const EntityPolicy &policy = policyOf(record.entity);
    const QString asked = policy.ownerAnswersOnceSet;
    if (asked.isEmpty() || written.isEmpty() || before.deleted)
        return false;
    if (blank(before.fields.value(asked)))
        return false;
    // Put to him, not to whoever holds it now: the owner it names is the one it had when it
    // was last put (a request moved to another director after a take-back is not hers).
    const auto writtenAt = [&](const QString &field) {
        return before.stamps.value(field).toObject().value(QStringLiteral("v")).toInteger(-1);
    };
    const qint64 ownerAt = writtenAt(policy.ownerField);
    const qint64 askedAt = writtenAt(asked);
    return ownerAt >= 0 && askedAt >= ownerAt && answersAsOwner(before, record, written);
}

QJsonObject Access::sight(const StoredRecord &record, const Guards &guards)
{
    const EntityPolicy &policy = policyOf(record.entity);
    QJsonObject out;
    if (const auto link = guardLink(record.entity, record.fields)) {
        // Without its guard a record is read as closed, by nobody in full. A guarded
        // record's sight holds its guards' fields too: the kinds of one chain name
        // different fields, so they live side by side.
        const bool atHand = !guards.isEmpty() && guards.first().entity == link->entity;
        out = atHand ? sight(guards.first(), guards.mid(1)) : closedSight(link->entity);
        if (!policy.nearGuards.isEmpty())
            out.insert(kSightGuard, link->entity);
        if (policy.ownerSideOnly || policy.ownRuleToo) {
            for (const QString &f : policy.readerFields)
                out.insert(f, record.fields.value(f));
        }
    } else {
        QStringList fields;
        if (policy.read == ReadRule::Named || policy.read == ReadRule::Secretariat)
            fields = policy.readerFields;
        else if (policy.read == ReadRule::Owner) {
            fields = {policy.ownerField, policy.confidentialField};
            if (!policy.restrictedField.isEmpty())
                fields << policy.restrictedField;
        } else if (policy.read == ReadRule::OwnerSide) {
            fields = {policy.ownerField};
            if (!policy.confidentialField.isEmpty())
                fields << policy.confidentialField;
            for (const auto &when : policy.ownerReadsWhen)
                fields << when.first;
        }
        for (const QString &f : fields)
            out.insert(f, record.fields.value(f));
    }
    for (const QString &f : policy.excludedFields)
        out.insert(f, record.fields.value(f));
    return out;
}

ReadAccess Access::readSight(const QString &entity, const QJsonObject &sight) const
{
    // The record and each of its guards, as the sight describes them, link by link: the
    // guard a kind that may follow two followed is named in the sight (one kind of a chain
    // at most has two); an optional guard that named none left the record's own sight,
    // without the guard's fields.
    QJsonObject fields = sight;
    Guards guards;
    QJsonObject *linking = &fields;
    for (QString kind = entity;;) {
        const EntityPolicy &policy = policyOf(kind);
        QString next, field;
        for (const auto &[near, nearField] : policy.nearGuards) {
            if (sight.value(kSightGuard).toString() == near) {
                next = near;
                field = nearField;
            }
        }
        if (next.isEmpty() && !policy.guardEntity.isEmpty() &&
            !(policy.guardOptional && !sight.contains(policyOf(policy.guardEntity).ownerField))) {
            next = policy.guardEntity;
            field = policy.guardField;
        }
        if (next.isEmpty())
            break;
        linking->insert(field, QStringLiteral("guard"));
        guards << StoredRecord{next, {}, 0, false, sight, {}, {}};
        linking = &guards.last().fields;
        kind = next;
    }
    return read(StoredRecord{entity, {}, 0, false, fields, {}, {}}, guards);
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
