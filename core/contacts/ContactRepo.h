// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contacts/Contact.h"

#include <QList>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// What one edit of a contact changes; a field left empty stays as it is.
struct ContactChange {
    std::optional<QString> name = std::nullopt;
    std::optional<ContactKind> kind = std::nullopt;
    std::optional<QString> department = std::nullopt;
    std::optional<QString> askFor = std::nullopt;
    std::optional<QString> organisation = std::nullopt;
    std::optional<QString> jobTitle = std::nullopt;
    std::optional<QString> phone = std::nullopt;
    std::optional<QString> email = std::nullopt;
    std::optional<ContactLanguage> language = std::nullopt;
    std::optional<QString> notes = std::nullopt;
    std::optional<QString> address = std::nullopt;
    std::optional<ContactForm> form = std::nullopt;
    bool operator==(const ContactChange &) const = default;
};

// The office's contacts and, per director, how each gets through (gatekeeping).
class ContactRepo {
public:
    explicit ContactRepo(Database &db) : m_db(db) {}

    // Validates (a name; a phone number of digits, spaces, +, -, ( and ); an e-mail
    // address with an @) and stores the contact in one user action; returns the id.
    QString add(Contact contact);
    // Stores the fields change sets, and only those, in one user action.
    void update(const QString &id, const ContactChange &change);
    // A tombstone, so other devices learn of it; restore() undoes it. What names the
    // contact (an appointment, a task, a gatekeeping rule) keeps its id.
    void remove(const QString &id);
    void restore(const QString &id);

    std::optional<Contact> byId(const QString &id);
    // One contact by id, the start or end of its id, or its whole name (case-insensitive);
    // Error(NotFound) when none, Error(BadInput) when ambiguous.
    Contact resolve(const QString &ref);
    // Live contacts by name.
    QList<Contact> all();
    // Live contacts whose name, organisation, department or what to ask them for has words
    // starting with every word of text ("jan" finds Jansen, "fin jan" Jan of Finance),
    // ignoring case and accents; by name. Offline: the store's full-text index.
    QList<Contact> search(const QString &text);

    // Sets how contactId gets through to director (a person who is a director), in one
    // user action, recorded as set by setBy.
    void setGate(const QString &director, const QString &contactId, GateRule rule,
                 const QString &setBy);
    // The rule set for the pair, if any (the store holds only those its user may read).
    std::optional<Gatekeeping> gateRecord(const QString &director, const QString &contactId);
    // The rule that holds for the pair (see gateFor).
    GateRule gate(const QString &director, const QString &contactId);
    // The rules set for a contact, one per director.
    QList<Gatekeeping> gatesOf(const QString &contactId);

    static Contact fromRecord(const QVariantMap &record);
    static QVariantMap toRecord(const Contact &contact);
    static Gatekeeping gateFromRecord(const QVariantMap &record);

private:
    static void validate(const Contact &contact);
    QList<Contact> select(const QString &sql, const QVariantList &args);
    Database &m_db;
};

} // namespace spil
