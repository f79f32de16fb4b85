// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/shell/App.h"

#include <QJSEngine>

namespace spil::qml {

namespace {
App *s_instance = nullptr;
} // namespace

App::App(const Clock &clock, const QString &dataDir, const QString &localZone, QObject *parent)
    : QObject(parent), m_office(new OfficeStore(clock, dataDir, localZone, this)),
      m_people(new PeopleDirectory(*m_office, this)),
      m_signIn(new SignIn(*m_office, *m_people, dataDir, this))
{
    s_instance = this;
    connect(m_signIn, &SignIn::sessionChanged, this, &App::sessionChanged);
    connect(m_signIn, &SignIn::busyChanged, this, &App::busyChanged);
    connect(m_signIn, &SignIn::loginFailed, this, &App::loginFailed);
    connect(m_signIn, &SignIn::taskArrived, this, &App::taskArrived);
    connect(m_signIn, &SignIn::visitorArrived, this, &App::visitorArrived);
    connect(m_signIn, &SignIn::letterAnswered, this, &App::letterAnswered);
    connect(m_people, &PeopleDirectory::agendaPersonChanged, this, &App::agendaPersonChanged);
    connect(m_people, &PeopleDirectory::agendaPersonChanged, this, &App::bookingRightsChanged);
    connect(m_signIn, &SignIn::sessionChanged, this, &App::bookingRightsChanged);
    connect(m_office, &OfficeStore::actionFailed, this, &App::actionFailed);
}

App::~App()
{
    // Sign-in and the directory read the office, whose sync client may still signal while
    // it goes: they go first.
    delete m_signIn;
    delete m_people;
    delete m_office;
    if (s_instance == this)
        s_instance = nullptr;
}

App *App::create(QQmlEngine *, QJSEngine *)
{
    // main() owns the services; the engine must not delete them.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString App::nameOf(const QString &personIdOrName) const
{
    return m_people->nameOf(personIdOrName);
}

void App::login(const QString &serverUrl, const QString &user, const QString &password)
{
    m_signIn->login(serverUrl, user, password);
}

void App::startDemo(Role role)
{
    m_signIn->startDemo(role);
}

void App::refresh()
{
    if (m_office->syncClient())
        m_office->refresh();
    else
        reloadViews();
}

bool App::logout()
{
    return m_signIn->logout();
}

bool App::resume()
{
    return m_signIn->resume();
}

void App::signInAt(const QString &serverUrl, const QString &user, const QString &password)
{
    m_signIn->signInAt(serverUrl, user, password);
}

void App::reloadViews()
{
    m_people->reload();
    m_office->reloadViews();
}

} // namespace spil::qml
