// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/people/PeopleModel.h"

#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/personnel/PersonnelRepo.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <QSet>
#include <algorithm>

namespace spil::qml {

QString PersonRow::firstName() const
{
    return name.section(QLatin1Char(' '), 0, 0);
}

QString PersonRow::initials() const
{
    return display::initials(name);
}

namespace {
QString roleText(Role role)
{
    switch (role) {
    case Role::Director:
        return PeopleModel::tr("Director");
    case Role::Assistant:
        return PeopleModel::tr("Assistant");
    case Role::OfficeManager:
        return PeopleModel::tr("Office manager");
    case Role::Staff:
        return PeopleModel::tr("Staff");
    case Role::Admin:
        return PeopleModel::tr("Administrator");
    case Role::Unknown:
        break;
    }
    return {};
}
} // namespace

PeopleModel::PeopleModel(QObject *parent) : RowList(parent) {}

PeopleModel::PeopleModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : PeopleModel(parent)
{
    link(office, people);
}

void PeopleModel::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    Q_EMIT scopeChanged();
    reload();
}

void PeopleModel::reload()
{
    QList<Row> rows;
    readGuarded("PeopleModel", [&] {
        if (open()) {
            const Person &me = people()->me();
            QSet<QString> absent;
            const QDate today = dateIn(office()->store()->clock().nowMs(), office()->localZone());
            for (const Absence &a : PersonnelRepo(*office()->store()).absentOn(today))
                absent.insert(a.personId);
            for (const Person &p : people()->all()) {
                if (m_scope == Scope::Principals) {
                    const bool mine = me.role == Role::Director ? p.id == me.id
                                      : me.principals.isEmpty() ? p.role == Role::Director
                                                                : me.principals.contains(p.id);
                    if (!mine)
                        continue;
                }
                if (p.role == Role::Admin)
                    continue;
                // Those one works with: a director's assistants, an assistant's directors.
                const bool close = me.principals.contains(p.id) || p.principals.contains(me.id);
                rows << Row{p.id,          p.name, roleText(p.role),
                            p.id == me.id, close,  absent.contains(p.id)};
            }
            // The likeliest picks first: oneself, then those one works with, then by name.
            std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
                if (a.isMe != b.isMe)
                    return a.isMe;
                if (a.close != b.close)
                    return a.close;
                return a.name.localeAwareCompare(b.name) < 0;
            });
        }
    });
    setRows(std::move(rows), [](const Row &r) { return r.id; });
}

QString PeopleModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].name : QString();
}

QString PeopleModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int PeopleModel::rowOf(const QString &personId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == personId)
            return int(i);
    }
    return -1;
}

} // namespace spil::qml
