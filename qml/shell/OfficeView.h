// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/OfficeLink.h"

#include <QObject>
#include <QQmlParserStatus>

namespace spil::qml {

// Base of the view models that are not lists (a form, one appointment, one task): the
// office and people they read, as OfficeLink tells. RowListModel is the same for lists.
class OfficeView : public QObject, public OfficeLinked<OfficeView> {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(spil::qml::OfficeStore *office READ office WRITE setOffice NOTIFY linkChanged)
    Q_PROPERTY(spil::qml::PeopleDirectory *people READ people WRITE setPeople NOTIFY linkChanged)

public:
    explicit OfficeView(QObject *parent = nullptr) : QObject(parent), OfficeLinked(this) {}

public Q_SLOTS:
    // Reads what the view shows again.
    virtual void reload() = 0;

Q_SIGNALS:
    void linkChanged();
};

} // namespace spil::qml
