// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/SyncService.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/store/Uuid7.h"
#include "sync/server/Access.h"
#include "sync/server/Admin.h"
#include "sync/server/Credentials.h"
#include "sync/server/SyncError.h"

namespace spil::server {

using namespace protocol;

SyncService::SyncService(ServerStorage &storage, const Clock &clock, Options options)
    : m_storage(storage), m_clock(clock), m_options(options)
{
}

LoginReply SyncService::login(const LoginRequest &request)
{
    const LoginCheck check = prepareLogin(request);
    return completeLogin(request, check, checkPassword(request.password, check));
}

SyncService::LoginCheck SyncService::prepareLogin(const LoginRequest &request)
{
    // A user name means something only inside its workspace: the same name in another
    // organisation is another person with another password.
    LoginCheck check;
    if (request.workspace.isEmpty()) {
        check.workspace = m_storage.defaultWorkspace();
    } else if (const auto named = m_storage.workspaceByName(request.workspace)) {
        check.workspace = named->id;
    }
    if (!check.workspace.isEmpty())
        check.user = m_storage.userByName(check.workspace, request.user);
    if (check.user)
        check.passwordHash = check.user->passwordHash;
    return check;
}

bool SyncService::checkPassword(const QString &password, const LoginCheck &check)
{
    // The same answer, after the same work, for an unknown workspace or user and a wrong
    // password: the time taken tells nobody which names exist. The stand-in is hashed here,
    // on the checking thread, the first time it is needed (a static's first use is
    // thread-safe), never on the event loop.
    if (check.passwordHash.isEmpty()) {
        static const QString unknownUserHash = hashPassword(makeToken());
        verifyPassword(password, unknownUserHash);
        return false;
    }
    return verifyPassword(password, check.passwordHash);
}

LoginReply SyncService::completeLogin(const LoginRequest &request, const LoginCheck &check,
                                      bool passwordValid)
{
    const auto &user = check.user;
    if (!user || !passwordValid)
        throw SyncError(401, ErrorCode::BadCredentials,
                        QStringLiteral("unknown user or wrong password"));
    const qint64 now = m_clock.nowMs();
    const QString token = makeToken();
    Device device{makeUuid7(now),
                  user->id,
                  request.device.isEmpty() ? QStringLiteral("device") : request.device,
                  QString(),
                  now,
                  now + m_options.tokenTtlMs,
                  0};
    m_storage.addDevice(device, tokenHash(token));
    return {token, user->id, user->personId, user->role, check.workspace, m_storage.epoch()};
}

Session SyncService::authenticate(const QString &authorization)
{
    QString token = authorization.trimmed();
    if (token.startsWith(QStringLiteral("Bearer "), Qt::CaseInsensitive))
        token = token.mid(7).trimmed();
    if (token.isEmpty())
        throw SyncError(401, ErrorCode::MissingToken,
                        QStringLiteral("log in first: no bearer token"));
    const auto owner = m_storage.tokenOwner(tokenHash(token));
    if (!owner)
        throw SyncError(401, ErrorCode::InvalidToken, QStringLiteral("unknown token"));
    if (owner->device.revokedAt != 0)
        throw SyncError(401, ErrorCode::RevokedToken,
                        QStringLiteral("this device was signed out; log in again"));
    if (owner->device.expiresAt <= m_clock.nowMs())
        throw SyncError(401, ErrorCode::ExpiredToken,
                        QStringLiteral("the token expired; log in again"));
    if (!owner->user)
        throw SyncError(401, ErrorCode::InvalidToken, QStringLiteral("unknown user"));
    // An app password opens the calendar port only: it cannot pull the whole office.
    if (owner->device.appPassword)
        throw SyncError(401, ErrorCode::InvalidToken,
                        QStringLiteral("an app password signs in calendar apps only"));
    return {*owner->user, owner->device};
}

std::optional<Session> SyncService::authenticateAppPassword(const QString &userName,
                                                            const QString &password)
{
    if (password.isEmpty())
        return std::nullopt;
    const auto owner = m_storage.tokenOwner(tokenHash(password));
    if (!owner || !owner->device.appPassword || owner->device.revokedAt != 0 || !owner->user ||
        owner->user->name != userName)
        return std::nullopt;
    return Session{*owner->user, owner->device};
}

QSet<QString> SyncService::signedIn(const QStringList &deviceIds)
{
    const qint64 now = m_clock.nowMs();
    QSet<QString> out;
    for (const Device &d : m_storage.devicesByIds(deviceIds)) {
        if (d.revokedAt == 0 && d.expiresAt > now)
            out.insert(d.id);
    }
    return out;
}

void SyncService::logout(const Session &session)
{
    m_storage.revokeDevice(session.device.id, m_clock.nowMs());
}

PullPage SyncService::pull(const Session &session, qint64 since, int limit, const QString &epoch)
{
    const QString workspace = session.user.workspace;
    PullPage page;
    const ServerStorage::Position position = m_storage.position(workspace);
    page.epoch = position.epoch;
    page.version = position.version;
    // Read again after the version: a change of principals committed up to it is seen,
    // so a page is never filtered by the old ones while its cursor passes the change.
    const auto current = m_storage.userById(session.user.id);
    const User &user = current ? *current : session.user;
    // A user whose principals changed reads other things now, both ways: their devices
    // start over, taking what they gained and the redacted form of what they lost.
    if ((!epoch.isEmpty() && epoch != page.epoch) || since > page.version ||
        (since > 0 && since < position.horizon) || (since > 0 && since < user.resyncAt))
        throw SyncError(
            410, ErrorCode::Reset,
            QStringLiteral("your copy is from another server state: pull again from 0"));
    limit = std::clamp(limit, 1, kMaxPullLimit);
    // Tombstones travel in the initial sync too: a device's store keeps parent and child
    // rows tied by foreign keys, and a deleted parent's children may still live.
    const QList<StoredRecord> records = m_storage.recordsSince(workspace, since, limit);
    const Access access(user);
    // A page's records are often each other's guards (a series and its instances, a
    // meeting, its items and their papers): each guard is read once per page, and not at
    // all when the page holds it, instead of once for every record it guards.
    QHash<QString, std::optional<StoredRecord>> guards;
    for (const StoredRecord &r : records)
        guards.insert(r.entity + QLatin1Char('/') + r.id, r);
    const FindRecord find = [&](const QString &entity, const QString &id) {
        const QString key = entity + QLatin1Char('/') + id;
        auto it = guards.find(key);
        if (it == guards.end())
            it = guards.insert(key, m_storage.record(workspace, entity, id));
        return *it;
    };
    for (const StoredRecord &r : records) {
        const ReadAccess read = access.read(r, guardChain(r, find));
        if (read == ReadAccess::None)
            continue;
        page.records << Record{r.entity,
                               r.id,
                               r.version,
                               r.deleted,
                               read == ReadAccess::Full ? r.fields : Access::redacted(r),
                               r.newestStamp(),
                               false};
    }
    page.more = records.size() >= limit;
    page.next = records.isEmpty() ? (page.more ? since : page.version) : records.last().version;
    if (!page.more)
        page.next = std::max(page.next, page.version);
    // Also from 0: a device that starts over may still hold what its user lost sight of.
    for (const Revocation &gone :
         m_storage.revocations(workspace, session.user.personId, since, page.next)) {
        // Someone who still reads it by another right (the office manager) keeps it.
        const auto now = m_storage.record(workspace, gone.entity, gone.recordId);
        if (now && readable(access, session, *now) != ReadAccess::None)
            continue;
        page.records << Record{gone.entity, gone.recordId, gone.version, true, {}, {}, true};
    }
    return page;
}

PrincipalsReply SyncService::setPrincipals(const Session &session, const PrincipalsRequest &request)
{
    // Not the office manager: this opens directors' confidential items, which the office
    // manager does not read either.
    if (session.user.role != Role::Admin)
        throw SyncError(403, ErrorCode::Forbidden,
                        QStringLiteral("only an admin sets whom an assistant serves"));
    const QString workspace = session.user.workspace;
    qint64 version = 0;
    try {
        version = server::setPrincipals(m_storage, workspace, request.user, request.principals);
    } catch (const Error &e) {
        if (e.kind() == ErrorKind::NotFound)
            throw SyncError(404, ErrorCode::NotFound, e.message());
        throw;
    }
    Q_EMIT versionCommitted(workspace, version);
    return {request.user, request.principals, version};
}

ReadAccess SyncService::readable(const Access &access, const Session &session,
                                 const StoredRecord &record)
{
    return access.read(record, guardsOf(nullptr, session, record));
}

QList<ConflictEntry> SyncService::conflicts(const Session &session, int limit)
{
    const Access access(session.user);
    QList<ConflictEntry> out;
    for (const ConflictEntry &c : m_storage.conflicts(session.user.workspace, 1000)) {
        const auto record = m_storage.record(session.user.workspace, c.entity, c.recordId);
        if (!record)
            continue;
        if (readable(access, session, *record) != ReadAccess::Full || !c.sight)
            continue;
        // Readable now is not enough: each value must have been readable while it was.
        bool sawBoth = true;
        for (const QJsonValue &sight : *c.sight)
            sawBoth = sawBoth && access.readSight(c.entity, sight.toObject()) == ReadAccess::Full;
        if (!sawBoth)
            continue;
        out << c;
        if (out.size() >= limit)
            break;
    }
    return out;
}

} // namespace spil::server
