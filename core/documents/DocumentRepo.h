// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/Document.h"

#include <QList>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// What one edit of a document changes; a field left empty stays as it is. Its file (size,
// hash, type) never changes: a new version of a paper is a new document.
struct DocumentChange {
    std::optional<QString> title = std::nullopt;
    std::optional<QString> appointmentId = std::nullopt;
    std::optional<QString> itemId = std::nullopt;
    std::optional<QString> archiveItemId = std::nullopt;
    bool operator==(const DocumentChange &) const = default;
};

class DocumentRepo {
public:
    explicit DocumentRepo(Database &db) : m_db(db) {}

    // Validates and stores the record in one user action; added_at comes from the clock.
    // The meeting it names must be in the store.
    QString add(Document document);
    // The same inside the caller's user action (a letter sent and filed).
    QString addWithin(Document document);
    // Stores the fields change sets, and only those, in one user action.
    void update(const QString &id, const DocumentChange &change);
    // The same as part of a user action the caller holds open (a paper attached to an
    // agenda item takes its document along).
    void updateWithin(const QString &id, const DocumentChange &change);
    void rename(const QString &id, const QString &title);
    // A tombstone, so other devices learn of it; restore() undoes it.
    void remove(const QString &id);
    void restore(const QString &id);

    std::optional<Document> byId(const QString &id);
    // Live documents, oldest first; of one meeting when appointmentId is set.
    QList<Document> list(const QString &appointmentId = {});
    // Live documents of the meetings named, oldest first (what a device fetches ahead).
    QList<Document> ofAppointments(const QStringList &appointmentIds);

    static Document fromRecord(const QVariantMap &record);
    static QVariantMap toRecord(const Document &document);

private:
    void validate(const Document &document);
    Database &m_db;
};

} // namespace spil
