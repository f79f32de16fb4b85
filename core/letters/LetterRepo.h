// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letters/Letter.h"

#include <QList>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// What one edit of a letter changes; a field left empty stays as it is. A new text of a
// letter waiting for approval or ready takes it back to a draft (see editReturnsToDraft).
struct LetterChange {
    std::optional<QString> contactId = std::nullopt;
    std::optional<ContactLanguage> language = std::nullopt;
    std::optional<QString> subject = std::nullopt;
    std::optional<QString> notes = std::nullopt;
    std::optional<QString> text = std::nullopt;
    std::optional<bool> confidential = std::nullopt;
    bool operator==(const LetterChange &) const = default;
};

// The office's letters. Every step is one user action, checked by the rules of Letter.h
// (stepAllowed, mayTakeStep): Error(BadInput) for a step its state does not allow,
// Error(Refused) for a user who may not take it.
class LetterRepo {
public:
    explicit LetterRepo(Database &db) : m_db(db) {}

    // A new letter of the director's notes to a contact, in the contact's language unless
    // one is given; created_by is the user. Returns the id.
    QString add(Letter letter, const QString &user,
                std::optional<ContactLanguage> language = std::nullopt);
    void update(const QString &id, const LetterChange &change, const QString &user);
    // "Make draft": the template's text of the notes (see draftText); notes -> draft.
    void makeDraft(const QString &id, const QString &user, const HouseStyle &house);
    // draft -> approval: the secretary asks the director.
    void submit(const QString &id, const QString &user);
    // approval -> ready, by the letter's director: approved_by and approved_at are his.
    void approve(const QString &id, const QString &user);
    // The undo of approve(): ready -> approval again, by the director who approved it,
    // while it has not been sent or changed since (a stray tap on Approve is taken back).
    void withdrawApproval(const QString &id, const QString &user);
    // approval -> draft with his comment, by the letter's director.
    void comment(const QString &id, const QString &user, const QString &comment);
    // draft -> ready, by the letter's director: he finished it himself.
    void markReady(const QString &id, const QString &user);
    // ready -> sent, inside the caller's action (LetterPdf's sendLetter files it in the
    // archive in the same one): how, the day, and the archived item it became.
    void sendWithin(const QString &id, const QString &user, LetterVia via, const QDate &on,
                    const QString &archiveItemId);
    // Undoes a sending in one action: ready again, and the archived item and its files
    // removed (tombstones, as every removal).
    void unsend(const QString &id);
    void remove(const QString &id);
    void restore(const QString &id);

    std::optional<Letter> byId(const QString &id);
    // One letter by id or the start or end of its id; NotFound, or BadInput when ambiguous.
    Letter resolve(const QString &ref);
    // Live letters, by state (notes first, sent last), then the newest first.
    QList<Letter> all();
    // The letters waiting for the director's approval, oldest first.
    QList<Letter> waitingFor(const QString &director);

    static Letter fromRecord(const QVariantMap &record);
    static QVariantMap toRecord(const Letter &letter);

private:
    Letter take(const QString &id, LetterStep step, const QString &user);
    void validate(const Letter &letter);
    Database &m_db;
};

// A sent letter filed in the archive, in one user action: the letter becomes sent on `on`
// by via, and is filed as a letter out to its contact, of its director, with its subject,
// date and confidentiality; pdf (the letter as it went out, titled pdfTitle) and the
// director's notes (a text file) are the item's files, written into the file cache and
// owed to the server. Returns the archived item's id. LetterRepo::unsend undoes it. The
// PDF is made by the caller (sendLetter in LetterPdf.h), since drawing needs Qt Gui.
class FileCache;
QString fileLetter(Database &db, FileCache &cache, const QString &letterId, const QString &user,
                   LetterVia via, const QDate &on, const QByteArray &pdf, const QString &pdfTitle);

// The office's house style, kept with the letterhead in the office's synced style
// (core/letters/OfficeStyle.h); setting it is a user action that syncs.
HouseStyle houseStyleOf(Database &db);
void setHouseStyle(Database &db, const HouseStyle &house);

} // namespace spil
