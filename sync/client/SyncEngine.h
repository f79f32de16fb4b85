// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/protocol/Protocol.h"

#include <optional>

namespace spil {
class Database;
}

namespace spil::client {

// Where this device syncs to, kept in the store's meta table.
struct LoginState {
    QString serverUrl;
    QString token;
    QString userId;
    QString personId;
    QString role;
    QString workspace;
};

// The client side of sync on a device's store, with no network in it: what to push next,
// what a push reply acknowledges, how a pulled page is applied. SyncClient drives it over
// HTTP; the simulation in tests drives it over a lossy in-process transport.
class SyncEngine {
public:
    explicit SyncEngine(Database &db) : m_db(db) {}

    std::optional<LoginState> login();
    void saveLogin(const QString &serverUrl, const protocol::LoginReply &reply);
    void forgetLogin();

    // Whole mutations from the outbox, oldest first, about maxChanges changes (a single
    // larger mutation goes alone); nothing when the outbox is empty.
    std::optional<protocol::PushRequest> nextPush(int maxChanges = 2000);
    // Drops from the outbox what the server now holds.
    void pushAccepted(const protocol::PushRequest &sent, const protocol::PushReply &reply);
    // After a server restored from an older backup: number the waiting mutations from
    // expected on, so they are pushed again rather than lost.
    void renumberPending(qint64 expected);

    qint64 cursor();
    QString epoch();
    // Applies a page pulled from cursor `since` in one transaction, keeping fields with
    // local changes still waiting, and moves the cursor. A page that arrives after the
    // cursor moved on is stale and dropped (returns -1); otherwise the records applied.
    int applyPage(qint64 since, const protocol::PullPage &page);
    // The server's state is not the one this device followed: pull everything again. The
    // outbox is kept, and nothing local is deleted for being absent.
    void reset();

private:
    Database &m_db;
};

} // namespace spil::client
