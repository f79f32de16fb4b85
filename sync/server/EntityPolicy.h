// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace spil::server {

// Who reads a record of a kind in full.
enum class ReadRule {
    Everyone,
    // The people its readerFields name, and every office manager; nobody else.
    Named,
    // Everyone while it is not confidential; once it is, its owner and the assistants who
    // serve them, and everyone else a redacted copy (see EntityPolicy::redacted).
    Owner,
};

// Who may write a record of a kind.
enum class WriteRule {
    Everyone,
    // Office managers and admins.
    Managers,
    // Its owner and the assistants who serve them; office managers and admins too while it
    // is not confidential.
    Owner,
    // Whoever reads it in full; for a guarded kind, whoever reads its guard in full, not
    // only who may write the guard (anyone who reads a meeting may add a paper to it).
    Readers,
};

// The rules that name one entity kind, kept in one table so that Access and SyncService's
// push read the same for every kind; no other file names a kind's rule.
struct EntityPolicy {
    ReadRule read = ReadRule::Everyone;
    WriteRule write = WriteRule::Everyone;
    // ReadRule::Named: the fields naming a reader, each a person or a list of people.
    QStringList readerFields;
    // ReadRule::Owner and WriteRule::Owner: the field naming the owner, and the flag that
    // closes the record to others.
    QString ownerField;
    QString confidentialField;
    // What a reader with redacted access sees instead of these fields (of those the record
    // has).
    QJsonObject redacted;
    // Fields that name who did something (delegated, created, reported, ticked): a push may
    // set them only to its own user's person.
    QStringList actorFields;
    // Access to a record of this kind follows another record's (an appointment exception
    // follows its series): the entity and the field naming that record. Empty: its own.
    // Without that record at hand, a guarded record is read redacted and written by nobody.
    // Records guarded so (guardedBy) travel again when one of the guard's accessFields
    // changes, so each device holds them full, redacted or not at all as it now should.
    QString guardEntity;
    QString guardField;
    QStringList accessFields;
    // A record whose guardField is empty follows its own rules instead (a document of no
    // meeting).
    bool guardOptional = false;
    // Whoever would read it redacted does not receive it at all (a document's title and
    // hash tell what a confidential meeting is about), and whoever loses sight of it
    // receives it as gone.
    bool withheldWhenRedacted = false;
    // A task is handed on along a chain of hands (handed_by): the server keeps the chain,
    // an existing record is checked before the change only (so whoever may work on it may
    // also hand it on), and the people who lose sight of it receive it as gone.
    bool handedOn = false;
};

// The policy of an entity kind; kinds without rules of their own get the open one
// (everyone reads and writes).
const EntityPolicy &policyOf(const QString &entity);

// The kinds whose access follows a record of entity, each with the field naming it.
struct GuardedKind {
    QString entity;
    QString field;
};
const QList<GuardedKind> &guardedBy(const QString &entity);
// Whether a record follows its guard's access (false for a kind without a guard, and for
// one with an optional guard that names none).
bool followsGuard(const QString &entity, const QJsonObject &fields);

// The field holding a handed-on record's chain of hands, and the one naming its last hand.
inline const QString kHandedBy = QStringLiteral("handed_by");
inline const QString kDelegatedBy = QStringLiteral("delegated_by");

} // namespace spil::server
