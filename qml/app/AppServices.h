// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/SyncStatus.h"
#include "client/SyncClient.h"
#include "people/Person.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace spil {
class Clock;
class Database;
} // namespace spil

namespace spil::app {

// What the pages share: the session (who uses this device, with which store), the store,
// the sync client and the clock. main() builds one and QML reaches it as the App
// singleton; models find it through instance(). A session is either an office on a
// spil-server (the store is kept in sync) or the demo office (offline, in its own store).
class AppServices : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(bool ready READ ready NOTIFY sessionChanged)
    Q_PROPERTY(bool demo READ demo NOTIFY sessionChanged)
    Q_PROPERTY(QString role READ role NOTIFY sessionChanged)
    // Signed in to a server as an admin (as the server said at sign-in).
    Q_PROPERTY(bool admin READ admin NOTIFY sessionChanged)
    Q_PROPERTY(QString personId READ personId NOTIFY sessionChanged)
    Q_PROPERTY(QString personName READ personName NOTIFY sessionChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY sessionChanged)
    // What the first-start page offers again: the server and user of the last sign-in.
    Q_PROPERTY(QString lastServer READ lastServer NOTIFY sessionChanged)
    Q_PROPERTY(QString lastUser READ lastUser NOTIFY sessionChanged)
    // Whose agenda the agenda pages show: one's own, or an assistant's principal.
    Q_PROPERTY(QString agendaPersonId READ agendaPersonId WRITE setAgendaPersonId NOTIFY
                   agendaPersonChanged)
    Q_PROPERTY(QString localZone READ localZoneId NOTIFY sessionChanged)
    Q_PROPERTY(SyncStatus *sync READ sync CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int revision READ revision NOTIFY dataChanged)

public:
    // dataDir holds the stores and the session file; localZone is where the device is
    // (empty: the system's zone).
    AppServices(const Clock &clock, const QString &dataDir, const QString &localZone = {},
                QObject *parent = nullptr);
    ~AppServices() override;

    static AppServices *instance();
    static AppServices *create(QQmlEngine *, QJSEngine *);

    bool ready() const { return m_db != nullptr; }
    bool demo() const { return m_demo; }
    QString role() const;
    bool admin() const;
    QString personId() const { return m_me.id; }
    QString personName() const { return m_me.name; }
    QString serverUrl() const;
    QString lastServer() const;
    QString lastUser() const;
    QString agendaPersonId() const { return m_agendaPerson; }
    void setAgendaPersonId(const QString &id);
    QString localZoneId() const;
    QTimeZone localZone() const { return m_localZone; }
    SyncStatus *sync() const { return m_syncStatus; }
    bool busy() const { return m_busy; }
    int revision() const { return m_revision; }

    // For models: the open store (nullptr before a session), the clock, people by id.
    Database *store() const { return m_db.get(); }
    client::SyncClient *syncClient() const { return m_sync.get(); }
    const Clock &clock() const { return m_clock; }
    const Person &me() const { return m_me; }
    Q_INVOKABLE QString nameOf(const QString &personIdOrName) const;
    QString firstNameOf(const QString &personIdOrName) const;
    // Models reload (a change that stays on this device, such as tasks seen).
    void refreshViews();
    const QHash<QString, Person> &people() const { return m_people; }
    // After a user action committed to the store: models reload, the change goes up.
    void changed();
    // Runs a user action on the store; a refusal or a store error is reported through
    // actionFailed instead of escaping into QML. Returns the reason, empty when it went
    // through.
    QString act(const std::function<void(Database &)> &action);

    Q_INVOKABLE void login(const QString &serverUrl, const QString &user, const QString &password);
    // What a failed sign-in tells the user, in their language, with what to do about it.
    static QString loginFailureText(client::SyncClient::LoginFailure failure,
                                    const QString &detail);
    // role: director, assistant or office-manager.
    Q_INVOKABLE void startDemo(const QString &role);
    // Pull to refresh: sync now (online) or reload (demo).
    Q_INVOKABLE void refresh();
    // Ends the session; refused (returns false) while changes still wait to go up.
    Q_INVOKABLE bool logout();
    // Opens the session this device had last time, if any.
    bool resume();

Q_SIGNALS:
    void sessionChanged();
    void agendaPersonChanged();
    void busyChanged();
    void dataChanged();
    void loginFailed(const QString &reason);
    void actionFailed(const QString &reason);
    // A task someone handed over reached this device.
    void taskArrived(const QString &title, const QString &from);

private:
    void openStore(const QString &file, bool demo);
    void closeStore();
    void finishLogout();
    bool identify(const QString &personId);
    void reloadPeople();
    void onRecordsArrived(const QStringList &newTaskIds);
    void saveSession();
    QString storePath(bool demo) const;

    const Clock &m_clock;
    QString m_dataDir;
    QTimeZone m_localZone;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<client::SyncClient> m_sync;
    SyncStatus *m_syncStatus;
    Person m_me;
    QHash<QString, Person> m_people;
    QSet<QString> m_announced;
    QString m_agendaPerson;
    bool m_demo = false;
    bool m_busy = false;
    int m_revision = 0;
};

} // namespace spil::app
