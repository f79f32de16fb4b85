// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace spil::server {

// Who reads a record of a kind in full.
enum class ReadRule {
    Everyone,
    // The people its readerFields name, and every office manager; nobody else.
    Named,
    // Everyone while it is not confidential; once it is, its owner and the assistants who
    // serve them, and everyone else a redacted copy (see EntityPolicy::redacted). A
    // restricted one (restrictedField) its owner's side only.
    Owner,
    // Its owner, the assistants who serve them and every office manager; nobody else, in
    // no form (a director's gatekeeping). With a confidentialField, a confidential record
    // leaves the office managers out too (a director's confidential letter).
    OwnerSide,
    // Office managers, admins and directors; nobody else, in no form (budgets, orders and
    // purchases: what the office spends is not for every colleague to read).
    Managers,
    // Office managers and admins; nobody else, in no form, directors neither (personnel
    // data and the reason of a sick leave).
    Keepers,
    // The secretariat's: the people its readerFields name (who asked), office managers,
    // assistants and admins; nobody else, in no form (a colleague's request to the
    // secretariat is not for every colleague to read).
    Secretariat,
};

// Who may write a record of a kind.
enum class WriteRule {
    Everyone,
    // Office managers and admins.
    Managers,
    // Its owner and the assistants who serve them; office managers and admins too while it
    // is not confidential.
    Owner,
    // Whoever reads it in full.
    Readers,
    // Directors, assistants, office managers and admins: everyone but staff.
    AllButStaff,
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
    // ReadRule::Owner: the flag that keeps a record that is not confidential to its owner's
    // side (the owner, the assistants who serve them, office managers), nobody else in any
    // form (an archived letter with the director's notes). Empty: no such flag.
    QString restrictedField;
    // What a reader with redacted access sees instead of these fields (of those the record
    // has).
    QJsonObject redacted;
    // Fields that name who did something (delegated, created, reported, ticked): a push may
    // set them only to its own user's person.
    QStringList actorFields;
    // Access to a record of this kind follows another record's (an appointment exception
    // follows its series): the entity and the field naming that record. Empty: its own.
    // Without that record at hand, a guarded record is read redacted and written by nobody.
    // Guards chain: a paper follows its agenda item, which follows its meeting. Records
    // guarded so (guardedBy) travel again when one of the guard's accessFields changes, so
    // each device holds them full, redacted or not at all as it now should, and whoever no
    // longer reads one of them at all receives it as gone.
    QString guardEntity;
    QString guardField;
    // Closer guards a record may name instead, nearest first: when one's field names a
    // record, access follows that one (a document that is a paper of an agenda item follows
    // the item, and through it the meeting, rather than the meeting alone; an archived
    // document follows its archived item).
    QList<std::pair<QString, QString>> nearGuards; // (entity, field)
    QStringList accessFields;
    // A record whose guardField (and its nearGuards' fields) is empty follows its own rules
    // instead (a document of no meeting).
    bool guardOptional = false;
    // Whoever would read it redacted does not receive it at all (a document's title and
    // hash tell what a confidential meeting is about; an agenda item has no busy-block
    // form), and whoever loses sight of it receives it as gone.
    bool withheldWhenRedacted = false;
    // Beyond its guards, read in full only by the people its readerFields name and by the
    // owner's side of the meeting its guards lead to (the owner, the assistants who serve
    // them, office managers and admins), and written only by the people its readerFields
    // name: who read a paper is the secretary's to know, not the other attendees'.
    bool ownerSideOnly = false;
    // Beyond its guard (when it names one), read only by whom its own ReadRule lets too: a
    // visitor of a confidential meeting reaches who reads the meeting in full and keeps
    // the reception, not everyone who reads the meeting.
    bool ownRuleToo = false;
    // Fields naming people who never receive the record, nor anything whose access follows
    // it (an agenda item closed to some attendees, with its papers, minutes and documents):
    // not in full, not redacted, on no route, whatever else they may read. They write it
    // neither.
    QStringList excludedFields;
    // Fields naming people who may write the record besides those its WriteRule (or guard)
    // lets, while they read it in full: a paper's deliverer attaches it.
    QStringList writerFields;
    // A record whose lockField holds lockedValue takes no more changes (final minutes).
    QString lockField;
    QString lockedValue;
    // A record takes no changes either while the record of lockEntity its lockRefField
    // names is locked (an entry of final minutes).
    QString lockEntity;
    QString lockRefField;
    // Fields that record and the record the guard link names must hold alike (the minutes
    // and the agenda item of an entry are of one meeting); 400 unknown_parent otherwise.
    QStringList lockMatchFields;
    // Besides: a record takes changes only while that record's lockField holds openValue
    // (a comment while the minutes are in review); 403 forbidden otherwise.
    QString openValue;
    // Only the people the record's last guard (the meeting) names in these fields, its
    // owner and the assistants who serve them write the record, while they read it in
    // full: a comment on minutes is an attendee's.
    QStringList participantFields;
    // The field naming who wrote the record: once written, only that person changes it.
    QString authorField;
    // ReadRule::OwnerSide: the owner himself reads the record only while one of these
    // fields holds one of the values listed with it (a request once forwarded to the
    // director, or decided by him); the assistants who serve him and office managers read
    // it always. Empty: the owner reads it always.
    QList<std::pair<QString, QStringList>> ownerReadsWhen;
    // Fields that only the owner himself writes, each with the value a new record holds,
    // and the only fields he writes: he neither adds nor removes such a record (a
    // director's decision on a request). Anyone else leaves them as they stand.
    QJsonObject ownerOnlyFields;
    // Once this field is set, the owner sets his own fields even when he no longer reads the
    // record as it stands (a request put to him and taken back while he decided offline).
    QString ownerAnswersOnceSet;
    // Fields that only office managers and admins set (to whom a service request is handed);
    // anyone else leaves them as they stand, and a new record of theirs holds them blank.
    QStringList managerFields;
    // Fields that only the owner himself sets (a director's approval of a letter and his
    // comment); anyone else leaves them as they stand or blanks them (an approval withdrawn
    // when the text changed after it).
    QStringList ownerSetsFields;
    // A record's stateField may hold one of approvedStates only while approvalField names
    // its owner: a letter is ready or sent only once its director approved it.
    QString stateField;
    QStringList approvedStates;
    QString approvalField;
    // A task is handed on along a chain of hands (handed_by): the server keeps the chain,
    // an existing record is checked before the change only (so whoever may work on it may
    // also hand it on), and the people who lose sight of it receive it as gone.
    bool handedOn = false;
    // Fields of an act that only happens once (the tick of a checklist item: who, when),
    // set while it stands and blank while it does not. Two people who act while neither
    // saw the other's act did it once, and it was done by whoever acted first: of two such
    // concurrent values the earlier one stays, under the later stamp of the two, as the
    // act's other fields have it (docs/sync-protocol.md).
    QStringList firstActFields;
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
// The record a record's access follows, as its fields name it: its near guard when it names
// one, else its guard; none for a kind without a guard, and for one with an optional guard
// that names none.
std::optional<GuardedKind> guardLink(const QString &entity, const QJsonObject &fields);
// Whether a record follows a guard's access.
inline bool followsGuard(const QString &entity, const QJsonObject &fields)
{
    return guardLink(entity, fields).has_value();
}
// Where a guarded record's sight names its guard's kind, for a kind that may follow two.
inline const QString kSightGuard = QStringLiteral("guard");

// The field holding a handed-on record's chain of hands, and the one naming its last hand.
inline const QString kHandedBy = QStringLiteral("handed_by");
inline const QString kDelegatedBy = QStringLiteral("delegated_by");

} // namespace spil::server
