// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One appointment bumped this week: where it was, where it is, and for what.
struct BumpedRow {
    Q_GADGET
    Q_PROPERTY(QString appointmentId MEMBER id)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString wasText MEMBER wasText) // "Wed 2 Dec 11:00"
    Q_PROPERTY(QString nowText MEMBER nowText) // "Tue 8 Dec 10:00"
    Q_PROPERTY(QString forText MEMBER forText) // "for Reorganisatie: gesprek met HR"
    Q_PROPERTY(double startUtc MEMBER startUtc)
public:
    QString id, title, wasText, nowText, forText;
    double startUtc = 0;
    bool operator==(const BumpedRow &) const = default;
};

// What was moved this week (Monday to Sunday where the device is) in the agenda the pages
// show to make room for something more important, the latest bump first.
class BumpedThisWeekModel : public RowList<BumpedRow> {
    Q_OBJECT
    QML_ELEMENT
public:
    explicit BumpedThisWeekModel(QObject *parent = nullptr);
    BumpedThisWeekModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

private:
    using Row = BumpedRow;
};

} // namespace spil::qml
