// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/meetings/MeetingListModel.h"
#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One point of a meeting's agenda, with how many of its papers are in.
struct AgendaItemRow {
    Q_GADGET
    Q_PROPERTY(QString itemId MEMBER id)
    Q_PROPERTY(int number MEMBER number)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString presenter MEMBER presenter)     // a name, may be empty
    Q_PROPERTY(QString minutesText MEMBER minutesText) // "20 min"
    Q_PROPERTY(QString papersText MEMBER papersText)   // "Papers in: 1 of 2", or empty
    Q_PROPERTY(int late MEMBER late)                   // papers past due and not in
    Q_PROPERTY(QString closedText MEMBER closedText)   // "Closed to Joris Mulder", or empty
public:
    QString id;
    int number = 0;
    QString title, presenter, minutesText, papersText;
    int late = 0;
    QString closedText;
    bool operator==(const AgendaItemRow &) const = default;
};

// A meeting's agenda in order, each item with its papers in and late, and the meeting's
// "Papers in: 3 of 5". The meeting is an appointment, and for one of a series the
// occurrence's original start (occurrenceUtc, -1 otherwise).
class MeetingAgendaModel : public RowList<AgendaItemRow, MeetingListModel> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString whenText READ whenText NOTIFY loaded)
    // Abroad, the time at home: "home Amsterdam 14:00 – 15:30"; empty at home.
    Q_PROPERTY(QString homeWhenText READ homeWhenText NOTIFY loaded)
    Q_PROPERTY(QString papersText READ papersText NOTIFY loaded)
    Q_PROPERTY(int late READ late NOTIFY loaded)
public:
    explicit MeetingAgendaModel(QObject *parent = nullptr);
    MeetingAgendaModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);

    QString title() const { return m_title; }
    QString whenText() const { return m_whenText; }
    QString homeWhenText() const { return m_homeWhenText; }
    QString papersText() const { return m_papersText; }
    int late() const { return m_late; }

    void reload() override;

Q_SIGNALS:
    void loaded();

private:
    using Row = AgendaItemRow;
    QString m_title, m_whenText, m_homeWhenText, m_papersText;
    int m_late = 0;
};

} // namespace spil::qml
