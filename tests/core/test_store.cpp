// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Error.h"
#include "core/store/Hlc.h"
#include "core/store/Schema.h"
#include "core/store/Uuid7.h"
#include "core/tasks/TaskRepo.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace spil;
using namespace spil::test;

namespace {
QList<OutboxChange> changesOf(Database &db, const QString &recordId)
{
    QList<OutboxChange> out;
    for (const OutboxChange &c : db.pendingChanges(100000)) {
        if (c.recordId == recordId)
            out << c;
    }
    return out;
}

Task titled(const char *title)
{
    Task t;
    t.title = QString::fromUtf8(title);
    return t;
}
} // namespace

class Store : public StoreTest {};

TEST_F(Store, OpensInWalModeWithForeignKeysAndTheLatestSchema)
{
    EXPECT_EQ(db->scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(db->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
    EXPECT_TRUE(isUuid(db->clientId()));
}

TEST_F(Store, EveryRegisteredFieldHasItsColumn)
{
    for (const EntityDef &def : entities()) {
        QSqlQuery &q = db->run(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(def.name));
        const QSqlRecord columns = q.record();
        EXPECT_TRUE(columns.contains(QStringLiteral("id"))) << def.name.toStdString();
        EXPECT_TRUE(columns.contains(QStringLiteral("deleted"))) << def.name.toStdString();
        for (const FieldDef &f : def.fields)
            EXPECT_TRUE(columns.contains(f.name))
                << def.name.toStdString() << "." << f.name.toStdString();
        EXPECT_EQ(columns.count(), def.fields.size() + 2) << def.name.toStdString();
    }
}

TEST_F(Store, AnInsertQueuesEveryFieldOfTheNewRecordUnderOneMutation)
{
    Database::Transaction tx(*db);
    const QString id =
        db->insert(QStringLiteral("tasks"), {{QStringLiteral("title"), QStringLiteral("Bel terug")},
                                             {QStringLiteral("urgent"), true}});
    tx.commit();
    const auto changes = changesOf(*db, id);
    const EntityDef &def = entity(QStringLiteral("tasks"));
    ASSERT_EQ(changes.size(), def.fields.size());
    for (const auto &c : changes) {
        EXPECT_EQ(c.entity, QStringLiteral("tasks"));
        EXPECT_EQ(c.mutation, changes.first().mutation);
        EXPECT_EQ(c.hlc, changes.first().hlc);
        EXPECT_TRUE(c.hlc.endsWith(db->clientId()));
    }
    const auto value = [&](const char *field) {
        for (const auto &c : changes) {
            if (c.field == QLatin1String(field))
                return c.value;
        }
        return QJsonValue(QJsonValue::Undefined);
    };
    EXPECT_EQ(value("title"), QJsonValue(QStringLiteral("Bel terug")));
    EXPECT_EQ(value("urgent"), QJsonValue(true));
    EXPECT_EQ(value("status"), QJsonValue(QStringLiteral("open"))); // the column default
    EXPECT_TRUE(value("due_utc").isNull());
}

TEST_F(Store, AnUpdateQueuesOnlyTheFieldsThatChanged)
{
    Database::Transaction t1(*db);
    const QString id =
        db->insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("Sanne")},
                                              {QStringLiteral("handle"), QStringLiteral("sanne")}});
    t1.commit();
    const qint64 before = db->pendingCount();
    clock.advance(1000);
    Database::Transaction t2(*db);
    const QStringList changed =
        db->update(QStringLiteral("people"), id,
                   {{QStringLiteral("name"), QStringLiteral("Sanne")},
                    {QStringLiteral("tz"), QStringLiteral("America/New_York")},
                    {QStringLiteral("principals"), QStringList{QStringLiteral("x")}}});
    t2.commit();
    EXPECT_EQ(changed, (QStringList{QStringLiteral("principals"), QStringLiteral("tz")}));
    const auto all = changesOf(*db, id);
    ASSERT_EQ(db->pendingCount(), before + 2);
    const auto &last = all.last();
    EXPECT_EQ(last.field, QStringLiteral("tz"));
    EXPECT_EQ(last.value, QJsonValue(QStringLiteral("America/New_York")));
    EXPECT_EQ(all[all.size() - 2].value, QJsonValue(QJsonArray{QStringLiteral("x")}));
    EXPECT_GT(last.mutation, all.first().mutation);
    EXPECT_GT(last.hlc, all.first().hlc);
}

TEST_F(Store, ADeleteLeavesATombstoneAndQueuesIt)
{
    Database::Transaction t1(*db);
    const QString id =
        db->insert(QStringLiteral("tasks"), {{QStringLiteral("title"), QStringLiteral("x")}});
    t1.commit();
    Database::Transaction t2(*db);
    db->remove(QStringLiteral("tasks"), id);
    t2.commit();
    EXPECT_FALSE(db->get(QStringLiteral("tasks"), id).has_value());
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT deleted FROM tasks WHERE id = ?"), {id}).toInt(),
              1);
    const auto changes = changesOf(*db, id);
    EXPECT_EQ(changes.last().field, QStringLiteral("deleted"));
    EXPECT_EQ(changes.last().value, QJsonValue(true));
}

TEST_F(Store, RemoveOneAndRestoreOneAreEachAnActionOfTheirOwn)
{
    Database::Transaction t1(*db);
    const QString id =
        db->insert(QStringLiteral("tasks"), {{QStringLiteral("title"), QStringLiteral("x")}});
    t1.commit();
    db->removeOne(QStringLiteral("tasks"), id, QStringLiteral("task"));
    EXPECT_FALSE(db->get(QStringLiteral("tasks"), id).has_value());
    EXPECT_EQ(changesOf(*db, id).last().value, QJsonValue(true));
    db->restoreOne(QStringLiteral("tasks"), id);
    ASSERT_TRUE(db->get(QStringLiteral("tasks"), id).has_value());
    EXPECT_EQ(db->get(QStringLiteral("tasks"), id)->value(QStringLiteral("title")).toString(),
              QStringLiteral("x"));
    EXPECT_EQ(changesOf(*db, id).last().value, QJsonValue(false));
}

TEST_F(Store, RemoveOneNamesTheRecordAsItsUserKnowsItAndRestoreOneNeedsARemovedRecord)
{
    try {
        db->removeOne(QStringLiteral("tasks"), QStringLiteral("0000-missing"),
                      QStringLiteral("task"));
        FAIL() << "removed a record that is not there";
    } catch (const Error &e) {
        EXPECT_EQ(e.kind(), ErrorKind::NotFound);
        EXPECT_EQ(e.message(), QStringLiteral("no task 0000-missing"));
    }
    Database::Transaction t1(*db);
    const QString id =
        db->insert(QStringLiteral("tasks"), {{QStringLiteral("title"), QStringLiteral("live")}});
    t1.commit();
    const auto before = changesOf(*db, id).size();
    EXPECT_THROW(db->restoreOne(QStringLiteral("tasks"), id), Error);
    EXPECT_EQ(changesOf(*db, id).size(), before);
}

TEST_F(Store, ARolledBackActionLeavesNeitherRecordNorChange)
{
    QString id;
    {
        Database::Transaction tx(*db);
        id = db->insert(QStringLiteral("tasks"), {{QStringLiteral("title"), QStringLiteral("x")}});
    }
    EXPECT_FALSE(db->get(QStringLiteral("tasks"), id).has_value());
    EXPECT_EQ(db->pendingCount(), 0);
}

TEST_F(Store, BadFieldsAndTypesAreRefusedAndChangeNothing)
{
    Database::Transaction tx(*db);
    EXPECT_THROW(db->insert(QStringLiteral("tasks"), {{QStringLiteral("colour"), 1}}), Error);
    EXPECT_THROW(
        db->insert(QStringLiteral("tasks"), {{QStringLiteral("due_utc"), QStringLiteral("soon")}}),
        Error);
    EXPECT_THROW(
        db->insert(QStringLiteral("tasks"), {{QStringLiteral("urgent"), QStringLiteral("yes")}}),
        Error);
    EXPECT_THROW(db->insert(QStringLiteral("nonsense"), {}), Error);
    EXPECT_THROW(db->insert(QStringLiteral("tasks"), {{QStringLiteral("id"), QStringLiteral("1")}}),
                 Error);
    tx.commit();
    EXPECT_EQ(db->pendingCount(), 0);
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt(), 0);
}

TEST_F(Store, MutationsNeedAUserAction)
{
    EXPECT_THROW(
        db->insert(QStringLiteral("tasks"), {{QStringLiteral("title"), QStringLiteral("x")}}),
        Error);
}

TEST_F(Store, AcknowledgedChangesLeaveTheOutbox)
{
    TaskRepo tasks(*db);
    Task t;
    t.title = QStringLiteral("één");
    tasks.add(t);
    tasks.add(t);
    const auto pending = db->pendingChanges();
    const qint64 firstMutationEnd = [&] {
        qint64 seq = 0;
        for (const auto &c : pending) {
            if (c.mutation == pending.first().mutation)
                seq = c.seq;
        }
        return seq;
    }();
    db->acknowledge(firstMutationEnd);
    for (const auto &c : db->pendingChanges())
        EXPECT_NE(c.mutation, pending.first().mutation);
    EXPECT_GT(db->pendingCount(), 0);
}

TEST_F(Store, ClientIdAndClockSurviveAReopen)
{
    const QString client = db->clientId();
    TaskRepo(*db).add(titled("a"));
    const QString lastStamp = db->pendingChanges().last().hlc;
    db.reset();
    clock.advance(-3'600'000); // the device clock was set back an hour
    db = std::make_unique<Database>(path(), clock);
    EXPECT_EQ(db->clientId(), client);
    TaskRepo(*db).add(titled("b"));
    EXPECT_GT(db->pendingChanges().last().hlc, lastStamp);
    EXPECT_GT(db->pendingChanges().last().mutation, db->pendingChanges().first().mutation);
}

TEST_F(Store, ANewClientIdTakesTheWaitingChangesAlongNumberedFromOne)
{
    TaskRepo tasks(*db);
    tasks.add(titled("a"));
    tasks.add(titled("b"));
    tasks.add(titled("c"));
    // The first action was acknowledged and the second refused: numbers 3 and up wait.
    const auto pending = db->pendingChanges(100000);
    db->acknowledge(changesOf(*db, pending.first().recordId).last().seq);
    db->reject(2, QStringLiteral("forbidden"), QStringLiteral("test"));
    const QString before = db->clientId();
    tasks.add(titled("d"));
    QList<qint64> numbers;
    for (const OutboxChange &c : db->pendingChanges(100000)) {
        if (numbers.isEmpty() || numbers.last() != c.mutation)
            numbers << c.mutation;
    }
    ASSERT_EQ(numbers, (QList<qint64>{3, 4}));

    db->renewClientId();
    EXPECT_NE(db->clientId(), before);
    EXPECT_TRUE(isUuid(db->clientId()));
    numbers.clear();
    for (const OutboxChange &c : db->pendingChanges(100000)) {
        if (numbers.isEmpty() || numbers.last() != c.mutation)
            numbers << c.mutation;
        HlcStamp stamp;
        ASSERT_TRUE(HlcStamp::parse(c.hlc, &stamp));
        EXPECT_EQ(stamp.clientId, db->clientId());
    }
    EXPECT_EQ(numbers, (QList<qint64>{1, 2}));
    // The next action follows them, stamped with the new id, also after a reopen.
    db.reset();
    db = std::make_unique<Database>(path(), clock);
    TaskRepo(*db).add(titled("e"));
    EXPECT_EQ(db->pendingChanges(100000).last().mutation, 3);
    EXPECT_TRUE(db->pendingChanges(100000).last().hlc.endsWith(db->clientId()));
}

TEST_F(Store, APurgedRecordLeavesNoRowNorChildren)
{
    const QString owner = addPerson("Maarten Verhoeven", Role::Director);
    Appointment a =
        appointment(owner, "Overname", utc("2026-12-01T09:00:00Z"), utc("2026-12-01T10:00:00Z"));
    a.rrule = QStringLiteral("FREQ=WEEKLY");
    AgendaRepo agenda(*db);
    const QString series = agenda.add(a, true);
    agenda.moveInstance(series, a.startUtc + 7 * 86'400'000LL, a.startUtc + 8 * 86'400'000LL,
                        a.endUtc + 8 * 86'400'000LL);
    ASSERT_EQ(db->scalar(QStringLiteral("SELECT COUNT(*) FROM appointment_exceptions")).toInt(), 1);
    {
        Database::Transaction tx(*db, Database::Transaction::TrustServerOrder);
        db->purgeRemote(QStringLiteral("appointments"), series);
        tx.commit();
    }
    EXPECT_FALSE(db->scalar(QStringLiteral("SELECT 1 FROM appointments")).isValid());
    EXPECT_FALSE(db->scalar(QStringLiteral("SELECT 1 FROM appointment_exceptions")).isValid());
    Database::Transaction tx(*db);
    EXPECT_THROW(db->purgeRemote(QStringLiteral("salaries"), series), Error);
}
