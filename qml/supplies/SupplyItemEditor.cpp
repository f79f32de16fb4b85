// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/supplies/SupplyItemEditor.h"

#include "core/budgets/Budget.h"
#include "core/supplies/SupplyRepo.h"
#include "qml/shell/OfficeStore.h"
#include "qml/shell/PeopleDirectory.h"
#include "qml/shell/ReadGuard.h"

#include <QLocale>

namespace spil::qml {

namespace {
// Cents as the form shows them: "28,99" in Dutch, "28.99" in English.
QString priceText(qint64 cents)
{
    return centsText(cents).replace(QLatin1Char('.'), QLocale().decimalPoint());
}
} // namespace

SupplyItemEditor::SupplyItemEditor(QObject *parent) : RecordForm(parent) {}

SupplyItemEditor::SupplyItemEditor(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : SupplyItemEditor(parent)
{
    link(office, people);
}

bool SupplyItemEditor::canEdit() const
{
    return people() && keepsSupplies(people()->me().role);
}

void SupplyItemEditor::reload()
{
    m_found = false;
    m_name.clear();
    m_unit.clear();
    m_supplier.clear();
    m_price.clear();
    m_stock = m_reorderLevel = 0;
    readGuarded("SupplyItemEditor", [&] {
        if (m_id.isEmpty() || !open())
            return;
        const auto item = SupplyRepo(*office()->store()).item(m_id);
        if (!item)
            return;
        m_found = true;
        m_name = item->name;
        m_unit = item->unit;
        m_stock = int(item->stock);
        m_reorderLevel = int(item->reorderLevel);
        m_supplier = item->supplier;
        m_price = priceText(item->unitPriceCents);
        if (!m_opened)
            m_opened = *item;
    });
    Q_EMIT changed();
}

QString SupplyItemEditor::save(const QString &name, const QString &unit, int stock,
                               int reorderLevel, const QString &supplier, const QString &price)
{
    const QString title = name.simplified();
    if (title.isEmpty())
        return tr("Give the item a name.");
    const auto cents = price.trimmed().isEmpty() ? std::optional<qint64>(0) : centsFromText(price);
    if (!cents)
        return tr("Give the price in euros, such as 28 or 28,99.");
    if (stock < 0 || reorderLevel < 0)
        return tr("Stock and reorder level cannot be below zero.");
    if (!office())
        return tr("No office is open.");
    QString added;
    const auto error = office()->attempt([&](Database &db) {
        SupplyRepo supplies(db);
        if (!m_opened) {
            added = supplies.addItem({.name = title,
                                      .unit = unit.simplified(),
                                      .stock = stock,
                                      .reorderLevel = reorderLevel,
                                      .supplier = supplier.simplified(),
                                      .unitPriceCents = *cents});
            return;
        }
        // Only what the user changed: a count typed in does not undo a price or a receipt
        // it never saw. Texts compare as the form writes them (spaces folded), or a name
        // stored with a double space would count as changed on every save.
        const SupplyItem &was = *m_opened;
        SupplyItemChange change;
        if (title != was.name.simplified())
            change.name = title;
        if (unit.simplified() != was.unit.simplified())
            change.unit = unit.simplified();
        if (stock != was.stock)
            change.stock = stock;
        if (reorderLevel != was.reorderLevel)
            change.reorderLevel = reorderLevel;
        if (supplier.simplified() != was.supplier.simplified())
            change.supplier = supplier.simplified();
        if (*cents != was.unitPriceCents)
            change.unitPriceCents = *cents;
        if (change != SupplyItemChange{})
            supplies.updateItem(m_id, change);
    });
    return finishSave(error, added);
}

void SupplyItemEditor::removeRecord(Database &db, const QString &id)
{
    SupplyRepo(db).removeItem(id);
}

void SupplyItemEditor::restoreRecord(Database &db, const QString &id)
{
    SupplyRepo(db).restoreItem(id);
}

} // namespace spil::qml
