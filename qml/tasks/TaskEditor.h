// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tasks/Task.h"
#include "qml/shell/OfficeView.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One task opened from a list: change what it says, who does it, when it is due, urgent;
// or delete it. Handing one's own task to someone else makes the user its delegator.
class TaskEditor : public OfficeView {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString taskId READ taskId WRITE setTaskId NOTIFY changed)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString notes READ notes NOTIFY changed)
    Q_PROPERTY(QString assigneeId READ assigneeId NOTIFY changed)
    Q_PROPERTY(bool urgent READ urgent NOTIFY changed)
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    // The contact the task is about (empty: none).
    Q_PROPERTY(QString contactId READ contactId NOTIFY changed)
    Q_PROPERTY(QString contactName READ contactName NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit TaskEditor(QObject *parent = nullptr);
    TaskEditor(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);

    QString taskId() const { return m_taskId; }
    void setTaskId(const QString &id);
    bool found() const { return m_found; }
    QString title() const { return m_title; }
    QString contactId() const { return m_contactId; }
    QString contactName() const { return m_contactName; }
    QString notes() const { return m_notes; }
    QString assigneeId() const { return m_assigneeId; }
    bool urgent() const { return m_urgent; }
    QString dueText() const { return m_dueText; }
    QString error() const { return m_error; }

    Q_INVOKABLE bool save(const QString &title, const QString &notes, const QString &assigneeId,
                          spil::TaskDue due, bool urgent);
    Q_INVOKABLE bool remove();
    // Reads the task again: the sheet shows what the store holds now, not at the last opening.
    void reload() override;

Q_SIGNALS:
    void changed();

private:
    QString m_taskId, m_title, m_notes, m_assigneeId, m_dueText, m_error;
    QString m_contactId, m_contactName;
    // What the record holds, where the page shows fuller words (MeetingTasks.h).
    QString m_storedTitle, m_storedNotes;
    bool m_found = false;
    bool m_urgent = false;
};

} // namespace spil::qml
