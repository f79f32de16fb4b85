// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One person in a picker.
struct PersonRow {
    Q_GADGET
    Q_PROPERTY(QString personId MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString firstName READ firstName)
    Q_PROPERTY(QString initials READ initials)
    Q_PROPERTY(QString roleText MEMBER roleText)
    Q_PROPERTY(bool isMe MEMBER isMe)
public:
    QString id, name, roleText;
    bool isMe = false;
    bool close = false; // works with the user: a principal or an assistant of theirs
    QString firstName() const;
    QString initials() const;
    bool operator==(const PersonRow &) const = default;
};

// People to pick from: an assignee, attendees, whose agenda to read.
class PeopleModel : public RowList<PersonRow> {
    Q_OBJECT
    QML_ELEMENT
    // all: everyone; principals: the directors the user serves (all directors for
    // someone who serves none, the user alone for a director).
    Q_PROPERTY(QString scope READ scope WRITE setScope NOTIFY scopeChanged)
public:
    explicit PeopleModel(QObject *parent = nullptr);
    PeopleModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    QString scope() const { return m_scope; }
    void setScope(const QString &scope);
    Q_INVOKABLE QString nameAt(int row) const;
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE int rowOf(const QString &personId) const;

Q_SIGNALS:
    void scopeChanged();

private:
    using Row = PersonRow;
    QString m_scope = QStringLiteral("all");
};

} // namespace spil::qml
