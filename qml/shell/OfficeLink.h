// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/OfficeStore.h"
#include "qml/shell/PeopleDirectory.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace spil::qml {

// The two parts of the app a view model reads, handed to it where it is declared, as KDE
// Itinerary hands its managers to its models:
//     TaskListModel { office: App.office; people: App.people }
// or to its constructor in C++. The model reads once both are set (declared in QML: once
// QML has set its other properties too) and again whenever what it watches changes. The
// bases of the view models (RowListModel, OfficeView) hold one and offer it as properties.
class OfficeLink {
public:
    enum Watch {
        Nothing = 0,
        Data = 1,        // the office's data (every action, every sync, a session's change)
        AgendaPerson = 2 // whose agenda the pages show
    };
    OfficeLink(QObject *model, std::function<void()> reload) : m_model(model), m_reload(reload) {}
    void watch(int what) { m_watch = what; }

    OfficeStore *office() const { return m_office; }
    PeopleDirectory *people() const { return m_people; }
    // Both are there and an office is open: there is something to read.
    bool open() const { return m_office && m_people && m_office->isOpen(); }

    // Each returns whether it changed anything.
    bool setOffice(OfficeStore *office)
    {
        if (office == m_office)
            return false;
        QObject::disconnect(m_data);
        m_office = office;
        if (office && (m_watch & Data))
            m_data = QObject::connect(office, &OfficeStore::storeChanged, m_model, m_reload);
        reloadIfComplete();
        return true;
    }
    bool setPeople(PeopleDirectory *people)
    {
        if (people == m_people)
            return false;
        QObject::disconnect(m_agenda);
        m_people = people;
        if (people && (m_watch & AgendaPerson))
            m_agenda =
                QObject::connect(people, &PeopleDirectory::agendaPersonChanged, m_model, m_reload);
        reloadIfComplete();
        return true;
    }

    // Both at once, read once: how C++ (a test, a benchmark) hands them over.
    void link(OfficeStore *office, PeopleDirectory *people)
    {
        const bool complete = m_complete;
        m_complete = false;
        setOffice(office);
        setPeople(people);
        m_complete = complete;
        reloadIfComplete();
    }

    // QQmlParserStatus, through the model: no reading until QML has set everything.
    void classBegin() { m_complete = false; }
    void componentComplete()
    {
        m_complete = true;
        m_reload();
    }

private:
    void reloadIfComplete()
    {
        if (m_complete)
            m_reload();
    }

    QObject *m_model;
    std::function<void()> m_reload;
    int m_watch = Nothing;
    QPointer<OfficeStore> m_office;
    QPointer<PeopleDirectory> m_people;
    QMetaObject::Connection m_data, m_agenda;
    bool m_complete = true;
};

} // namespace spil::qml
