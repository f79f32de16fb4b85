// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/server/ServerStorage.h"

#include <QJsonArray>
#include <QSet>
#include <optional>

namespace spil::server {

enum class ReadAccess { None, Redacted, Full };

// Who may read and write what. The rules (docs/sync-protocol.md, "Permissions"):
// - a confidential appointment (and its exceptions) is read in full only by its owner and
//   the assistants linked to them; everyone else gets a busy block without title,
//   location, attendees, notes or creator, with kind "meeting" and priority "normal";
// - a task reaches its creator, its assignee, whoever delegated it, everyone in its chain of
//   hands (handed_by) and the office manager;
// - people, checklist runs, items and incidents reach everyone;
// - people and checklist templates are written by the office manager and admins;
//   appointments by their owner, the owner's assistants, and (when not confidential) the
//   office manager and admins; tasks by those who read them (SyncService checks an
//   existing task before the change only, so its reader may hand it on).
// Roles and principals come from the server's users, never from synced person records.
class Access {
public:
    explicit Access(const User &user) : m_user(user) {}

    // series: for an appointment exception, the appointment it belongs to.
    ReadAccess read(const StoredRecord &record, const StoredRecord *series = nullptr) const;
    bool mayWrite(const StoredRecord &record, const StoredRecord *series = nullptr) const;
    // The fields someone with Redacted access receives.
    static QJsonObject redacted(const StoredRecord &record);
    // The people who read a task in full (besides every office manager).
    static QSet<QString> taskReaders(const StoredRecord &task);
    // What decides who reads the record (for an exception: its series), as it stands: the
    // conflict log keeps it for each state a value lived in, and readSight() answers from it.
    static QJsonObject sight(const StoredRecord &record, const StoredRecord *series = nullptr);
    ReadAccess readSight(const QString &entity, const QJsonObject &sight) const;
    // Fields that name who did something (delegated, created, reported, ticked): a push may
    // set them only to its own user's person.
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
    bool servesOwnerOf(const StoredRecord &appointment) const;
    const User &m_user;
};

} // namespace spil::server
