// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letters/LetterRepo.h"

#include "core/archive/ArchiveRepo.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/contacts/ContactRepo.h"
#include "core/documents/DocumentRepo.h"
#include "core/documents/FileCache.h"
#include "core/letters/OfficeStyle.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>
#include <algorithm>
#include <tuple>

namespace spil {

namespace {
const QString kLetters = QStringLiteral("letters");

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

const char *stepName(LetterStep step)
{
    switch (step) {
    case LetterStep::MakeDraft:
        return "make a draft of";
    case LetterStep::Submit:
        return "ask approval for";
    case LetterStep::Approve:
        return "approve";
    case LetterStep::Comment:
        return "comment on";
    case LetterStep::Ready:
        return "mark ready";
    case LetterStep::Send:
        return "send";
    }
    return "change";
}

Document cacheFile(FileCache &cache, const QByteArray &bytes, const QString &title,
                   const QString &mime, const QString &by)
{
    Document d;
    d.title = title;
    d.mime = mime;
    d.size = bytes.size();
    d.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    d.addedBy = by;
    QDir().mkpath(cache.dir());
    QSaveFile file(cache.pathOf(d.sha256));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        fail(ErrorKind::Storage,
             QStringLiteral("cannot write the letter into %1").arg(cache.dir()));
    return d;
}

bool byStateThenNewest(const Letter &a, const Letter &b)
{
    return std::tuple(int(a.state), b.createdAt, b.id) <
           std::tuple(int(b.state), a.createdAt, a.id);
}
} // namespace

Letter LetterRepo::fromRecord(const QVariantMap &r)
{
    Letter l;
    l.id = r.value(QStringLiteral("id")).toString();
    l.owner = r.value(QStringLiteral("owner")).toString();
    l.contactId = r.value(QStringLiteral("contact_id")).toString();
    l.language = fromText<ContactLanguage>(r.value(QStringLiteral("language")).toString())
                     .value_or(ContactLanguage::Dutch);
    l.subject = r.value(QStringLiteral("subject")).toString();
    l.notes = r.value(QStringLiteral("notes")).toString();
    l.text = r.value(QStringLiteral("text")).toString();
    // A state from a newer device reads as a draft: nobody sends it by mistake.
    l.state = fromText<LetterState>(r.value(QStringLiteral("state")).toString())
                  .value_or(LetterState::Draft);
    l.via = fromText<LetterVia>(r.value(QStringLiteral("sent_via")).toString())
                .value_or(LetterVia::None);
    l.sentOn = QDate::fromString(r.value(QStringLiteral("sent_on")).toString(), Qt::ISODate);
    l.comment = r.value(QStringLiteral("comment")).toString();
    l.approvedBy = r.value(QStringLiteral("approved_by")).toString();
    l.approvedAt = r.value(QStringLiteral("approved_at")).toLongLong();
    l.confidential = r.value(QStringLiteral("confidential")).toBool();
    l.archiveItemId = r.value(QStringLiteral("archive_item_id")).toString();
    l.createdBy = r.value(QStringLiteral("created_by")).toString();
    l.createdAt = r.value(QStringLiteral("created_at")).toLongLong();
    return l;
}

QVariantMap LetterRepo::toRecord(const Letter &l)
{
    return {
        {QStringLiteral("owner"), l.owner},
        {QStringLiteral("contact_id"), l.contactId},
        {QStringLiteral("language"), toText(l.language)},
        {QStringLiteral("subject"), l.subject},
        {QStringLiteral("notes"), l.notes},
        {QStringLiteral("text"), l.text},
        {QStringLiteral("state"), toText(l.state)},
        {QStringLiteral("sent_via"), toText(l.via)},
        {QStringLiteral("sent_on"), dateText(l.sentOn)},
        {QStringLiteral("comment"), l.comment},
        {QStringLiteral("approved_by"), l.approvedBy},
        {QStringLiteral("approved_at"), l.approvedAt ? QVariant(l.approvedAt) : QVariant()},
        {QStringLiteral("confidential"), l.confidential},
        {QStringLiteral("archive_item_id"), l.archiveItemId},
        {QStringLiteral("created_by"), l.createdBy},
        {QStringLiteral("created_at"), l.createdAt},
    };
}

void LetterRepo::validate(const Letter &l)
{
    const auto owner = PeopleRepo(m_db).byId(l.owner);
    if (!owner || owner->role != Role::Director)
        fail(ErrorKind::BadInput,
             QStringLiteral("'%1' is not a director a letter can be from").arg(l.owner));
    if (!ContactRepo(m_db).byId(l.contactId))
        fail(ErrorKind::BadInput, QStringLiteral("a letter needs a contact to go to"));
    if (l.subject.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a letter needs a subject"));
}

QString LetterRepo::add(Letter letter, const QString &user, std::optional<ContactLanguage> language)
{
    letter.subject = letter.subject.simplified();
    letter.notes = letter.notes.trimmed();
    letter.state = LetterState::Notes;
    letter.via = LetterVia::None;
    letter.sentOn = {};
    letter.comment.clear();
    letter.approvedBy.clear();
    letter.approvedAt = 0;
    letter.archiveItemId.clear();
    letter.createdBy = user;
    letter.createdAt = m_db.clock().nowMs();
    validate(letter);
    const auto me = PeopleRepo(m_db).byId(user);
    if (!me || !mayTakeStep(LetterStep::MakeDraft, *me, letter))
        fail(ErrorKind::Refused, QStringLiteral("only the director's side writes his letters"));
    letter.language = language ? *language : ContactRepo(m_db).byId(letter.contactId)->language;
    Database::Transaction tx(m_db);
    QVariantMap record = toRecord(letter);
    if (!letter.id.isEmpty())
        record.insert(QStringLiteral("id"), letter.id);
    const QString id = m_db.insert(kLetters, record);
    tx.commit();
    return id;
}

Letter LetterRepo::take(const QString &id, LetterStep step, const QString &user)
{
    const auto letter = byId(id);
    if (!letter)
        fail(ErrorKind::NotFound, QStringLiteral("no letter %1").arg(id));
    const auto me = PeopleRepo(m_db).byId(user);
    if (!me || !mayTakeStep(step, *me, *letter))
        fail(ErrorKind::Refused,
             QStringLiteral("only %1 may %2 this letter")
                 .arg(step == LetterStep::Approve || step == LetterStep::Comment ||
                              step == LetterStep::Ready
                          ? QStringLiteral("its director")
                          : QStringLiteral("the director's side"),
                      QLatin1String(stepName(step))));
    if (!stepAllowed(step, letter->state))
        fail(ErrorKind::BadInput, QStringLiteral("cannot %1 a letter in state %2")
                                      .arg(QLatin1String(stepName(step)), toText(letter->state)));
    return *letter;
}

void LetterRepo::update(const QString &id, const LetterChange &c, const QString &user)
{
    const auto current = byId(id);
    if (!current)
        fail(ErrorKind::NotFound, QStringLiteral("no letter %1").arg(id));
    const auto me = PeopleRepo(m_db).byId(user);
    if (!me || !mayTakeStep(LetterStep::Submit, *me, *current))
        fail(ErrorKind::Refused, QStringLiteral("only the director's side writes his letters"));
    if (current->state == LetterState::Sent)
        fail(ErrorKind::BadInput, QStringLiteral("a sent letter is kept as it went out"));
    Letter after = *current;
    QVariantMap fields;
    if (c.contactId) {
        after.contactId = *c.contactId;
        fields.insert(QStringLiteral("contact_id"), *c.contactId);
    }
    if (c.language) {
        after.language = *c.language;
        fields.insert(QStringLiteral("language"), toText(*c.language));
    }
    if (c.subject) {
        after.subject = c.subject->simplified();
        fields.insert(QStringLiteral("subject"), after.subject);
    }
    if (c.notes) {
        after.notes = c.notes->trimmed();
        fields.insert(QStringLiteral("notes"), after.notes);
    }
    if (c.text && *c.text != current->text) {
        after.text = *c.text;
        fields.insert(QStringLiteral("text"), *c.text);
        // The director approved the text he read; another text needs his word again.
        if (editReturnsToDraft(current->state)) {
            fields.insert(QStringLiteral("state"), toText(LetterState::Draft));
            fields.insert(QStringLiteral("approved_by"), QString());
            fields.insert(QStringLiteral("approved_at"), QVariant());
        }
    }
    if (c.confidential)
        fields.insert(QStringLiteral("confidential"), *c.confidential);
    validate(after);
    Database::Transaction tx(m_db);
    m_db.update(kLetters, id, fields);
    tx.commit();
}

void LetterRepo::makeDraft(const QString &id, const QString &user, const HouseStyle &house)
{
    const Letter letter = take(id, LetterStep::MakeDraft, user);
    const auto contact = ContactRepo(m_db).byId(letter.contactId);
    if (!contact)
        fail(ErrorKind::BadInput, QStringLiteral("the letter's contact is gone"));
    const auto director = PeopleRepo(m_db).byId(letter.owner);
    Database::Transaction tx(m_db);
    m_db.update(kLetters, id,
                {{QStringLiteral("text"),
                  draftText(letter, *contact, director ? director->name : QString(), house)},
                 {QStringLiteral("state"), toText(LetterState::Draft)}});
    tx.commit();
}

void LetterRepo::submit(const QString &id, const QString &user)
{
    const Letter letter = take(id, LetterStep::Submit, user);
    if (letter.text.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a letter without text cannot be approved"));
    Database::Transaction tx(m_db);
    m_db.update(kLetters, id, {{QStringLiteral("state"), toText(LetterState::Approval)}});
    tx.commit();
}

void LetterRepo::approve(const QString &id, const QString &user)
{
    take(id, LetterStep::Approve, user);
    Database::Transaction tx(m_db);
    m_db.update(kLetters, id,
                {{QStringLiteral("state"), toText(LetterState::Ready)},
                 {QStringLiteral("approved_by"), user},
                 {QStringLiteral("approved_at"), m_db.clock().nowMs()}});
    tx.commit();
}

void LetterRepo::withdrawApproval(const QString &id, const QString &user)
{
    const auto letter = byId(id);
    if (!letter)
        fail(ErrorKind::NotFound, QStringLiteral("no letter %1").arg(id));
    if (letter->state != LetterState::Ready || letter->approvedBy != user)
        fail(ErrorKind::Refused,
             QStringLiteral("only the approval of a letter not sent yet can be taken back, "
                            "by whoever gave it"));
    Database::Transaction tx(m_db);
    m_db.update(kLetters, id,
                {{QStringLiteral("state"), toText(LetterState::Approval)},
                 {QStringLiteral("approved_by"), QString()},
                 {QStringLiteral("approved_at"), QVariant()}});
    tx.commit();
}

void LetterRepo::comment(const QString &id, const QString &user, const QString &comment)
{
    take(id, LetterStep::Comment, user);
    if (comment.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a comment needs words"));
    Database::Transaction tx(m_db);
    m_db.update(kLetters, id,
                {{QStringLiteral("state"), toText(LetterState::Draft)},
                 {QStringLiteral("comment"), comment.trimmed()}});
    tx.commit();
}

void LetterRepo::markReady(const QString &id, const QString &user)
{
    const Letter letter = take(id, LetterStep::Ready, user);
    if (letter.text.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a letter without text cannot be ready"));
    Database::Transaction tx(m_db);
    m_db.update(kLetters, id,
                {{QStringLiteral("state"), toText(LetterState::Ready)},
                 {QStringLiteral("approved_by"), user},
                 {QStringLiteral("approved_at"), m_db.clock().nowMs()}});
    tx.commit();
}

void LetterRepo::sendWithin(const QString &id, const QString &user, LetterVia via, const QDate &on,
                            const QString &archiveItemId)
{
    take(id, LetterStep::Send, user);
    if (via == LetterVia::None)
        fail(ErrorKind::BadInput, QStringLiteral("a letter goes by post or by e-mail"));
    if (!on.isValid())
        fail(ErrorKind::BadInput, QStringLiteral("a letter is sent on a day"));
    m_db.update(kLetters, id,
                {{QStringLiteral("state"), toText(LetterState::Sent)},
                 {QStringLiteral("sent_via"), toText(via)},
                 {QStringLiteral("sent_on"), dateText(on)},
                 {QStringLiteral("archive_item_id"), archiveItemId}});
}

void LetterRepo::unsend(const QString &id)
{
    const auto letter = byId(id);
    if (!letter)
        fail(ErrorKind::NotFound, QStringLiteral("no letter %1").arg(id));
    if (letter->state != LetterState::Sent)
        fail(ErrorKind::BadInput, QStringLiteral("the letter was not sent"));
    Database::Transaction tx(m_db);
    m_db.update(kLetters, id,
                {{QStringLiteral("state"), toText(LetterState::Ready)},
                 {QStringLiteral("sent_via"), toText(LetterVia::None)},
                 {QStringLiteral("sent_on"), QString()},
                 {QStringLiteral("archive_item_id"), QString()}});
    if (!letter->archiveItemId.isEmpty() &&
        ArchiveRepo(m_db).byId(letter->archiveItemId).has_value()) {
        for (const Document &d : ArchiveRepo(m_db).documentsOf(letter->archiveItemId))
            m_db.remove(QStringLiteral("documents"), d.id);
        m_db.remove(QStringLiteral("archive_items"), letter->archiveItemId);
    }
    tx.commit();
}

void LetterRepo::remove(const QString &id)
{
    m_db.removeOne(kLetters, id, QStringLiteral("letter"));
}

void LetterRepo::restore(const QString &id)
{
    m_db.restoreOne(kLetters, id);
}

std::optional<Letter> LetterRepo::byId(const QString &id)
{
    const auto r = m_db.get(kLetters, id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

Letter LetterRepo::resolve(const QString &ref)
{
    if (const auto exact = byId(ref))
        return *exact;
    const QString r = ref.trimmed();
    if (r.size() < 4)
        fail(ErrorKind::NotFound, QStringLiteral("no letter '%1'").arg(ref));
    const auto matches = m_db.liveRecords(kLetters, QStringLiteral("AND (id LIKE ? OR id LIKE ?)"),
                                          {r + QLatin1Char('%'), QLatin1Char('%') + r});
    if (matches.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no letter '%1'").arg(ref));
    if (matches.size() > 1)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' names more than one letter").arg(ref));
    return fromRecord(matches.first());
}

QList<Letter> LetterRepo::all()
{
    QList<Letter> out;
    for (const QVariantMap &r : m_db.liveRecords(kLetters))
        out << fromRecord(r);
    std::sort(out.begin(), out.end(), byStateThenNewest);
    return out;
}

QList<Letter> LetterRepo::waitingFor(const QString &director)
{
    QList<Letter> out;
    for (const QVariantMap &r : m_db.liveRecords(kLetters,
                                                 QStringLiteral("AND owner = ? AND state = ? "
                                                                "ORDER BY created_at, id"),
                                                 {director, toText(LetterState::Approval)}))
        out << fromRecord(r);
    return out;
}

QString fileLetter(Database &db, FileCache &cache, const QString &letterId, const QString &user,
                   LetterVia via, const QDate &on, const QByteArray &pdf, const QString &pdfTitle)
{
    LetterRepo letters(db);
    const auto letter = letters.byId(letterId);
    if (!letter)
        fail(ErrorKind::NotFound, QStringLiteral("no letter %1").arg(letterId));
    if (letter->state != LetterState::Ready)
        fail(ErrorKind::BadInput, QStringLiteral("only a ready letter is sent"));
    const auto contact = ContactRepo(db).byId(letter->contactId);
    if (!contact)
        fail(ErrorKind::NotFound, QStringLiteral("the letter's contact is gone"));
    const bool dutch = letter->language == ContactLanguage::Dutch;
    const Document file = cacheFile(cache, pdf, pdfTitle, QStringLiteral("application/pdf"), user);
    const Document notes =
        cacheFile(cache, letter->notes.toUtf8(),
                  (dutch ? QStringLiteral("Notities %1.txt") : QStringLiteral("Notes %1.txt"))
                      .arg(letter->subject.simplified()),
                  QStringLiteral("text/plain"), user);

    Database::Transaction tx(db);
    DocumentRepo documents(db);
    const QString pdfId = documents.addWithin(file);
    const QString notesId = documents.addWithin(notes);
    // The notes come after the letter they made: the item shows and opens the letter first,
    // whatever the two random ids would say when both were added in one millisecond.
    db.update(QStringLiteral("documents"), notesId,
              {{QStringLiteral("added_at"), db.clock().nowMs() + 1}});
    ArchiveItem item;
    item.owner = letter->owner;
    item.kind = ArchiveKind::LetterOut;
    item.date = on;
    item.subject = letter->subject;
    item.parties = {contact->name};
    if (!contact->organisation.isEmpty())
        item.parties << contact->organisation;
    // The copy reaches whom the letter reached: with the director's notes in it, it is his
    // side's (or, for a confidential letter, his and his assistants'), not every colleague's.
    item.confidential = letter->confidential;
    item.restricted = true;
    ArchiveRepo archive(db);
    const QString itemId = archive.addWithin(item, user, pdfId);
    archive.fileWithin(itemId, notesId);
    letters.sendWithin(letterId, user, via, on, itemId);
    tx.commit();
    cache.owe(file.sha256);
    cache.owe(notes.sha256);
    return itemId;
}

HouseStyle houseStyleOf(Database &db)
{
    const OfficeStyle style = OfficeStyleRepo(db).current();
    return {style.place, style.style};
}

void setHouseStyle(Database &db, const HouseStyle &house)
{
    OfficeStyleRepo(db).change({.place = house.place, .style = house.style});
}

} // namespace spil
