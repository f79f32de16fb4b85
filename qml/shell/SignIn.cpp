// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/shell/SignIn.h"

#include "core/common/Error.h"
#include "core/demo/DemoOffice.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"
#include "qml/shell/OfficeStore.h"
#include "qml/shell/PeopleDirectory.h"

#include <QSettings>
#include <QSysInfo>
#include <QUrl>

namespace spil::qml {

SignIn::SignIn(OfficeStore &office, PeopleDirectory &people, const QString &dataDir,
               QObject *parent)
    : QObject(parent), m_office(office), m_people(people),
      m_file(dataDir + QStringLiteral("/session.ini"))
{
    connect(&m_office, &OfficeStore::tasksArrived, this, &SignIn::announceArrivals);
    connect(&m_office, &OfficeStore::visitorsArrived, this, &SignIn::announceVisitors);
    connect(&m_office, &OfficeStore::lettersArrived, this, &SignIn::announceLetters);
}

Role SignIn::role() const
{
    return m_people.me().id.isEmpty() ? Role::Unknown : m_people.me().role;
}

QString SignIn::lastServer() const
{
    return QSettings(m_file, QSettings::IniFormat).value(QStringLiteral("last/server")).toString();
}

QString SignIn::lastUser() const
{
    return QSettings(m_file, QSettings::IniFormat).value(QStringLiteral("last/user")).toString();
}

void SignIn::setBusy(bool busy)
{
    m_busy = busy;
    Q_EMIT busyChanged();
}

void SignIn::closeOffice()
{
    m_people.clear();
    m_arrivals.clear();
    m_visitors.clear();
    m_letters.clear();
    m_office.close();
}

void SignIn::startDemo(Role role)
{
    const char *handle = role == Role::Director        ? DemoOffice::director
                         : role == Role::OfficeManager ? DemoOffice::officeManager
                         : role == Role::Staff         ? DemoOffice::staff
                                                       : DemoOffice::assistant;
    try {
        closeOffice();
        m_office.openDemo();
        m_people.identify(PeopleRepo(*m_office.store()).resolve(QLatin1String(handle)).id);
    } catch (const Error &e) {
        closeOffice();
        Q_EMIT sessionChanged();
        Q_EMIT loginFailed(e.message());
        return;
    }
    saveSession();
    Q_EMIT sessionChanged();
    m_office.reloadViews();
}

QString SignIn::loginFailureText(client::SyncClient::LoginFailure failure, const QString &detail)
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

namespace {
// "127.0.0.1:8080/" as "http://127.0.0.1:8080": how a server's address is kept and
// compared (QUrl writes scheme and host in lower case).
QString serverUrlOf(const QString &typed)
{
    QString text = typed.trimmed();
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("http://"));
    QUrl url(text);
    if (url.path() == QStringLiteral("/"))
        url.setPath(QString()); // StripTrailingSlash leaves a lone "/"
    return url.adjusted(QUrl::StripTrailingSlash).toString();
}
} // namespace

void SignIn::login(const QString &serverUrl, const QString &user, const QString &password)
{
    const QString url = serverUrlOf(serverUrl);
    try {
        closeOffice();
        m_office.openOnServer();
    } catch (const Error &e) {
        closeOffice();
        Q_EMIT loginFailed(e.message()); // a damaged store, or one of a newer release
        return;
    }
    setBusy(true);
    const QString device = QSysInfo::machineHostName().isEmpty()
                               ? QStringLiteral("Spil app")
                               : QStringLiteral("Spil on %1").arg(QSysInfo::machineHostName());
    client::SyncClient *sync = m_office.syncClient();
    sync->login(url, user.trimmed(), password, device,
                [this, sync, url, user](const QString &error) {
                    setBusy(false);
                    if (!error.isEmpty()) {
                        const QString reason = loginFailureText(sync->lastLoginFailure(), error);
                        // This runs inside the sync client's own reply handler: close it on the
                        // next turn.
                        QMetaObject::invokeMethod(
                            this,
                            [this, reason] {
                                closeOffice();
                                Q_EMIT sessionChanged();
                                Q_EMIT loginFailed(reason);
                            },
                            Qt::QueuedConnection);
                        return;
                    }
                    saveSession();
                    QSettings settings(m_file, QSettings::IniFormat);
                    settings.setValue(QStringLiteral("last/server"), url);
                    settings.setValue(QStringLiteral("last/user"), user.trimmed());
                    resume();
                });
}

bool SignIn::resumeAs(const QString &serverUrl, const QString &user)
{
    const QSettings settings(m_file, QSettings::IniFormat);
    return settings.value(QStringLiteral("session/kind")).toString() == QStringLiteral("server") &&
           serverUrlOf(lastServer()) == serverUrlOf(serverUrl) && lastUser() == user.trimmed() &&
           resume();
}

void SignIn::signInAt(const QString &serverUrl, const QString &user, const QString &password)
{
    if (!resumeAs(serverUrl, user))
        return login(serverUrl, user, password);
    if (password.isEmpty())
        return;
    // The session held may have been ended by the server (a token revoked): the password
    // given signs in anew, once.
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(this, &SignIn::loginFailed, this, [this, once, serverUrl, user, password] {
        disconnect(*once);
        if (!m_office.isOpen())
            login(serverUrl, user, password);
    });
}

bool SignIn::resume()
{
    QSettings settings(m_file, QSettings::IniFormat);
    const QString kind = settings.value(QStringLiteral("session/kind")).toString();
    if (kind == QStringLiteral("demo")) {
        startDemo(fromText<Role>(settings.value(QStringLiteral("session/role")).toString())
                      .value_or(Role::Assistant));
        return true;
    }
    if (kind != QStringLiteral("server") || !m_office.hasServerStore())
        return false;
    try {
        if (!m_office.isOpen() || m_office.demo()) {
            closeOffice();
            m_office.openOnServer();
        }
    } catch (const Error &e) {
        qWarning("spil: cannot open this device's store: %s", qPrintable(e.message()));
        closeOffice();
        return false; // the first-start page, with the store left as it is
    }
    client::SyncClient *sync = m_office.syncClient();
    const auto login = sync->engine().login();
    if (!login) {
        closeOffice();
        return false;
    }
    // Before the first pull the store has no people yet: who this is follows once synced.
    m_people.identify(login->personId);
    // Resumed twice, the office is the same: its client must not tell this twice.
    disconnect(sync, nullptr, this, nullptr);
    // The server ended the session (token expired or revoked): back to the first-start page,
    // the store and its waiting changes kept for when the same user signs in again.
    connect(sync, &client::SyncClient::stateChanged, this,
            [this, sync](client::SyncClient::State state) {
                if (state != client::SyncClient::State::LoggedOut || m_busy)
                    return;
                QMetaObject::invokeMethod(
                    this,
                    [this, sync] {
                        // Closed meanwhile (signed out, another sign-in): that store is not this
                        // one.
                        if (!m_office.isOpen() || m_office.syncClient() != sync)
                            return;
                        // Waiting changes keep the store for the same user's next sign-in; without
                        // any, it goes, so that anyone may sign in on this device.
                        const bool keep = sync->pendingChanges() > 0;
                        closeOffice();
                        if (!keep)
                            m_office.removeServerStore();
                        Q_EMIT sessionChanged();
                        Q_EMIT loginFailed(tr("The server ended this device's session. Sign in "
                                              "again: nothing on this device is lost."));
                    },
                    Qt::QueuedConnection);
            });
    connect(sync, &client::SyncClient::synced, this, [this, person = login->personId] {
        if (!m_people.me().id.isEmpty() || !m_people.identify(person))
            return;
        TaskRepo(*m_office.store()).markAllSeen();
        Q_EMIT sessionChanged();
        m_office.reloadViews();
    });
    Q_EMIT sessionChanged();
    sync->startWatching();
    sync->syncNow();
    m_office.reloadViews();
    return true;
}

void SignIn::saveSession()
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(QStringLiteral("session/kind"),
                      m_office.demo() ? QStringLiteral("demo") : QStringLiteral("server"));
    settings.setValue(QStringLiteral("session/role"), toText(role()));
}

bool SignIn::logout()
{
    if (m_busy)
        return true; // already signing out
    client::SyncClient *sync = m_office.syncClient();
    if (sync && sync->pendingChanges() > 0)
        return false;
    if (sync) {
        // The store closes once the server has revoked the token (or could not be asked).
        setBusy(true);
        connect(sync, &client::SyncClient::loggedOut, this, [this] {
            QMetaObject::invokeMethod(this, &SignIn::finishLogout, Qt::QueuedConnection);
        });
        sync->logout();
        return true;
    }
    finishLogout();
    return true;
}

void SignIn::finishLogout()
{
    setBusy(false);
    const bool demo = m_office.demo();
    closeOffice();
    if (!demo)
        m_office.removeServerStore();
    QSettings(m_file, QSettings::IniFormat).remove(QStringLiteral("session"));
    Q_EMIT sessionChanged();
}

void SignIn::announceArrivals(const QStringList &taskIds)
{
    m_people.reload();
    if (m_people.me().id.isEmpty())
        return;
    for (const Task &task : m_arrivals.take(*m_office.store(), taskIds, m_people.me().id))
        Q_EMIT taskArrived(task.id, task.title, m_people.nameOf(task.delegatedBy));
    m_office.reloadViews();
}

void SignIn::announceVisitors(const QStringList &visitorIds)
{
    m_people.reload();
    const QString me = m_people.me().id;
    if (me.isEmpty())
        return;
    for (const Visitor &v : m_visitors.take(*m_office.store(), visitorIds, me))
        Q_EMIT visitorArrived(v.name, v.host == me ? QString() : m_people.nameOf(v.host));
}

void SignIn::announceLetters(const QStringList &letterIds)
{
    const QString me = m_people.me().id;
    if (me.isEmpty() || !m_office.store())
        return;
    for (const LetterAnswer &a : m_letters.take(*m_office.store(), letterIds, me))
        Q_EMIT letterAnswered(a.letter.id, a.letter.subject, m_people.nameOf(a.letter.owner),
                              a.approved, a.approved ? QString() : a.letter.comment);
}

} // namespace spil::qml
