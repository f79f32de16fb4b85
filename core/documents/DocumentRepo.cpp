// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentRepo.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"

#include <QRegularExpression>
#include <algorithm>
#include <tuple>

namespace spil {

namespace {
const QString kTable = QStringLiteral("documents");

QVariantMap columnsOf(const DocumentChange &change)
{
    QVariantMap fields;
    if (change.title)
        fields.insert(QStringLiteral("title"), change.title->trimmed());
    if (change.appointmentId)
        fields.insert(QStringLiteral("appointment_id"), *change.appointmentId);
    if (change.itemId)
        fields.insert(QStringLiteral("item_id"), *change.itemId);
    if (change.archiveItemId)
        fields.insert(QStringLiteral("archive_item_id"), *change.archiveItemId);
    return fields;
}

bool oldestFirst(const Document &a, const Document &b)
{
    return std::tie(a.addedAt, a.id) < std::tie(b.addedAt, b.id);
}
} // namespace

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

Document DocumentRepo::fromRecord(const QVariantMap &r)
{
    Document d;
    d.id = r.value(QStringLiteral("id")).toString();
    d.title = r.value(QStringLiteral("title")).toString();
    d.mime = r.value(QStringLiteral("mime")).toString();
    d.size = r.value(QStringLiteral("size")).toLongLong();
    d.sha256 = r.value(QStringLiteral("sha256")).toString();
    d.addedBy = r.value(QStringLiteral("added_by")).toString();
    d.addedAt = r.value(QStringLiteral("added_at")).toLongLong();
    d.appointmentId = r.value(QStringLiteral("appointment_id")).toString();
    d.itemId = r.value(QStringLiteral("item_id")).toString();
    d.archiveItemId = r.value(QStringLiteral("archive_item_id")).toString();
    return d;
}

QVariantMap DocumentRepo::toRecord(const Document &d)
{
    return {
        {QStringLiteral("title"), d.title},
        {QStringLiteral("mime"), d.mime},
        {QStringLiteral("size"), d.size},
        {QStringLiteral("sha256"), d.sha256},
        {QStringLiteral("added_by"), d.addedBy},
        {QStringLiteral("added_at"), d.addedAt},
        {QStringLiteral("appointment_id"), d.appointmentId},
        {QStringLiteral("item_id"), d.itemId},
        {QStringLiteral("archive_item_id"), d.archiveItemId},
    };
}

void DocumentRepo::validate(const Document &d)
{
    if (d.title.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a document needs a title"));
    if (!isSha256Hex(d.sha256))
        fail(ErrorKind::BadInput,
             QStringLiteral("'%1' is not a SHA-256 (64 lower-case hex digits)").arg(d.sha256));
    if (d.size < 0)
        fail(ErrorKind::BadInput, QStringLiteral("a file's size cannot be negative"));
    if (!d.appointmentId.isEmpty() && !m_db.get(QStringLiteral("appointments"), d.appointmentId))
        fail(ErrorKind::NotFound, QStringLiteral("no meeting %1").arg(d.appointmentId));
    if (!d.archiveItemId.isEmpty() && !m_db.get(QStringLiteral("archive_items"), d.archiveItemId))
        fail(ErrorKind::NotFound, QStringLiteral("no archived item %1").arg(d.archiveItemId));
}

QString DocumentRepo::add(Document document)
{
    Database::Transaction tx(m_db);
    const QString id = addWithin(std::move(document));
    tx.commit();
    return id;
}

QString DocumentRepo::addWithin(Document document)
{
    document.title = document.title.trimmed();
    document.addedAt = m_db.clock().nowMs();
    if (document.mime.isEmpty())
        document.mime = QStringLiteral("application/octet-stream");
    validate(document);
    QVariantMap record = toRecord(document);
    if (!document.id.isEmpty())
        record.insert(QStringLiteral("id"), document.id);
    return m_db.insert(kTable, record);
}

void DocumentRepo::update(const QString &id, const DocumentChange &change)
{
    Database::Transaction tx(m_db);
    updateWithin(id, change);
    tx.commit();
}

void DocumentRepo::updateWithin(const QString &id, const DocumentChange &change)
{
    const auto current = m_db.get(kTable, id);
    if (!current)
        fail(ErrorKind::NotFound, QStringLiteral("no document %1").arg(id));
    const QVariantMap fields = columnsOf(change);
    QVariantMap merged = *current;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    validate(fromRecord(merged));
    m_db.update(kTable, id, fields);
}

void DocumentRepo::rename(const QString &id, const QString &title)
{
    update(id, DocumentChange{.title = title});
}

void DocumentRepo::remove(const QString &id)
{
    m_db.removeOne(kTable, id, QStringLiteral("document"));
}

void DocumentRepo::restore(const QString &id)
{
    m_db.restoreOne(kTable, id);
}

std::optional<Document> DocumentRepo::byId(const QString &id)
{
    const auto r = m_db.get(kTable, id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

QList<Document> DocumentRepo::list(const QString &appointmentId)
{
    const EntityDef &def = entity(kTable);
    QString sql = QStringLiteral("SELECT %1 FROM documents WHERE deleted = 0")
                      .arg(Database::selectColumns(def));
    QVariantList args;
    if (!appointmentId.isEmpty()) {
        sql += QStringLiteral(" AND appointment_id = ?");
        args << appointmentId;
    }
    auto &q = m_db.run(sql, args);
    QList<Document> out;
    while (q.next())
        out << fromRecord(Database::decodeRow(def, q));
    std::sort(out.begin(), out.end(), oldestFirst);
    return out;
}

QList<Document> DocumentRepo::ofAppointments(const QStringList &appointmentIds)
{
    QList<Document> out;
    for (const QString &id : appointmentIds) {
        if (!id.isEmpty())
            out << list(id);
    }
    std::sort(out.begin(), out.end(), oldestFirst);
    return out;
}

} // namespace spil
