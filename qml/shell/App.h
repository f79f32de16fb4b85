// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/OfficeStore.h"
#include "qml/shell/PeopleDirectory.h"
#include "qml/shell/SignIn.h"
#include "qml/shell/SyncStatus.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace spil::qml {

// The App singleton: what the pages bind to, composed of the parts that do the work: the
// office this device holds (OfficeStore: store, sync, clock), its people (PeopleDirectory)
// and who signed in with which office (SignIn). main() builds one; view models get the
// parts they use where they are declared: TaskListModel { office: App.office; people:
// App.people }.
class App : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(spil::qml::OfficeStore *office READ office CONSTANT)
    Q_PROPERTY(spil::qml::PeopleDirectory *people READ people CONSTANT)
    Q_PROPERTY(bool ready READ ready NOTIFY sessionChanged)
    Q_PROPERTY(bool demo READ demo NOTIFY sessionChanged)
    // Person.Unknown before anyone is known (the first pull has not brought them yet).
    Q_PROPERTY(spil::PersonEnums::Role role READ role NOTIFY sessionChanged)
    // Signed in to a server as an admin (as the server said at sign-in).
    Q_PROPERTY(bool admin READ admin NOTIFY sessionChanged)
    Q_PROPERTY(QString personId READ personId NOTIFY sessionChanged)
    Q_PROPERTY(QString personName READ personName NOTIFY sessionChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY sessionChanged)
    Q_PROPERTY(QString lastServer READ lastServer NOTIFY sessionChanged)
    Q_PROPERTY(QString lastUser READ lastUser NOTIFY sessionChanged)
    // Whose agenda the agenda pages show: one's own, or an assistant's principal.
    Q_PROPERTY(QString agendaPersonId READ agendaPersonId WRITE setAgendaPersonId NOTIFY
                   agendaPersonChanged)
    Q_PROPERTY(QString agendaPersonName READ agendaPersonName NOTIFY agendaPersonChanged)
    // Whether one may book in the agenda shown, as the server lets one write it: one's own,
    // a principal's, or as the office manager. Staff see a director's day but do not book
    // in it (a request asks for the director's time).
    Q_PROPERTY(bool canBook READ canBook NOTIFY bookingRightsChanged)
    Q_PROPERTY(QString localZone READ localZone NOTIFY sessionChanged)
    Q_PROPERTY(SyncStatus *sync READ sync CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    // dataDir holds the stores and the session file; localZone is where the device is
    // (empty: the system's zone).
    App(const Clock &clock, const QString &dataDir, const QString &localZone = {},
        QObject *parent = nullptr);
    ~App() override;

    // For the QML engine only: the one main() built.
    static App *create(QQmlEngine *, QJSEngine *);

    OfficeStore *office() const { return m_office; }
    PeopleDirectory *people() const { return m_people; }
    SignIn *signIn() const { return m_signIn; }

    bool ready() const { return m_office->isOpen(); }
    bool demo() const { return m_office->demo(); }
    Role role() const { return m_signIn->role(); }
    bool admin() const { return m_office->admin(); }
    QString personId() const { return m_people->me().id; }
    QString personName() const { return m_people->me().name; }
    QString serverUrl() const { return m_office->serverUrl(); }
    QString lastServer() const { return m_signIn->lastServer(); }
    QString lastUser() const { return m_signIn->lastUser(); }
    QString agendaPersonId() const { return m_people->agendaPersonId(); }
    bool canBook() const { return m_people->writesAgendaOf(agendaPersonId()); }
    void setAgendaPersonId(const QString &id) { m_people->setAgendaPersonId(id); }
    QString agendaPersonName() const { return m_people->agendaPersonName(); }
    QString localZone() const { return m_office->localZoneId(); }
    SyncStatus *sync() const { return m_office->status(); }
    bool busy() const { return m_signIn->busy(); }

    Q_INVOKABLE QString nameOf(const QString &personIdOrName) const;
    Q_INVOKABLE void login(const QString &serverUrl, const QString &user, const QString &password);
    Q_INVOKABLE void startDemo(spil::PersonEnums::Role role);
    // Pull to refresh: sync now (online) or read everything again (demo).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE bool logout();
    bool resume();
    // See SignIn::signInAt.
    void signInAt(const QString &serverUrl, const QString &user, const QString &password);
    // Everything read again: people and every view (after the store changed underneath).
    void reloadViews();

Q_SIGNALS:
    void sessionChanged();
    void agendaPersonChanged();
    void bookingRightsChanged();
    void busyChanged();
    void loginFailed(const QString &reason);
    void actionFailed(const QString &reason);
    void taskArrived(const QString &taskId, const QString &title, const QString &from);
    // "X has arrived": host is empty when the visitor is the user's own.
    void visitorArrived(const QString &name, const QString &host);
    // See SignIn::letterAnswered.
    void letterAnswered(const QString &letterId, const QString &subject, const QString &director,
                        bool approved, const QString &comment);

private:
    OfficeStore *m_office;
    PeopleDirectory *m_people;
    SignIn *m_signIn;
};

} // namespace spil::qml
