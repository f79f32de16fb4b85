// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/Person.h"

#include <QList>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

class PeopleRepo {
public:
    explicit PeopleRepo(Database &db) : m_db(db) {}

    // Validates (name, unique handle, zone, working hours, principals that are directors)
    // and stores the person in one user action; returns the id.
    QString add(const Person &person);
    // Changes the given fields of a person (field names as in the store).
    void update(const QString &id, const QVariantMap &fields);
    QList<Person> all();
    std::optional<Person> byId(const QString &id);
    // Finds one person by id, id prefix, handle or name (case-insensitive);
    // Error(NotFound) when none, Error(BadInput) when ambiguous.
    Person resolve(const QString &ref);
    // Assistants linked to the principal.
    QList<Person> assistantsOf(const QString &principalId);

    static Person fromRecord(const QVariantMap &record);
    static QVariantMap toRecord(const Person &person);

private:
    void validate(const Person &person, const QString &selfId);
    Database &m_db;
};

} // namespace spil
