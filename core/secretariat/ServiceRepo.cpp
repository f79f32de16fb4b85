// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secretariat/ServiceRepo.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"

#include <algorithm>

namespace spil {

namespace {
const QString kServices = QStringLiteral("services");
const QString kRequests = QStringLiteral("service_requests");
const QString kTasks = QStringLiteral("tasks");

QVariant optionalTime(qint64 ms)
{
    return ms < 0 ? QVariant() : QVariant(ms);
}

qint64 timeOr(const QVariant &v, qint64 fallback)
{
    return v.isValid() && !v.isNull() ? v.toLongLong() : fallback;
}

int rank(const ServiceRequest &r)
{
    if (r.state != ServiceState::Open)
        return 2;
    return r.assignee.isEmpty() ? 0 : 1;
}
} // namespace

bool queueBefore(const ServiceRequest &a, const ServiceRequest &b)
{
    const qint64 none = std::numeric_limits<qint64>::max();
    const qint64 aNeeded = a.neededBy < 0 ? none : a.neededBy;
    const qint64 bNeeded = b.neededBy < 0 ? none : b.neededBy;
    return std::tuple(rank(a), aNeeded, a.requestedAt, a.id) <
           std::tuple(rank(b), bNeeded, b.requestedAt, b.id);
}

Service ServiceRepo::serviceFromRecord(const QVariantMap &r)
{
    Service s;
    s.id = r.value(QStringLiteral("id")).toString();
    s.name = r.value(QStringLiteral("name")).toString();
    s.description = r.value(QStringLiteral("description")).toString();
    s.active = r.value(QStringLiteral("active")).toBool();
    return s;
}

ServiceRequest ServiceRepo::requestFromRecord(const QVariantMap &r)
{
    ServiceRequest q;
    q.id = r.value(QStringLiteral("id")).toString();
    q.serviceId = r.value(QStringLiteral("service_id")).toString();
    q.what = r.value(QStringLiteral("what")).toString();
    q.neededBy = timeOr(r.value(QStringLiteral("needed_by")), -1);
    q.requestedBy = r.value(QStringLiteral("requested_by")).toString();
    q.requestedAt = timeOr(r.value(QStringLiteral("requested_at")), 0);
    q.assignee = r.value(QStringLiteral("assignee")).toString();
    q.handedAt = timeOr(r.value(QStringLiteral("handed_at")), -1);
    // A state from a newer device reads as open: the request stays in sight of the queue.
    q.state = fromText<ServiceState>(r.value(QStringLiteral("state")).toString())
                  .value_or(ServiceState::Open);
    return q;
}

QVariantMap ServiceRepo::requestToRecord(const ServiceRequest &q)
{
    return {{QStringLiteral("service_id"), q.serviceId},
            {QStringLiteral("what"), q.what.trimmed()},
            {QStringLiteral("needed_by"), optionalTime(q.neededBy)},
            {QStringLiteral("requested_by"), q.requestedBy},
            {QStringLiteral("requested_at"), q.requestedAt},
            {QStringLiteral("assignee"), q.assignee},
            {QStringLiteral("handed_at"), optionalTime(q.handedAt)},
            {QStringLiteral("state"), toText(q.state)}};
}

QString ServiceRepo::addService(Service service)
{
    if (service.name.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a service needs a name"));
    QVariantMap record{{QStringLiteral("name"), service.name.trimmed()},
                       {QStringLiteral("description"), service.description.trimmed()},
                       {QStringLiteral("active"), service.active}};
    if (!service.id.isEmpty())
        record.insert(QStringLiteral("id"), service.id);
    Database::Transaction tx(m_db);
    const QString id = m_db.insert(kServices, record);
    tx.commit();
    return id;
}

void ServiceRepo::updateService(const QString &id, const ServiceChange &change)
{
    if (!service(id))
        fail(ErrorKind::NotFound, QStringLiteral("no service %1").arg(id));
    QVariantMap fields;
    if (change.name) {
        if (change.name->trimmed().isEmpty())
            fail(ErrorKind::BadInput, QStringLiteral("a service needs a name"));
        fields.insert(QStringLiteral("name"), change.name->trimmed());
    }
    if (change.description)
        fields.insert(QStringLiteral("description"), change.description->trimmed());
    if (change.active)
        fields.insert(QStringLiteral("active"), *change.active);
    Database::Transaction tx(m_db);
    m_db.update(kServices, id, fields);
    tx.commit();
}

QList<Service> ServiceRepo::services(bool withInactive)
{
    QList<Service> out;
    for (const QVariantMap &r : m_db.liveRecords(kServices)) {
        Service s = serviceFromRecord(r);
        if (s.active || withInactive)
            out << s;
    }
    std::sort(out.begin(), out.end(), [](const Service &a, const Service &b) {
        if (a.active != b.active)
            return a.active;
        const int order = QString::localeAwareCompare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return out;
}

std::optional<Service> ServiceRepo::service(const QString &id)
{
    const auto r = m_db.get(kServices, id);
    return r ? std::optional(serviceFromRecord(*r)) : std::nullopt;
}

Service ServiceRepo::resolveService(const QString &ref)
{
    if (const auto exact = service(ref))
        return *exact;
    QList<Service> matches;
    for (const Service &s : services(true)) {
        if (s.name.compare(ref.trimmed(), Qt::CaseInsensitive) == 0 ||
            (ref.size() >= 4 && (s.id.startsWith(ref) || s.id.endsWith(ref))))
            matches << s;
    }
    if (matches.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no service '%1'").arg(ref));
    if (matches.size() > 1)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' names more than one service").arg(ref));
    return matches.first();
}

QString ServiceRepo::ask(const QString &serviceId, const QString &what, qint64 neededBy,
                         const QString &from)
{
    const auto s = service(serviceId);
    if (!s)
        fail(ErrorKind::NotFound, QStringLiteral("no service %1").arg(serviceId));
    if (!s->active)
        fail(ErrorKind::Refused,
             QStringLiteral("the secretariat no longer offers '%1'").arg(s->name));
    if (what.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("say what you need"));
    if (from.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a request needs who sends it"));
    ServiceRequest q;
    q.serviceId = serviceId;
    q.what = what;
    q.neededBy = neededBy;
    q.requestedBy = from;
    q.requestedAt = m_db.clock().nowMs();
    Database::Transaction tx(m_db);
    const QString id = m_db.insert(kRequests, requestToRecord(q));
    tx.commit();
    return id;
}

ServiceRequest ServiceRepo::requireRequest(const QString &id)
{
    const auto q = request(id);
    if (!q)
        fail(ErrorKind::NotFound, QStringLiteral("no service request %1").arg(id));
    return *q;
}

void ServiceRepo::handTo(const QString &requestId, const QString &secretary, const QString &by)
{
    const ServiceRequest q = requireRequest(requestId);
    if (q.state != ServiceState::Open)
        fail(ErrorKind::Refused,
             QStringLiteral("the request is %1 and cannot be handed on").arg(toText(q.state)));
    const auto person = PeopleRepo(m_db).byId(secretary);
    if (!person || person->role != Role::Assistant)
        fail(ErrorKind::BadInput, QStringLiteral("hand the request to a secretary"));
    TaskRepo tasks(m_db);
    const auto task = tasks.byId(requestId);
    if (q.assignee == secretary && task && task->assignee == secretary)
        return;
    Database::Transaction tx(m_db);
    m_db.update(kRequests, requestId,
                {{QStringLiteral("assignee"), secretary},
                 {QStringLiteral("handed_at"), m_db.clock().nowMs()}});
    if (task) {
        m_db.update(kTasks, requestId,
                    {{QStringLiteral("assignee"), secretary},
                     {QStringLiteral("status"), toText(TaskStatus::Open)}});
    } else {
        // The task carries the request's id, so two devices handing the request on make
        // one task, whose assignee the later hand decides, as it decides the request's.
        Task t;
        t.id = requestId;
        const auto s = service(q.serviceId);
        t.title = (s ? s->name + QStringLiteral(": ") : QString()) + q.what;
        t.notes = PeopleRepo(m_db).byId(q.requestedBy).value_or(Person{}).name;
        t.assignee = secretary;
        t.delegatedBy = by;
        t.createdBy = by;
        t.dueUtc = q.neededBy;
        t.source = TaskSource::Request;
        tasks.addWithin(t);
    }
    tx.commit();
}

void ServiceRepo::cancel(const QString &requestId)
{
    const ServiceRequest q = requireRequest(requestId);
    if (q.state == ServiceState::Cancelled)
        return;
    if (q.state == ServiceState::Done)
        fail(ErrorKind::Refused, QStringLiteral("the request is done already"));
    Database::Transaction tx(m_db);
    m_db.update(kRequests, requestId, {{QStringLiteral("state"), toText(ServiceState::Cancelled)}});
    if (m_db.get(kTasks, requestId))
        m_db.update(kTasks, requestId, {{QStringLiteral("status"), toText(TaskStatus::Cancelled)}});
    tx.commit();
}

std::optional<ServiceRequest> ServiceRepo::request(const QString &id)
{
    const auto r = m_db.get(kRequests, id);
    return r ? std::optional(requestFromRecord(*r)) : std::nullopt;
}

ServiceRequest ServiceRepo::resolveRequest(const QString &ref)
{
    if (const auto exact = request(ref))
        return *exact;
    const QStringList ids = m_db.idsMatching(kRequests, ref);
    if (ids.isEmpty() || ref.size() < 4)
        fail(ErrorKind::NotFound, QStringLiteral("no service request '%1'").arg(ref));
    if (ids.size() > 1)
        fail(ErrorKind::BadInput,
             QStringLiteral("'%1' names more than one service request").arg(ref));
    return requireRequest(ids.first());
}

QList<ServiceRequest> ServiceRepo::queue(bool withClosed)
{
    QList<ServiceRequest> out;
    const QString rest = withClosed ? QString() : QStringLiteral("AND state = 'open'");
    for (const QVariantMap &r : m_db.liveRecords(kRequests, rest))
        out << requestFromRecord(r);
    std::sort(out.begin(), out.end(), queueBefore);
    return out;
}

QList<ServiceRequest> ServiceRepo::requestsOf(const QString &person)
{
    QList<ServiceRequest> out;
    for (const QVariantMap &r : m_db.liveRecords(
             kRequests, QStringLiteral("AND requested_by = ? ORDER BY requested_at DESC, id DESC"),
             {person}))
        out << requestFromRecord(r);
    return out;
}

QString ServiceRepo::reassign(const QString &taskId, const QString &to)
{
    const auto task = TaskRepo(m_db).byId(taskId);
    if (!task)
        fail(ErrorKind::NotFound, QStringLiteral("no task %1").arg(taskId));
    if (to.isEmpty() || !PeopleRepo(m_db).byId(to))
        fail(ErrorKind::BadInput, QStringLiteral("reassign the task to whom?"));
    const QString before = task->assignee;
    if (before == to)
        return before;
    Database::Transaction tx(m_db);
    m_db.update(kTasks, taskId, {{QStringLiteral("assignee"), to}});
    if (const auto q = request(taskId); q && q->state == ServiceState::Open)
        m_db.update(kRequests, taskId, {{QStringLiteral("assignee"), to}});
    tx.commit();
    return before;
}

QList<SecretaryLoad> ServiceRepo::distribution(const QTimeZone &zone)
{
    const qint64 now = m_db.clock().nowMs();
    const QDate today = dateIn(now, zone);
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    // The day of this week a task is due on is part of the grouping, not five sums over
    // every open task: one comparison or two per row instead of eleven.
    QVariantList args{startOfDay(monday, zone), startOfDay(monday.addDays(5), zone)};
    for (int d = 1; d < 5; ++d)
        args << startOfDay(monday.addDays(d), zone);
    args << now;
    QHash<QString, SecretaryLoad> byPerson;
    // One pass over the open tasks, grouped by assignee through tasks_by_assignee.
    QSqlQuery &q = m_db.run(
        QStringLiteral("SELECT assignee, CASE WHEN due_utc IS NULL OR due_utc < ? OR due_utc >= ? "
                       "THEN -1 WHEN due_utc < ? THEN 0 WHEN due_utc < ? THEN 1 WHEN due_utc < ? "
                       "THEN 2 WHEN due_utc < ? THEN 3 ELSE 4 END AS day, count(*), "
                       "sum(due_utc < ?), sum(urgent) FROM tasks WHERE deleted = 0 AND "
                       "status = 'open' GROUP BY assignee, day"),
        args);
    while (q.next()) {
        SecretaryLoad &load = byPerson[q.value(0).toString()];
        const int day = q.value(1).toInt();
        const int count = q.value(2).toInt();
        load.open += count;
        load.overdue += q.value(3).toInt();
        load.urgent += q.value(4).toInt();
        if (day >= 0 && day < 5)
            load.week[day] += count;
    }
    q.finish();
    QList<SecretaryLoad> out;
    const QList<Person> people = PeopleRepo(m_db).all();
    QHash<QString, QString> names;
    for (const Person &p : people)
        names.insert(p.id, p.name);
    for (const Person &p : people) {
        if (p.role != Role::Assistant)
            continue;
        SecretaryLoad load = byPerson.value(p.id);
        load.personId = p.id;
        load.name = p.name;
        for (const QString &principal : p.principals) {
            if (names.contains(principal))
                load.directors << names.value(principal);
        }
        out << load;
    }
    return out;
}

} // namespace spil
