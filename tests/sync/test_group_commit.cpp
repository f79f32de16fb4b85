// SPDX-License-Identifier: GPL-3.0-or-later
// SyncService::pushBatch, the group commit, on the backend the suite runs on: pushes that
// share a transaction are refused one by one, a refused push leaves nothing behind (it
// writes only once accepted), and each push of a group reads what the earlier ones wrote.
#include "Harness.h"
#include "PgCluster.h"

#include "core/common/Clock.h"
#include "core/store/Hlc.h"
#include "core/store/Uuid7.h"
#include "sync/server/OpenStorage.h"
#include "sync/server/SyncService.h"

#include <QDateTime>
#include <limits>

using namespace spil;
using namespace spil::test;

namespace {
class GroupCommit : public ::testing::Test {
protected:
    GroupCommit()
    {
        db = ServerProcess::backendFromEnvironment() == ServerProcess::Backend::Postgres
                 ? PgCluster::shared().newDatabase()
                 : dir.filePath(QStringLiteral("server.db"));
        server::createStorage(db);
        storage = server::openStorage(db);
        service =
            std::make_unique<server::SyncService>(*storage, clock, server::SyncService::Options{});
    }

    // A device of its own user, whose tasks are its own; not yet bound to its client id.
    struct Pusher {
        server::Session session;
        QString clientId;
        QString person;
    };
    Pusher pusher(int n, Role role = Role::OfficeManager)
    {
        const server::User user{makeUuid7(1'700'000'000'100 + n),
                                storage->defaultWorkspace(),
                                QStringLiteral("u%1").arg(n),
                                role,
                                makeUuid7(1'700'000'000'000 + n),
                                {},
                                QStringLiteral("-")};
        storage->addUser(user);
        return anotherDevice(user, n);
    }
    // One more device of the user, with a client id of its own.
    Pusher anotherDevice(const server::User &user, int n)
    {
        Pusher p;
        p.person = user.personId;
        p.clientId = makeUuid7(1'700'000'000'300 + n);
        p.session = {user, server::Device{makeUuid7(1'700'000'000'200 + n), user.id,
                                          QStringLiteral("test"), QString(), 0,
                                          std::numeric_limits<qint64>::max(), 0}};
        storage->addDevice(p.session.device, QByteArray::number(n));
        return p;
    }
    static protocol::Change change(const Pusher &p, const QString &entity, const QString &id,
                                   const char *field, const QJsonValue &value, qint64 ms)
    {
        return {entity, id, QLatin1String(field), value,
                HlcStamp{1'790'000'000'000 + ms, 0, p.clientId}.toString()};
    }
    // A whole new task created by p and given to assignee.
    static QList<protocol::Change> taskFor(const Pusher &p, const QString &taskId,
                                           const QString &assignee, const QString &title)
    {
        QList<protocol::Change> changes = newTaskChanges(taskId, p.person, title, p.clientId);
        for (protocol::Change &c : changes) {
            if (c.field == QStringLiteral("assignee"))
                c.value = assignee;
        }
        return changes;
    }
    server::StoredRecord task(const QString &taskId)
    {
        const auto stored =
            storage->record(storage->defaultWorkspace(), QStringLiteral("tasks"), taskId);
        return stored ? *stored : server::StoredRecord{};
    }
    QString clientIdOf(const Pusher &p)
    {
        for (const server::Device &d : storage->devices(p.session.user.id)) {
            if (d.id == p.session.device.id)
                return d.clientId;
        }
        return QStringLiteral("no such device");
    }
    // Three pushes in one group, the middle one refused after it wrote (in memory) a
    // conflict entry, a revocation and a changed record, and after it would have bound
    // its device's client id.
    void refusedInTheMiddle(bool forged);
    // A whole new task, or (whole = false) a new task with only its title: refused.
    protocol::PushRequest newTask(const Pusher &p, const QString &taskId, bool whole = true)
    {
        QList<protocol::Change> changes =
            newTaskChanges(taskId, p.person, QStringLiteral("Taak"), p.clientId);
        if (!whole)
            changes = {changes.first()};
        return protocol::PushRequest{p.clientId, 0, {{1, changes}}};
    }
    bool stored(const QString &taskId)
    {
        return storage->hasRecord(storage->defaultWorkspace(), QStringLiteral("tasks"), taskId);
    }

    QTemporaryDir dir;
    QString db;
    ManualClock clock{QDateTime::currentMSecsSinceEpoch()};
    std::unique_ptr<server::ServerStorage> storage;
    std::unique_ptr<server::SyncService> service;
};
} // namespace

TEST_F(GroupCommit, ARefusedPushInABatchLeavesTheOthersStoredEachWithItsOwnVersion)
{
    const Pusher a = pusher(1), b = pusher(2), c = pusher(3);
    const QString taskA = makeUuid7(1'790'000'000'001), taskB = makeUuid7(1'790'000'000'002),
                  taskC = makeUuid7(1'790'000'000'003);
    const protocol::PushRequest pushA = newTask(a, taskA), pushB = newTask(b, taskB, false),
                                pushC = newTask(c, taskC);
    const QList<server::SyncService::PushResult> results =
        service->pushBatch({{&a.session, &pushA}, {&b.session, &pushB}, {&c.session, &pushC}});

    ASSERT_EQ(results.size(), 3);
    EXPECT_FALSE(results[0].error.has_value());
    ASSERT_TRUE(results[1].error.has_value());
    EXPECT_EQ(results[1].error->code, protocol::ErrorCode::IncompleteRecord);
    EXPECT_FALSE(results[2].error.has_value());
    EXPECT_EQ(results[0].reply.applied, 1);
    EXPECT_EQ(results[2].reply.applied, 1);
    EXPECT_EQ(results[2].reply.version, results[0].reply.version + 1);
    EXPECT_TRUE(stored(taskA));
    EXPECT_FALSE(stored(taskB));
    EXPECT_TRUE(stored(taskC));
    const QString workspace = storage->defaultWorkspace();
    EXPECT_EQ(storage->lastMutation(workspace, b.clientId), 0);
    EXPECT_EQ(storage->currentVersion(workspace), results[2].reply.version);
}

TEST_F(GroupCommit, ARefusedLonePushStoresNothingAndLeavesNoTransactionOpen)
{
    const Pusher a = pusher(1);
    const QString workspace = storage->defaultWorkspace();
    const qint64 before = storage->currentVersion(workspace);
    const QString refused = makeUuid7(1'790'000'000'001);
    const protocol::PushRequest incomplete = newTask(a, refused, false);
    const auto results = service->pushBatch({{&a.session, &incomplete}});
    ASSERT_TRUE(results.first().error.has_value());
    EXPECT_EQ(results.first().error->status, 400);
    EXPECT_FALSE(stored(refused));
    EXPECT_EQ(storage->currentVersion(workspace), before);
    // Nor is any mutation of it on record: the device may send it again, corrected.
    EXPECT_EQ(storage->lastMutation(workspace, a.clientId), 0);

    // The next push starts a transaction of its own and is stored.
    const QString kept = makeUuid7(1'790'000'000'002);
    const protocol::PushRequest whole = newTask(a, kept);
    const protocol::PushReply reply = service->push(a.session, whole);
    EXPECT_EQ(reply.applied, 1);
    EXPECT_EQ(reply.version, before + 1);
    EXPECT_TRUE(stored(kept));
}

void GroupCommit::refusedInTheMiddle(bool forged)
{
    const QString workspace = storage->defaultWorkspace();
    const Pusher staff = pusher(1, Role::Staff), other = pusher(2, Role::Staff),
                 manager = pusher(3), a = pusher(4), c = pusher(5);
    const QString shared = makeUuid7(1'790'000'000'001), managers = makeUuid7(1'790'000'000'002);
    // The staff member made a task for a colleague; the manager renamed it since and has
    // a task of their own, which staff may not touch.
    const protocol::PushRequest made{
        staff.clientId, 0, {{1, taskFor(staff, shared, other.person, QStringLiteral("Eerste"))}}};
    ASSERT_EQ(service->push(staff.session, made).applied, 1);
    QList<protocol::Change> managerChanges =
        taskFor(manager, managers, manager.person, QStringLiteral("Van de manager"));
    managerChanges << change(manager, QStringLiteral("tasks"), shared, "title",
                             QStringLiteral("Hernoemd"), 10);
    const protocol::PushRequest renamed{
        manager.clientId, storage->currentVersion(workspace), {{1, managerChanges}}};
    ASSERT_EQ(service->push(manager.session, renamed).applied, 1);
    ASSERT_TRUE(storage->conflicts(workspace, 100).isEmpty());
    const qint64 before = storage->currentVersion(workspace);
    const server::StoredRecord sharedBefore = task(shared), managersBefore = task(managers);

    // From a second device of the staff member, which has pulled nothing: the rename is a
    // concurrent edit (a conflict entry) and handing the task to the manager takes it from
    // the colleague (a revocation); then comes what is refused.
    const Pusher second = anotherDevice(staff.session.user, 6);
    QList<protocol::Change> changes{
        change(second, QStringLiteral("tasks"), shared, "title", QStringLiteral("Van mij"), 20),
        change(second, QStringLiteral("tasks"), shared, "assignee", manager.person, 20)};
    const QString forgedTask = makeUuid7(1'790'000'000'003);
    if (forged) {
        // A new task "created by" someone else.
        QList<protocol::Change> task =
            taskFor(second, forgedTask, staff.person, QStringLiteral("Nep"));
        for (protocol::Change &ch : task) {
            if (ch.field == QStringLiteral("created_by"))
                ch.value = a.person;
        }
        changes << task;
    } else {
        changes << change(second, QStringLiteral("tasks"), managers, "title",
                          QStringLiteral("Overgenomen"), 20);
    }
    const QString taskA = makeUuid7(1'790'000'000'004), taskC = makeUuid7(1'790'000'000'005);
    const protocol::PushRequest pushA{
        a.clientId, 0, {{1, taskFor(a, taskA, a.person, QStringLiteral("A"))}}},
        pushB{second.clientId, 0, {{1, changes}}},
        pushC{c.clientId, 0, {{1, taskFor(c, taskC, c.person, QStringLiteral("C"))}}};
    const auto results =
        service->pushBatch({{&a.session, &pushA}, {&second.session, &pushB}, {&c.session, &pushC}});

    ASSERT_EQ(results.size(), 3);
    ASSERT_FALSE(results[0].error.has_value());
    ASSERT_TRUE(results[1].error.has_value());
    EXPECT_EQ(results[1].error->status, 403);
    EXPECT_EQ(results[1].error->code,
              forged ? protocol::ErrorCode::ForgedAuthor : protocol::ErrorCode::Forbidden);
    ASSERT_FALSE(results[2].error.has_value());
    // Each accepted push has its own version, one after the other, as if the refused one
    // had never come.
    EXPECT_EQ(results[0].reply.version, before + 1);
    EXPECT_EQ(results[2].reply.version, before + 2);
    EXPECT_EQ(storage->currentVersion(workspace), before + 2);
    EXPECT_EQ(task(taskA).version, before + 1);
    EXPECT_EQ(task(taskA).fields.value(QStringLiteral("title")).toString(), QStringLiteral("A"));
    EXPECT_EQ(task(taskC).version, before + 2);
    EXPECT_EQ(storage->lastMutation(workspace, a.clientId), 1);
    EXPECT_EQ(storage->lastMutation(workspace, c.clientId), 1);

    // Nothing of the refused push: records, mutation, conflict entry, revocation, binding.
    const server::StoredRecord sharedAfter = task(shared), managersAfter = task(managers);
    EXPECT_EQ(sharedAfter.version, sharedBefore.version);
    EXPECT_EQ(sharedAfter.fields, sharedBefore.fields);
    EXPECT_EQ(sharedAfter.stamps, sharedBefore.stamps);
    EXPECT_EQ(managersAfter.version, managersBefore.version);
    EXPECT_EQ(managersAfter.fields, managersBefore.fields);
    EXPECT_FALSE(stored(forgedTask));
    EXPECT_EQ(storage->lastMutation(workspace, second.clientId), 0);
    EXPECT_TRUE(storage->conflicts(workspace, 100).isEmpty());
    EXPECT_TRUE(storage->revocations(workspace, other.person, 0, before + 10).isEmpty());
    EXPECT_TRUE(clientIdOf(second).isEmpty());
    const QList<server::StoredRecord> since = storage->recordsSince(workspace, before, 100);
    ASSERT_EQ(since.size(), 2);
    EXPECT_EQ(since[0].id, taskA);
    EXPECT_EQ(since[1].id, taskC);

    // Corrected, the same mutation number is taken, and the device is bound now.
    changes.resize(2);
    const protocol::PushRequest corrected{second.clientId, 0, {{1, changes}}};
    const protocol::PushReply reply = service->push(second.session, corrected);
    EXPECT_EQ(reply.applied, 1);
    EXPECT_EQ(reply.version, before + 3);
    EXPECT_EQ(clientIdOf(second), second.clientId);
    // The title and the assignee: both were written by another client since version 0.
    EXPECT_EQ(storage->conflicts(workspace, 100).size(), 2);
    const auto gone = storage->revocations(workspace, other.person, 0, before + 10);
    ASSERT_EQ(gone.size(), 1);
    EXPECT_EQ(gone.first().recordId, shared);
    EXPECT_EQ(task(shared).fields.value(QStringLiteral("title")).toString(),
              QStringLiteral("Van mij"));
}

TEST_F(GroupCommit, AForbiddenPushBetweenTwoOthersLeavesNoTrace)
{
    refusedInTheMiddle(false);
}

TEST_F(GroupCommit, AForgedAuthorBetweenTwoOthersLeavesNoTrace)
{
    refusedInTheMiddle(true);
}

TEST_F(GroupCommit, EachPushOfAGroupReadsWhatTheEarlierOnesWrote)
{
    const QString workspace = storage->defaultWorkspace();
    const Pusher owner = pusher(1), a = pusher(2), c = pusher(3);
    const QString shared = makeUuid7(1'790'000'000'001);
    const protocol::PushRequest made{
        owner.clientId, 0, {{1, taskFor(owner, shared, owner.person, QStringLiteral("Begin"))}}};
    const qint64 seen = service->push(owner.session, made).version;

    // a renames it (newer stamp); c, which has not seen that, renames it with an older
    // stamp; a then sends its next mutation. All three in one transaction.
    const protocol::PushRequest first{
        a.clientId,
        seen,
        {{1, {change(a, QStringLiteral("tasks"), shared, "title", QStringLiteral("Eerst"), 30)}}}};
    const protocol::PushRequest late{
        c.clientId,
        seen,
        {{1,
          {change(c, QStringLiteral("tasks"), shared, "title", QStringLiteral("Te laat"), 20)}}}};
    const protocol::PushRequest next{
        a.clientId,
        seen,
        {{2, {change(a, QStringLiteral("tasks"), shared, "notes", QStringLiteral("Meer"), 40)}}}};
    const auto results =
        service->pushBatch({{&a.session, &first}, {&c.session, &late}, {&a.session, &next}});
    ASSERT_EQ(results.size(), 3);
    for (const auto &r : results)
        ASSERT_FALSE(r.error.has_value()) << qPrintable(toText(r.error->code));
    EXPECT_EQ(results[0].reply.version, seen + 1);
    EXPECT_EQ(results[1].reply.version, seen + 2);
    EXPECT_EQ(results[2].reply.version, seen + 3);
    // The third push found the first one's mutation.
    EXPECT_EQ(results[2].reply.lastMutation, 2);
    EXPECT_EQ(storage->lastMutation(workspace, a.clientId), 2);

    // The second push met the first one's title, newer than its own: it stays, and the
    // late one is on record as lost against it.
    const server::StoredRecord after = task(shared);
    EXPECT_EQ(after.fields.value(QStringLiteral("title")).toString(), QStringLiteral("Eerst"));
    EXPECT_EQ(after.fields.value(QStringLiteral("notes")).toString(), QStringLiteral("Meer"));
    EXPECT_EQ(after.version, seen + 3);
    EXPECT_EQ(after.stamps.value(QStringLiteral("title"))
                  .toObject()
                  .value(QStringLiteral("v"))
                  .toInteger(),
              seen + 1);
    const QList<server::ConflictEntry> log = storage->conflicts(workspace, 100);
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.first().lostValue, QJsonValue(QStringLiteral("Te laat")));
    EXPECT_EQ(log.first().keptValue, QJsonValue(QStringLiteral("Eerst")));
    EXPECT_EQ(log.first().version, seen + 2);
}

TEST_F(GroupCommit, APushNamingManyRecordsStoresThemAllInOneVersion)
{
    const QString workspace = storage->defaultWorkspace();
    const Pusher owner = pusher(1), editor = pusher(2);
    constexpr int kCount = 300;
    const QString run = makeUuid7(1'790'000'000'000);
    QList<protocol::Change> made{
        change(owner, QStringLiteral("checklist_runs"), run, "template_id", QString(), 1),
        change(owner, QStringLiteral("checklist_runs"), run, "title", QStringLiteral("Open"), 1),
        change(owner, QStringLiteral("checklist_runs"), run, "day_utc", qint64(1'790'000'000'000),
               1),
        change(owner, QStringLiteral("checklist_runs"), run, "tz", QStringLiteral("UTC"), 1),
        change(owner, QStringLiteral("checklist_runs"), run, "created_by", owner.person, 1),
        change(owner, QStringLiteral("checklist_runs"), run, "created_at",
               qint64(1'790'000'000'000), 1)};
    QStringList tasks, incidents;
    for (int i = 0; i < kCount; ++i) {
        tasks << makeUuid7(1'790'000'001'000 + i);
        made << taskFor(owner, tasks.last(), owner.person, QStringLiteral("Taak %1").arg(i));
    }
    const protocol::PushRequest first{owner.clientId, 0, {{1, made}}};
    const qint64 seen = service->push(owner.session, first).version;

    // Another device, which has pulled nothing, renames every task (each a conflict entry)
    // and reports incidents under the run, in one mutation.
    QList<protocol::Change> edits;
    for (int i = 0; i < kCount; ++i) {
        edits << change(editor, QStringLiteral("tasks"), tasks[i], "title",
                        QStringLiteral("Nieuw %1").arg(i), 10);
        incidents << makeUuid7(1'790'000'002'000 + i);
        edits << change(editor, QStringLiteral("checklist_incidents"), incidents.last(), "run_id",
                        run, 10)
              << change(editor, QStringLiteral("checklist_incidents"), incidents.last(), "at_utc",
                        qint64(1'790'000'000'000 + i), 10)
              << change(editor, QStringLiteral("checklist_incidents"), incidents.last(), "text",
                        QStringLiteral("Incident %1").arg(i), 10)
              << change(editor, QStringLiteral("checklist_incidents"), incidents.last(),
                        "reported_by", editor.person, 10);
    }
    const protocol::PushRequest many{editor.clientId, 0, {{1, edits}}};
    const protocol::PushReply reply = service->push(editor.session, many);
    EXPECT_EQ(reply.applied, 1);
    EXPECT_EQ(reply.version, seen + 1);
    for (int i = 0; i < kCount; ++i) {
        const server::StoredRecord t = task(tasks[i]);
        EXPECT_EQ(t.version, seen + 1);
        EXPECT_EQ(t.fields.value(QStringLiteral("title")).toString(),
                  QStringLiteral("Nieuw %1").arg(i));
        const auto incident =
            storage->record(workspace, QStringLiteral("checklist_incidents"), incidents[i]);
        ASSERT_TRUE(incident.has_value());
        EXPECT_EQ(incident->version, seen + 1);
        EXPECT_EQ(incident->fields.value(QStringLiteral("text")).toString(),
                  QStringLiteral("Incident %1").arg(i));
    }
    EXPECT_EQ(storage->recordsSince(workspace, seen, 10 * kCount).size(), 2 * kCount);
    // The log holds one entry per renamed task, newest (the last in the push) first.
    const QList<server::ConflictEntry> log = storage->conflicts(workspace, 10 * kCount);
    ASSERT_EQ(log.size(), kCount);
    for (int i = 0; i < kCount; ++i) {
        EXPECT_EQ(log[i].recordId, tasks[kCount - 1 - i]);
        EXPECT_EQ(log[i].lostValue, QJsonValue(QStringLiteral("Taak %1").arg(kCount - 1 - i)));
    }

    // One incident under a run that does not exist refuses the whole push.
    QList<protocol::Change> more;
    for (int i = 0; i < kCount; ++i)
        more << change(editor, QStringLiteral("tasks"), tasks[i], "notes", QStringLiteral("x"), 20);
    const QString orphan = makeUuid7(1'790'000'003'000);
    more << change(editor, QStringLiteral("checklist_incidents"), orphan, "run_id",
                   makeUuid7(1'790'000'004'000), 20)
         << change(editor, QStringLiteral("checklist_incidents"), orphan, "at_utc", 1, 20)
         << change(editor, QStringLiteral("checklist_incidents"), orphan, "text", QString(), 20)
         << change(editor, QStringLiteral("checklist_incidents"), orphan, "reported_by", QString(),
                   20);
    const protocol::PushRequest refused{editor.clientId, reply.version, {{2, more}}};
    const auto results = service->pushBatch({{&editor.session, &refused}});
    ASSERT_TRUE(results.first().error.has_value());
    EXPECT_EQ(results.first().error->code, protocol::ErrorCode::UnknownParent);
    EXPECT_EQ(storage->currentVersion(workspace), reply.version);
    EXPECT_EQ(storage->lastMutation(workspace, editor.clientId), 1);
    EXPECT_TRUE(storage->recordsSince(workspace, reply.version, 10).isEmpty());
}

TEST_F(GroupCommit, OtherInstancesHearOfAGroupOnceWithItsNewestVersion)
{
    if (ServerProcess::backendFromEnvironment() != ServerProcess::Backend::Postgres)
        GTEST_SKIP() << "only PostgreSQL tells other instances of commits";
    const QString workspace = storage->defaultWorkspace();
    // Another instance over the same database.
    const std::unique_ptr<server::ServerStorage> other = server::openStorage(db);
    QList<qint64> heard;
    other->watchCommits([&](const QString &w, qint64 version) {
        if (w == workspace)
            heard << version;
    });
    const Pusher a = pusher(1), b = pusher(2), c = pusher(3);
    const qint64 before = storage->currentVersion(workspace);
    // The group's last push is refused: the group's newest version is told all the same.
    const protocol::PushRequest pushA = newTask(a, makeUuid7(1'790'000'000'001)),
                                pushB = newTask(b, makeUuid7(1'790'000'000'002)),
                                pushC = newTask(c, makeUuid7(1'790'000'000'003), false);
    const auto results =
        service->pushBatch({{&a.session, &pushA}, {&b.session, &pushB}, {&c.session, &pushC}});
    ASSERT_TRUE(results[2].error.has_value());
    // A lone push after it: once that is heard, all of the group is.
    protocol::PushRequest next = newTask(a, makeUuid7(1'790'000'000'004));
    next.mutations.first().id = 2;
    ASSERT_EQ(service->push(a.session, next).version, before + 3);
    ASSERT_TRUE(waitFor([&] { return heard.contains(before + 3); }));
    EXPECT_EQ(heard, (QList<qint64>{before + 2, before + 3}));
}

// A push tells a cache of the server's own what it stored (the CalDAV agenda follows the
// change log so): the workspace's version before it and its records at the version it took,
// also for a push that is not the first of its group and for a retried one.
TEST_F(GroupCommit, APushSaysWhatItStoredAndFromWhichVersion)
{
    const Pusher a = pusher(1), b = pusher(2);
    const QString workspace = storage->defaultWorkspace();
    const qint64 before = storage->currentVersion(workspace);
    const QString taskA = makeUuid7(1'790'000'000'001), taskB = makeUuid7(1'790'000'000'002);
    const protocol::PushRequest pushA = newTask(a, taskA), pushB = newTask(b, taskB);
    server::SyncService::Stored storedA, storedB;
    const auto results =
        service->pushBatch({{&a.session, &pushA, &storedA}, {&b.session, &pushB, &storedB}});
    ASSERT_FALSE(results[0].error.has_value());
    ASSERT_FALSE(results[1].error.has_value());
    EXPECT_EQ(storedA.before, before);
    EXPECT_EQ(storedB.before, results[0].reply.version);
    ASSERT_EQ(storedB.records.size(), 1);
    EXPECT_EQ(storedB.records.first().id, taskB);
    EXPECT_EQ(storedB.records.first().version, results[1].reply.version);
    // As the change log gives it.
    EXPECT_EQ(storedB.records.first().fields, task(taskB).fields);

    server::SyncService::Stored again{-1, {}};
    const protocol::PushReply retried = service->push(b.session, pushB, &again);
    EXPECT_EQ(retried.duplicates, 1);
    EXPECT_EQ(again.before, results[1].reply.version);
    for (const server::StoredRecord &r : again.records) {
        EXPECT_EQ(r.version, retried.version);
        const auto logged = storage->record(workspace, r.entity, r.id);
        ASSERT_TRUE(logged);
        EXPECT_EQ(r.fields, logged->fields);
        EXPECT_EQ(logged->version, retried.version);
    }
}
