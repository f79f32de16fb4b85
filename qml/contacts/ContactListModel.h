// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contacts/Contact.h"
#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One contact in the list.
struct ContactRow {
    Q_GADGET
    Q_PROPERTY(QString contactId MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString initials MEMBER initials)
    Q_PROPERTY(spil::ContactEnums::Kind kind MEMBER kind)
    // Inside: "Financiën · declaraties en budgetten"; outside: "Gemeente Utrecht · Wethouder".
    Q_PROPERTY(QString subtitle MEMBER subtitle)
    Q_PROPERTY(QString phone MEMBER phone)
    Q_PROPERTY(QString email MEMBER email)
public:
    QString id, name, initials;
    ContactKind kind = ContactKind::Outside;
    QString subtitle, phone, email;
    bool operator==(const ContactRow &) const = default;
};

// The office's contacts by name, or those the search words find (offline, in the store's
// index); removing one with undo.
class ContactListModel : public RowList<ContactRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    // Whether the user may add, edit and remove contacts (everyone but staff).
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY loaded)
public:
    explicit ContactListModel(QObject *parent = nullptr);
    ContactListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool canEdit() const;
    Q_INVOKABLE QString idAt(int row) const;
    // Removes a contact; true when it went (restore() undoes it).
    Q_INVOKABLE bool remove(const QString &contactId);
    Q_INVOKABLE bool restore(const QString &contactId);

    // What a row says under the name.
    static QString subtitleOf(const Contact &contact);

Q_SIGNALS:
    void queryChanged();
    void loaded();

private:
    using Row = ContactRow;
    QString m_query;
};

} // namespace spil::qml
