// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppServices.h"

#include <QJSEngine>

namespace spil::app {

namespace {
AppServices *s_instance = nullptr;
} // namespace

AppServices::AppServices(const Clock &clock, const QString &dataDir, const QString &localZone,
                         QObject *parent)
    : QObject(parent), m_office(new OfficeStore(clock, dataDir, localZone, this)),
      m_people(new PeopleDirectory(*m_office, this)),
      m_signIn(new SignIn(*m_office, *m_people, dataDir, this))
{
    s_instance = this;
    connect(m_signIn, &SignIn::sessionChanged, this, &AppServices::sessionChanged);
    connect(m_signIn, &SignIn::busyChanged, this, &AppServices::busyChanged);
    connect(m_signIn, &SignIn::loginFailed, this, &AppServices::loginFailed);
    connect(m_signIn, &SignIn::taskArrived, this, &AppServices::taskArrived);
    connect(m_people, &PeopleDirectory::agendaPersonChanged, this,
            &AppServices::agendaPersonChanged);
    connect(m_office, &OfficeStore::dataChanged, this, &AppServices::dataChanged);
    connect(m_office, &OfficeStore::actionFailed, this, &AppServices::actionFailed);
}

AppServices::~AppServices()
{
    // Sign-in and the directory read the office, whose sync client may still signal while
    // it goes: they go first.
    delete m_signIn;
    delete m_people;
    delete m_office;
    if (s_instance == this)
        s_instance = nullptr;
}

AppServices *AppServices::create(QQmlEngine *, QJSEngine *)
{
    // main() owns the services; the engine must not delete them.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString AppServices::nameOf(const QString &personIdOrName) const
{
    return m_people->nameOf(personIdOrName);
}

void AppServices::login(const QString &serverUrl, const QString &user, const QString &password)
{
    m_signIn->login(serverUrl, user, password);
}

void AppServices::startDemo(const QString &role)
{
    m_signIn->startDemo(role);
}

void AppServices::refresh()
{
    if (m_office->syncClient())
        m_office->refresh();
    else
        refreshViews();
}

bool AppServices::logout()
{
    return m_signIn->logout();
}

bool AppServices::resume()
{
    return m_signIn->resume();
}

void AppServices::refreshViews()
{
    m_people->reload();
    m_office->refreshViews();
}

} // namespace spil::app
