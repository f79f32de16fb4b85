#pragma once

#include "tasks/Task.h"

#include <QList>
#include <QSet>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

class TaskRepo {
public:
    explicit TaskRepo(Database &db) : m_db(db) {}

    // Validates and stores the task in one user action; created_at comes from the clock.
    QString add(Task task);
    void update(const QString &id, const QVariantMap &fields);
    // Strikes a task off (done_at = now); reopen() undoes that.
    void markDone(const QString &id);
    void reopen(const QString &id);
    void remove(const QString &id);
    std::optional<Task> byId(const QString &id);

    // Tasks of an assignee (all when empty), open ones first, then by due time.
    QList<Task> list(const QString &assignee = {}, bool includeClosed = false);
    // What someone handed over to others and still waits for, oldest due first.
    QList<Task> waitingFor(const QString &delegator);
    // The end-of-day review of an assignee: open tasks, urgent first, then by due time
    // (none last), overdue ones marked.
    QList<ReviewItem> review(const QString &assignee);

    // Which tasks this device's user has looked at (kept on the device only), so that
    // newly delegated ones stand out until then.
    void markSeen(const QStringList &ids);
    QSet<QString> seen();

    static Task fromRecord(const QVariantMap &record);
    static QVariantMap toRecord(const Task &task);

private:
    QList<Task> query(const QString &where, const QVariantList &args);
    Database &m_db;
};

} // namespace spil
