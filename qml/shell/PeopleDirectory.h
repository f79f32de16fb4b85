// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/Person.h"

#include <QHash>
#include <QObject>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

class OfficeStore;

// The people of the open office as the views name them, who of them uses this device
// (me), and whose agenda the agenda pages show. Read from the office's store; view models
// get it as their `people` (App.people).
class PeopleDirectory : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.people is the one instance")

public:
    explicit PeopleDirectory(const OfficeStore &office, QObject *parent = nullptr);

    const Person &me() const { return m_me; }
    const QHash<QString, Person> &all() const { return m_people; }
    // The person with this id; an empty one (or fallback) when there is none.
    Person person(const QString &id, const Person &fallback = {}) const;
    // A name for an id (or the text itself when it names no one), and its first word.
    Q_INVOKABLE QString nameOf(const QString &personIdOrName) const;
    Q_INVOKABLE QString firstNameOf(const QString &personIdOrName) const;
    // Home for the device's user, for the time at home beside the local one: their zone,
    // else the fallback (here, or the record's own zone). An id that names no zone gives
    // an invalid zone, which shows no time at home.
    QString homeZoneId(const QString &fallback) const
    {
        return m_me.tz.isEmpty() ? fallback : m_me.tz;
    }
    QTimeZone homeZone(const QTimeZone &fallback) const;

    // Whether the device's user writes this person's agenda as the server lets them
    // (EntityPolicy's appointments): their own, or a principal's they serve.
    bool serves(const QString &ownerId) const
    {
        return !ownerId.isEmpty() && (ownerId == m_me.id || m_me.principals.contains(ownerId));
    }
    // The office manager and admins write anyone's agenda, but for what is confidential.
    bool managesOffice() const
    {
        return m_me.role == Role::OfficeManager || m_me.role == Role::Admin;
    }
    // Both together: whether the server lets this user write (book, move, cancel in) the
    // agenda of ownerId, for an appointment that is confidential or not.
    bool writesAgendaOf(const QString &ownerId, bool confidential = false) const
    {
        return serves(ownerId) || (managesOffice() && !confidential);
    }

    // One's own (a director's, a staff member's), or the first principal one serves, else
    // (the office manager) the first director by name.
    QString agendaPersonId() const { return m_agendaPerson; }
    void setAgendaPersonId(const QString &id);
    QString agendaPersonName() const { return nameOf(m_agendaPerson); }

    // Reads everyone again from the store (me too, as the store now has them).
    void reload();
    // The device's user is this person: false when the store does not know them (yet).
    bool identify(const QString &personId);
    // No office open: no one.
    void clear();

Q_SIGNALS:
    void agendaPersonChanged();

private:
    const OfficeStore &m_office;
    Person m_me;
    QHash<QString, Person> m_people;
    QString m_agendaPerson;
};

} // namespace spil::qml
