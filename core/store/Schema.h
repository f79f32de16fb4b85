// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace spil {

// How a field is stored in SQLite and carried in a change: Time is UTC milliseconds (or
// null), List is a JSON array of strings, Bool is 0/1.
enum class FieldType { Text, Int, Bool, Time, List };

// What a Text field's value (or each string of a List field) must look like besides being
// text; both ends refuse others. Date: a calendar date, YYYY-MM-DD, or empty. LocalTime: a
// wall-clock date and time, YYYY-MM-DDTHH:MM.
enum class TextFormat { Free, Sha256, Date, LocalTime };

struct FieldDef {
    QString name;
    FieldType type;
    TextFormat format = TextFormat::Free;
};

// A synced record kind. Its name is its table's name and the name the outbox and the wire
// use. Every table has an id (UUIDv7 text) and a deleted flag (the tombstone) besides
// these fields.
struct EntityDef {
    QString name;
    QList<FieldDef> fields;
    // The field naming the record this one belongs to, and that record's kind (a moved
    // instance's series, an item's run): both ends must check it exists.
    QString parentField = {};
    QString parentEntity = {};
    const FieldDef *field(const QString &fieldName) const;
};

const QList<EntityDef> &entities();
// Throws Error(BadInput) for an unknown entity.
const EntityDef &entity(const QString &name);

// The schema's history, one entry per version: entry i brings a store from version i to
// version i + 1. Never edit a shipped entry; append a new one.
const QList<QStringList> &migrations();
inline int latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

} // namespace spil
