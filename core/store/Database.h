// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Hlc.h"
#include "core/store/SqlConnection.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QSqlQuery>
#include <QVariantMap>
#include <memory>
#include <optional>

namespace spil {

class Clock;
struct EntityDef;

// One field-level change waiting in the outbox for the sync engine.
struct OutboxChange {
    qint64 seq = 0;
    qint64 mutation = 0;
    QString entity;
    QString recordId;
    QString field;
    QJsonValue value;
    QString hlc;
};

// The one owner of a device's SQLite store. Every mutation goes through insert(), update()
// or remove() inside a Transaction; each records its field-level changes, stamped by the
// hybrid logical clock, in the outbox within the same SQLite transaction, so a change is
// either stored and queued for sync or not at all.
class Database {
public:
    // Opens (creating if needed) and migrates forward to targetVersion; tests pass an older
    // version to make the store an older release would have left.
    Database(const QString &path, const Clock &clock, int targetVersion = -1);
    // A store in memory that never checks foreign keys: the server's staging store, where
    // a write is judged by the app's own rules among the records it touches, and which
    // holds them as the server does, unchecked. Turning the checks off and on again for
    // each transaction would make SQLite prepare every statement anew.
    static std::unique_ptr<Database> staging(const Clock &clock);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const Clock &clock() const { return m_clock; }
    int schemaVersion();
    const QString &clientId() const { return m_hlc.clientId(); }
    QString newId() const;
    // Takes a client id never used before, in a transaction of its own: the changes still
    // waiting are stamped with it and numbered from 1 again. A store does this when it
    // signs in again, since the server binds a client id to one sign-in for ever.
    void renewClientId();

    class Transaction {
    public:
        // Remote data comes in the server's order, in which a child may arrive before the
        // latest version of its parent: pages are applied with foreign keys unchecked.
        enum Checks { CheckForeignKeys, TrustServerOrder };
        explicit Transaction(Database &db, Checks checks = CheckForeignKeys);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        void commit();

    private:
        void end();
        Database &m_db;
        // Whether this transaction turned the checks off (a store that never checks them,
        // the server's staging store, leaves the pragma alone) and must turn them on again.
        bool m_checksOff;
        // Inside a Trial: a savepoint, released or rolled back to.
        bool m_nested;
        bool m_done = false;
    };

    // Everything done while a Trial is open is undone when it closes. The server's staging
    // store judges a write among the records it touches and then forgets them all at once,
    // which costs far less than deleting them, and its statements share one read of the
    // store instead of each beginning its own. Transactions opened inside it are
    // savepoints. Only a store that never checks foreign keys (staging()) takes one, since
    // the checks cannot be switched inside it.
    class Trial {
    public:
        explicit Trial(Database &db);
        ~Trial() { end(); }
        Trial(const Trial &) = delete;
        Trial &operator=(const Trial &) = delete;
        // Undoes it all now. False when something was left: SQLite ended the transaction
        // itself after an error, and whatever came after it was kept. The store then holds
        // rows of this trial and is to be thrown away.
        bool end();

    private:
        Database &m_db;
        bool m_open = true;
    };

    // Mutations; each needs an open Transaction. Values are converted to the field's type;
    // an unknown field or a wrong type is BadInput and changes nothing.
    QString insert(const QString &entity, const QVariantMap &fields);
    // Returns the names of the fields that really changed (and were recorded).
    QStringList update(const QString &entity, const QString &id, const QVariantMap &fields);
    void remove(const QString &entity, const QString &id);
    // Undoes remove(): the record is live again with the fields it had.
    void restore(const QString &entity, const QString &id);
    // remove() and restore() each in a transaction of their own: a repository's "remove, with
    // undo". removeOne names the record as its user knows it in the NotFound message
    // ("no quote <id>"), since that message reaches the screen and spilctl.
    void removeOne(const QString &entity, const QString &id, const QString &noun);
    void restoreOne(const QString &entity, const QString &id);

    // A live record (not a tombstone) with its fields decoded, or nothing.
    std::optional<QVariantMap> get(const QString &entity, const QString &id);
    // Full ids of live records of entity whose id starts or ends with ref (at most 3). A
    // UUIDv7 starts with its creation time, so people quote its random tail: shortId().
    QStringList idsMatching(const QString &entity, const QString &ref);
    static QString shortId(const QString &id) { return id.right(8); }

    // Runs a cached prepared statement with positional arguments; throws on failure.
    QSqlQuery &run(const QString &sql, const QVariantList &args = {});
    // The first column of the first row, or an invalid QVariant; the statement is finished.
    QVariant scalar(const QString &sql, const QVariantList &args = {});
    // Decodes the current row of q into a record of entity (id, deleted and every field).
    static QVariantMap decodeRow(const EntityDef &def, const QSqlQuery &q);
    static QString selectColumns(const EntityDef &def, const QString &tablePrefix = {});
    // Every live (not deleted) record of an entity, decoded; rest follows
    // "WHERE deleted = 0" (e.g. "AND run_id = ? ORDER BY at_utc").
    QList<QVariantMap> liveRecords(const QString &entityName, const QString &rest = {},
                                   const QVariantList &args = {});

    QString meta(const QString &key, const QString &fallback = {});
    void setMeta(const QString &key, const QString &value);

    // Writes a record as the server holds it, without recording a change: creates it when
    // missing, sets the given fields except those in keepLocal (fields with changes of this
    // device still waiting to be pushed), and sets or clears the tombstone. Needs a
    // Transaction. Fields are checked like a push's.
    void applyRemote(const QString &entity, const QString &id, const QJsonObject &fields,
                     bool deleted, const QSet<QString> &keepLocal = {});
    // The user lost sight of a record: its row and its children's rows go, leaving no
    // tombstone that would keep their fields. Needs a Transaction.
    void purgeRemote(const QString &entity, const QString &id);
    // "entity/record_id/field" of every change to these records still waiting in the outbox,
    // read through its index by record: a page costs the same however much waits.
    QSet<QString> pendingFieldKeys(const QStringList &recordIds);
    static QString fieldKey(const QString &entity, const QString &id, const QString &field)
    {
        return entity + QLatin1Char('/') + id + QLatin1Char('/') + field;
    }
    // Merges a stamp seen elsewhere into this device's clock.
    void observeStamp(const QString &hlc);

    QList<OutboxChange> pendingChanges(int limit = 1000);
    qint64 pendingCount();
    // User actions still waiting to go up (each may have changed several fields).
    qint64 pendingActions();
    // Drops outbox rows up to and including seq, once the server has stored them.
    void acknowledge(qint64 upToSeq);
    // Moves one mutation the server refused for good from the outbox to rejected_changes,
    // with the server's code and reason, so nothing is lost and the outbox moves on.
    void reject(qint64 mutation, const QString &code, const QString &reason);
    qint64 rejectedCount();

private:
    void requireTransaction() const;
    qint64 currentMutation();
    void record(const QString &entity, const QString &id, const QString &field,
                const QJsonValue &value);
    // Every field of a record just inserted, in one statement.
    void recordNew(const QString &entity, const QString &id,
                   const QList<std::pair<QString, QJsonValue>> &fields);

    const Clock &m_clock;
    SqlConnection m_sql;
    Hlc m_hlc;
    bool m_inTransaction = false;
    bool m_inTrial = false;
    bool m_checksForeignKeys = true;
    qint64 m_mutation = 0; // of the open transaction, 0 until its first change
    QString m_stamp;       // one stamp per user action, shared by its changes
    // The outbox row (seq) of each field the open transaction changed: "entity, id, field".
    QHash<QString, qint64> m_recorded;
};

} // namespace spil
