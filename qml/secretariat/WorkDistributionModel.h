// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/RowList.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One secretary's share of the work.
struct SecretaryLoadRow {
    Q_GADGET
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString directorsText MEMBER directorsText) // "Maarten Verhoeven, Ingrid Smit"
    Q_PROPERTY(int open MEMBER open)
    Q_PROPERTY(int overdue MEMBER overdue)
    Q_PROPERTY(int urgent MEMBER urgent)
    // Her open tasks due on Monday to Friday of this week, for the chart.
    Q_PROPERTY(QVariantList week MEMBER week)
public:
    QString personId, name, directorsText;
    int open = 0, overdue = 0, urgent = 0;
    QVariantList week;
    bool operator==(const SecretaryLoadRow &) const = default;
};

// The office manager's work distribution: per secretary her open, overdue and urgent tasks,
// the directors she serves and the week's load; a task reassigned with a tap, and undone.
class WorkDistributionModel : public RowList<SecretaryLoadRow> {
    Q_OBJECT
    QML_ELEMENT
    // The most tasks on one day of the week for anyone: the charts share their scale.
    Q_PROPERTY(int weekPeak READ weekPeak NOTIFY loaded)
    // Today's place in the week (0 Monday .. 4 Friday; -1 at the weekend), for the chart.
    Q_PROPERTY(int todayIndex READ todayIndex NOTIFY loaded)
    Q_PROPERTY(bool canReassign READ canReassign NOTIFY loaded)
    // What undoReassign() puts back, as a sentence; empty when there is nothing to undo.
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
public:
    explicit WorkDistributionModel(QObject *parent = nullptr);
    WorkDistributionModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    int weekPeak() const { return m_weekPeak; }
    int todayIndex() const { return m_todayIndex; }
    bool canReassign() const;
    QString undoText() const { return m_undoText; }

    // A secretary's open tasks, overdue and urgent first: {taskId, title, dueText, urgent,
    // overdue}. Read when her card opens, not with the view.
    Q_INVOKABLE QVariantList openTasksOf(const QString &personId) const;
    // The task goes to another secretary; false when refused. Remembered for undo.
    Q_INVOKABLE bool reassign(const QString &taskId, const QString &toPersonId);
    Q_INVOKABLE bool undoReassign();

Q_SIGNALS:
    void loaded();
    void undoChanged();

private:
    int m_weekPeak = 0;
    int m_todayIndex = -1;
    QString m_undoTask, m_undoTo, m_undoText;
};

} // namespace spil::qml
