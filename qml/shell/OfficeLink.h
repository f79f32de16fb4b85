// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/OfficeStore.h"
#include "qml/shell/PeopleDirectory.h"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
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

// What the bases of the view models (RowListModel, OfficeView) share: the link and the
// accessors their `office` and `people` properties use. Model is the QObject deriving from
// it, with a linkChanged signal and a virtual reload(); moc wants the properties declared
// in each of them, the rest is here once.
template <class Model> class OfficeLinked : public QQmlParserStatus {
public:
    OfficeStore *office() const { return m_link.office(); }
    void setOffice(OfficeStore *office)
    {
        if (m_link.setOffice(office))
            Q_EMIT model()->linkChanged();
    }
    PeopleDirectory *people() const { return m_link.people(); }
    void setPeople(PeopleDirectory *people)
    {
        if (m_link.setPeople(people))
            Q_EMIT model()->linkChanged();
    }
    void classBegin() override { m_link.classBegin(); }
    void componentComplete() override { m_link.componentComplete(); }

protected:
    // The model's QObject: the context of the link's connections.
    explicit OfficeLinked(QObject *self) : m_link(self, [this] { model()->reload(); }) {}

    // For the constructors that take the parts (C++): after the model is whole.
    void link(OfficeStore *office, PeopleDirectory *people)
    {
        m_link.link(office, people);
        Q_EMIT model()->linkChanged();
    }
    // An office is open, and the model has both parts: there is something to read.
    bool open() const { return m_link.open(); }

    OfficeLink m_link;

private:
    Model *model() { return static_cast<Model *>(this); }
};

} // namespace spil::qml
