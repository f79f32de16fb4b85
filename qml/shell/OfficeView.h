// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/OfficeLink.h"

#include <QObject>
#include <QQmlParserStatus>

namespace spil::qml {

// Base of the view models that are not lists (a form, one appointment, one task): the
// office and people they read, as OfficeLink tells. RowListModel is the same for lists.
class OfficeView : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(spil::qml::OfficeStore *office READ office WRITE setOffice NOTIFY linkChanged)
    Q_PROPERTY(spil::qml::PeopleDirectory *people READ people WRITE setPeople NOTIFY linkChanged)

public:
    explicit OfficeView(QObject *parent = nullptr) : QObject(parent) {}

    OfficeStore *office() const { return m_link.office(); }
    void setOffice(OfficeStore *office)
    {
        if (m_link.setOffice(office))
            Q_EMIT linkChanged();
    }
    PeopleDirectory *people() const { return m_link.people(); }
    void setPeople(PeopleDirectory *people)
    {
        if (m_link.setPeople(people))
            Q_EMIT linkChanged();
    }
    void classBegin() override { m_link.classBegin(); }
    void componentComplete() override { m_link.componentComplete(); }

public Q_SLOTS:
    // Reads what the view shows again.
    virtual void reload() = 0;

Q_SIGNALS:
    void linkChanged();

protected:
    // For the constructors that take the parts (C++): after the model is whole.
    void link(OfficeStore *office, PeopleDirectory *people)
    {
        m_link.link(office, people);
        Q_EMIT linkChanged();
    }
    // An office is open, and the view has both parts: something to read.
    bool open() const { return m_link.open(); }
    OfficeLink m_link{this, [this] { reload(); }};
};

} // namespace spil::qml
