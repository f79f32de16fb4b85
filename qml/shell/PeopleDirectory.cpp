// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/shell/PeopleDirectory.h"

#include "core/people/PeopleRepo.h"
#include "qml/shell/OfficeStore.h"
#include "qml/shell/ReadGuard.h"

#include <tuple>

namespace spil::qml {

PeopleDirectory::PeopleDirectory(const OfficeStore &office, QObject *parent)
    : QObject(parent), m_office(office)
{
}

Person PeopleDirectory::person(const QString &id, const Person &fallback) const
{
    return m_people.value(id, fallback);
}

QString PeopleDirectory::nameOf(const QString &personIdOrName) const
{
    const auto it = m_people.constFind(personIdOrName);
    return it == m_people.cend() ? personIdOrName : it->name;
}

QString PeopleDirectory::firstNameOf(const QString &personIdOrName) const
{
    const auto it = m_people.constFind(personIdOrName);
    return it == m_people.cend() ? personIdOrName : it->name.section(QLatin1Char(' '), 0, 0);
}

QTimeZone PeopleDirectory::homeZone(const QTimeZone &fallback) const
{
    return m_me.tz.isEmpty() ? fallback : QTimeZone(m_me.tz.toUtf8());
}

void PeopleDirectory::setAgendaPersonId(const QString &id)
{
    if (id == m_agendaPerson)
        return;
    m_agendaPerson = id;
    Q_EMIT agendaPersonChanged();
}

void PeopleDirectory::reload()
{
    const QString agendaName = agendaPersonName();
    m_people.clear();
    if (m_office.store()) {
        readGuarded("people", [this] {
            for (const Person &p : PeopleRepo(*m_office.store()).all())
                m_people.insert(p.id, p);
        });
    }
    if (m_people.contains(m_me.id))
        m_me = m_people.value(m_me.id);
    // A sync may bring the name (a rename, or the person at all): the headers follow.
    if (agendaPersonName() != agendaName)
        Q_EMIT agendaPersonChanged();
}

bool PeopleDirectory::identify(const QString &personId)
{
    reload();
    const auto it = m_people.constFind(personId);
    if (it == m_people.cend())
        return false;
    m_me = *it;
    QString agenda = m_me.id;
    if (m_me.role != Role::Director && !m_me.principals.isEmpty())
        agenda = m_me.principals.first();
    else if (managesOffice()) {
        // Staff see their own day: a director's papers and moves are not theirs. The
        // office manager keeps the directors' agendas: the first director by name, the
        // same on every start
        // (a QHash's order changes with the process's hash seed).
        const Person *first = nullptr;
        for (const Person &p : std::as_const(m_people)) {
            if (p.role == Role::Director &&
                (!first || std::tie(p.name, p.id) < std::tie(first->name, first->id)))
                first = &p;
        }
        if (first)
            agenda = first->id;
    }
    setAgendaPersonId(agenda);
    return true;
}

void PeopleDirectory::clear()
{
    m_me = Person();
    m_people.clear();
    m_agendaPerson.clear();
}

} // namespace spil::qml
