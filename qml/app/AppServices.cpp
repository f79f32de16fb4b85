// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppServices.h"

#include "ReadGuard.h"
#include "SyncStatus.h"
#include "client/SyncClient.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Time.h"
#include "demo/DemoOffice.h"
#include "people/PeopleRepo.h"
#include "store/Database.h"
#include "tasks/TaskRepo.h"

#include <QDir>
#include <QFile>
#include <QJSEngine>
#include <QQmlEngine>
#include <QSettings>
#include <QSysInfo>

namespace spil::app {

namespace {
AppServices *s_instance = nullptr;

QString settingsFile(const QString &dataDir)
{
    return dataDir + QStringLiteral("/session.ini");
}
} // namespace

AppServices::AppServices(const Clock &clock, const QString &dataDir, const QString &localZone,
                         QObject *parent)
    : QObject(parent), m_clock(clock), m_dataDir(dataDir),
      m_localZone(localZone.isEmpty() ? QTimeZone::systemTimeZone() : zoneOrFail(localZone)),
      m_syncStatus(new SyncStatus(this))
{
    QDir().mkpath(m_dataDir);
    s_instance = this;
    connect(this, &AppServices::dataChanged, m_syncStatus, &SyncStatus::update);
    connect(this, &AppServices::sessionChanged, m_syncStatus, &SyncStatus::update);
}

AppServices::~AppServices()
{
    closeStore();
    if (s_instance == this)
        s_instance = nullptr;
}

AppServices *AppServices::instance()
{
    return s_instance;
}

AppServices *AppServices::create(QQmlEngine *, QJSEngine *)
{
    // main() owns the services; the engine must not delete them.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString AppServices::role() const
{
    return m_me.id.isEmpty() ? QString() : roleName(m_me.role);
}

bool AppServices::admin() const
{
    if (!m_sync)
        return false;
    const auto login = m_sync->engine().login();
    return login && login->role == QStringLiteral("admin");
}

QString AppServices::serverUrl() const
{
    if (!m_sync)
        return {};
    const auto login = m_sync->engine().login();
    return login ? login->serverUrl : QString();
}

QString AppServices::lastServer() const
{
    return QSettings(settingsFile(m_dataDir), QSettings::IniFormat)
        .value(QStringLiteral("last/server"))
        .toString();
}

QString AppServices::lastUser() const
{
    return QSettings(settingsFile(m_dataDir), QSettings::IniFormat)
        .value(QStringLiteral("last/user"))
        .toString();
}

QString AppServices::localZoneId() const
{
    return QString::fromUtf8(m_localZone.id());
}

void AppServices::setAgendaPersonId(const QString &id)
{
    if (id == m_agendaPerson)
        return;
    m_agendaPerson = id;
    Q_EMIT agendaPersonChanged();
}

QString AppServices::nameOf(const QString &personIdOrName) const
{
    const auto it = m_people.constFind(personIdOrName);
    return it == m_people.cend() ? personIdOrName : it->name;
}

QString AppServices::firstNameOf(const QString &personIdOrName) const
{
    const auto it = m_people.constFind(personIdOrName);
    return it == m_people.cend() ? personIdOrName : it->name.section(QLatin1Char(' '), 0, 0);
}

void AppServices::refreshViews()
{
    reloadPeople();
    ++m_revision;
    Q_EMIT dataChanged();
}

QString AppServices::storePath(bool demo) const
{
    return m_dataDir + (demo ? QStringLiteral("/demo.db") : QStringLiteral("/office.db"));
}

void AppServices::openStore(const QString &file, bool demo)
{
    closeStore();
    m_db = std::make_unique<Database>(file, m_clock);
    m_demo = demo;
    if (demo)
        return;
    m_sync = std::make_unique<client::SyncClient>(*m_db);
    connect(m_sync.get(), &client::SyncClient::recordsArrived, this,
            [this](const QList<protocol::Record> &records) {
                QStringList tasks;
                for (const auto &r : records) {
                    if (r.entity == QStringLiteral("tasks") && !r.deleted)
                        tasks << r.id;
                }
                onRecordsArrived(tasks);
            });
    m_syncStatus->attach(m_sync.get());
}

void AppServices::closeStore()
{
    m_syncStatus->attach(nullptr);
    m_sync.reset();
    m_db.reset();
    m_me = Person();
    m_people.clear();
    m_announced.clear();
    m_agendaPerson.clear();
}

void AppServices::reloadPeople()
{
    m_people.clear();
    if (!m_db)
        return;
    readGuarded("people", [this] {
        for (const Person &p : PeopleRepo(*m_db).all())
            m_people.insert(p.id, p);
    });
    if (m_people.contains(m_me.id))
        m_me = m_people.value(m_me.id);
}

bool AppServices::identify(const QString &personId)
{
    reloadPeople();
    const auto it = m_people.constFind(personId);
    if (it == m_people.cend())
        return false;
    m_me = *it;
    QString agenda = m_me.id;
    if (m_me.role != Role::Director && !m_me.principals.isEmpty())
        agenda = m_me.principals.first();
    else if (m_me.role != Role::Director) {
        for (const Person &p : std::as_const(m_people)) {
            if (p.role == Role::Director) {
                agenda = p.id;
                break;
            }
        }
    }
    setAgendaPersonId(agenda);
    return true;
}

void AppServices::startDemo(const QString &role)
{
    const char *handle = role == QStringLiteral("director")         ? DemoOffice::director
                         : role == QStringLiteral("office-manager") ? DemoOffice::officeManager
                                                                    : DemoOffice::assistant;
    const QString file = storePath(true);
    // The demo is dated from today, so every start builds it afresh.
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(file + QLatin1String(suffix));
    try {
        openStore(file, true);
        DemoOffice::create(*m_db);
        identify(PeopleRepo(*m_db).resolve(QLatin1String(handle)).id);
        // The demo's overdue tasks were there before today: not news.
        QStringList seen;
        const qint64 now = m_clock.nowMs();
        for (const Task &t : TaskRepo(*m_db).list({}, true)) {
            if (t.createdAt < now - 24 * 3600 * 1000 || (t.dueUtc >= 0 && t.dueUtc < now))
                seen << t.id;
        }
        TaskRepo(*m_db).markSeen(seen);
    } catch (const Error &e) {
        closeStore();
        Q_EMIT sessionChanged();
        Q_EMIT loginFailed(e.message());
        return;
    }
    saveSession();
    Q_EMIT sessionChanged();
    changed();
}

QString AppServices::loginFailureText(client::SyncClient::LoginFailure failure,
                                      const QString &detail)
{
    using F = client::SyncClient::LoginFailure;
    switch (failure) {
    case F::Unreachable:
        return tr("The server does not answer. Check its address and this device's network, "
                  "or ask whoever runs it whether it is up.");
    case F::Untrusted:
        return tr("The server's certificate is not trusted. Check the address; a server with "
                  "its own certificate must be trusted first (ask whoever runs it).");
    case F::BadCredentials:
        return tr("Unknown user name or wrong password. Check both and try again.");
    case F::Throttled:
        return tr("Too many attempts. Wait a minute, then try again.");
    case F::NotSpil:
        return tr("That address does not answer as a Spil server. Check the address.");
    case F::StoreOfAnother:
        return tr("This device still holds another user's office. That user signs in here, or "
                  "this device is set up anew.");
    case F::None:
        break;
    }
    return detail;
}

void AppServices::login(const QString &serverUrl, const QString &user, const QString &password)
{
    QString url = serverUrl.trimmed();
    if (!url.contains(QStringLiteral("://")))
        url.prepend(QStringLiteral("http://"));
    try {
        openStore(storePath(false), false);
    } catch (const Error &e) {
        closeStore();
        Q_EMIT loginFailed(e.message()); // a damaged store, or one of a newer release
        return;
    }
    m_busy = true;
    Q_EMIT busyChanged();
    const QString device = QSysInfo::machineHostName().isEmpty()
                               ? QStringLiteral("Spil app")
                               : QStringLiteral("Spil on %1").arg(QSysInfo::machineHostName());
    m_sync->login(url, user.trimmed(), password, device, [this, url, user](const QString &error) {
        m_busy = false;
        Q_EMIT busyChanged();
        if (!error.isEmpty()) {
            const QString reason = loginFailureText(m_sync->lastLoginFailure(), error);
            // This runs inside the sync client's own reply handler: close it on the next turn.
            QMetaObject::invokeMethod(
                this,
                [this, reason] {
                    closeStore();
                    Q_EMIT sessionChanged();
                    Q_EMIT loginFailed(reason);
                },
                Qt::QueuedConnection);
            return;
        }
        saveSession();
        QSettings settings(settingsFile(m_dataDir), QSettings::IniFormat);
        settings.setValue(QStringLiteral("last/server"), url);
        settings.setValue(QStringLiteral("last/user"), user.trimmed());
        resume();
    });
}

bool AppServices::resume()
{
    QSettings settings(settingsFile(m_dataDir), QSettings::IniFormat);
    const QString kind = settings.value(QStringLiteral("session/kind")).toString();
    if (kind == QStringLiteral("demo")) {
        startDemo(settings.value(QStringLiteral("session/role")).toString());
        return true;
    }
    if (kind != QStringLiteral("server") || !QFile::exists(storePath(false)))
        return false;
    try {
        if (!m_db || m_demo)
            openStore(storePath(false), false);
    } catch (const Error &e) {
        qWarning("spil: cannot open this device's store: %s", qPrintable(e.message()));
        closeStore();
        return false; // the first-start page, with the store left as it is
    }
    const auto login = m_sync->engine().login();
    if (!login) {
        closeStore();
        return false;
    }
    // Before the first pull the store has no people yet: who this is follows once synced.
    identify(login->personId);
    // The server ended the session (token expired or revoked): back to the first-start page,
    // the store and its waiting changes kept for when the same user signs in again.
    connect(m_sync.get(), &client::SyncClient::stateChanged, this,
            [this](client::SyncClient::State state) {
                if (state != client::SyncClient::State::LoggedOut || m_busy)
                    return;
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        // Waiting changes keep the store for the same user's next sign-in;
                        // without any, it goes, so that anyone may sign in on this device.
                        const bool keep = m_sync && m_sync->pendingChanges() > 0;
                        closeStore();
                        if (!keep) {
                            for (const char *suffix : {"", "-wal", "-shm"})
                                QFile::remove(storePath(false) + QLatin1String(suffix));
                        }
                        Q_EMIT sessionChanged();
                        Q_EMIT loginFailed(tr("The server ended this device's session. Sign in "
                                              "again: nothing on this device is lost."));
                    },
                    Qt::QueuedConnection);
            });
    connect(m_sync.get(), &client::SyncClient::synced, this, [this, person = login->personId] {
        if (!m_me.id.isEmpty() || !identify(person))
            return;
        // What the office held when this device joined is not news: "new" starts now.
        QStringList existing;
        for (const Task &t : TaskRepo(*m_db).list({}, true))
            existing << t.id;
        TaskRepo(*m_db).markSeen(existing);
        Q_EMIT sessionChanged();
        refreshViews();
    });
    Q_EMIT sessionChanged();
    m_sync->startWatching();
    m_sync->syncNow();
    changed();
    return true;
}

void AppServices::saveSession()
{
    QSettings settings(settingsFile(m_dataDir), QSettings::IniFormat);
    settings.setValue(QStringLiteral("session/kind"),
                      m_demo ? QStringLiteral("demo") : QStringLiteral("server"));
    settings.setValue(QStringLiteral("session/role"), role());
}

void AppServices::changed()
{
    ++m_revision;
    Q_EMIT dataChanged();
    if (m_sync)
        m_sync->syncNow();
}

QString AppServices::act(const std::function<void(Database &)> &action)
{
    QString error;
    if (!m_db)
        error = tr("No office is open.");
    try {
        if (m_db)
            action(*m_db);
    } catch (const Error &e) {
        error = e.message();
    }
    if (!error.isEmpty()) {
        Q_EMIT actionFailed(error);
        return error;
    }
    changed();
    return {};
}

void AppServices::refresh()
{
    if (m_sync)
        m_sync->syncNow();
    else
        refreshViews();
}

bool AppServices::logout()
{
    if (m_busy)
        return true; // already signing out
    if (m_sync && m_sync->pendingChanges() > 0)
        return false;
    if (m_sync) {
        // The store closes once the server has revoked the token (or could not be asked).
        m_busy = true;
        Q_EMIT busyChanged();
        connect(m_sync.get(), &client::SyncClient::loggedOut, this, [this] {
            QMetaObject::invokeMethod(this, &AppServices::finishLogout, Qt::QueuedConnection);
        });
        m_sync->logout();
        return true;
    }
    finishLogout();
    return true;
}

void AppServices::finishLogout()
{
    m_busy = false;
    Q_EMIT busyChanged();
    const bool demo = m_demo;
    closeStore();
    if (!demo) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(storePath(false) + QLatin1String(suffix));
    }
    QSettings(settingsFile(m_dataDir), QSettings::IniFormat).remove(QStringLiteral("session"));
    Q_EMIT sessionChanged();
}

void AppServices::onRecordsArrived(const QStringList &newTaskIds)
{
    reloadPeople();
    if (m_me.id.isEmpty())
        return;
    TaskRepo tasks(*m_db);
    const QSet<QString> seen = tasks.seen();
    for (const QString &id : newTaskIds) {
        if (seen.contains(id) || m_announced.contains(id))
            continue;
        const auto task = tasks.byId(id);
        if (!task || task->assignee != m_me.id || task->delegatedBy.isEmpty() ||
            task->delegatedBy == m_me.id || task->status != QStringLiteral("open"))
            continue;
        m_announced.insert(id);
        Q_EMIT taskArrived(task->title, nameOf(task->delegatedBy));
    }
    ++m_revision;
    Q_EMIT dataChanged();
}

} // namespace spil::app
