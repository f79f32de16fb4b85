// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/shell/RowListModel.h"

#include <QMetaProperty>

namespace spil::qml {

namespace {
// Role numbers follow the row type's properties in declaration order.
constexpr int firstRole = Qt::UserRole + 1;
} // namespace

RowListModel::RowListModel(const QMetaObject &rowType, QObject *parent)
    : QAbstractListModel(parent), OfficeLinked(this), m_rowType(rowType)
{
    m_link.watch(OfficeLink::Data);
}

int RowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(size());
}

QVariant RowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int property = m_rowType.propertyOffset() + role - firstRole;
    if (role < firstRole || property >= m_rowType.propertyCount())
        return {};
    return m_rowType.property(property).readOnGadget(gadgetAt(index.row()));
}

QHash<int, QByteArray> RowListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = m_rowType.propertyOffset(); i < m_rowType.propertyCount(); ++i)
        names.insert(firstRole + i - m_rowType.propertyOffset(), m_rowType.property(i).name());
    return names;
}

QVariantMap RowListModel::get(int row) const
{
    QVariantMap values;
    if (row < 0 || row >= size())
        return values;
    for (int i = m_rowType.propertyOffset(); i < m_rowType.propertyCount(); ++i)
        values.insert(QString::fromUtf8(m_rowType.property(i).name()),
                      m_rowType.property(i).readOnGadget(gadgetAt(row)));
    return values;
}

int RowListModel::roleOf(const QMetaObject &rowType, QByteArrayView name)
{
    const int i = rowType.indexOfProperty(name.toByteArray().constData());
    return i < rowType.propertyOffset() ? -1 : firstRole + i - rowType.propertyOffset();
}

} // namespace spil::qml
