// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/OfficeLink.h"

#include <QAbstractListModel>
#include <QQmlParserStatus>

namespace spil::qml {

// Base of the app's list models. A model's rows are one Q_GADGET struct whose properties
// are the roles: declared once, read by QML by their names (model.title) and by C++ by
// the same names (RowList::roleOf). What the rows are read from, the office and its people, is
// handed to the model as OfficeLink tells. Derive from RowList<Row>, not from this.
class RowListModel : public QAbstractListModel, public OfficeLinked<RowListModel> {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(spil::qml::OfficeStore *office READ office WRITE setOffice NOTIFY linkChanged)
    Q_PROPERTY(spil::qml::PeopleDirectory *people READ people WRITE setPeople NOTIFY linkChanged)
public:
    int count() const { return rowCount(); }
    int rowCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role) const final;
    QHash<int, QByteArray> roleNames() const final;
    // The role of rowType's property called name, or -1: for C++ that reads a column by name.
    static int roleOf(const QMetaObject &rowType, QByteArrayView name);
    // The row's roles by name, empty past the end: for a pane that follows a row of a list.
    Q_INVOKABLE QVariantMap get(int row) const;

public Q_SLOTS:
    // Reads the rows again.
    virtual void reload() = 0;

Q_SIGNALS:
    void countChanged();
    void linkChanged();

protected:
    RowListModel(const QMetaObject &rowType, QObject *parent);
    // What the base needs of RowList<Row>: how many rows, and the row at i as a gadget of
    // the row type.
    virtual qsizetype size() const = 0;
    virtual const void *gadgetAt(qsizetype i) const = 0;

private:
    const QMetaObject &m_rowType;
};

} // namespace spil::qml
