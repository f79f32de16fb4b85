// SPDX-License-Identifier: GPL-3.0-or-later
// The push side of SyncService: idempotent pushes, the per-field merge, the checks on new
// records, and group commit.
#include "sync/server/SyncService.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Sha256.h"
#include "core/store/Hlc.h"
#include "core/store/Schema.h"
#include "core/store/ScopedTransaction.h"
#include "sync/server/Access.h"
#include "sync/server/EntityPolicy.h"
#include "sync/server/SyncError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <functional>
#include <map>

namespace spil::server {

using namespace protocol;

namespace {
const QString kDeleted = QStringLiteral("deleted");

// A field that holds nothing: an act undone or not yet done.
bool isBlank(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
}

QByteArray mutationHash(const Mutation &m)
{
    Sha256 hash;
    QByteArray line; // one buffer for every change
    for (const Change &c : m.changes) {
        line.truncate(0); // keeps its capacity, where clear() frees it
        line.append(c.entity.toUtf8()).append('\0');
        line.append(c.recordId.toUtf8()).append('\0');
        line.append(c.field.toUtf8()).append('\0');
        line.append(QJsonDocument(QJsonArray{c.value}).toJson(QJsonDocument::Compact)).append('\0');
        line.append(c.hlc.toUtf8()).append('\n');
        hash.addData(line);
    }
    return hash.digest();
}

// Whoever hands a task on joins its chain of hands even when the push leaves the chain
// out (a device from before chains, a client of its own): the server keeps the chain, so
// no earlier hand loses the task.
void keepHands(StoredRecord &task, const StoredRecord &before, const QJsonObject &written,
               const QString &person, qint64 version)
{
    const QString &field = kDelegatedBy;
    const QString delegator = task.fields.value(field).toString();
    if (written.contains(kHandedBy) || delegator != person ||
        before.fields.value(field).toString() == delegator)
        return;
    QJsonArray chain = task.fields.value(kHandedBy).toArray();
    const QString former = before.fields.value(field).toString();
    if (chain.isEmpty() && !former.isEmpty())
        chain.append(former);
    if (chain.contains(QJsonValue(person)))
        return;
    chain.append(person);
    task.fields.insert(kHandedBy, chain);
    task.stamps.insert(
        kHandedBy, QJsonObject{{QStringLiteral("hlc"),
                                task.stamps.value(field).toObject().value(QStringLiteral("hlc"))},
                               {QStringLiteral("v"), version}});
}

} // namespace

struct SyncService::PushState {
    QString workspace;
    const Session *session = nullptr;
    qint64 version = 0;
    qint64 cursor = 0;
    qint64 nowMs = 0;
    std::map<QString, StoredRecord> records; // by entity/id, in this transaction
    std::map<QString, std::optional<StoredRecord>> before;
    std::map<QString, QJsonObject> written; // the fields this push sends, winning or not
    QList<ConflictEntry> conflicts;         // logged once the whole push is applied
    // As the store held them when the push began, read in one go: the records the push
    // names and the parents its new records may name (none: not there).
    std::map<QString, std::optional<StoredRecord>> stored;
    // What the push writes, stored only once it is accepted.
    PushWrites writes;
    std::map<QString, qsizetype> saved; // by entity/id: the record's place in writes

    std::optional<StoredRecord> read(ServerStorage &storage, const QString &entity,
                                     const QString &id) const
    {
        const auto it = stored.find(entity + QLatin1Char('/') + id);
        return it != stored.end() ? it->second : storage.record(workspace, entity, id);
    }
    // As this push's earlier changes leave it.
    std::optional<StoredRecord> latest(ServerStorage &storage, const QString &entity,
                                       const QString &id) const
    {
        const auto pushed = records.find(entity + QLatin1Char('/') + id);
        return pushed != records.end() ? std::optional(pushed->second) : read(storage, entity, id);
    }
    void save(const StoredRecord &record)
    {
        const QString key = record.entity + QLatin1Char('/') + record.id;
        const auto [it, added] = saved.emplace(key, writes.records.size());
        if (added)
            writes.records << record;
        else
            writes.records[it->second] = record;
    }
};

StoredRecord *SyncService::recordFor(PushState &state, const QString &entity, const QString &id)
{
    const QString key = entity + QLatin1Char('/') + id;
    auto it = state.records.find(key);
    if (it == state.records.end()) {
        const auto stored = state.read(m_storage, entity, id);
        state.before.emplace(key, stored);
        it = state.records
                 .emplace(key, stored ? *stored : StoredRecord{entity, id, 0, false, {}, {}, {}})
                 .first;
    }
    return &it->second;
}

QJsonArray SyncService::sights(PushState &state, const QString &entity, const QString &id)
{
    // 0: before this push, 1: as its writer pushed it (winning or not), 2: after it.
    const auto view = [&](const QString &e, const QString &i,
                          int when) -> std::optional<StoredRecord> {
        const QString key = e + QLatin1Char('/') + i;
        const auto b = state.before.find(key);
        const std::optional<StoredRecord> before =
            b != state.before.end() ? b->second : state.read(m_storage, e, i);
        if (when == 0)
            return before;
        if (when == 2) {
            const auto after = state.records.find(key);
            return after != state.records.end() ? std::optional(after->second) : before;
        }
        StoredRecord written = before ? *before : StoredRecord{e, i, 0, false, {}, {}, {}};
        const QJsonObject sent = state.written[key];
        for (auto it = sent.begin(); it != sent.end(); ++it)
            written.fields.insert(it.key(), it.value());
        return written;
    };
    QJsonArray out;
    for (int when : {0, 1, 2}) {
        const auto record = view(entity, id, when);
        if (!record)
            continue;
        Guards guards;
        for (std::optional<StoredRecord> at = record; at;) {
            const auto link = guardLink(at->entity, at->fields);
            if (!link)
                break;
            at = view(link->entity, at->fields.value(link->field).toString(), when);
            if (at)
                guards << *at;
        }
        out << Access::sight(*record, guards);
    }
    return out;
}

void SyncService::applyChange(PushState &state, const Change &change)
{
    StoredRecord *record = recordFor(state, change.entity, change.recordId);
    // Who did something is the session's person; a device never claims someone else.
    const QString key = change.entity + QLatin1Char('/') + change.recordId;
    if (Access::namesActor(change.entity, change.field)) {
        const QString named = change.value.toString();
        const auto &before = state.before.at(key);
        if (!named.isEmpty() && named != state.session->user.personId &&
            (!before || before->fields.value(change.field) != change.value))
            throw SyncError(403, ErrorCode::ForgedAuthor,
                            QStringLiteral("%1 of %2 %3 may name only you")
                                .arg(change.field, change.entity, change.recordId));
    }
    QJsonValue value = change.value;
    if (policyOf(change.entity).handedOn && change.field == kHandedBy) {
        const auto &before = state.before.at(key);
        const auto hands =
            Access::handsAfter(record->fields.value(change.field).toArray(),
                               before ? before->fields.value(kDelegatedBy).toString() : QString(),
                               change.value.toArray(), state.session->user.personId);
        if (!hands)
            throw SyncError(403, ErrorCode::ForgedAuthor,
                            QStringLiteral("%1 of %2 %3 may only add you at its end")
                                .arg(change.field, change.entity, change.recordId));
        value = *hands;
    }
    if (change.field != kDeleted)
        state.written[key].insert(change.field, value);
    HlcStamp stamp;
    HlcStamp::parse(change.hlc, &stamp);
    // A device clock far ahead would win every merge for as long as it stays ahead.
    // Clamped stamps keep the order of the changes: each takes the next counter of the
    // server's millisecond.
    if (stamp.ms > state.nowMs + m_options.maxClockAheadMs) {
        if (m_clampMs != state.nowMs) {
            m_clampMs = state.nowMs;
            m_clampCounter = 0;
        }
        stamp.ms = state.nowMs;
        stamp.counter = ++m_clampCounter;
    }
    const QString incoming = stamp.toString();
    const QJsonObject current = record->stamps.value(change.field).toObject();
    const QString currentHlc = current.value(QStringLiteral("hlc")).toString();
    const QJsonValue currentValue =
        change.field == kDeleted ? QJsonValue(record->deleted) : record->fields.value(change.field);

    const auto logConflict = [&](const QJsonValue &lost, const QString &lostHlc,
                                 const QJsonValue &kept, const QString &keptHlc) {
        state.conflicts << ConflictEntry{
            change.entity, change.recordId, change.field,  lost,        lostHlc,
            kept,          keptHlc,         state.version, state.nowMs, std::nullopt};
    };
    // The writer had not seen the value it meets: a concurrent edit, kept on record. A
    // device never conflicts with its own earlier writes.
    HlcStamp previous;
    const bool fromElsewhere =
        HlcStamp::parse(currentHlc, &previous) && previous.clientId != stamp.clientId;
    const bool concurrent =
        fromElsewhere && current.value(QStringLiteral("v")).toInteger() > state.cursor;
    // Of two concurrent acts that happen once, the first's value stands, under the later
    // stamp of the two: the act's other fields (a tick's status) take the later stamp by the
    // plain rule, and a later "not done" must meet every field of the act alike.
    if (concurrent && policyOf(change.entity).firstActFields.contains(change.field) &&
        !isBlank(value) && !isBlank(currentValue)) {
        const bool incomingFirst = incoming < currentHlc;
        if (value != currentValue) {
            if (incomingFirst)
                logConflict(currentValue, currentHlc, value, incoming);
            else
                logConflict(value, incoming, currentValue, currentHlc);
        }
        if (incomingFirst)
            record->fields.insert(change.field, value);
        record->stamps.insert(change.field,
                              QJsonObject{{QStringLiteral("hlc"), std::max(incoming, currentHlc)},
                                          {QStringLiteral("v"), state.version}});
        record->version = state.version;
        return;
    }
    if (!currentHlc.isEmpty() && incoming <= currentHlc) {
        // An older write arrived late: the newer value stays. The record still takes this
        // version, so the writer's device pulls the value that won instead of keeping its own.
        if (value != currentValue)
            logConflict(value, incoming, currentValue, currentHlc);
        record->version = state.version;
        return;
    }
    if (concurrent && value != currentValue)
        logConflict(currentValue, currentHlc, value, incoming);
    if (change.field == kDeleted)
        record->deleted = value.toBool();
    else
        record->fields.insert(change.field, value);
    record->stamps.insert(change.field, QJsonObject{{QStringLiteral("hlc"), incoming},
                                                    {QStringLiteral("v"), state.version}});
    record->version = state.version;
}

void SyncService::checkNewRecord(PushState &state, const StoredRecord &record)
{
    // A device's store takes only whole records that hang under a parent it can hold.
    if (record.deleted && record.fields.isEmpty())
        return;
    const EntityDef &def = entity(record.entity);
    for (const FieldDef &f : def.fields) {
        if (!record.fields.contains(f.name))
            throw SyncError(400, ErrorCode::IncompleteRecord,
                            QStringLiteral("a new %1 record needs every field; '%2' is missing")
                                .arg(record.entity, f.name));
    }
    if (def.parentField.isEmpty())
        return;
    const QString parent = record.fields.value(def.parentField).toString();
    // A parent in the same push counts only if the push really writes it.
    const auto inThisPush = state.records.find(def.parentEntity + QLatin1Char('/') + parent);
    const bool inPush = inThisPush != state.records.end() && !inThisPush->second.fields.isEmpty() &&
                        inThisPush->second.version == state.version;
    // Records this push saved before this one count as stored, as if written already.
    const bool stored = state.saved.count(def.parentEntity + QLatin1Char('/') + parent) > 0 ||
                        state.read(m_storage, def.parentEntity, parent).has_value();
    if (!inPush && !stored)
        throw SyncError(400, ErrorCode::UnknownParent,
                        QStringLiteral("%1 %2 names %3 %4, which does not exist")
                            .arg(record.entity, record.id, def.parentEntity, parent));
}

namespace {
// The records a push names, and the parents its new records may name: all read in one go.
QList<RecordKey> keysOf(const PushRequest &request)
{
    static const std::map<QString, const EntityDef *> byName = [] {
        std::map<QString, const EntityDef *> out;
        for (const EntityDef &def : entities())
            out.emplace(def.name, &def);
        return out;
    }();
    QList<RecordKey> keys;
    QSet<QString> seen;
    const auto add = [&](const QString &entity, const QString &id) {
        if (!seen.contains(entity + QLatin1Char('/') + id)) {
            seen.insert(entity + QLatin1Char('/') + id);
            keys << RecordKey{entity, id};
        }
    };
    for (const Mutation &m : request.mutations) {
        for (const Change &c : m.changes) {
            add(c.entity, c.recordId);
            const auto def = byName.find(c.entity);
            if (def != byName.end() && !def->second->parentField.isEmpty() &&
                c.field == def->second->parentField && c.value.isString())
                add(def->second->parentEntity, c.value.toString());
        }
    }
    return keys;
}
} // namespace

// A push in five steps: the sequence check (the device's binding, replays, gaps), the
// merge, the authorisation of each record it changes by its kind's policy, the follow-ups
// those changes call for, and the conflicts it logs; one read before and one write after.
PushReply SyncService::applyPush(const Session &session, const PushRequest &request,
                                 WriteGroup &group)
{
    if (!session.device.clientId.isEmpty() && session.device.clientId != request.clientId)
        throw SyncError(403, ErrorCode::ClientMismatch,
                        QStringLiteral("this token belongs to another device"));
    PushState state;
    state.workspace = session.user.workspace;
    state.session = &session;
    state.writes.clientId = request.clientId;
    const PushReads reads = readStored(state, request);
    const Sequence sequence = checkSequence(state, request, reads);

    PushReply reply;
    reply.lastMutation = sequence.last;
    reply.duplicates = int(sequence.repeated.size());
    if (sequence.fresh.isEmpty() && sequence.repeated.isEmpty()) {
        // Nothing to store but, on a device's first push, its client id.
        if (!state.writes.bindDevice.isEmpty())
            m_storage.applyWrites(state.workspace, state.writes);
        if (group.stored)
            *group.stored = Stored{group.version, {}};
        reply.version = group.version;
        return reply;
    }

    // Versions are counted here: the workspace's row is locked for the whole transaction.
    state.version = group.version + 1;
    state.writes.version = state.version;
    state.writes.notify = group.last;
    state.cursor = request.cursor;
    state.nowMs = m_clock.nowMs();
    const QSet<QString> changed = merge(state, sequence);
    keepChains(state, changed);
    logConflicts(state);
    const Access access(session.user);
    for (auto &[key, record] : state.records) {
        if (changed.contains(key)) {
            const auto &before = state.before.at(key);
            authorise(state, access, record, before);
            state.save(record);
            followUp(state, record, before);
        } else if (record.version == state.version) {
            state.save(record);
        }
    }
    // Accepted: one call stores it all, and the next push of the group reads it.
    m_storage.applyWrites(state.workspace, state.writes);
    if (group.stored)
        *group.stored = Stored{group.version, state.writes.records};
    group.version = state.version;
    if (group.last)
        group.notified = state.version;
    reply.version = state.version;
    reply.applied = int(sequence.fresh.size());
    return reply;
}

PushReads SyncService::readStored(PushState &state, const PushRequest &request)
{
    const QList<RecordKey> keys = keysOf(request);
    PushReads reads = m_storage.readForPush(state.workspace, request.clientId, keys,
                                            state.session->device.clientId.isEmpty());
    for (const RecordKey &key : keys)
        state.stored.emplace(key.entity + QLatin1Char('/') + key.id, std::nullopt);
    for (StoredRecord &r : reads.records) {
        const QString key = r.entity + QLatin1Char('/') + r.id;
        state.stored[key] = std::move(r);
    }
    reads.records.clear();
    return reads;
}

SyncService::Sequence SyncService::checkSequence(PushState &state, const PushRequest &request,
                                                 const PushReads &reads)
{
    const Device &device = state.session->device;
    // A client id is one device's for ever: stamps show it to others, and whoever could
    // push with it would have the real device's changes refused as replayed. The binding
    // is written with the push, so a refused push binds nothing; pushes to a workspace
    // take turns (its row is locked), so nobody binds the id in between.
    if (device.clientId.isEmpty()) {
        if (!reads.clientHolder.isEmpty() && reads.clientHolder != device.id)
            throw SyncError(403, ErrorCode::ClientTaken,
                            QStringLiteral("client id %1 belongs to another sign-in; sign in "
                                           "again from this store to take a new one")
                                .arg(request.clientId));
        state.writes.bindDevice = device.id;
    }
    Sequence sequence;
    sequence.last = reads.lastMutation;
    for (const Mutation &m : request.mutations) {
        if (m.id <= sequence.last) {
            const auto stored = m_storage.mutationHash(state.workspace, request.clientId, m.id);
            if (stored && *stored != mutationHash(m))
                throw SyncError(409, ErrorCode::MutationReplayed,
                                QStringLiteral("mutation %1 was stored before with other "
                                               "changes")
                                    .arg(m.id));
            sequence.repeated << &m;
            continue;
        }
        if (m.id != sequence.last + 1)
            throw SyncError(
                409, ErrorCode::MutationGap,
                QStringLiteral("expected mutation %1, got %2").arg(sequence.last + 1).arg(m.id),
                sequence.last + 1);
        sequence.fresh << &m;
        sequence.last = m.id;
    }
    return sequence;
}

QSet<QString> SyncService::merge(PushState &state, const Sequence &sequence)
{
    QSet<QString> changed;
    for (const Mutation *m : sequence.fresh) {
        for (const Change &c : m->changes) {
            applyChange(state, c);
            changed.insert(c.entity + QLatin1Char('/') + c.recordId);
        }
        state.writes.mutations << std::pair(m->id, mutationHash(*m));
    }
    // A retried push changes nothing, but its device may have set aside newer values of
    // these records while its own changes waited: they take this version to travel again.
    for (const Mutation *m : sequence.repeated) {
        for (const Change &c : m->changes) {
            StoredRecord *record = recordFor(state, c.entity, c.recordId);
            if (record->version > 0)
                record->version = state.version;
        }
    }
    return changed;
}

void SyncService::keepChains(PushState &state, const QSet<QString> &changed)
{
    for (const QString &key : changed) {
        const auto &before = state.before.at(key);
        StoredRecord &record = state.records.at(key);
        if (before && policyOf(record.entity).handedOn)
            keepHands(record, *before, state.written[key], state.session->user.personId,
                      state.version);
    }
}

void SyncService::logConflicts(PushState &state)
{
    // Each entry keeps who could read its values while they were current: the log
    // shows them only to someone who could read both then and reads the record now.
    for (ConflictEntry &c : state.conflicts) {
        c.sight = sights(state, c.entity, c.recordId);
        state.writes.conflicts << c;
    }
}

void SyncService::authorise(PushState &state, const Access &access, const StoredRecord &record,
                            const std::optional<StoredRecord> &before)
{
    const QJsonObject &written = state.written[record.entity + QLatin1Char('/') + record.id];
    if (before) {
        if (!access.mayWrite(*before, guardsOf(nullptr, *state.session, *before)) &&
            !access.answersOnceAsked(*before, record, written))
            throw SyncError(
                403, ErrorCode::Forbidden,
                QStringLiteral("you may not change %1 %2").arg(record.entity, record.id));
    }
    checkLocks(state, record, before);
    // Whoever may work on a record handed on may also hand it on; other kinds are checked
    // as they end up too (an assistant cannot move a meeting into a stranger's agenda).
    if (!(before && policyOf(record.entity).handedOn)) {
        const Guards guards = guardsOf(&state, *state.session, record);
        // A record may follow only a guard that is there (a paper of a meeting that is not).
        const auto link = guardLink(record.entity, record.fields);
        if (link && guards.isEmpty() && !record.deleted)
            throw SyncError(400, ErrorCode::UnknownParent,
                            QStringLiteral("%1 %2 names %3 %4, which does not exist")
                                .arg(record.entity, record.id, link->entity,
                                     record.fields.value(link->field).toString()));
        if (!access.mayWrite(record, guards))
            throw SyncError(
                403, ErrorCode::Forbidden,
                QStringLiteral("you may not write %1 %2").arg(record.entity, record.id));
        if (before && !record.deleted && opensToTheOffice(*before, record, guards, state))
            throw SyncError(403, ErrorCode::Forbidden,
                            QStringLiteral("%1 %2 stays under what keeps it from the office; "
                                           "remove it instead")
                                .arg(record.entity, record.id));
    }
    if (!access.mayWriteFields(record, before, written))
        throw SyncError(
            403, ErrorCode::Forbidden,
            QStringLiteral("you may not set these fields of %1 %2").arg(record.entity, record.id));
    if (!before)
        checkNewRecord(state, record);
    // Taken only while the record it belongs to stands open (a comment while the minutes are
    // in review), as this push's earlier changes leave it; checked after the record's shape.
    const EntityPolicy &policy = policyOf(record.entity);
    if (!policy.openValue.isEmpty() && !record.deleted) {
        const QString holder = record.fields.value(policy.lockRefField).toString();
        const auto open = state.latest(m_storage, policy.lockEntity, holder);
        const QString lockField = policyOf(policy.lockEntity).lockField;
        if (!open || open->fields.value(lockField).toString() != policy.openValue)
            throw SyncError(
                403, ErrorCode::Forbidden,
                QStringLiteral("%1 %2 is taken only while %3 %4 is %5")
                    .arg(record.entity, record.id, policy.lockEntity, holder, policy.openValue));
    }
    // The record it is locked with and the one it follows are of one meeting: a comment may
    // not name another meeting's minutes in review to get round the final minutes of its own.
    if (!policy.lockMatchFields.isEmpty() && !record.deleted) {
        const QString holder = record.fields.value(policy.lockRefField).toString();
        const auto lock = state.latest(m_storage, policy.lockEntity, holder);
        const auto link = guardLink(record.entity, record.fields);
        const auto guard = link ? state.latest(m_storage, link->entity,
                                               record.fields.value(link->field).toString())
                                : std::nullopt;
        for (const QString &field : policy.lockMatchFields) {
            if (lock && guard && lock->fields.value(field) != guard->fields.value(field))
                throw SyncError(400, ErrorCode::UnknownParent,
                                QStringLiteral("%1 %2 names %3 %4 of another meeting than %5 %6")
                                    .arg(record.entity, record.id, policy.lockEntity, holder,
                                         guard->entity, guard->id));
        }
    }
}

void SyncService::checkLocks(PushState &state, const StoredRecord &record,
                             const std::optional<StoredRecord> &before)
{
    // Locked as the store held it when the push began: the push that makes minutes final
    // may still carry their last entries, and a correction is a new version.
    if (before && Access::locked(*before))
        throw SyncError(403, ErrorCode::Locked,
                        QStringLiteral("%1 %2 is final; correct it in a new version")
                            .arg(record.entity, record.id));
    const EntityPolicy &policy = policyOf(record.entity);
    if (policy.lockEntity.isEmpty())
        return;
    QStringList holders{record.fields.value(policy.lockRefField).toString()};
    if (before)
        holders << before->fields.value(policy.lockRefField).toString();
    for (const QString &holder : holders) {
        const auto lock = state.read(m_storage, policy.lockEntity, holder);
        if (lock && Access::locked(*lock))
            throw SyncError(403, ErrorCode::Locked,
                            QStringLiteral("%1 %2 belongs to %3 %4, which is final")
                                .arg(record.entity, record.id, policy.lockEntity, holder));
    }
}

void SyncService::followUp(PushState &state, const StoredRecord &record,
                           const std::optional<StoredRecord> &before)
{
    if (!before)
        return;
    const EntityPolicy &policy = policyOf(record.entity);
    bool accessChanged = false;
    for (const QString &field : policy.accessFields)
        accessChanged = accessChanged || before->fields.value(field) != record.fields.value(field);
    // A record moved under another guard (a paper to a confidential meeting) is read by
    // others now, too.
    const auto named = [](const StoredRecord &r) {
        const auto link = guardLink(r.entity, r.fields);
        return link ? link->entity + QLatin1Char('/') + r.fields.value(link->field).toString()
                    : QString();
    };
    if (accessChanged || named(*before) != named(record))
        revokeLostSight(state, record, *before);
    // People who lose sight of a record handed on receive it as gone.
    if (policy.handedOn) {
        const QSet<QString> now = Access::namedReaders(record);
        for (const QString &person : Access::namedReaders(*before)) {
            if (!now.contains(person))
                state.writes.revocations
                    << std::pair(person, Revocation{record.entity, record.id, state.version});
        }
    }
}

void SyncService::revokeLostSight(PushState &state, const StoredRecord &record,
                                  const StoredRecord &before)
{
    const QList<User> users = m_storage.users(state.workspace);
    // One record as it is and as it was, each under its own guards; then the records
    // whose access follows it, which travel again so each device holds them as it now
    // should, and go as gone to whoever no longer reads them at all.
    std::function<void(const StoredRecord &, const Guards &, const StoredRecord &, const Guards &)>
        walk = [&](const StoredRecord &now, const Guards &nowGuards, const StoredRecord &was,
                   const Guards &wasGuards) {
            for (const User &user : users) {
                const Access access(user);
                if (!user.personId.isEmpty() && access.read(was, wasGuards) != ReadAccess::None &&
                    access.read(now, nowGuards) == ReadAccess::None)
                    state.writes.revocations
                        << std::pair(user.personId, Revocation{now.entity, now.id, state.version});
            }
            for (const auto &[entity, field] : guardedBy(now.entity)) {
                for (StoredRecord child :
                     m_storage.children(state.workspace, entity, field, now.id)) {
                    // A record of a kind with two guards follows only one (a document of an
                    // agenda item follows the item, not the meeting it also names).
                    const auto link = guardLink(child.entity, child.fields);
                    if (!link || link->entity != now.entity)
                        continue;
                    const StoredRecord stored = child;
                    const auto pushed = state.records.find(entity + QLatin1Char('/') + child.id);
                    if (pushed != state.records.end()) {
                        child = pushed->second; // written by this push already
                    } else {
                        child.version = state.version;
                        state.save(child);
                    }
                    walk(child, Guards{now} + nowGuards, stored, Guards{was} + wasGuards);
                }
            }
        };
    walk(record, guardsOf(&state, *state.session, record), before,
         guardsOf(nullptr, *state.session, before));
}

PushReply SyncService::push(const Session &session, const PushRequest &request, Stored *stored)
{
    const QList<PushResult> results = pushBatch({PushJob{&session, &request, stored}});
    if (results.first().error)
        throw *results.first().error;
    return results.first().reply;
}

QList<SyncService::PushResult> SyncService::pushBatch(const QList<PushJob> &jobs)
{
    const SyncError internal(500, ErrorCode::Internal,
                             QStringLiteral("the server failed; try again"));
    QList<PushResult> results(jobs.size());
    QMap<QString, QList<qsizetype>> byWorkspace;
    for (qsizetype i = 0; i < jobs.size(); ++i)
        byWorkspace[jobs[i].session->user.workspace] << i;
    for (auto group = byWorkspace.cbegin(); group != byWorkspace.cend(); ++group) {
        qint64 newest = 0;
        try {
            // A push writes only once it is accepted, so a refused one needs nothing undone
            // and the pushes of a group need no savepoints.
            WriteGroup writes;
            const qint64 before = m_storage.beginWrite(group.key());
            // Left by an exception, nothing of the group is stored, and the transaction
            // does not stay open for the next request either.
            ScopedTransaction transaction(m_storage, kAlreadyBegun);
            writes.version = before;
            for (qsizetype i : group.value()) {
                writes.last = i == group.value().last();
                writes.stored = jobs[i].stored;
                try {
                    results[i].reply = applyPush(*jobs[i].session, *jobs[i].request, writes);
                    if (results[i].reply.applied > 0 || results[i].reply.duplicates > 0)
                        newest = std::max(newest, results[i].reply.version);
                } catch (const SyncError &e) {
                    results[i].error = e;
                } catch (const Error &e) {
                    if (e.kind() == ErrorKind::Storage)
                        throw; // the transaction itself is in doubt
                    results[i].error = SyncError(400, ErrorCode::BadRequest, e.message());
                }
            }
            // Other instances hear of the group once, from its last push; when that one
            // stored nothing, from a statement of its own.
            if (writes.version > before && writes.notified != writes.version)
                m_storage.notifyCommit(group.key(), writes.version);
            transaction.commit();
        } catch (...) {
            // Nothing of the group was stored, and no reply may say otherwise.
            for (qsizetype i : group.value())
                results[i].error = internal;
            continue;
        }
        if (newest > 0)
            Q_EMIT versionCommitted(group.key(), newest);
    }
    return results;
}

bool SyncService::opensToTheOffice(const StoredRecord &before, const StoredRecord &record,
                                   const QList<StoredRecord> &guards, PushState &state)
{
    // Only a record that leaves its guard (a file taken off a confidential or restricted
    // archived item, a paper out of a confidential meeting) could be opened so.
    const auto was = guardLink(before.entity, before.fields);
    const auto is = guardLink(record.entity, record.fields);
    if (!was || (is && is->entity == was->entity &&
                 record.fields.value(is->field) == before.fields.value(was->field)))
        return false;
    // Anyone of the office: staff, serving nobody, named nowhere.
    User anyone;
    anyone.role = Role::Staff;
    anyone.personId = QStringLiteral("-");
    const Access office(anyone);
    return office.read(before, guardsOf(nullptr, *state.session, before)) != ReadAccess::Full &&
           office.read(record, guards) == ReadAccess::Full;
}

Guards SyncService::guardsOf(PushState *state, const Session &session, const StoredRecord &record)
{
    return guardChain(record, [&](const QString &entity, const QString &id) {
        if (state) {
            const auto it = state->records.find(entity + QLatin1Char('/') + id);
            if (it != state->records.end())
                return std::optional<StoredRecord>(it->second);
        }
        return m_storage.record(session.user.workspace, entity, id);
    });
}

} // namespace spil::server
