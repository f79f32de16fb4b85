// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "core/budgets/Budget.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"
#include "sync/client/SyncEngine.h"

#include <QJsonDocument>
#include <cstdio>

namespace spil {

QString CommandArgs::required(const QString &name) const
{
    const QString v = options.value(name);
    if (v.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("--%1 is required").arg(name));
    return v;
}

int CommandArgs::number(const QString &name, int fallback) const
{
    if (!options.contains(name))
        return fallback;
    bool ok = false;
    const int n = options.value(name).toInt(&ok);
    if (!ok)
        fail(ErrorKind::BadInput,
             QStringLiteral("--%1 takes a whole number, not '%2'").arg(name, options.value(name)));
    return n;
}

qint64 CommandArgs::cents(const QString &name, qint64 fallback) const
{
    if (!options.contains(name))
        return fallback;
    const auto amount = centsFromText(options.value(name));
    if (!amount)
        fail(ErrorKind::BadInput, QStringLiteral("--%1 takes euros such as 28.99, not '%2'")
                                      .arg(name, options.value(name)));
    return *amount;
}

CommandContext::CommandContext(QString dbPath, QString actingRef, const Clock &clock)
    : m_dbPath(std::move(dbPath)), m_actingRef(std::move(actingRef)), m_clock(clock)
{
}

CommandContext::~CommandContext() = default;

Database &CommandContext::db()
{
    if (!m_db) {
        if (m_dbPath.isEmpty())
            fail(ErrorKind::BadInput, QStringLiteral("--db FILE is required"));
        m_db = std::make_unique<Database>(m_dbPath, m_clock);
    }
    return *m_db;
}

QString CommandContext::actingId()
{
    // On a logged-in store the user acts; --as may only name that same person.
    const auto login = client::SyncEngine(db()).login();
    const QString loggedIn = login ? login->personId : QString();
    if (m_actingRef.isEmpty())
        return loggedIn;
    const QString named = resolvePerson(m_actingRef).id;
    if (!loggedIn.isEmpty() && named != loggedIn)
        fail(ErrorKind::BadInput, QStringLiteral("this store is logged in as someone else"));
    return named;
}

Person CommandContext::resolvePerson(const QString &ref)
{
    try {
        return PeopleRepo(db()).resolve(ref);
    } catch (const Error &e) {
        // A store that has never synced knows nobody: say what brings the people in.
        if (e.kind() != ErrorKind::NotFound || !PeopleRepo(db()).all().isEmpty())
            throw;
        client::SyncEngine engine(db());
        fail(ErrorKind::NotFound,
             engine.login() ? QStringLiteral("%1: this store has not synced yet (spilctl --db %2 "
                                             "sync brings the people of the office)")
                                  .arg(e.message(), m_dbPath)
                            : QStringLiteral("%1: this store holds no people yet (spilctl --db %2 "
                                             "login URL USER follows a server; spilctl --db %2 "
                                             "demo makes a demo office)")
                                  .arg(e.message(), m_dbPath));
    }
}

QString CommandContext::resolveId(const QString &entity, const QString &ref)
{
    if (ref.size() < 4)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' is too short for an id").arg(ref));
    const QStringList ids = db().idsMatching(entity, ref);
    if (ids.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no %1 record '%2'").arg(entity, ref));
    if (ids.size() > 1)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' fits more than one record").arg(ref));
    return ids.first();
}

QTimeZone CommandContext::zoneFor(const CommandArgs &args, const QString &personId)
{
    if (args.options.contains(QStringLiteral("tz")))
        return zoneOrFail(args.value(QStringLiteral("tz")));
    if (!personId.isEmpty()) {
        if (const auto p = PeopleRepo(db()).byId(personId))
            return zoneOrFail(p->tz);
    }
    return QTimeZone::systemTimeZone();
}

void CommandContext::printJson(const QJsonArray &array) const
{
    std::fputs(QJsonDocument(array).toJson(QJsonDocument::Indented).constData(), stdout);
}

void CommandContext::printJson(const QJsonObject &object) const
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
}

void CommandContext::print(const QString &line) const
{
    std::fputs((line + QLatin1Char('\n')).toUtf8().constData(), stdout);
    std::fflush(stdout); // someone may be watching the lines arrive
}

} // namespace spil
