// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/archive/ArchiveRepo.h"

#include "core/archive/ArchiveSearch.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/documents/DocumentRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"
#include "core/tasks/TaskRepo.h"

#include <QSqlQuery>
#include <algorithm>
#include <limits>
#include <tuple>

namespace spil {

namespace {
const QString kItems = QStringLiteral("archive_items");
constexpr int kMaxRetentionYears = 100;
constexpr int kMaxNoticeMonths = 60;
// The notice task falls due at this time of the secretary's day.
constexpr int kNoticeTaskMinutes = 9 * 60;

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QStringList cleaned(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        const QString t = v.simplified();
        if (!t.isEmpty() && !out.contains(t, Qt::CaseInsensitive))
            out << t;
    }
    return out;
}

QVariantMap columnsOf(const ArchiveChange &c)
{
    QVariantMap f;
    if (c.owner)
        f.insert(QStringLiteral("owner"), *c.owner);
    if (c.kind)
        f.insert(QStringLiteral("kind"), toText(*c.kind));
    if (c.date)
        f.insert(QStringLiteral("date"), dateText(*c.date));
    if (c.subject)
        f.insert(QStringLiteral("subject"), c.subject->simplified());
    if (c.parties)
        f.insert(QStringLiteral("parties"), cleaned(*c.parties));
    if (c.tags)
        f.insert(QStringLiteral("tags"), cleaned(*c.tags));
    if (c.location) {
        f.insert(QStringLiteral("cabinet"), c.location->cabinet.simplified());
        f.insert(QStringLiteral("binder"), c.location->binder.simplified());
        f.insert(QStringLiteral("shelf"), c.location->shelf.simplified());
    }
    if (c.retentionYears)
        f.insert(QStringLiteral("retention_years"), *c.retentionYears);
    if (c.confidential)
        f.insert(QStringLiteral("confidential"), *c.confidential);
    if (c.restricted)
        f.insert(QStringLiteral("restricted"), *c.restricted);
    if (c.contractStart)
        f.insert(QStringLiteral("contract_start"), dateText(*c.contractStart));
    if (c.contractEnd)
        f.insert(QStringLiteral("contract_end"), dateText(*c.contractEnd));
    if (c.noticeMonths)
        f.insert(QStringLiteral("notice_months"), *c.noticeMonths);
    return f;
}

bool newestFirst(const ArchiveItem &a, const ArchiveItem &b)
{
    return std::tie(b.date, b.id) < std::tie(a.date, a.id);
}
} // namespace

ArchiveItem ArchiveRepo::fromRecord(const QVariantMap &r)
{
    ArchiveItem a;
    a.id = r.value(QStringLiteral("id")).toString();
    a.owner = r.value(QStringLiteral("owner")).toString();
    // A kind from a newer device reads as an incoming letter, the most common entry.
    a.kind = fromText<ArchiveKind>(r.value(QStringLiteral("kind")).toString())
                 .value_or(ArchiveKind::LetterIn);
    a.date = dateOf(r.value(QStringLiteral("date")));
    a.subject = r.value(QStringLiteral("subject")).toString();
    a.parties = r.value(QStringLiteral("parties")).toStringList();
    a.tags = r.value(QStringLiteral("tags")).toStringList();
    a.location = {r.value(QStringLiteral("cabinet")).toString(),
                  r.value(QStringLiteral("binder")).toString(),
                  r.value(QStringLiteral("shelf")).toString()};
    a.retentionYears = r.value(QStringLiteral("retention_years")).toInt();
    a.confidential = r.value(QStringLiteral("confidential")).toBool();
    a.restricted = r.value(QStringLiteral("restricted")).toBool();
    a.contractStart = dateOf(r.value(QStringLiteral("contract_start")));
    a.contractEnd = dateOf(r.value(QStringLiteral("contract_end")));
    a.noticeMonths = r.value(QStringLiteral("notice_months")).toInt();
    a.createdBy = r.value(QStringLiteral("created_by")).toString();
    a.createdAt = r.value(QStringLiteral("created_at")).toLongLong();
    return a;
}

QVariantMap ArchiveRepo::toRecord(const ArchiveItem &a)
{
    return {
        {QStringLiteral("owner"), a.owner},
        {QStringLiteral("kind"), toText(a.kind)},
        {QStringLiteral("date"), dateText(a.date)},
        {QStringLiteral("subject"), a.subject},
        {QStringLiteral("parties"), a.parties},
        {QStringLiteral("tags"), a.tags},
        {QStringLiteral("cabinet"), a.location.cabinet},
        {QStringLiteral("binder"), a.location.binder},
        {QStringLiteral("shelf"), a.location.shelf},
        {QStringLiteral("retention_years"), a.retentionYears},
        {QStringLiteral("confidential"), a.confidential},
        {QStringLiteral("restricted"), a.restricted},
        {QStringLiteral("contract_start"), dateText(a.contractStart)},
        {QStringLiteral("contract_end"), dateText(a.contractEnd)},
        {QStringLiteral("notice_months"), a.noticeMonths},
        {QStringLiteral("created_by"), a.createdBy},
        {QStringLiteral("created_at"), a.createdAt},
    };
}

void ArchiveRepo::validate(const ArchiveItem &a)
{
    if (a.subject.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("an archived item needs a subject"));
    if (!a.date.isValid())
        fail(ErrorKind::BadInput, QStringLiteral("an archived item needs a date"));
    const auto owner = PeopleRepo(m_db).byId(a.owner);
    if (!owner || owner->role != Role::Director)
        fail(ErrorKind::BadInput,
             QStringLiteral("'%1' is not a director whose archive it can be").arg(a.owner));
    if (a.retentionYears < 0 || a.retentionYears > kMaxRetentionYears)
        fail(ErrorKind::BadInput,
             QStringLiteral("retention is 0 (for ever) to %1 years").arg(kMaxRetentionYears));
    if (a.noticeMonths < 0 || a.noticeMonths > kMaxNoticeMonths)
        fail(ErrorKind::BadInput,
             QStringLiteral("a notice period is 0 to %1 months").arg(kMaxNoticeMonths));
    const bool contractTerms =
        a.contractStart.isValid() || a.contractEnd.isValid() || a.noticeMonths > 0;
    if (contractTerms && a.kind != ArchiveKind::Contract)
        fail(ErrorKind::BadInput, QStringLiteral("only a contract has a term and notice"));
    if (a.contractStart.isValid() && a.contractEnd.isValid() && a.contractEnd < a.contractStart)
        fail(ErrorKind::BadInput, QStringLiteral("a contract cannot end before it starts"));
}

QString ArchiveRepo::secretaryOf(const QString &director)
{
    PeopleRepo people(m_db);
    QList<Person> assistants = people.assistantsOf(director);
    if (assistants.isEmpty())
        return director;
    // The one who serves fewest directors (his own secretary before a shared one), then by
    // handle: the same answer on every device, whatever order the records came in.
    return std::min_element(assistants.begin(), assistants.end(),
                            [](const Person &a, const Person &b) {
                                return std::pair(a.principals.size(), a.handle) <
                                       std::pair(b.principals.size(), b.handle);
                            })
        ->id;
}

void ArchiveRepo::keepNoticeTask(const ArchiveItem &item, bool live, const QString &me)
{
    const QString taskId = noticeTaskId(item.id);
    const auto secretary = PeopleRepo(m_db).byId(me);
    if (!secretary)
        return;
    const QTimeZone zone = zoneOrFail(secretary->tz);
    const QDate day = live ? noticeTaskDay(item, dateIn(m_db.clock().nowMs(), zone)) : QDate();
    TaskRepo tasks(m_db);
    const QVariant deleted =
        m_db.scalar(QStringLiteral("SELECT deleted FROM tasks WHERE id = ?"), {taskId});
    if (!day.isValid()) {
        const auto task = tasks.byId(taskId);
        if (task && task->status == TaskStatus::Open)
            m_db.remove(QStringLiteral("tasks"), taskId);
        return;
    }
    const QString notice = noticeDate(item).toString(Qt::ISODate);
    // A task reaches more people than a confidential or restricted item (the office manager,
    // whoever it is handed to): its words then say nothing of what the contract is about.
    const bool closed = item.confidential || item.restricted;
    const QString title =
        closed ? QStringLiteral("Notice date %1 of a confidential contract").arg(notice)
               : QStringLiteral("Notice date %1: %2").arg(notice, item.subject);
    const QString notes =
        closed
            ? QStringLiteral("Give notice or let it run on; see the archive.")
            : QStringLiteral("Give notice or let it run on: the contract ends on %1, notice "
                             "by %2. Paper: %3")
                  .arg(item.contractEnd.toString(Qt::ISODate), notice, locationText(item.location));
    const qint64 due = atWallClock(day, kNoticeTaskMinutes, zone);
    if (!deleted.isValid()) {
        Task task;
        task.id = taskId;
        task.title = title;
        task.notes = notes;
        task.assignee = me;
        task.createdBy = me;
        task.dueUtc = due;
        task.source = TaskSource::Self;
        tasks.addWithin(task);
        return;
    }
    if (deleted.toBool())
        m_db.restore(QStringLiteral("tasks"), taskId);
    tasks.updateWithin(taskId, TaskChange{.title = title, .notes = notes, .dueUtc = due});
}

int ArchiveRepo::keepNoticeTasks(const QString &me)
{
    const EntityDef &def = entity(kItems);
    QList<std::pair<ArchiveItem, bool>> contracts;
    auto &q = m_db.run(QStringLiteral("SELECT %1 FROM archive_items WHERE kind = ?")
                           .arg(Database::selectColumns(def)),
                       {toText(ArchiveKind::Contract)});
    while (q.next()) {
        const QVariantMap record = Database::decodeRow(def, q);
        contracts << std::pair(fromRecord(record),
                               !record.value(QStringLiteral("deleted")).toBool());
    }
    q.finish();
    const qint64 before = m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toLongLong();
    Database::Transaction tx(m_db);
    for (const auto &[item, live] : contracts) {
        if (secretaryOf(item.owner) == me)
            keepNoticeTask(item, live, me);
    }
    tx.commit();
    return int(m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toLongLong() - before);
}

QString ArchiveRepo::add(ArchiveItem item, const QString &user, const QString &documentId)
{
    Database::Transaction tx(m_db);
    const QString id = addWithin(std::move(item), user, documentId);
    tx.commit();
    return id;
}

QString ArchiveRepo::addWithin(ArchiveItem item, const QString &user, const QString &documentId)
{
    item.subject = item.subject.simplified();
    item.parties = cleaned(item.parties);
    item.tags = cleaned(item.tags);
    item.createdBy = user;
    item.createdAt = m_db.clock().nowMs();
    validate(item);
    QVariantMap record = toRecord(item);
    if (!item.id.isEmpty())
        record.insert(QStringLiteral("id"), item.id);
    item.id = m_db.insert(kItems, record);
    if (!documentId.isEmpty())
        fileWithin(item.id, documentId);
    if (secretaryOf(item.owner) == user)
        keepNoticeTask(item, true, user);
    return item.id;
}

void ArchiveRepo::update(const QString &id, const ArchiveChange &change, const QString &user)
{
    const auto current = m_db.get(kItems, id);
    if (!current)
        fail(ErrorKind::NotFound, QStringLiteral("no archived item %1").arg(id));
    const QVariantMap fields = columnsOf(change);
    QVariantMap merged = *current;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    const ArchiveItem after = fromRecord(merged);
    validate(after);
    Database::Transaction tx(m_db);
    m_db.update(kItems, id, fields);
    if (secretaryOf(after.owner) == user)
        keepNoticeTask(after, true, user);
    tx.commit();
}

void ArchiveRepo::remove(const QString &id)
{
    if (!m_db.get(kItems, id))
        fail(ErrorKind::NotFound, QStringLiteral("no archived item %1").arg(id));
    Database::Transaction tx(m_db);
    m_db.remove(kItems, id);
    const auto task = TaskRepo(m_db).byId(noticeTaskId(id));
    if (task && task->status == TaskStatus::Open)
        m_db.remove(QStringLiteral("tasks"), task->id);
    tx.commit();
}

void ArchiveRepo::restore(const QString &id)
{
    Database::Transaction tx(m_db);
    m_db.restore(kItems, id);
    const QString taskId = noticeTaskId(id);
    if (m_db.scalar(QStringLiteral("SELECT deleted FROM tasks WHERE id = ?"), {taskId}).toBool())
        m_db.restore(QStringLiteral("tasks"), taskId);
    tx.commit();
}

void ArchiveRepo::file(const QString &itemId, const QString &documentId)
{
    Database::Transaction tx(m_db);
    fileWithin(itemId, documentId);
    tx.commit();
}

void ArchiveRepo::fileWithin(const QString &itemId, const QString &documentId)
{
    if (!m_db.get(kItems, itemId))
        fail(ErrorKind::NotFound, QStringLiteral("no archived item %1").arg(itemId));
    DocumentRepo documents(m_db);
    const auto document = documents.byId(documentId);
    if (!document)
        fail(ErrorKind::NotFound, QStringLiteral("no document %1").arg(documentId));
    if (!document->appointmentId.isEmpty() || !document->itemId.isEmpty())
        fail(ErrorKind::BadInput,
             QStringLiteral("'%1' is a meeting's document and follows its meeting; file a "
                            "document of no meeting")
                 .arg(document->title));
    documents.updateWithin(documentId, DocumentChange{.archiveItemId = itemId});
}

void ArchiveRepo::unfile(const QString &documentId)
{
    DocumentRepo(m_db).update(documentId, DocumentChange{.archiveItemId = QString()});
}

std::optional<ArchiveItem> ArchiveRepo::byId(const QString &id)
{
    const auto r = m_db.get(kItems, id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

ArchiveItem ArchiveRepo::resolve(const QString &ref)
{
    if (const auto exact = byId(ref))
        return *exact;
    const QString r = ref.trimmed();
    if (r.size() < 4)
        fail(ErrorKind::NotFound, QStringLiteral("no archived item '%1'").arg(ref));
    const QList<ArchiveItem> matches = select(QStringLiteral("AND (id LIKE ? OR id LIKE ?)"),
                                              {r + QLatin1Char('%'), QLatin1Char('%') + r});
    if (matches.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no archived item '%1'").arg(ref));
    if (matches.size() > 1)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' names more than one item").arg(ref));
    return matches.first();
}

QString ArchiveRepo::resolveRemoved(const QString &ref)
{
    QString r = ref.trimmed();
    r.remove(QLatin1Char('%')).remove(QLatin1Char('_')); // LIKE's wildcards
    if (r.size() < 4)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' is too short for an id").arg(ref));
    QStringList ids;
    auto &q = m_db.run(QStringLiteral("SELECT id FROM archive_items WHERE deleted = 1 AND "
                                      "(id LIKE ? || '%' OR id LIKE '%' || ?) LIMIT 2"),
                       {r, r});
    while (q.next())
        ids << q.value(0).toString();
    if (ids.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no removed archive item '%1'").arg(ref));
    if (ids.size() > 1)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' fits more than one item").arg(ref));
    return ids.first();
}

QList<ArchiveItem> ArchiveRepo::select(const QString &where, const QVariantList &args)
{
    QList<ArchiveItem> out;
    for (const QVariantMap &r : m_db.liveRecords(kItems, where, args))
        out << fromRecord(r);
    std::sort(out.begin(), out.end(), newestFirst);
    return out;
}

QList<ArchiveItem> ArchiveRepo::all()
{
    return select({}, {});
}

QList<Document> ArchiveRepo::documentsOf(const QString &itemId)
{
    QList<Document> out;
    for (const QVariantMap &r : m_db.liveRecords(
             QStringLiteral("documents"),
             QStringLiteral("AND archive_item_id = ? ORDER BY added_at, id"), {itemId}))
        out << DocumentRepo::fromRecord(r);
    return out;
}

QList<ArchiveItem> ArchiveRepo::pastRetention(const QDate &today)
{
    QList<ArchiveItem> out;
    for (const ArchiveItem &a : select(QStringLiteral("AND retention_years > 0"), {})) {
        if (retentionPassed(a, today))
            out << a;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

QList<ArchiveHit> ArchiveRepo::search(const QString &text, int limit)
{
    const QString query = archiveMatchQuery(text);
    if (query.isEmpty()) {
        QList<ArchiveHit> out;
        for (const ArchiveItem &a : all().mid(0, limit))
            out << ArchiveHit{a, false};
        return out;
    }
    const EntityDef &def = entity(kItems);
    // Subject weighs most, then parties, tags and the files' text; among equals, the newest.
    // Every match is ranked, but only those up to the score of the 2 * limit-th are joined
    // to their items: on a large archive a common word matches thousands. When removed
    // items leave fewer than limit of those, the query runs again without the cut.
    const QString sql =
        QStringLiteral(
            "WITH ranked AS MATERIALIZED (SELECT rowid AS row, bm25(archive_search, 0.0, 10.0, "
            "5.0, 3.0, 1.0) AS score FROM archive_search WHERE archive_search MATCH ?) "
            "SELECT %1 FROM ranked JOIN archive_search_rows r ON r.row = ranked.row "
            "JOIN archive_items a ON a.id = r.id WHERE a.deleted = 0 AND ranked.score <= "
            "coalesce((SELECT score FROM ranked ORDER BY score LIMIT 1 OFFSET ?), 1e308) "
            "ORDER BY ranked.score, a.date DESC LIMIT ?")
            .arg(Database::selectColumns(def, QStringLiteral("a.")));
    const auto read = [&](const QString &match, bool near, qint64 cut) {
        QList<ArchiveHit> out;
        auto &q = m_db.run(sql, {match, cut, limit});
        while (q.next())
            out << ArchiveHit{fromRecord(Database::decodeRow(def, q)), near};
        q.finish();
        return out;
    };
    const auto run = [&](const QString &match, bool near) {
        // No limit (a negative one, as SQLite reads it) has no cut either.
        const qint64 cut = limit < 0 ? std::numeric_limits<qint64>::max() : 2LL * limit - 1;
        QList<ArchiveHit> out = read(match, near, cut);
        if (out.size() < limit &&
            m_db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM archive_search "
                                       "WHERE archive_search MATCH ? LIMIT ?)"),
                        {match, cut + 1})
                    .toLongLong() > cut)
            out = read(match, near, std::numeric_limits<qint64>::max());
        return out;
    };
    QList<ArchiveHit> hits = run(query, false);
    if (!hits.isEmpty())
        return hits;

    // Nothing as typed: each word long enough may be a name spelt differently. The names'
    // own index keeps a small vocabulary (archive_name_words); a word near enough to one
    // of its terms looks for those terms among the parties.
    const QStringList words = foldedWords(text);
    // The vocabulary is read once for all the words: fts5vocab walks every term's rows to
    // list it, so each further pass would cost as much again.
    qsizetype shortest = std::numeric_limits<qsizetype>::max(), longest = 0;
    for (const QString &word : words) {
        if (const int allowed = typosAllowed(word.size()); allowed > 0) {
            shortest = std::min(shortest, word.size() - allowed);
            longest = std::max(longest, word.size() + allowed);
        }
    }
    QList<QStringList> nearOf(words.size());
    if (longest > 0) {
        auto &q = m_db.run(QStringLiteral("SELECT term FROM archive_name_words "
                                          "WHERE length(term) BETWEEN ? AND ?"),
                           {shortest, longest});
        while (q.next()) {
            const QString term = q.value(0).toString();
            for (qsizetype i = 0; i < words.size(); ++i) {
                const int allowed = typosAllowed(words[i].size());
                if (allowed > 0 && editDistance(words[i], term, allowed) <= allowed)
                    nearOf[i] << QLatin1Char('"') + term + QLatin1Char('"');
            }
        }
        q.finish();
    }
    QStringList terms;
    bool anyNear = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words[i];
        const QStringList &near = nearOf[i];
        const QString asTyped = QLatin1Char('"') + word + QStringLiteral("\"*");
        if (near.isEmpty()) {
            terms << asTyped;
            continue;
        }
        anyNear = true;
        // FTS5 takes a column filter on each phrase, and AND written out between groups.
        QStringList either{asTyped};
        for (const QString &term : std::as_const(near))
            either << QStringLiteral("parties : ") + term;
        terms << QLatin1Char('(') + either.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!anyNear)
        return {};
    return run(terms.join(QStringLiteral(" AND ")), true);
}

void ArchiveRepo::setFileText(const QString &sha256, const QString &text)
{
    if (!isSha256Hex(sha256))
        fail(ErrorKind::BadInput, QStringLiteral("'%1' is not a SHA-256").arg(sha256));
    // Local to the device: no outbox, no stamp. The triggers put it into the index.
    m_db.run(QStringLiteral("INSERT OR REPLACE INTO archive_file_text (sha256, text) "
                            "VALUES (?, ?)"),
             {sha256, text.simplified()});
}

bool ArchiveRepo::hasFileText(const QString &sha256)
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM archive_file_text WHERE sha256 = ?"), {sha256})
        .isValid();
}

QList<Document> ArchiveRepo::documentsWithoutText()
{
    QList<Document> out;
    for (const QVariantMap &r : m_db.liveRecords(
             QStringLiteral("documents"),
             QStringLiteral("AND archive_item_id <> '' AND sha256 NOT IN "
                            "(SELECT sha256 FROM archive_file_text) ORDER BY added_at, id")))
        out << DocumentRepo::fromRecord(r);
    return out;
}

} // namespace spil
