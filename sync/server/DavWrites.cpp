// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/DavWrites.h"

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/AgendaRules.h"
#include "core/calendar/CalendarImport.h"
#include "core/calendar/IcsTodos.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"
#include "sync/server/Access.h"
#include "sync/server/SyncError.h"

#include <optional>

namespace spil::server {

using protocol::ErrorCode;

namespace {
const QString kAppointments = QStringLiteral("appointments");

SyncError badText(const QString &why)
{
    return SyncError(400, ErrorCode::BadRequest, why);
}

} // namespace

// The scratch device store for one write: it holds the records the write touches, as the
// server does, inside a trial that undoes all of it when the write is done, whatever
// happened, so the next write starts from nothing without making (and migrating) a store
// again. The people are held outside the trial and stay from one write to the next (every
// event write reads them all) until they change; a write that changes one is undone with
// the rest.
class DavWrites::Scratch {
public:
    explicit Scratch(DavWrites &owner) : m_owner(owner)
    {
        if (!owner.m_scratch) {
            owner.m_scratch = Database::staging(owner.m_service.clock());
            owner.m_heldPeople = 0;
        }
    }
    ~Scratch()
    {
        if (!m_trial || m_trial->end())
            return;
        // Rows of this write may be left: the next write starts from a new store.
        m_trial.reset();
        m_owner.m_scratch.reset();
        m_owner.m_heldPeople = 0; // and with them the read options, when held again
    }

    // The workspace's people as the agenda has them, put in again only when they changed
    // since the last write held them. Comes before hold(), which begins the trial.
    void holdPeople(const DavCache::Agenda &agenda)
    {
        // Inside the trial they would be undone while counted as held.
        Q_ASSERT(!m_trial);
        if (m_owner.m_heldPeople == agenda.peopleGeneration)
            return;
        m_owner.m_heldPeople = 0;
        m_owner.m_readOptions.clear();
        Database::Transaction t(db(), Database::Transaction::TrustServerOrder);
        db().run(QStringLiteral("DELETE FROM people"));
        for (const StoredRecord &r : agenda.people)
            db().applyRemote(r.entity, r.id, r.fields, false);
        t.commit();
        m_owner.m_heldPeople = agenda.peopleGeneration;
    }

    void hold(const QList<StoredRecord> &records)
    {
        m_trial.emplace(db());
        Database::Transaction t(db(), Database::Transaction::TrustServerOrder);
        for (const StoredRecord &r : records)
            db().applyRemote(r.entity, r.id, r.fields, false);
        t.commit();
    }
    Database &db() { return *m_owner.m_scratch; }
    QList<protocol::Change> changes()
    {
        QList<protocol::Change> out;
        for (const OutboxChange &c : db().pendingChanges(100000))
            out << protocol::Change{c.entity, c.recordId, c.field, c.value, QString()};
        return out;
    }

private:
    DavWrites &m_owner;
    std::optional<Database::Trial> m_trial;
};

namespace {
QString sentence(const QList<IcsProblem> &problems)
{
    QStringList out;
    for (const IcsProblem &p : problems)
        out << (p.uid.isEmpty() ? p.reason : p.uid + QStringLiteral(": ") + p.reason);
    return out.join(QStringLiteral("; "));
}
} // namespace

DavWrites::DavWrites(SyncService &service, DavCache &cache) : m_service(service), m_cache(cache) {}

DavWrites::~DavWrites() = default;

DavWrites::Outcome DavWrites::put(const Session &session, DavCalendars &calendars,
                                  const DavCollection &collection,
                                  const std::optional<DavResource> &existing,
                                  const QByteArray &body)
{
    if (existing && existing->busyOnly)
        throw SyncError(403, ErrorCode::Forbidden,
                        QStringLiteral("you may only see this appointment as busy time; it "
                                       "cannot be changed here"));
    if (collection.holds == DavCollection::Holds::Todos)
        return putTodo(session, calendars, collection, existing, body);
    return putEvent(session, calendars, collection, existing, body);
}

DavWrites::Outcome DavWrites::putEvent(const Session &session, DavCalendars &calendars,
                                       const DavCollection &collection,
                                       const std::optional<DavResource> &existing,
                                       const QByteArray &body)
{
    ServerStorage &storage = m_service.storage();
    const QString workspace = session.user.workspace;
    const Access access(session.user);
    Scratch scratch(*this);
    // The people (for attendees by address and the agenda's zone), the appointment and its
    // instances as they stand, and the presentations whose prep time may be in the way,
    // each as this user reads it.
    const DavCache::Agenda &stored = calendars.agenda();
    scratch.holdPeople(stored);
    QList<StoredRecord> held;
    QList<StoredRecord> touched;
    if (existing)
        touched = calendars.records(collection, *existing);
    for (const QString &id : stored.presentations) {
        const auto it = stored.appointments.constFind(id);
        if (it == stored.appointments.constEnd() || (existing && id == existing->recordId))
            continue;
        const StoredRecord &r = *it;
        const ReadAccess read = access.read(r);
        if (read == ReadAccess::None)
            continue;
        StoredRecord shown = r;
        if (read == ReadAccess::Redacted)
            shown.fields = Access::redacted(r);
        held << shown;
    }
    scratch.hold(held + touched);

    // An appointment the user attends stays in its owner's agenda; the push decides whether
    // the user may change it.
    const QString owner = existing ? existing->owner : collection.person;
    IcsContents contents;
    try {
        contents = readIcs(body, readOptions(owner));
    } catch (const Error &e) {
        throw badText(e.message());
    }
    QSet<QString> uids;
    for (const IcsEvent &e : contents.events)
        uids.insert(e.uid);
    for (const IcsProblem &p : contents.problems)
        uids.insert(p.uid);
    if (!contents.ignored.isEmpty() && uids.isEmpty())
        throw SyncError(403, ErrorCode::Forbidden,
                        QStringLiteral("this calendar holds events; to-dos go to the tasks"));
    if (uids.size() != 1)
        throw badText(QStringLiteral("a resource holds exactly one event (one UID)"));
    const QString uid = *uids.begin();
    if (existing ? uid != existing->uid : uid.isEmpty())
        throw badText(QStringLiteral("the event's UID is not this resource's"));
    if (!existing) {
        // A UID already in this calendar under another name would make two resources of one.
        if (calendars.resource(collection, DavCalendars::nameFor(uid)) ||
            storage.hasRecord(workspace, kAppointments, uid))
            throw SyncError(403, ErrorCode::Forbidden,
                            QStringLiteral("an event with UID %1 is there already").arg(uid));
    }

    ImportReport report;
    try {
        report = importIcs(scratch.db(), contents, owner, session.user.personId, false);
    } catch (const Error &e) {
        throw badText(e.message());
    }
    if (!report.applied)
        throw badText(sentence(report.problems));
    AgendaRepo agenda(scratch.db());
    const auto now = agenda.byIcalUid(owner, uid);
    if (!now)
        throw badText(QStringLiteral("the event cannot be read"));
    const QList<protocol::Change> changes = scratch.changes();
    // Prep time is judged when the time is set, as in the app.
    bool timed = !existing;
    for (const protocol::Change &c : changes)
        timed = timed || (c.recordId == now->id && (c.field == QStringLiteral("start_utc") ||
                                                    c.field == QStringLiteral("end_utc")));
    if (timed) {
        const QString refusal = AgendaRules(scratch.db(), agenda).prepTimeRefusal(*now);
        if (!refusal.isEmpty())
            throw SyncError(403, ErrorCode::Forbidden, refusal);
    }
    Outcome out{!existing, !changes.isEmpty(), now->id};
    if (!changes.isEmpty())
        push(session, changes, touched);
    return out;
}

DavWrites::Outcome DavWrites::putTodo(const Session &session, DavCalendars &calendars,
                                      const DavCollection &collection,
                                      const std::optional<DavResource> &existing,
                                      const QByteArray &body)
{
    const auto todos = readTodos(body);
    if (!todos)
        throw badText(QStringLiteral("this is not an iCalendar text that can be read"));
    if (todos->size() != 1)
        throw badText(QStringLiteral("a resource of the task list holds exactly one to-do"));
    const IcsTodo &todo = todos->first();
    if (!existing)
        throw SyncError(403, ErrorCode::Forbidden,
                        QStringLiteral("tasks are made in Spil; a task app may tick, rename "
                                       "and reschedule them"));
    if (todo.uid != existing->uid)
        throw badText(QStringLiteral("the to-do's UID is not this resource's"));
    const QList<StoredRecord> touched = calendars.records(collection, *existing);
    Scratch scratch(*this);
    scratch.hold(touched);
    TaskRepo tasks(scratch.db());
    const auto task = tasks.byId(existing->recordId);
    if (!task)
        throw SyncError(404, ErrorCode::NotFound, QStringLiteral("no such task"));
    TaskChange change;
    if (!todo.summary.isEmpty() && todo.summary != task->title)
        change.title = todo.summary;
    if (todo.description != task->notes)
        change.notes = todo.description;
    if (todo.dueUtc && *todo.dueUtc != task->dueUtc)
        change.dueUtc = *todo.dueUtc;
    if (!todo.hasDue && task->dueUtc >= 0)
        change.dueUtc = -1;
    const bool urgent = todo.priority >= 1 && todo.priority <= 4;
    if (urgent != task->urgent)
        change.urgent = urgent;
    if (change != TaskChange{})
        tasks.update(task->id, change);
    if (todo.completed && task->status != TaskStatus::Done)
        tasks.markDone(task->id);
    else if (!todo.completed && !todo.cancelled && task->status == TaskStatus::Done)
        tasks.reopen(task->id);
    const QList<protocol::Change> changes = scratch.changes();
    if (!changes.isEmpty())
        push(session, changes, touched);
    return Outcome{false, !changes.isEmpty(), task->id};
}

void DavWrites::remove(const Session &session, DavCalendars &calendars,
                       const DavCollection &collection, const DavResource &resource)
{
    if (resource.busyOnly)
        throw SyncError(403, ErrorCode::Forbidden,
                        QStringLiteral("you may only see this appointment as busy time; it "
                                       "cannot be removed here"));
    const QList<StoredRecord> touched = calendars.records(collection, resource);
    if (touched.isEmpty())
        throw SyncError(404, ErrorCode::NotFound, QStringLiteral("no such resource"));
    Scratch scratch(*this);
    scratch.hold(touched);
    if (collection.holds == DavCollection::Holds::Todos)
        TaskRepo(scratch.db()).remove(resource.recordId);
    else
        AgendaRepo(scratch.db()).remove(resource.recordId);
    push(session, scratch.changes(), touched);
}

const IcsReadOptions &DavWrites::readOptions(const QString &owner)
{
    auto it = m_readOptions.find(owner);
    if (it == m_readOptions.end())
        it = m_readOptions.insert(owner, importOptions(*m_scratch, owner));
    return *it;
}

void DavWrites::push(const Session &session, const QList<protocol::Change> &changes,
                     const QList<StoredRecord> &touched)
{
    ServerStorage &storage = m_service.storage();
    // The app password's device stamps with a client id of its own: its id, bound to it
    // at its first push like any device's.
    const QString clientId =
        session.device.clientId.isEmpty() ? session.device.id : session.device.clientId;
    Hlc hlc(m_service.clock(), clientId);
    if (const auto last = m_lastStamp.constFind(clientId); last != m_lastStamp.constEnd())
        hlc.observe(*last);
    // After what the edit saw, as a device that pulled those records would stamp.
    for (const StoredRecord &r : touched) {
        HlcStamp seen;
        if (HlcStamp::parse(r.newestStamp(), &seen))
            hlc.observe(seen);
    }
    const HlcStamp stamp = hlc.tick();
    m_lastStamp.insert(clientId, stamp);
    protocol::Mutation mutation;
    mutation.id = storage.lastMutation(session.user.workspace, clientId) + 1;
    for (protocol::Change c : changes) {
        c.hlc = stamp.toString();
        mutation.changes << c;
    }
    protocol::PushRequest request;
    request.clientId = clientId;
    request.cursor = storage.currentVersion(session.user.workspace);
    request.mutations << mutation;
    SyncService::Stored stored;
    const protocol::PushReply reply = m_service.push(session, request, &stored);
    m_cache.follow(session.user.workspace, stored.before, reply.version, stored.records);
}

} // namespace spil::server
