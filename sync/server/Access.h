// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/server/ServerStorage.h"

#include <QJsonArray>
#include <QSet>
#include <functional>
#include <optional>

namespace spil::server {

enum class ReadAccess { None, Redacted, Full };

// The records a record's access follows, nearest first (a paper's item, then that item's
// meeting); see EntityPolicy::guardEntity. Shorter than the chain of its kind when a guard
// is missing, which reads as closed.
using Guards = QList<StoredRecord>;

// The guards of a record, walked link by link (EntityPolicy::guardLink); find gives the
// record of a kind and id, or nothing. Every route that judges a record loads its guards
// here, so a file, a pull and a push see the same chain.
using FindRecord =
    std::function<std::optional<StoredRecord>(const QString &entity, const QString &id)>;
Guards guardChain(const StoredRecord &record, const FindRecord &find);

// Who may read and write what: applies each kind's ReadRule and WriteRule (EntityPolicy,
// where the rules are written, and docs/sync-protocol.md, "Permissions") to one user.
// Roles and principals come from the server's users, never from synced person records.
class Access {
public:
    explicit Access(const User &user) : m_user(user) {}

    // guards: the records whose access this one's follows (an exception's series), if any.
    ReadAccess read(const StoredRecord &record, const Guards &guards = {}) const;
    bool mayWrite(const StoredRecord &record, const Guards &guards = {}) const;
    // With only the nearest guard at hand (none: nullptr).
    ReadAccess read(const StoredRecord &record, const StoredRecord *guard) const
    {
        return read(record, guard ? Guards{*guard} : Guards{});
    }
    // Whether this push may set these fields of the record (EntityPolicy::managerFields: only
    // office managers and admins set them; EntityPolicy::ownerOnlyFields):
    // only its owner sets the owner's fields, and he sets nothing else, adds nothing and
    // removes nothing. written: the fields the push sets; before: the record as stored.
    bool mayWriteFields(const StoredRecord &record, const std::optional<StoredRecord> &before,
                        const QJsonObject &written) const;
    // The owner himself sets only his own fields (EntityPolicy::ownerOnlyFields) of his own
    // record, and neither adds nor removes it.
    bool answersAsOwner(const StoredRecord &before, const StoredRecord &record,
                        const QJsonObject &written) const;
    // As answersAsOwner, on a record once put to him (EntityPolicy::ownerAnswersOnceSet),
    // whether or not he reads it as it stands: his word given offline on a request
    // forwarded to him stands when the forward was taken back meanwhile.
    bool answersOnceAsked(const StoredRecord &before, const StoredRecord &record,
                          const QJsonObject &written) const;
    // The record names this user's person in one of its excluded fields (or a guard's).
    bool excluded(const StoredRecord &record, const Guards &guards = {}) const;
    // The record itself is locked (EntityPolicy::lockField): it takes no more changes.
    static bool locked(const StoredRecord &record);
    // The fields someone with Redacted access receives.
    static QJsonObject redacted(const StoredRecord &record);
    // The people a record's reader fields name (ReadRule::Named; besides every office
    // manager, who reads it too).
    static QSet<QString> namedReaders(const StoredRecord &record);
    // What decides who reads the record (for a guarded one: its guard), as it stands: the
    // conflict log keeps it for each state a value lived in, and readSight() answers from it.
    static QJsonObject sight(const StoredRecord &record, const Guards &guards = {});
    ReadAccess readSight(const QString &entity, const QJsonObject &sight) const;
    // A field that names who did something: a push may set it only to its own user's person.
    static bool namesActor(const QString &entity, const QString &field);
    // A task's chain of hands (handed_by) only grows, and only by whoever hands it on: the
    // chain a push leaves is the one standing (a task from before the chain counts its
    // former delegator as its first hand) with the pushing person added at its end when
    // the pushed chain ends with them. The pushed chain may lag behind the standing one
    // (a device that had not heard of later hands) but never differ from it; nullopt when
    // it drops, reorders or invents a hand.
    static std::optional<QJsonArray> handsAfter(const QJsonArray &standing,
                                                const QString &formerDelegator,
                                                const QJsonArray &pushed, const QString &person);

private:
    // What the record's own ReadRule lets, its guards aside.
    ReadAccess ownRead(const StoredRecord &record) const;
    bool servesOwnerOf(const StoredRecord &record) const;
    bool manages() const;
    const User &m_user;
};

} // namespace spil::server
