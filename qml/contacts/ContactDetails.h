// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contacts/Contact.h"
#include "qml/shell/OfficeView.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// How a contact gets through to one director, as the contact's page shows it.
struct GateEntry {
    Q_GADGET
    QML_VALUE_TYPE(gateEntry)
    Q_PROPERTY(QString directorId MEMBER directorId)
    Q_PROPERTY(QString directorName MEMBER directorName)
    Q_PROPERTY(spil::ContactEnums::Gate rule MEMBER rule)
    Q_PROPERTY(QString text MEMBER text) // "Straight through", "Via the assistant", "Not at all"
    Q_PROPERTY(bool isDefault MEMBER isDefault) // nobody set it: the default for the kind
public:
    QString directorId, directorName;
    GateRule rule = GateRule::ViaAssistant;
    QString text;
    bool isDefault = true;
    bool operator==(const GateEntry &) const = default;
};

// One contact: what the page shows, the call and mail links, the gate per director the user
// keeps, and the add and edit form's save.
class ContactDetails : public OfficeView {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString contactId READ contactId WRITE setContactId NOTIFY changed)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString initials READ initials NOTIFY changed)
    Q_PROPERTY(spil::ContactEnums::Kind kind READ kind NOTIFY changed)
    Q_PROPERTY(QString department READ department NOTIFY changed)
    Q_PROPERTY(QString askFor READ askFor NOTIFY changed)
    Q_PROPERTY(QString organisation READ organisation NOTIFY changed)
    Q_PROPERTY(QString jobTitle READ jobTitle NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(spil::ContactEnums::Language language READ language NOTIFY changed)
    Q_PROPERTY(QString languageText READ languageText NOTIFY changed)
    Q_PROPERTY(QString notes READ notes NOTIFY changed)
    // The postal address, one line per line of the envelope, as a letter prints it.
    Q_PROPERTY(QString address READ address NOTIFY changed)
    // How a letter addresses them, and that in words: "Mr", "Ms", "By their full name".
    Q_PROPERTY(spil::ContactEnums::Form form READ form NOTIFY changed)
    Q_PROPERTY(QString formText READ formText NOTIFY changed)
    // tel: and mailto: links for Qt.openUrlExternally; empty without a number or address.
    Q_PROPERTY(QString phoneUrl READ phoneUrl NOTIFY changed)
    Q_PROPERTY(QString mailUrl READ mailUrl NOTIFY changed)
    Q_PROPERTY(QList<spil::qml::GateEntry> gates READ gates NOTIFY changed)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
    // Why the last save was refused; empty when it went through.
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit ContactDetails(QObject *parent = nullptr);
    ContactDetails(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    QString contactId() const { return m_contact.id.isEmpty() ? m_id : m_contact.id; }
    void setContactId(const QString &id);
    bool exists() const { return !m_contact.id.isEmpty(); }
    QString name() const { return m_contact.name; }
    QString initials() const;
    ContactKind kind() const { return m_contact.kind; }
    QString department() const { return m_contact.department; }
    QString askFor() const { return m_contact.askFor; }
    QString organisation() const { return m_contact.organisation; }
    QString jobTitle() const { return m_contact.jobTitle; }
    QString phone() const { return m_contact.phone; }
    QString email() const { return m_contact.email; }
    ContactLanguage language() const { return m_contact.language; }
    QString languageText() const;
    QString notes() const { return m_contact.notes; }
    QString address() const { return m_contact.address; }
    ContactForm form() const { return m_contact.form; }
    QString formText() const { return formWords(m_contact.form); }
    QString phoneUrl() const;
    QString mailUrl() const;
    QList<GateEntry> gates() const { return m_gates; }
    bool canEdit() const;
    QString error() const { return m_error; }

    // Adds a contact (no contactId) or changes this one; false with error set when refused.
    // A new contact becomes this view's.
    Q_INVOKABLE bool save(const QString &name, spil::ContactEnums::Kind kind,
                          const QString &department, const QString &askFor,
                          const QString &organisation, const QString &jobTitle,
                          const QString &phone, const QString &email,
                          spil::ContactEnums::Language language, const QString &notes,
                          const QString &address, spil::ContactEnums::Form form);
    Q_INVOKABLE bool setGate(const QString &directorId, spil::ContactEnums::Gate rule);
    // Removes the contact; restore() undoes it.
    Q_INVOKABLE bool remove();
    Q_INVOKABLE bool restore();

    // A form of address in words: "Mr", "Ms", "By their full name".
    static QString formWords(ContactForm form);
    // A gate in words: "Straight through", "Via the assistant", "Not at all".
    static QString ruleText(GateRule rule);
    // What booking the contact for the director means, in the user's words: "Maarten takes
    // Jan Jansen straight through." Empty when the user does not keep the director's gate.
    static QString bookingText(GateRule rule, const QString &contactName,
                               const QString &directorName);

Q_SIGNALS:
    void changed();

private:
    QString m_id;
    Contact m_contact;
    QList<GateEntry> m_gates;
    QString m_error;
};

} // namespace spil::qml
