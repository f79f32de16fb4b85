// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/client/SyncEngine.h"

#include "core/common/Error.h"
#include "core/store/Database.h"

namespace spil::client {

using namespace protocol;

namespace {
const QString kServer = QStringLiteral("sync_server");
const QString kToken = QStringLiteral("sync_token");
const QString kUser = QStringLiteral("sync_user_id");
const QString kPerson = QStringLiteral("sync_person_id");
const QString kRole = QStringLiteral("sync_role");
const QString kWorkspace = QStringLiteral("sync_workspace");
const QString kCursor = QStringLiteral("sync_cursor");
const QString kEpoch = QStringLiteral("sync_epoch");
} // namespace

std::optional<LoginState> SyncEngine::login()
{
    const QString token = m_db.meta(kToken);
    if (token.isEmpty())
        return std::nullopt;
    return LoginState{m_db.meta(kServer), token,
                      m_db.meta(kUser),   m_db.meta(kPerson),
                      m_db.meta(kRole),   m_db.meta(kWorkspace)};
}

void SyncEngine::saveLogin(const QString &serverUrl, const LoginReply &reply)
{
    // A store holds what its user may read (confidential items included) and changes made
    // in their name: it never changes hands.
    const QString owner = m_db.meta(kUser);
    if (!owner.isEmpty() && owner != reply.userId)
        fail(ErrorKind::BadInput,
             QStringLiteral("this store belongs to another user; log in with a new store"));
    // The server binds a client id to the sign-in that first pushed with it, for ever: a
    // store signing in again takes a new one, and its waiting changes go along with it.
    if (!owner.isEmpty())
        m_db.renewClientId();
    Database::Transaction tx(m_db);
    // Another server, or another workspace on it, is another history: start over from 0.
    if (m_db.meta(kServer) != serverUrl || m_db.meta(kWorkspace) != reply.workspace ||
        m_db.meta(kEpoch) != reply.epoch) {
        m_db.setMeta(kCursor, QStringLiteral("0"));
        m_db.setMeta(kEpoch, reply.epoch);
    }
    m_db.setMeta(kServer, serverUrl);
    m_db.setMeta(kToken, reply.token);
    m_db.setMeta(kUser, reply.userId);
    m_db.setMeta(kPerson, reply.personId);
    m_db.setMeta(kRole, toText(reply.role));
    m_db.setMeta(kWorkspace, reply.workspace);
    tx.commit();
}

void SyncEngine::forgetLogin()
{
    Database::Transaction tx(m_db);
    m_db.setMeta(kToken, QString());
    tx.commit();
}

std::optional<PushRequest> SyncEngine::nextPush(int maxChanges)
{
    QList<OutboxChange> changes = m_db.pendingChanges(maxChanges + 1);
    if (changes.isEmpty())
        return std::nullopt;
    if (changes.size() > maxChanges) {
        const qint64 partial = changes.last().mutation;
        if (changes.first().mutation == partial) {
            changes = m_db.pendingChanges(1'000'000); // one large action travels whole
            while (changes.last().mutation != partial)
                changes.removeLast();
        } else {
            while (changes.last().mutation == partial)
                changes.removeLast();
        }
    }
    PushRequest request;
    request.clientId = m_db.clientId();
    request.cursor = cursor();
    for (const OutboxChange &c : changes) {
        if (request.mutations.isEmpty() || request.mutations.last().id != c.mutation)
            request.mutations << Mutation{c.mutation, {}};
        request.mutations.last().changes << Change{c.entity, c.recordId, c.field, c.value, c.hlc};
    }
    return request;
}

void SyncEngine::pushAccepted(const PushRequest &sent, const PushReply &reply)
{
    // The store signed in again meanwhile: its waiting changes carry new numbers now.
    if (sent.clientId != m_db.clientId())
        return;
    qint64 upToSeq = -1;
    for (const OutboxChange &c : m_db.pendingChanges(1'000'000)) {
        if (c.mutation > reply.lastMutation || c.mutation > sent.mutations.last().id)
            break;
        upToSeq = c.seq;
    }
    if (upToSeq >= 0)
        m_db.acknowledge(upToSeq);
}

void SyncEngine::renumberPending(qint64 expected)
{
    const auto pending = m_db.pendingChanges(1);
    if (pending.isEmpty())
        return;
    const qint64 shift = pending.first().mutation - expected;
    Database::Transaction tx(m_db);
    m_db.run(QStringLiteral("UPDATE outbox SET mutation = mutation - ?"), {shift});
    m_db.setMeta(
        QStringLiteral("next_mutation"),
        QString::number(
            m_db.scalar(QStringLiteral("SELECT MAX(mutation) FROM outbox")).toLongLong() + 1));
    tx.commit();
}

qint64 SyncEngine::cursor()
{
    return m_db.meta(kCursor, QStringLiteral("0")).toLongLong();
}

QString SyncEngine::epoch()
{
    return m_db.meta(kEpoch);
}

int SyncEngine::applyPage(qint64 since, const PullPage &page)
{
    if (cursor() != since)
        return -1;
    Database::Transaction tx(m_db, Database::Transaction::TrustServerOrder);
    QStringList ids;
    ids.reserve(page.records.size());
    for (const Record &r : page.records)
        ids << r.id;
    const QSet<QString> pending = m_db.pendingFieldKeys(ids);
    // Stamps sort as text in their own order: the clock needs only the page's newest.
    QString newest;
    for (const Record &r : page.records) {
        if (r.gone) {
            m_db.purgeRemote(r.entity, r.id);
            continue;
        }
        m_db.applyRemote(r.entity, r.id, r.fields, r.deleted, pending);
        newest = std::max(newest, r.hlc);
    }
    m_db.observeStamp(newest);
    m_db.setMeta(kCursor, QString::number(page.next));
    m_db.setMeta(kEpoch, page.epoch);
    tx.commit();
    return int(page.records.size());
}

void SyncEngine::reset()
{
    Database::Transaction tx(m_db);
    m_db.setMeta(kCursor, QStringLiteral("0"));
    m_db.setMeta(kEpoch, QString());
    tx.commit();
}

} // namespace spil::client
