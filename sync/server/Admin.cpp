// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/Admin.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/demo/DemoOffice.h"
#include "core/people/PeopleRepo.h"
#include "core/reception/Visitor.h"
#include "core/store/Database.h"
#include "core/store/FieldCodec.h"
#include "core/store/Hlc.h"
#include "core/store/Schema.h"
#include "core/store/ScopedTransaction.h"
#include "core/store/Uuid7.h"
#include "sync/server/Access.h"
#include "sync/server/Credentials.h"
#include "sync/server/EntityPolicy.h"
#include "sync/server/FileStore.h"
#include "sync/server/ServerStorage.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <functional>

namespace spil::server {

namespace {
// Records written by the server itself carry a stamp of its own clock.
StoredRecord serverRecord(const QString &entityName, const QVariantMap &values, qint64 version,
                          const QString &stamp)
{
    const EntityDef &def = entity(entityName);
    StoredRecord r{entityName, values.value(QStringLiteral("id")).toString(),
                   version,    values.value(QStringLiteral("deleted")).toBool(),
                   {},         {},
                   {}};
    for (const FieldDef &f : def.fields) {
        r.fields.insert(f.name, toJson(f, values.value(f.name)));
        r.stamps.insert(
            f.name, QJsonObject{{QStringLiteral("hlc"), stamp}, {QStringLiteral("v"), version}});
    }
    return r;
}

QString serverStamp()
{
    SystemClock clock;
    return HlcStamp{clock.nowMs(), 0, QStringLiteral("server")}.toString();
}
} // namespace

QString workspaceId(ServerStorage &storage, const QString &name)
{
    if (name.isEmpty())
        return storage.defaultWorkspace();
    const auto workspace = storage.workspaceByName(name);
    if (!workspace)
        fail(ErrorKind::NotFound, QStringLiteral("no workspace '%1'").arg(name));
    return workspace->id;
}

QString addWorkspace(ServerStorage &storage, const QString &name)
{
    static const QRegularExpression word(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    if (!word.match(name).hasMatch())
        fail(ErrorKind::BadInput,
             QStringLiteral("a workspace name is one word of a-z, 0-9 and dashes, like 'acme'"));
    return storage.addWorkspace(name);
}

QString addUser(ServerStorage &storage, const QString &workspace, const QString &name,
                const QString &roleText, const QStringList &principals, const QString &password,
                const QString &displayName, const QString &tz)
{
    if (name.isEmpty() || name.contains(QLatin1Char(' ')))
        fail(ErrorKind::BadInput, QStringLiteral("a user name is one word, like 'sanne'"));
    // The command line's text, as stored and sent: the same names (BadInput otherwise).
    const Role userRole = parseText<Role>(roleText, QStringLiteral("role"));
    if (password.size() < 8)
        fail(ErrorKind::BadInput, QStringLiteral("a password has at least 8 characters"));
    if (!principals.isEmpty() && userRole != Role::Assistant)
        fail(ErrorKind::BadInput, QStringLiteral("only an assistant has principals"));
    if (storage.userByName(workspace, name))
        fail(ErrorKind::BadInput, QStringLiteral("there is a user '%1' already").arg(name));
    Person person;
    person.id = makeUuid7(SystemClock().nowMs());
    person.name = displayName.isEmpty() ? name : displayName;
    person.handle = name;
    person.role = userRole;
    person.tz = tz;
    for (const QString &principal : principals) {
        const auto director = storage.userByName(workspace, principal);
        if (!director || director->role != Role::Director)
            fail(ErrorKind::BadInput, QStringLiteral("'%1' is not a director").arg(principal));
        person.principals << director->personId;
    }
    const QString hash = hashPassword(password);

    storage.beginWrite(workspace);
    ScopedTransaction transaction(storage, kAlreadyBegun);
    const qint64 version = storage.takeNextVersion(workspace);
    QVariantMap values = PeopleRepo::toRecord(person);
    values.insert(QStringLiteral("id"), person.id);
    storage.saveRecord(workspace,
                       serverRecord(QStringLiteral("people"), values, version, serverStamp()));
    storage.addUser({makeUuid7(SystemClock().nowMs()), workspace, name, userRole, person.id,
                     person.principals, hash, 0});
    transaction.commit();
    return person.id;
}

namespace {
// Records the assistant read through a director she no longer serves and reads not at all
// now: what follows a meeting of that director (withheld from a redacted reader, as a
// confidential meeting's papers are, or kept to the owner's side, as who read the papers
// is), walked along the chain of guards. Her devices, which pull everything again, must
// drop them, as a redacted copy or nothing would not replace them.
void withdrawLostSight(ServerStorage &storage, const QString &workspace, const User &before,
                       const User &after, const QString &director, qint64 version)
{
    const Access was(before), is(after);
    std::function<void(const StoredRecord &, const Guards &)> walk = [&](const StoredRecord &guard,
                                                                         const Guards &above) {
        const Guards guards = Guards{guard} + above;
        for (const GuardedKind &kind : guardedBy(guard.entity)) {
            for (const StoredRecord &r :
                 storage.children(workspace, kind.entity, kind.field, guard.id)) {
                // A record of a kind with two guards follows only one.
                const auto link = guardLink(r.entity, r.fields);
                if (r.deleted || !link || link->entity != guard.entity)
                    continue;
                if (was.read(r, guards) != ReadAccess::None &&
                    is.read(r, guards) == ReadAccess::None)
                    storage.addRevocation(workspace, before.personId,
                                          Revocation{kind.entity, r.id, version});
                walk(r, guards);
            }
        }
    };
    // The kinds read by their owner's side (meetings, archived items): one withheld from
    // others (a confidential archived item) goes itself; every one takes what follows it.
    // A kind kept to the owner's side whatever it holds (a director's letters, requests and
    // gates) goes whole: she read it only as one who served him.
    for (const EntityDef &def : entities()) {
        const EntityPolicy &policy = policyOf(def.name);
        if (policy.read != ReadRule::Owner && policy.read != ReadRule::OwnerSide)
            continue;
        for (const StoredRecord &r :
             storage.children(workspace, def.name, policy.ownerField, director)) {
            if (!r.deleted && was.read(r) != ReadAccess::None && is.read(r) == ReadAccess::None)
                storage.addRevocation(workspace, before.personId,
                                      Revocation{def.name, r.id, version});
            walk(r, {});
        }
    }
}
} // namespace

qint64 setPrincipals(ServerStorage &storage, const QString &workspace, const QString &name,
                     const QStringList &principals)
{
    const auto user = storage.userByName(workspace, name);
    if (!user)
        fail(ErrorKind::NotFound, QStringLiteral("no user '%1'").arg(name));
    if (user->role != Role::Assistant)
        fail(ErrorKind::BadInput, QStringLiteral("only an assistant has principals"));
    QStringList people;
    for (const QString &principal : principals) {
        const auto director = storage.userByName(workspace, principal);
        if (!director || director->role != Role::Director)
            fail(ErrorKind::BadInput, QStringLiteral("'%1' is not a director").arg(principal));
        if (!people.contains(director->personId))
            people << director->personId;
    }
    storage.beginWrite(workspace);
    ScopedTransaction transaction(storage, kAlreadyBegun);
    const qint64 version = storage.takeNextVersion(workspace);
    if (auto person = storage.record(workspace, QStringLiteral("people"), user->personId)) {
        person->fields.insert(QStringLiteral("principals"), QJsonArray::fromStringList(people));
        person->stamps.insert(
            QStringLiteral("principals"),
            QJsonObject{{QStringLiteral("hlc"), serverStamp()}, {QStringLiteral("v"), version}});
        person->version = version;
        storage.saveRecord(workspace, *person);
    }
    storage.setPrincipals(user->id, people, version);
    User after = *user;
    after.principals = people;
    for (const QString &director : user->principals) {
        if (!people.contains(director))
            withdrawLostSight(storage, workspace, *user, after, director, version);
    }
    transaction.commit();
    return version;
}

void importDemoOffice(ServerStorage &storage, const QString &workspace)
{
    if (!storage.users(workspace).isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("the server has users already"));
    QTemporaryDir dir;
    SystemClock clock;
    Database office(dir.filePath(QStringLiteral("demo.db")), clock);
    const QList<DemoFile> files = DemoOffice::create(office);
    const QString stamp = serverStamp();
    const QString hash = hashPassword(QString::fromLatin1(kDemoPassword));
    const QList<Person> people = PeopleRepo(office).all();
    QHash<QString, QString> userOf; // by person
    for (const Person &p : people)
        userOf.insert(p.id, makeUuid7(clock.nowMs()));

    // The files first, as the secretary who added them would have sent them: until the
    // records name them they are files nothing names, kept for the grace period, so a
    // failure here leaves no document without its file and the import can be run again.
    const QString assistant =
        PeopleRepo(office).resolve(QString::fromLatin1(DemoOffice::assistant)).id;
    const QString sender = userOf.value(assistant);
    FileStore &store = storage.files();
    for (const DemoFile &f : files) {
        const qint64 now = clock.nowMs();
        if (store.file(workspace, f.sha256))
            continue;
        store.startUpload(workspace, f.sha256, sender, f.bytes.size(), now);
        if (!store.append(workspace, f.sha256, sender, 0, f.bytes, now))
            fail(ErrorKind::Storage, QStringLiteral("the demo office's files cannot be stored"));
        store.finishUpload(workspace, f.sha256, sender, assistant, now);
    }

    storage.beginWrite(workspace);
    ScopedTransaction transaction(storage, kAlreadyBegun);
    const qint64 version = storage.takeNextVersion(workspace);
    for (const EntityDef &def : entities()) {
        auto &q = office.run(
            QStringLiteral("SELECT %1 FROM %2").arg(Database::selectColumns(def), def.name));
        QList<QVariantMap> rows;
        while (q.next())
            rows << Database::decodeRow(def, q);
        for (const QVariantMap &row : rows)
            storage.saveRecord(workspace, serverRecord(def.name, row, version, stamp));
    }
    for (const Person &p : people)
        storage.addUser(
            {userOf.value(p.id), workspace, p.handle, p.role, p.id, p.principals, hash, 0});
    transaction.commit();
}

int forgetVisitorNames(ServerStorage &storage, const QString &workspace, qint64 nowMs)
{
    int days = kDefaultVisitorRetentionDays;
    for (const StoredRecord &settings :
         storage.liveRecords(workspace, QStringLiteral("reception_settings")))
        days = settings.fields.value(QStringLiteral("visitor_retention_days")).toInt(days);
    const QStringList names = {QStringLiteral("name"), QStringLiteral("organisation")};
    // Every hour: only the visitors still named and past the retention are read, not the
    // years of visits already emptied or still kept.
    const QStringList times = {QStringLiteral("expected_utc"), QStringLiteral("checked_in_at")};
    QStringList past;
    for (const StoredRecord &v :
         storage.liveRecordsBefore(workspace, QStringLiteral("visitors"), names, times,
                                   namesForgottenBefore(days, nowMs))) {
        if (nameForgotten(v.fields.value(times[0]).toInteger(),
                          v.fields.value(times[1]).toInteger(), days, nowMs))
            past << v.id;
    }
    if (past.isEmpty())
        return 0;
    storage.beginWrite(workspace);
    ScopedTransaction transaction(storage, kAlreadyBegun);
    const qint64 version = storage.takeNextVersion(workspace);
    const QString stamp = serverStamp();
    for (const QString &id : past) {
        auto record = storage.record(workspace, QStringLiteral("visitors"), id);
        if (!record)
            continue;
        for (const QString &field : names) {
            record->fields.insert(field, QString());
            record->stamps.insert(
                field, QJsonObject{{QStringLiteral("hlc"), stamp}, {QStringLiteral("v"), version}});
        }
        record->version = version;
        storage.saveRecord(workspace, *record);
    }
    storage.forgetConflicts(workspace, QStringLiteral("visitors"), past, names);
    transaction.commit();
    return int(past.size());
}

namespace {
// The archived items sent letters (removed ones too) name whose `restricted` was never set:
// not among its fields, where every write since schema 21 puts it.
QStringList unmarkedLetterCopies(ServerStorage &storage, const QString &workspace)
{
    const QString restricted = QStringLiteral("restricted");
    QSet<QString> unmarked;
    for (const StoredRecord &item :
         storage.liveRecords(workspace, QStringLiteral("archive_items"))) {
        if (!item.fields.contains(restricted))
            unmarked.insert(item.id);
    }
    QStringList out;
    if (unmarked.isEmpty())
        return out;
    // A removed letter's copy stays in the archive: its tombstone still names it.
    for (const StoredRecord &letter : storage.recordsOfKind(workspace, QStringLiteral("letters"))) {
        const QString id = letter.fields.value(QStringLiteral("archive_item_id")).toString();
        if (unmarked.remove(id))
            out << id;
    }
    return out;
}

// Every user who read the record as it was and may not read it as it is now is told it is
// gone, and so for what follows it (an archived item's documents) under its guards.
void revokeFromFormerReaders(ServerStorage &storage, const QString &workspace,
                             const QList<User> &users, const StoredRecord &now,
                             const Guards &nowGuards, const StoredRecord &was,
                             const Guards &wasGuards, qint64 version)
{
    for (const User &user : users) {
        const Access access(user);
        if (!user.personId.isEmpty() && access.read(was, wasGuards) != ReadAccess::None &&
            access.read(now, nowGuards) == ReadAccess::None)
            storage.addRevocation(workspace, user.personId,
                                  Revocation{now.entity, now.id, version});
    }
    for (const GuardedKind &kind : guardedBy(now.entity)) {
        for (const StoredRecord &child :
             storage.children(workspace, kind.entity, kind.field, now.id)) {
            const auto link = guardLink(child.entity, child.fields);
            if (child.deleted || !link || link->entity != now.entity)
                continue;
            revokeFromFormerReaders(storage, workspace, users, child, Guards{now} + nowGuards,
                                    child, Guards{was} + wasGuards, version);
        }
    }
}
} // namespace

int restrictEarlyLetterCopies(ServerStorage &storage, const QString &workspace)
{
    if (unmarkedLetterCopies(storage, workspace).isEmpty())
        return 0;
    storage.beginWrite(workspace);
    ScopedTransaction transaction(storage, kAlreadyBegun);
    // Again under the workspace's write lock: another instance may have just done it.
    const QStringList ids = unmarkedLetterCopies(storage, workspace);
    if (ids.isEmpty()) {
        transaction.commit();
        return 0;
    }
    const qint64 version = storage.takeNextVersion(workspace);
    const QString stamp = serverStamp();
    const QList<User> users = storage.users(workspace);
    const QString restricted = QStringLiteral("restricted");
    for (const QString &id : ids) {
        const StoredRecord was = *storage.record(workspace, QStringLiteral("archive_items"), id);
        StoredRecord now = was;
        now.fields.insert(restricted, true);
        now.stamps.insert(restricted, QJsonObject{{QStringLiteral("hlc"), stamp},
                                                  {QStringLiteral("v"), version}});
        now.version = version;
        storage.saveRecord(workspace, now);
        revokeFromFormerReaders(storage, workspace, users, now, {}, was, {}, version);
    }
    // Instances already serving (PostgreSQL) wake their devices for it.
    storage.notifyCommit(workspace, version);
    transaction.commit();
    return int(ids.size());
}

} // namespace spil::server
