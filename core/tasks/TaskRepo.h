// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tasks/Task.h"

#include <QList>
#include <QSet>
#include <QTimeZone>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// What one edit of a task changes; a field left empty stays as it is. Status has its own
// actions (markDone, reopen) and a hand-over its own (handTo), since they change more than
// one field together.
struct TaskChange {
    // (Each starts empty explicitly, so that {.urgent = true} names only what it changes.)
    std::optional<QString> title = std::nullopt;
    std::optional<QString> notes = std::nullopt;
    // A bare reassignment; handTo() is the hand-over that keeps the chain of hands.
    std::optional<QString> assignee = std::nullopt;
    std::optional<qint64> dueUtc = std::nullopt; // -1: no due time
    std::optional<bool> urgent = std::nullopt;
    std::optional<QString> contactId = std::nullopt; // empty: none
    bool operator==(const TaskChange &) const = default;
};

class TaskRepo {
public:
    explicit TaskRepo(Database &db) : m_db(db) {}

    // Validates and stores the task in one user action; created_at comes from the clock.
    QString add(Task task);
    // add() and markDone() as part of a user action the caller holds open (a
    // Database::Transaction): a meeting's paper and its deliverer's task go up together.
    QString addWithin(Task task);
    void markDoneWithin(const QString &id);
    // An edit inside the caller's transaction (as addWithin).
    void updateWithin(const QString &id, const TaskChange &change);
    // Stores the fields change sets, and only those, in one user action.
    void update(const QString &id, const TaskChange &change);
    // Strikes a task off (done_at = now); reopen() undoes that. Striking off a task that is
    // done already changes nothing: two devices striking it off at once leave it done, with
    // the time of the first.
    void markDone(const QString &id);
    // One person (by) hands the task on to another in one user action, with whatever else
    // alsoChange edits: by becomes its delegator and joins the end of its chain of hands,
    // so everyone who handed it on keeps it among what they wait for. Handing it to
    // oneself takes it back and adds no hand.
    void handTo(const QString &id, const QString &to, const QString &by,
                const TaskChange &alsoChange = {});
    // The chain of hands as it stands; a task from before the chain was kept counts its
    // delegator as its first hand.
    static QStringList hands(const Task &task);
    void reopen(const QString &id);
    void remove(const QString &id);
    // Undoes remove(): the task comes back as it was.
    void restore(const QString &id);
    // dueUtc -1: no due time.
    void setDue(const QString &id, qint64 dueUtc);
    void setUrgent(const QString &id, bool urgent);
    // Moves the due time to the next working morning (09:00 in zone, Monday to Friday) and
    // returns the due time it had (-1: none), for undo.
    qint64 postpone(const QString &id, const QTimeZone &zone);
    std::optional<Task> byId(const QString &id);

    // Tasks of an assignee (all when empty), open ones first, then by due time.
    QList<Task> list(const QString &assignee = {}, bool includeClosed = false);
    // What someone handed over to others, themselves or anywhere along its chain of hands,
    // and still waits for, oldest due first; with doneSince (UTC ms) also those done since
    // then, in the places they had while open (the page shows them crossed out).
    QList<Task> waitingFor(const QString &delegator, qint64 doneSince = -1);
    // The end-of-day review of an assignee: today's open work, that is open tasks due by the
    // end of today in zone (overdue ones marked), urgent first, then by due time. Tasks due
    // later or without a date are not today's work and stay in the inbox.
    QList<ReviewItem> review(const QString &assignee, const QTimeZone &zone);

    // Which tasks this device's user has looked at (kept on the device only), so that
    // newly delegated ones stand out until then.
    void markSeen(const QStringList &ids);
    QSet<QString> seen();
    // What the office held when a device joined it is not news: "new" starts now.
    void markAllSeen();
    // What was there before today is not news: tasks created more than a day before now,
    // or overdue. The demo office starts so, with only today's hand-overs new.
    void markPastSeen();
    // Whether a task is news to `me`: handed to them by someone else, open, and not looked
    // at yet. The inbox marks it; the app announces it once when a sync brings it.
    static bool isNews(const Task &task, const QString &me, const QSet<QString> &seen);

    static Task fromRecord(const QVariantMap &record);
    static QVariantMap toRecord(const Task &task);

private:
    // The columns of a change, validated against the task as it stands, in one user action.
    void write(const QString &id, const QVariantMap &fields);
    QList<Task> query(const QString &where, const QVariantList &args);
    Database &m_db;
};

} // namespace spil
