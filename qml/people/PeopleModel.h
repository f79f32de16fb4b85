// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/RowListModel.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// People to pick from: an assignee, attendees, whose agenda to read.
class PeopleModel : public RowListModel {
    Q_OBJECT
    QML_ELEMENT
    // all: everyone; principals: the directors the user serves (all directors for
    // someone who serves none, the user alone for a director).
    Q_PROPERTY(QString scope READ scope WRITE setScope NOTIFY scopeChanged)
public:
    enum Roles {
        PersonIdRole = Qt::UserRole + 1,
        NameRole,
        FirstNameRole,
        InitialsRole,
        RoleTextRole,
        IsMeRole
    };
    explicit PeopleModel(QObject *parent = nullptr);
    PeopleModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    QString scope() const { return m_scope; }
    void setScope(const QString &scope);
    Q_INVOKABLE QString nameAt(int row) const;
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE int rowOf(const QString &personId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void scopeChanged();

private:
    struct Row {
        QString id, name, roleText;
        bool isMe = false;
        bool close = false; // works with the user: a principal or an assistant of theirs
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
    QString m_scope = QStringLiteral("all");
};

} // namespace spil::qml
