// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QObject>
#include <QString>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>
#include <optional>

namespace spil {
class Clock;
class Database;
class FileCache;
} // namespace spil

namespace spil::client {
class SyncClient;
class FileTransfer;
class FetchAhead;
} // namespace spil::client

namespace spil::qml {

class SyncStatus;

// The office this device holds, open or not: its store and, for an office on a spil-server,
// the sync client that keeps the store in step and the sync indicator that tells how; or
// the demo office, offline in a store of its own. With them the device's clock and zone,
// which every reading of the store goes by. View models get it as their `office`
// (App.office) and run each user action through act() (or attempt()).
//
// Two words, one meaning each: a user action is *acted* (act/attempt: written to the store
// in one go, then the views reload and the change goes up); whatever else changes what the
// store holds (a sync, a sign-in, tasks marked seen) *reloads the views* (reloadViews).
// Both end in storeChanged, the one signal every view model reloads on.
class OfficeStore : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.office is the one instance")

public:
    // dataDir holds the stores; localZone is where the device is (empty: the system's zone).
    OfficeStore(const Clock &clock, const QString &dataDir, const QString &localZone = {},
                QObject *parent = nullptr);
    ~OfficeStore() override;

    bool isOpen() const { return m_db != nullptr; }
    bool demo() const { return m_demo; }
    // nullptr while no office is open; the sync client only for an office on a server.
    Database *store() const { return m_db.get(); }
    client::SyncClient *syncClient() const { return m_sync.get(); }
    SyncStatus *status() const { return m_status; }
    // The device's file cache of the open office (beside its store); nullptr when none is
    // open. Its transfers, one at a time, only for an office on a server.
    FileCache *fileCache() const { return m_files.get(); }
    client::FileTransfer *fileTransfer() const { return m_transfer.get(); }
    // Fetching the next 14 days' papers, which runs after every sync; nullptr before the
    // first one.
    client::FetchAhead *fetchAhead() const { return m_ahead.get(); }
    const Clock &clock() const { return m_clock; }
    QTimeZone localZone() const { return m_localZone; }
    QString localZoneId() const;
    // Today's date where the device is, by the app's clock ("2026-12-07"): what a form
    // fills in for a new letter or item, the same day every page shows.
    Q_INVOKABLE QString today() const;
    // What the server said at sign-in: its address, and whether this is an admin's device.
    QString serverUrl() const;
    bool admin() const;

    // The demo office, built afresh from the clock's today (it is dated from today), with
    // only today's hand-overs new. Throws Error when it cannot be built.
    void openDemo();
    // This device's store of an office on a server, with its sync client. Throws Error for
    // a damaged store or one of a newer release.
    void openOnServer();
    bool hasServerStore() const;
    // Forgets the server's office on this device (closed first): anyone may sign in then.
    void removeServerStore();
    void close();

    // The store changed other than by a user action (a sync, a sign-in, a note that stays
    // on this device such as tasks seen): the views read it again.
    void reloadViews();
    // Runs a user action on the store; once it went through, the views reload and the
    // change goes up. A refusal or a store error is reported through actionFailed instead
    // of escaping into QML. Returns the reason, empty when it went through.
    QString act(const std::function<void(Database &)> &action);
    // The same for a form that explains a refusal itself: the error is handed back, not
    // reported. No office open is Error(NotFound).
    std::optional<Error> attempt(const std::function<void(Database &)> &action);
    // Pull to refresh: sync now (on a server) or reload (the demo).
    void refresh();

Q_SIGNALS:
    void storeChanged();
    void actionFailed(const QString &reason);
    // A sync brought these tasks (new or changed, not deleted).
    void tasksArrived(const QStringList &taskIds);
    // A sync brought these visitor records (new or changed, not deleted).
    void visitorsArrived(const QStringList &visitorIds);
    // The letters a sync brought (each sync, also with none: the first primes what is known).
    void lettersArrived(const QStringList &letterIds);
    // What the file cache holds changed (a round of fetching ahead ended).
    void filesChanged();

private:
    // Lets go of the sync client and the store; close() also empties the views, the
    // destructor does not (nothing is left to show them).
    void release();
    void open(const QString &file, bool demo);
    QString storePath(bool demo) const;
    // After a sync, in the background: the papers of the next 14 days into the cache.
    void startFetchAhead();
    // After a sync, the tasks that what arrived calls for: the notice tasks of the contracts
    // whose secretary the user is, and an office manager's personnel reminders due today.
    void keepTasks();
    // After a round of fetching: the text of archived files in the cache, for the search.
    void readArchiveFiles();

    const Clock &m_clock;
    QString m_dataDir;
    QTimeZone m_localZone;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<client::SyncClient> m_sync;
    std::unique_ptr<FileCache> m_files;
    std::unique_ptr<client::FileTransfer> m_transfer;
    std::unique_ptr<client::FetchAhead> m_ahead;
    QString m_aheadFor;
    SyncStatus *m_status;
    bool m_demo = false;
};

} // namespace spil::qml
