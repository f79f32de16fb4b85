// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"
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
    // On sick leave today: what every colleague may know of it, so a hand-over goes elsewhere.
    Q_PROPERTY(bool absent MEMBER absent)
public:
    QString id, name, roleText;
    bool isMe = false;
    bool close = false; // works with the user: a principal or an assistant of theirs
    bool absent = false;
    QString firstName() const;
    QString initials() const;
    bool operator==(const PersonRow &) const = default;
};

// People to pick from: an assignee, attendees, whose agenda to read.
class PeopleModel : public RowList<PersonRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Scope scope READ scope WRITE setScope NOTIFY scopeChanged)
public:
    // Everyone; or the principals: the directors the user serves (all directors for
    // someone who serves none, the user alone for a director).
    enum class Scope { Everyone, Principals };
    Q_ENUM(Scope)

    explicit PeopleModel(QObject *parent = nullptr);
    PeopleModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    Scope scope() const { return m_scope; }
    void setScope(Scope scope);
    Q_INVOKABLE QString nameAt(int row) const;
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE int rowOf(const QString &personId) const;

Q_SIGNALS:
    void scopeChanged();

private:
    using Row = PersonRow;
    Scope m_scope = Scope::Everyone;
};

} // namespace spil::qml

namespace spil {
// The scopes' names where a person reads them: test snapshots.
inline constexpr EnumText<qml::PeopleModel::Scope> peopleScopeTexts[] = {
    {qml::PeopleModel::Scope::Everyone, "all"},
    {qml::PeopleModel::Scope::Principals, "principals"}};
template <>
inline constexpr std::span<const EnumText<qml::PeopleModel::Scope>>
    enumTexts<qml::PeopleModel::Scope>{peopleScopeTexts};
} // namespace spil
