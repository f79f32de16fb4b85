// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/archive/Archive.h"
#include "core/documents/Document.h"

#include <QList>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// What one edit of an archived item changes; a field left empty stays as it is. An invalid
// date clears a contract's start or end.
struct ArchiveChange {
    std::optional<QString> owner = std::nullopt;
    std::optional<ArchiveKind> kind = std::nullopt;
    std::optional<QDate> date = std::nullopt;
    std::optional<QString> subject = std::nullopt;
    std::optional<QStringList> parties = std::nullopt;
    std::optional<QStringList> tags = std::nullopt;
    std::optional<PaperLocation> location = std::nullopt;
    std::optional<int> retentionYears = std::nullopt;
    std::optional<bool> confidential = std::nullopt;
    std::optional<bool> restricted = std::nullopt;
    std::optional<QDate> contractStart = std::nullopt;
    std::optional<QDate> contractEnd = std::nullopt;
    std::optional<int> noticeMonths = std::nullopt;
    bool operator==(const ArchiveChange &) const = default;
};

// One search result: the item, and whether it was found by a name spelt differently
// (the typo-tolerant pass) rather than by the words as typed.
struct ArchiveHit {
    ArchiveItem item;
    bool nearName = false;
};

// The office's archive: the register, its files and its offline search.
class ArchiveRepo {
public:
    explicit ArchiveRepo(Database &db) : m_db(db) {}

    // Validates and stores the item in one user action; created_at comes from the clock
    // and created_by is the user (a person id). When the user is the director's secretary,
    // a contract with a notice date gets her notice task in the same action. A document
    // given is filed as its digital file in the same action (see file()). Returns the id.
    QString add(ArchiveItem item, const QString &user, const QString &documentId = {});
    // The same inside the caller's user action (a letter filed as it is sent).
    QString addWithin(ArchiveItem item, const QString &user, const QString &documentId = {});
    // Stores the fields change sets, and only those, in one user action; for the
    // secretary, the contract's notice task follows its new dates in the same action.
    void update(const QString &id, const ArchiveChange &change, const QString &user);
    // A tombstone, so other devices learn of it, in one action with the secretary's open
    // notice task when it is at hand; restore() undoes both. Its documents stay, filed.
    void remove(const QString &id);
    void restore(const QString &id);

    // The secretary of a director's archive: of the assistants who serve him, the one who
    // serves fewest directors, then by handle (the same on every device); else the director
    // himself. She owns the notice tasks.
    QString secretaryOf(const QString &director);
    // Makes, moves, restores or removes the notice task of every contract whose secretary
    // is me, as its dates and its state say now: what a contract filed or changed on
    // another device needs (run after each sync). Only her devices write those tasks, each
    // under the id made from the contract (noticeTaskId), so her devices meet in one task
    // and nobody writes a task he may not read. One user action; returns the changes made.
    int keepNoticeTasks(const QString &me);

    // "File this document": the document (one of no meeting: a meeting's documents follow
    // their meeting) becomes the item's digital file, and from then on follows the item's
    // access, its file included. One user action; fileWithin() inside the caller's.
    void file(const QString &itemId, const QString &documentId);
    void fileWithin(const QString &itemId, const QString &documentId);
    // The document is no longer the item's file (it stays a document of no meeting).
    void unfile(const QString &documentId);

    std::optional<ArchiveItem> byId(const QString &id);
    // One item by id or the start or end of its id; Error(NotFound) when none,
    // Error(BadInput) when ambiguous.
    ArchiveItem resolve(const QString &ref);
    // A removed item's id (what restore takes) by its id or the start or end of it, as
    // remove named it; Error(NotFound) when no removed item fits, Error(BadInput) when
    // the reference is too short or fits more than one.
    QString resolveRemoved(const QString &ref);
    // Live items, newest date first.
    QList<ArchiveItem> all();
    // The item's live documents, oldest first.
    QList<Document> documentsOf(const QString &itemId);
    // Live items whose retention passed before today, oldest first.
    QList<ArchiveItem> pastRetention(const QDate &today);

    // Offline search (see ArchiveSearch.h): every word of text as a prefix over subject,
    // parties, tags and the files' text, ranked; when that finds nothing, names spelt
    // nearly so. At most limit hits.
    QList<ArchiveHit> search(const QString &text, int limit = 50);

    // The text read from a file on this device, kept by its hash for the search (local,
    // never synced). Empty text is kept too, so a file without text is not read again.
    void setFileText(const QString &sha256, const QString &text);
    bool hasFileText(const QString &sha256);
    // The archived documents whose file's text this device has not read yet.
    QList<Document> documentsWithoutText();

    static ArchiveItem fromRecord(const QVariantMap &record);
    static QVariantMap toRecord(const ArchiveItem &item);

private:
    void validate(const ArchiveItem &item);
    void keepNoticeTask(const ArchiveItem &item, bool live, const QString &me);
    QList<ArchiveItem> select(const QString &where, const QVariantList &args);
    Database &m_db;
};

} // namespace spil
