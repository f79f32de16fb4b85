// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/contacts/ContactListModel.h"

#include "core/contacts/ContactRepo.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

namespace spil::qml {

ContactListModel::ContactListModel(QObject *parent) : RowList(parent) {}

ContactListModel::ContactListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : ContactListModel(parent)
{
    link(office, people);
}

QString ContactListModel::subtitleOf(const Contact &c)
{
    const QStringList parts = c.kind == ContactKind::Inside
                                  ? QStringList{c.department, c.askFor}
                                  : QStringList{c.organisation, c.jobTitle};
    QStringList shown;
    for (const QString &p : parts) {
        if (!p.isEmpty())
            shown << p;
    }
    return shown.join(QStringLiteral(" · "));
}

void ContactListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    reload();
}

bool ContactListModel::canEdit() const
{
    return people() && editsContacts(people()->me().role);
}

void ContactListModel::reload()
{
    QList<Row> rows;
    readGuarded("ContactListModel", [&] {
        if (!open())
            return;
        for (const Contact &c : ContactRepo(*office()->store()).search(m_query))
            rows << Row{c.id,    c.name, display::initials(c.name), c.kind, subtitleOf(c),
                        c.phone, c.email};
    });
    setRows(std::move(rows), [](const Row &r) { return r.id; });
    Q_EMIT loaded();
}

QString ContactListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

bool ContactListModel::remove(const QString &contactId)
{
    return office() &&
           office()->act([&](Database &db) { ContactRepo(db).remove(contactId); }).isEmpty();
}

bool ContactListModel::restore(const QString &contactId)
{
    return office() &&
           office()->act([&](Database &db) { ContactRepo(db).restore(contactId); }).isEmpty();
}

} // namespace spil::qml
