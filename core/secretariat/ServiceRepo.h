// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secretariat/Service.h"

#include <QList>
#include <QTimeZone>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// What one edit of a service changes; a field left empty stays as it is.
struct ServiceChange {
    std::optional<QString> name = std::nullopt;
    std::optional<QString> description = std::nullopt;
    std::optional<bool> active = std::nullopt;
    bool operator==(const ServiceChange &) const = default;
};

// The secretariat: its services, the requests people send it and their hand-over to a
// secretary as a task. Every write is one user action (one mutation).
class ServiceRepo {
public:
    explicit ServiceRepo(Database &db) : m_db(db) {}

    // Services. Validates (a name).
    QString addService(Service service);
    void updateService(const QString &id, const ServiceChange &change);
    // Active ones first, then by name; inactive ones only when asked.
    QList<Service> services(bool withInactive = false);
    std::optional<Service> service(const QString &id);
    // By id, the start or end of its id, or its whole name (case-insensitive).
    Service resolveService(const QString &ref);

    // A request from `from` (the signed-in person; the server accepts no other) for an
    // active service, with what is wanted.
    QString ask(const QString &serviceId, const QString &what, qint64 neededBy,
                const QString &from);
    // The office manager (by) hands a request to a secretary: the request names her and
    // its task (same id as the request) is hers, made now or handed on when it exists.
    // An intent: handing it to whom it is handed already changes nothing. Refused for a
    // closed request and for anyone who is not an assistant.
    void handTo(const QString &requestId, const QString &secretary, const QString &by);
    // Whoever asked takes the request back; its task, if any, is cancelled with it.
    void cancel(const QString &requestId);
    std::optional<ServiceRequest> request(const QString &id);
    ServiceRequest resolveRequest(const QString &ref);
    // The queue in its order (queueBefore); closed requests only when asked.
    QList<ServiceRequest> queue(bool withClosed = false);
    // What one person asked, newest first.
    QList<ServiceRequest> requestsOf(const QString &person);

    // The work distribution: a task goes to another secretary (an intent: to whom it is
    // with already, nothing changes); a task of a request takes the request along.
    // Returns the assignee it had, for undo (reassign back).
    QString reassign(const QString &taskId, const QString &to);
    // Per secretary (every assistant, by name) at now in zone: see SecretaryLoad. One
    // query over the open tasks.
    QList<SecretaryLoad> distribution(const QTimeZone &zone);

    static Service serviceFromRecord(const QVariantMap &record);
    static ServiceRequest requestFromRecord(const QVariantMap &record);
    static QVariantMap requestToRecord(const ServiceRequest &request);

private:
    ServiceRequest requireRequest(const QString &id);
    Database &m_db;
};

} // namespace spil
