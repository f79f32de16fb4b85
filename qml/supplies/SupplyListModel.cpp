// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/supplies/SupplyListModel.h"

#include "core/supplies/SupplyRepo.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <QHash>

namespace spil::qml {

SupplyListModel::SupplyListModel(QObject *parent) : RowList(parent) {}

SupplyListModel::SupplyListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : SupplyListModel(parent)
{
    link(office, people);
}

void SupplyListModel::setLowOnly(bool lowOnly)
{
    if (lowOnly == m_lowOnly)
        return;
    m_lowOnly = lowOnly;
    Q_EMIT lowOnlyChanged();
    reload();
}

bool SupplyListModel::canEdit() const
{
    return people() && keepsSupplies(people()->me().role);
}

void SupplyListModel::reload()
{
    QList<Row> rows;
    m_lowCount = 0;
    readGuarded("SupplyListModel", [&] {
        if (!open())
            return;
        SupplyRepo supplies(*office()->store());
        QHash<QString, LowStock> low;
        for (const LowStock &l : supplies.lowStock())
            low.insert(l.item.id, l);
        m_lowCount = int(low.size());
        for (const SupplyItem &i : supplies.items()) {
            const auto it = low.constFind(i.id);
            const bool isLowItem = it != low.cend();
            if (m_lowOnly && !isLowItem)
                continue;
            rows << Row{i.id,
                        i.name,
                        i.unit,
                        i.stock,
                        i.reorderLevel,
                        i.supplier,
                        display::money(i.unitPriceCents),
                        isLowItem,
                        isLowItem ? it->onOrder : 0,
                        isLowItem ? it->suggested : 0};
        }
    });
    setRows(std::move(rows), [](const Row &r) { return r.id; });
    Q_EMIT loaded();
}

QString SupplyListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int SupplyListModel::suggestedAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? int(m_rows[row].suggested) : 0;
}

} // namespace spil::qml
