// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"
#include "core/contacts/Contact.h"
#include "core/people/Person.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QStringList>

namespace spil {

// A letter's fixed sets of values; QML reads them as Letter.Draft, Letter.Post, ...
struct LetterEnums {
    Q_GADGET
public:
    // Where a letter stands: the director's notes only, the secretary's draft, waiting for
    // the director's approval, approved and ready to go, sent.
    enum class State { Notes, Draft, Approval, Ready, Sent };
    Q_ENUM(State)
    // How it went out; None until it is sent.
    enum class Via { None, Post, Email };
    Q_ENUM(Via)
    // The office's house style in English: formal ("Yours sincerely,") or personal ("Kind
    // regards,"). Dutch letters close "Met vriendelijke groet," either way, and say "u".
    enum class Style { Formal, Personal };
    Q_ENUM(Style)
};
using LetterState = LetterEnums::State;
using LetterVia = LetterEnums::Via;
using LetterStyle = LetterEnums::Style;

inline constexpr EnumText<LetterState> letterStateTexts[] = {{LetterState::Notes, "notes"},
                                                             {LetterState::Draft, "draft"},
                                                             {LetterState::Approval, "approval"},
                                                             {LetterState::Ready, "ready"},
                                                             {LetterState::Sent, "sent"}};
template <>
inline constexpr std::span<const EnumText<LetterState>> enumTexts<LetterState>{letterStateTexts};
inline constexpr EnumText<LetterVia> letterViaTexts[] = {
    {LetterVia::None, ""}, {LetterVia::Post, "post"}, {LetterVia::Email, "email"}};
template <>
inline constexpr std::span<const EnumText<LetterVia>> enumTexts<LetterVia>{letterViaTexts};
inline constexpr EnumText<LetterStyle> letterStyleTexts[] = {{LetterStyle::Formal, "formal"},
                                                             {LetterStyle::Personal, "personal"}};
template <>
inline constexpr std::span<const EnumText<LetterStyle>> enumTexts<LetterStyle>{letterStyleTexts};

// A director's letter to a contact. Who created it and who approved it are the people who
// did (the server holds a push to its own user for both); only the letter's director
// approves or comments.
struct Letter {
    QString id;
    QString owner; // the director it is from (a person id)
    QString contactId;
    ContactLanguage language = ContactLanguage::Dutch;
    QString subject;
    QString notes; // the director's, typed or dictated
    QString text;  // the letter from the salutation to the signature
    LetterState state = LetterState::Notes;
    LetterVia via = LetterVia::None;
    QDate sentOn;
    QString comment; // the director's last comment, which sent it back to draft
    QString approvedBy;
    qint64 approvedAt = 0;
    bool confidential = false;
    QString archiveItemId; // what it was filed as, once sent
    QString createdBy;
    qint64 createdAt = 0;
};

// The office's house style of letters: where it writes from, and how English letters close.
struct HouseStyle {
    QString place; // "Amsterdam"; empty: the date alone
    LetterStyle style = LetterStyle::Formal;
};

// The intents a letter's state moves by, and who may: the rules both the device and the
// server hold to (the server through EntityPolicy's approval fields).
enum class LetterStep { MakeDraft, Submit, Approve, Comment, Ready, Send };
// Whether the step may be taken from state: a draft is made from notes; submitted from a
// draft; approved or commented while waiting for approval; a draft the director finished
// himself is marked ready; only a ready letter is sent.
bool stepAllowed(LetterStep step, LetterState from);
// The state a step leads to (a comment sends it back to draft).
LetterState stateAfter(LetterStep step);
// Whether user may take the step on a letter of director: approving, commenting and
// marking his own draft ready are the director's own; the rest his side's (himself, the
// assistants who serve him, the office manager while it is not confidential).
bool mayTakeStep(LetterStep step, const Person &user, const Letter &letter);
// Whether an edit of the text in this state takes it back to a draft (the director's
// approval was for the text he read); a sent letter's text is refused.
inline bool editReturnsToDraft(LetterState state)
{
    return state == LetterState::Approval || state == LetterState::Ready;
}
// Who keeps letters: directors, assistants and the office manager (staff do not).
inline bool keepsLetters(Role role)
{
    return role == Role::Director || role == Role::Assistant || role == Role::OfficeManager;
}

// The parts of a letter its template sets, in its language: "Amsterdam, 30 november
// 2026", the address block, "Betreft: ...", the salutation, the closing and the signature.
struct LetterParts {
    QString placeAndDate;
    QStringList addressBlock;
    QString subjectLine;
    QString salutation;
    QString closing;
    QString signature; // the director's name
};
// The contact's surname as a letter names it: the name less its first word; a Dutch
// prefix (van, de, ter, ...) starts with a capital when no first name precedes it.
QString surnameOf(const QString &name, ContactLanguage language);
// "Geachte heer Jansen," / "Geachte mevrouw De Vries," / "Geachte Sam Visser," (formal, "u")
// or "Dear Mr Jansen," / "Dear Ms De Vries," / "Dear Sam Visser,".
QString salutationFor(const Contact &contact, ContactLanguage language);
// "Met vriendelijke groet," in Dutch; in English by the house style.
QString closingFor(ContactLanguage language, LetterStyle style);
// The date written out in the letter's language ("30 november 2026", "30 November 2026").
QString letterDate(const QDate &date, ContactLanguage language);
QString subjectLabel(ContactLanguage language);
LetterParts letterParts(const Letter &letter, const Contact &contact, const QString &directorName,
                        const HouseStyle &house, const QDate &date);
// The draft a template makes of the director's notes: the salutation, the notes as
// paragraphs, the closing and his name, for the secretary to finish.
QString draftText(const Letter &letter, const Contact &contact, const QString &directorName,
                  const HouseStyle &house);

} // namespace spil
