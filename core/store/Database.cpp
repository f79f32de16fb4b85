// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Database.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/store/FieldCodec.h"
#include "core/store/Schema.h"
#include "core/store/Uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

namespace spil {

namespace {
// A field's value as the outbox keeps it, the JSON of the value alone: QJsonDocument writes
// only arrays and objects, so it is written as a one-element array and unwrapped.
QString outboxValue(const QJsonValue &value)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
}

// In m_recorded: a field of a record inserted in this action, its row found by the record.
constexpr qint64 kNewRecordsField = -1;

// A field of a record, as m_recorded knows it.
QString recordedKey(const QString &entity, const QString &id, const QString &field)
{
    return entity + QChar(0x1f) + id + QChar(0x1f) + field;
}
} // namespace

Database::Database(const QString &path, const Clock &clock, int targetVersion)
    // WAL lets readers run beside the writer; foreign keys guard parent/child records.
    : m_clock(clock), m_sql(path, {QStringLiteral("PRAGMA journal_mode=WAL"),
                                   QStringLiteral("PRAGMA foreign_keys=ON"),
                                   QStringLiteral("PRAGMA synchronous=NORMAL")}),
      m_hlc(clock, QString())
{
    m_sql.migrate(migrations(), targetVersion < 0 ? latestSchemaVersion() : targetVersion);
    QString client = meta(QStringLiteral("client_id"));
    if (client.isEmpty()) {
        client = makeUuid7(m_clock.nowMs());
        setMeta(QStringLiteral("client_id"), client);
    }
    m_hlc.setClientId(client);
    // Stamps must keep rising across restarts even when the wall clock was set back.
    HlcStamp last;
    if (HlcStamp::parse(meta(QStringLiteral("hlc_last")), &last))
        m_hlc.observe(last);
}

std::unique_ptr<Database> Database::staging(const Clock &clock)
{
    auto db = std::make_unique<Database>(QStringLiteral(":memory:"), clock);
    db->m_sql.scalar(QStringLiteral("PRAGMA foreign_keys=OFF"));
    db->m_checksForeignKeys = false;
    return db;
}

Database::~Database() = default;

void Database::renewClientId()
{
    const QString client = makeUuid7(m_clock.nowMs());
    Transaction tx(*this);
    // A stamp is "<12 hex>-<4 hex>-<client id>": the first 18 characters stay.
    run(QStringLiteral("UPDATE outbox SET hlc = substr(hlc, 1, 18) || ?"), {client});
    QList<qint64> mutations;
    auto &q = run(QStringLiteral("SELECT DISTINCT mutation FROM outbox ORDER BY mutation"));
    while (q.next())
        mutations << q.value(0).toLongLong();
    // Ascending, each number only goes down to one no waiting row still holds.
    for (qsizetype i = 0; i < mutations.size(); ++i)
        run(QStringLiteral("UPDATE outbox SET mutation = ? WHERE mutation = ?"),
            {i + 1, mutations[i]});
    setMeta(QStringLiteral("next_mutation"), QString::number(mutations.size() + 1));
    setMeta(QStringLiteral("client_id"), client);
    tx.commit();
    m_hlc.setClientId(client);
}

int Database::schemaVersion()
{
    return m_sql.schemaVersion();
}

QVariant Database::scalar(const QString &sql, const QVariantList &args)
{
    return m_sql.scalar(sql, args);
}

QString Database::newId() const
{
    return makeUuid7(m_clock.nowMs());
}

QSqlQuery &Database::run(const QString &sql, const QVariantList &args)
{
    return m_sql.run(sql, args);
}

QString Database::meta(const QString &key, const QString &fallback)
{
    const QVariant v = scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return v.isValid() ? v.toString() : fallback;
}

void Database::setMeta(const QString &key, const QString &value)
{
    run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {key, value.isNull() ? QString(QLatin1String("")) : value});
}

Database::Transaction::Transaction(Database &db, Checks checks)
    : m_db(db), m_checksOff(checks == TrustServerOrder && db.m_checksForeignKeys),
      m_nested(db.m_inTrial)
{
    if (m_db.m_inTransaction)
        fail(ErrorKind::Storage, QStringLiteral("a user action is already open"));
    if (m_nested) {
        m_db.m_sql.scalar(QStringLiteral("SAVEPOINT user_action"));
    } else {
        // The pragma is ignored inside a transaction: it must come before BEGIN.
        if (m_checksOff)
            m_db.m_sql.scalar(QStringLiteral("PRAGMA foreign_keys=OFF"));
        try {
            m_db.m_sql.begin();
        } catch (...) {
            if (m_checksOff)
                m_db.m_sql.scalar(QStringLiteral("PRAGMA foreign_keys=ON"));
            throw;
        }
    }
    m_db.m_inTransaction = true;
    m_db.m_mutation = 0;
    m_db.m_recorded.clear();
}

Database::Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_nested) {
        // Also runs while an error unwinds: it must not throw. Should it fail, the Trial's
        // own rollback still undoes everything.
        try {
            m_db.m_sql.script(
                {QStringLiteral("ROLLBACK TO user_action"), QStringLiteral("RELEASE user_action")});
        } catch (const Error &e) {
            qWarning("spil: cannot undo a user action: %s", qPrintable(e.message()));
        }
    } else {
        m_db.m_sql.rollback();
    }
    end();
}

void Database::Transaction::end()
{
    m_db.m_inTransaction = false;
    if (!m_checksOff)
        return;
    // Also runs from the destructor: it must not throw.
    try {
        m_db.m_sql.scalar(QStringLiteral("PRAGMA foreign_keys=ON"));
    } catch (const Error &e) {
        qWarning("spil: cannot turn foreign keys back on: %s", qPrintable(e.message()));
    }
}

void Database::Transaction::commit()
{
    if (m_db.m_mutation != 0)
        m_db.setMeta(QStringLiteral("hlc_last"), m_db.m_stamp);
    m_done = true;
    try {
        if (m_nested)
            m_db.m_sql.scalar(QStringLiteral("RELEASE user_action"));
        else
            m_db.m_sql.commit();
    } catch (...) {
        end();
        throw;
    }
    end();
}

Database::Trial::Trial(Database &db) : m_db(db)
{
    if (m_db.m_inTransaction || m_db.m_inTrial)
        fail(ErrorKind::Storage, QStringLiteral("a trial needs a store with nothing open"));
    if (m_db.m_checksForeignKeys)
        fail(ErrorKind::Storage, QStringLiteral("only a staging store takes a trial"));
    m_db.m_sql.begin();
    m_db.m_inTrial = true;
}

bool Database::Trial::end()
{
    if (!m_open)
        return true;
    m_open = false;
    m_db.m_inTrial = false;
    return m_db.m_sql.tryRollback();
}

void Database::requireTransaction() const
{
    if (!m_inTransaction)
        fail(ErrorKind::Storage, QStringLiteral("a mutation outside a user action"));
}

qint64 Database::currentMutation()
{
    if (m_mutation == 0) {
        m_mutation = meta(QStringLiteral("next_mutation"), QStringLiteral("1")).toLongLong();
        setMeta(QStringLiteral("next_mutation"), QString::number(m_mutation + 1));
        m_stamp = m_hlc.tick().toString();
    }
    return m_mutation;
}

void Database::record(const QString &entity, const QString &id, const QString &field,
                      const QJsonValue &value)
{
    const qint64 mutation = currentMutation();
    const QString json = outboxValue(value);
    // A field set twice in one user action (a record added, then filed) is one change: both
    // would carry the action's one stamp, and the server keeps the first of two equal stamps.
    const QString key = recordedKey(entity, id, field);
    if (const auto seen = m_recorded.constFind(key); seen != m_recorded.constEnd()) {
        if (*seen == kNewRecordsField)
            run(QStringLiteral("UPDATE outbox SET value = ? WHERE record_id = ? AND entity = ? "
                               "AND field = ? AND mutation = ?"),
                {json, id, entity, field, mutation});
        else
            run(QStringLiteral("UPDATE outbox SET value = ? WHERE seq = ?"), {json, *seen});
        return;
    }
    const QVariant seq =
        run(QStringLiteral("INSERT INTO outbox (mutation, entity, record_id, field, value, hlc) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {mutation, entity, id, field, json, m_stamp})
            .lastInsertId();
    m_recorded.insert(key, seq.toLongLong());
}

void Database::recordNew(const QString &entity, const QString &id,
                         const QList<std::pair<QString, QJsonValue>> &fields)
{
    if (fields.isEmpty())
        return;
    const qint64 mutation = currentMutation();
    // A statement per field cost a new record's insert more than the record itself.
    QString sql = QStringLiteral("INSERT INTO outbox (mutation, entity, record_id, field, value, "
                                 "hlc) VALUES ");
    QVariantList args;
    args.reserve(fields.size() * 6);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        sql +=
            i == 0 ? QStringLiteral("(?, ?, ?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?, ?, ?)");
        args << mutation << entity << id << fields[i].first << outboxValue(fields[i].second)
             << m_stamp;
    }
    run(sql, args);
    // Their rows are found by the record when a field is set again in the same action:
    // RETURNING their seq made SQLite build a table in memory for each insert.
    for (const auto &field : fields)
        m_recorded.insert(recordedKey(entity, id, field.first), kNewRecordsField);
}

QString Database::insert(const QString &entityName, const QVariantMap &given)
{
    requireTransaction();
    const EntityDef &def = entity(entityName);
    QString id = given.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        id = newId();
    else if (!isUuid(id))
        fail(ErrorKind::BadInput, QStringLiteral("'%1' is not a record id").arg(id));

    for (auto it = given.begin(); it != given.end(); ++it) {
        if (it.key() != QStringLiteral("id") && !def.field(it.key()))
            fail(ErrorKind::BadInput,
                 QStringLiteral("%1 has no field '%2'").arg(entityName, it.key()));
    }
    QStringList columns{QStringLiteral("id")};
    QStringList marks{QStringLiteral("?")};
    QVariantList args{id};
    for (const FieldDef &f : def.fields) {
        if (!given.contains(f.name))
            continue;
        const QVariant stored = toStored(f, given.value(f.name));
        columns << f.name;
        marks << QStringLiteral("?");
        args << stored;
    }
    run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(entityName, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
        args);
    // A new record travels whole, defaults included, so a receiver can build it.
    const auto created = get(entityName, id);
    QList<std::pair<QString, QJsonValue>> fields;
    fields.reserve(def.fields.size());
    for (const FieldDef &f : def.fields)
        fields.append({f.name, toJson(f, created->value(f.name))});
    recordNew(entityName, id, fields);
    return id;
}

QStringList Database::update(const QString &entityName, const QString &id,
                             const QVariantMap &fields)
{
    requireTransaction();
    const EntityDef &def = entity(entityName);
    const auto current = get(entityName, id);
    if (!current)
        fail(ErrorKind::NotFound, QStringLiteral("no %1 record %2").arg(entityName, id));
    QStringList changed, assignments;
    QVariantList args;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const FieldDef *f = def.field(it.key());
        if (!f)
            fail(ErrorKind::BadInput,
                 QStringLiteral("%1 has no field '%2'").arg(entityName, it.key()));
        const QVariant stored = toStored(*f, it.value());
        if (toJson(*f, fromStored(*f, stored)) == toJson(*f, current->value(f->name)))
            continue;
        assignments << f->name + QStringLiteral(" = ?");
        args << stored;
        changed << f->name;
    }
    if (changed.isEmpty())
        return changed;
    // One statement: fields that hold together (an appointment's start and end, which an
    // index checks as a span) never pass through a state that is neither old nor new.
    run(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
            .arg(entityName, assignments.join(QStringLiteral(", "))),
        args << id);
    for (int i = 0; i < changed.size(); ++i) {
        const FieldDef *f = def.field(changed[i]);
        record(entityName, id, f->name, toJson(*f, fromStored(*f, args[i])));
    }
    return changed;
}

void Database::remove(const QString &entityName, const QString &id)
{
    requireTransaction();
    entity(entityName);
    if (!get(entityName, id))
        fail(ErrorKind::NotFound, QStringLiteral("no %1 record %2").arg(entityName, id));
    run(QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?").arg(entityName), {id});
    record(entityName, id, QStringLiteral("deleted"), QJsonValue(true));
}

void Database::restore(const QString &entityName, const QString &id)
{
    requireTransaction();
    entity(entityName);
    if (!scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 1").arg(entityName),
                {id})
             .isValid())
        fail(ErrorKind::NotFound, QStringLiteral("no deleted %1 record %2").arg(entityName, id));
    run(QStringLiteral("UPDATE %1 SET deleted = 0 WHERE id = ?").arg(entityName), {id});
    record(entityName, id, QStringLiteral("deleted"), QJsonValue(false));
}

void Database::removeOne(const QString &entityName, const QString &id, const QString &noun)
{
    if (!get(entityName, id))
        fail(ErrorKind::NotFound, QStringLiteral("no %1 %2").arg(noun, id));
    Transaction tx(*this);
    remove(entityName, id);
    tx.commit();
}

void Database::restoreOne(const QString &entityName, const QString &id)
{
    Transaction tx(*this);
    restore(entityName, id);
    tx.commit();
}

QList<QVariantMap> Database::liveRecords(const QString &entityName, const QString &rest,
                                         const QVariantList &args)
{
    const EntityDef &def = entity(entityName);
    auto &q = run(QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0 %3")
                      .arg(selectColumns(def), entityName, rest),
                  args);
    QList<QVariantMap> out;
    while (q.next())
        out << decodeRow(def, q);
    return out;
}

QString Database::selectColumns(const EntityDef &def, const QString &tablePrefix)
{
    QStringList cols{tablePrefix + QStringLiteral("id"), tablePrefix + QStringLiteral("deleted")};
    for (const auto &f : def.fields)
        cols << tablePrefix + f.name;
    return cols.join(QLatin1Char(','));
}

QVariantMap Database::decodeRow(const EntityDef &def, const QSqlQuery &q)
{
    QVariantMap out;
    out.insert(QStringLiteral("id"), q.value(0).toString());
    out.insert(QStringLiteral("deleted"), q.value(1).toInt() != 0);
    for (int i = 0; i < def.fields.size(); ++i)
        out.insert(def.fields[i].name, fromStored(def.fields[i], q.value(i + 2)));
    return out;
}

std::optional<QVariantMap> Database::get(const QString &entityName, const QString &id)
{
    const EntityDef &def = entity(entityName);
    auto &q = run(QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted = 0")
                      .arg(selectColumns(def), entityName),
                  {id});
    if (!q.next())
        return std::nullopt;
    QVariantMap row = decodeRow(def, q);
    q.finish(); // a single row: release the read snapshot at once
    return row;
}

QStringList Database::idsMatching(const QString &entityName, const QString &prefix)
{
    entity(entityName);
    QString escaped = prefix;
    escaped.replace(QLatin1Char('%'), QString()).replace(QLatin1Char('_'), QString());
    auto &q = run(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND (id LIKE ? OR id LIKE ?) "
                                 "LIMIT 3")
                      .arg(entityName),
                  {escaped + QLatin1Char('%'), QLatin1Char('%') + escaped});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

void Database::applyRemote(const QString &entityName, const QString &id, const QJsonObject &fields,
                           bool deleted, const QSet<QString> &keepLocal)
{
    requireTransaction();
    const EntityDef &def = entity(entityName);
    if (!isUuid(id))
        fail(ErrorKind::BadInput, QStringLiteral("'%1' is not a record id").arg(id));
    QList<QPair<QString, QVariant>> values;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const FieldDef *f = def.field(it.key());
        if (!f)
            fail(ErrorKind::BadInput,
                 QStringLiteral("%1 has no field '%2'").arg(entityName, it.key()));
        values << qMakePair(f->name, toStored(*f, fromJson(*f, it.value())));
    }
    // Most records hold no field with a change of this device still waiting (on a first
    // sync none does): one upsert writes them, here already or not, without asking first.
    bool keepsLocal = false;
    if (!keepLocal.isEmpty()) {
        keepsLocal = keepLocal.contains(fieldKey(entityName, id, QStringLiteral("deleted")));
        for (const auto &[name, stored] : values)
            keepsLocal = keepsLocal || keepLocal.contains(fieldKey(entityName, id, name));
    }
    if (!keepsLocal) {
        // A record gone before this device ever saw it leaves nothing to remove.
        if (deleted && values.isEmpty()) {
            run(QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?").arg(entityName), {id});
            return;
        }
        QString columns = QStringLiteral("id,deleted");
        QString updates = QStringLiteral("deleted=excluded.deleted");
        QVariantList args{id, deleted ? 1 : 0};
        for (const auto &[name, stored] : values) {
            columns += QLatin1Char(',') + name;
            updates += QLatin1Char(',') + name + QStringLiteral("=excluded.") + name;
            args << stored;
        }
        run(QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3) ON CONFLICT(id) DO UPDATE SET %4")
                .arg(entityName, columns, QStringLiteral(",?").repeated(args.size() - 1), updates),
            args);
        return;
    }
    const bool exists =
        scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(entityName), {id}).isValid();
    if (!exists) {
        // A record gone before this device ever saw it leaves nothing to remove.
        if (deleted && values.isEmpty())
            return;
        QStringList columns{QStringLiteral("id"), QStringLiteral("deleted")};
        QVariantList args{id, deleted ? 1 : 0};
        for (const auto &[name, stored] : values) {
            columns << name;
            args << stored;
        }
        run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(entityName, columns.join(QLatin1Char(',')),
                     QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))),
            args);
        return;
    }
    for (const auto &[name, stored] : values) {
        if (keepLocal.contains(fieldKey(entityName, id, name)))
            continue;
        run(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(entityName, name),
            {stored, id});
    }
    if (!keepLocal.contains(fieldKey(entityName, id, QStringLiteral("deleted"))))
        run(QStringLiteral("UPDATE %1 SET deleted = ? WHERE id = ?").arg(entityName),
            {deleted ? 1 : 0, id});
}

void Database::purgeRemote(const QString &entityName, const QString &id)
{
    requireTransaction();
    entity(entityName); // a known kind only: its name goes into the statements
    for (const EntityDef &child : entities()) {
        if (child.parentEntity == entityName)
            run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(child.name, child.parentField),
                {id});
    }
    run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entityName), {id});
    if (entityName == QStringLiteral("tasks"))
        run(QStringLiteral("DELETE FROM seen_tasks WHERE task_id = ?"), {id});
}

QSet<QString> Database::pendingFieldKeys(const QStringList &recordIds)
{
    QSet<QString> keys;
    // Nothing waits most of the time: a device pushes before it pulls.
    if (recordIds.isEmpty() ||
        !scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox)")).toBool())
        return keys;
    for (const QString &id : recordIds) {
        auto &q = run(QStringLiteral("SELECT entity, field FROM outbox WHERE record_id = ?"), {id});
        while (q.next())
            keys.insert(fieldKey(q.value(0).toString(), id, q.value(1).toString()));
    }
    return keys;
}

void Database::observeStamp(const QString &hlc)
{
    HlcStamp stamp;
    if (HlcStamp::parse(hlc, &stamp))
        m_hlc.observe(stamp);
}

QList<OutboxChange> Database::pendingChanges(int limit)
{
    auto &q = run(QStringLiteral("SELECT seq, mutation, entity, record_id, field, value, hlc "
                                 "FROM outbox ORDER BY seq LIMIT ?"),
                  {limit});
    QList<OutboxChange> out;
    while (q.next()) {
        OutboxChange c;
        c.seq = q.value(0).toLongLong();
        c.mutation = q.value(1).toLongLong();
        c.entity = q.value(2).toString();
        c.recordId = q.value(3).toString();
        c.field = q.value(4).toString();
        c.value = QJsonDocument::fromJson("[" + q.value(5).toString().toUtf8() + "]").array().at(0);
        c.hlc = q.value(6).toString();
        out << c;
    }
    return out;
}

qint64 Database::pendingCount()
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toLongLong();
}

qint64 Database::pendingActions()
{
    return scalar(QStringLiteral("SELECT COUNT(DISTINCT mutation) FROM outbox")).toLongLong();
}

void Database::reject(qint64 mutation, const QString &code, const QString &reason)
{
    Transaction tx(*this);
    run(QStringLiteral(
            "INSERT INTO rejected_changes SELECT seq, mutation, entity, record_id, field, "
            "value, hlc, ?, ? FROM outbox WHERE mutation = ?"),
        {code, reason, mutation});
    run(QStringLiteral("DELETE FROM outbox WHERE mutation = ?"), {mutation});
    tx.commit();
}

qint64 Database::rejectedCount()
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM rejected_changes")).toLongLong();
}

void Database::acknowledge(qint64 upToSeq)
{
    Transaction tx(*this);
    run(QStringLiteral("DELETE FROM outbox WHERE seq <= ?"), {upToSeq});
    tx.commit();
}

} // namespace spil
