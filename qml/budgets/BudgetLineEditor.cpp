// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/budgets/BudgetLineEditor.h"

#include "core/budgets/Budget.h"
#include "core/budgets/BudgetRepo.h"
#include "core/supplies/Supply.h"
#include "qml/shell/OfficeStore.h"
#include "qml/shell/PeopleDirectory.h"
#include "qml/shell/ReadGuard.h"

#include <QLocale>

namespace spil::qml {

BudgetLineEditor::BudgetLineEditor(QObject *parent) : RecordForm(parent) {}

BudgetLineEditor::BudgetLineEditor(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : BudgetLineEditor(parent)
{
    link(office, people);
}

void BudgetLineEditor::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    Q_EMIT changed();
}

bool BudgetLineEditor::canEdit() const
{
    return people() && keepsSupplies(people()->me().role);
}

void BudgetLineEditor::reload()
{
    m_found = false;
    m_name.clear();
    m_amount.clear();
    readGuarded("BudgetLineEditor", [&] {
        if (m_id.isEmpty() || !open())
            return;
        const auto line = BudgetRepo(*office()->store()).byId(m_id);
        if (!line)
            return;
        m_found = true;
        m_name = line->name;
        m_year = line->year;
        if (!m_opened)
            m_opened = *line;
        // As the user types it: "1250,00" in Dutch, "1250.00" in English.
        m_amount = centsText(line->amountCents).replace(QLatin1Char('.'), QLocale().decimalPoint());
    });
    Q_EMIT changed();
}

QString BudgetLineEditor::save(const QString &name, const QString &amount)
{
    const QString title = name.simplified();
    if (title.isEmpty())
        return tr("Give the line a name.");
    const auto cents = centsFromText(amount);
    if (!cents)
        return tr("Give the amount in euros, such as 1250 or 1250,50.");
    if (!office())
        return tr("No office is open.");
    QString added;
    const auto error = office()->attempt([&](Database &db) {
        BudgetRepo budgets(db);
        if (!m_opened) {
            added = budgets.add({.name = title, .year = m_year, .amountCents = *cents});
            return;
        }
        BudgetLineChange change;
        if (title != m_opened->name.simplified())
            change.name = title;
        if (*cents != m_opened->amountCents)
            change.amountCents = *cents;
        if (change != BudgetLineChange{})
            budgets.update(m_id, change);
    });
    return finishSave(error, added);
}

void BudgetLineEditor::removeRecord(Database &db, const QString &id)
{
    BudgetRepo(db).remove(id);
}

void BudgetLineEditor::restoreRecord(Database &db, const QString &id)
{
    BudgetRepo(db).restore(id);
}

} // namespace spil::qml
