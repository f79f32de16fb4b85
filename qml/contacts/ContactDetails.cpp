// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/contacts/ContactDetails.h"

#include "core/contacts/ContactRepo.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace spil::qml {

ContactDetails::ContactDetails(QObject *parent) : OfficeView(parent)
{
    m_link.watch(OfficeLink::Data);
}

ContactDetails::ContactDetails(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : ContactDetails(parent)
{
    link(office, people);
}

void ContactDetails::setContactId(const QString &id)
{
    if (id == contactId())
        return;
    m_id = id;
    m_contact = {};
    reload();
}

QString ContactDetails::ruleText(GateRule rule)
{
    switch (rule) {
    case GateRule::Straight:
        return tr("Straight through");
    case GateRule::ViaAssistant:
        return tr("Via the assistant");
    case GateRule::Never:
        return tr("Not at all");
    }
    return {};
}

QString ContactDetails::formWords(ContactForm form)
{
    switch (form) {
    case ContactForm::Mr:
        return tr("Mr");
    case ContactForm::Ms:
        return tr("Ms");
    case ContactForm::None:
        return tr("By their full name");
    }
    return {};
}

QString ContactDetails::bookingText(GateRule rule, const QString &contactName,
                                    const QString &directorName)
{
    switch (rule) {
    case GateRule::Straight:
        return tr("%1 takes %2 straight through.").arg(directorName, contactName);
    case GateRule::ViaAssistant:
        return tr("%1 reaches %2 via the assistant.").arg(contactName, directorName);
    case GateRule::Never:
        return tr("%1 does not see %2.").arg(directorName, contactName);
    }
    return {};
}

void ContactDetails::reload()
{
    m_contact = {};
    m_gates.clear();
    readGuarded("ContactDetails", [&] {
        if (!open() || m_id.isEmpty())
            return;
        ContactRepo contacts(*office()->store());
        const auto c = contacts.byId(m_id);
        if (!c)
            return;
        m_contact = *c;
        QList<Person> directors;
        for (const Person &p : people()->all()) {
            if (p.role == Role::Director && keepsGateOf(people()->me(), p.id))
                directors << p;
        }
        std::sort(directors.begin(), directors.end(),
                  [](const Person &a, const Person &b) { return a.name < b.name; });
        for (const Person &director : std::as_const(directors)) {
            const auto set = contacts.gateRecord(director.id, c->id);
            const GateRule rule = gateFor(*c, set ? &*set : nullptr);
            m_gates << GateEntry{director.id, director.name, rule, ruleText(rule), !set};
        }
    });
    Q_EMIT changed();
}

QString ContactDetails::initials() const
{
    return display::initials(m_contact.name);
}

QString ContactDetails::languageText() const
{
    return m_contact.language == ContactLanguage::English ? tr("English") : tr("Dutch");
}

QString ContactDetails::phoneUrl() const
{
    // A tel: link holds the digits and a leading +, nothing of how the number was written.
    QString digits = m_contact.phone;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9+]")));
    return digits.isEmpty() ? QString() : QStringLiteral("tel:") + digits;
}

QString ContactDetails::mailUrl() const
{
    return m_contact.email.isEmpty()
               ? QString()
               : QUrl(QStringLiteral("mailto:") + m_contact.email).toString(QUrl::FullyEncoded);
}

bool ContactDetails::canEdit() const
{
    return people() && editsContacts(people()->me().role);
}

bool ContactDetails::save(const QString &name, ContactKind kind, const QString &department,
                          const QString &askFor, const QString &organisation,
                          const QString &jobTitle, const QString &phone, const QString &email,
                          ContactLanguage language, const QString &notes, const QString &address,
                          ContactForm form)
{
    m_error.clear();
    if (!open()) {
        m_error = tr("No office is open.");
        Q_EMIT changed();
        return false;
    }
    if (name.trimmed().isEmpty()) {
        m_error = tr("Give the contact a name.");
        Q_EMIT changed();
        return false;
    }
    QString id = m_contact.id;
    const std::optional<Error> e = office()->attempt([&](Database &db) {
        ContactRepo contacts(db);
        if (id.isEmpty()) {
            Contact c;
            c.name = name;
            c.kind = kind;
            c.department = department;
            c.askFor = askFor;
            c.organisation = organisation;
            c.jobTitle = jobTitle;
            c.phone = phone;
            c.email = email;
            c.language = language;
            c.notes = notes;
            c.address = address;
            c.form = form;
            c.createdBy = people()->me().id;
            id = contacts.add(c);
            return;
        }
        contacts.update(id, ContactChange{.name = name,
                                          .kind = kind,
                                          .department = department,
                                          .askFor = askFor,
                                          .organisation = organisation,
                                          .jobTitle = jobTitle,
                                          .phone = phone,
                                          .email = email,
                                          .language = language,
                                          .notes = notes,
                                          .address = address,
                                          .form = form});
    });
    if (e) {
        m_error = e->message();
        Q_EMIT changed();
        return false;
    }
    m_id = id;
    reload();
    return true;
}

bool ContactDetails::setGate(const QString &directorId, GateRule rule)
{
    if (!office() || !people() || !exists())
        return false;
    const QString me = people()->me().id;
    const QString id = m_contact.id;
    return office()
        ->act([&](Database &db) { ContactRepo(db).setGate(directorId, id, rule, me); })
        .isEmpty();
}

bool ContactDetails::remove()
{
    const QString id = contactId();
    return office() && !id.isEmpty() &&
           office()->act([&](Database &db) { ContactRepo(db).remove(id); }).isEmpty();
}

bool ContactDetails::restore()
{
    const QString id = contactId();
    return office() && !id.isEmpty() &&
           office()->act([&](Database &db) { ContactRepo(db).restore(id); }).isEmpty();
}

} // namespace spil::qml
