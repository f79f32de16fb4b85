// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"
#include "core/people/Person.h"

#include <QObject>
#include <QString>

namespace spil {

// A contact's fixed sets of values; QML reads them as Contact.Inside, Contact.Dutch, ...
struct ContactEnums {
    Q_GADGET
public:
    // Inside the organisation (a colleague in another department: whom to ask for what)
    // or outside it (a client, a supplier, a board member of another company).
    enum class Kind { Inside, Outside };
    Q_ENUM(Kind)
    // The language to write to them in.
    enum class Language { Dutch, English };
    Q_ENUM(Language)
    // How a contact gets through to a director: put straight through, only via the
    // assistant, or not at all.
    enum class Gate { Straight, ViaAssistant, Never };
    Q_ENUM(Gate)
    // How a letter addresses them: "heer"/"Mr", "mevrouw"/"Ms", or by their full name when
    // the office does not know (never guessed from a first name).
    enum class Form { None, Mr, Ms };
    Q_ENUM(Form)
};
using ContactKind = ContactEnums::Kind;
using ContactLanguage = ContactEnums::Language;
using GateRule = ContactEnums::Gate;
using ContactForm = ContactEnums::Form;

inline constexpr EnumText<ContactKind> contactKindTexts[] = {{ContactKind::Inside, "inside"},
                                                             {ContactKind::Outside, "outside"}};
template <>
inline constexpr std::span<const EnumText<ContactKind>> enumTexts<ContactKind>{contactKindTexts};
inline constexpr EnumText<ContactLanguage> contactLanguageTexts[] = {
    {ContactLanguage::Dutch, "nl"}, {ContactLanguage::English, "en"}};
template <>
inline constexpr std::span<const EnumText<ContactLanguage>> enumTexts<ContactLanguage>{
    contactLanguageTexts};
inline constexpr EnumText<GateRule> gateRuleTexts[] = {{GateRule::Straight, "straight"},
                                                       {GateRule::ViaAssistant, "assistant"},
                                                       {GateRule::Never, "never"}};
template <> inline constexpr std::span<const EnumText<GateRule>> enumTexts<GateRule>{gateRuleTexts};
inline constexpr EnumText<ContactForm> contactFormTexts[] = {
    {ContactForm::None, "none"}, {ContactForm::Mr, "mr"}, {ContactForm::Ms, "ms"}};
template <>
inline constexpr std::span<const EnumText<ContactForm>> enumTexts<ContactForm>{contactFormTexts};

// Someone the office deals with. Requests, appointments and tasks name a contact by its id
// (their contact_id), so a renamed contact stays linked.
struct Contact {
    QString id;
    QString name;
    ContactKind kind = ContactKind::Outside;
    QString department;   // inside: their department
    QString askFor;       // inside: what to ask them for
    QString organisation; // outside: the company or institution
    QString jobTitle;
    QString phone;
    QString email;
    ContactLanguage language = ContactLanguage::Dutch;
    QString notes;
    QString createdBy;
    QString address; // the postal address, one line per line of the envelope
    ContactForm form = ContactForm::None;
};

// How one contact gets through to one director, as set by the director, an assistant of
// his or the office manager. One record per (director, contact): its id is made from the
// pair (gateRecordId), so two devices setting it offline meet in one record.
struct Gatekeeping {
    QString id;
    QString director; // a person id
    QString contactId;
    GateRule rule = GateRule::ViaAssistant;
    QString setBy;
};

// The rule when nobody set one: a colleague inside goes straight through, anyone from
// outside via the assistant.
GateRule defaultGate(ContactKind kind);
// The rule that holds for a contact: the one set, else the default for its kind.
GateRule gateFor(const Contact &contact, const Gatekeeping *set);
// Whether booking an appointment for the director with the contact needs the assistant's
// word first (via the assistant), is refused (never) or may go ahead (straight).
inline bool bookingAllowed(GateRule rule)
{
    return rule != GateRule::Never;
}
// Who adds, edits and removes contacts: everyone but staff (the server holds to the same).
inline bool editsContacts(Role role)
{
    return role != Role::Staff && role != Role::Unknown;
}
// Whether user keeps (reads and sets) the gate of the director: the director himself, the
// assistants who serve him and the office manager. The server holds to the same rule
// (EntityPolicy's gatekeeping); staff never see a gate.
bool keepsGateOf(const Person &user, const QString &directorId);
// The id of the gatekeeping record of (director, contactId): a UUID made from the pair, the
// same on every device.
QString gateRecordId(const QString &director, const QString &contactId);

} // namespace spil
