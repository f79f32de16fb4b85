// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace spil::server {

// What a push does for an entity kind beyond the per-field merge: the rules that name one
// kind, kept in one table so that SyncService's push reads the same for every kind. Who
// may read and write a record stays in Access.
struct EntityPolicy {
    // Access to a record of this kind follows another record's (an appointment exception
    // follows its series): the entity and the field naming that record. Empty: its own.
    QString guardEntity;
    QString guardField;
    // Records of another kind whose access follows this one's (an appointment's
    // exceptions), the field that names this record in them, and the fields of this one
    // that decide that access: when one of those changes, they travel again so each device
    // holds them full or redacted as it now should.
    QString guardedEntity;
    QString guardedField;
    QStringList accessFields;
    // A task is handed on along a chain of hands (handed_by): the server keeps the chain,
    // an existing record is checked before the change only (so whoever may work on it may
    // also hand it on), and the people who lose sight of it receive it as gone.
    bool handedOn = false;
};

// The policy of an entity kind; kinds without rules of their own get an empty one.
const EntityPolicy &policyOf(const QString &entity);

// The field holding a handed-on record's chain of hands, and the one naming its last hand.
inline const QString kHandedBy = QStringLiteral("handed_by");
inline const QString kDelegatedBy = QStringLiteral("delegated_by");

} // namespace spil::server
