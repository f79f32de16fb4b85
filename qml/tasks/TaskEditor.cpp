// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/tasks/TaskEditor.h"

#include "core/common/Clock.h"
#include "core/contacts/ContactRepo.h"
#include "core/meetings/MeetingTasks.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

namespace spil::qml {

TaskEditor::TaskEditor(QObject *parent) : OfficeView(parent) {}

TaskEditor::TaskEditor(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : TaskEditor(parent)
{
    link(office, people);
}

void TaskEditor::setTaskId(const QString &id)
{
    if (id == m_taskId)
        return;
    m_taskId = id;
    reload();
}

void TaskEditor::reload()
{
    m_found = false;
    m_title.clear();
    m_notes.clear();
    m_assigneeId.clear();
    m_dueText.clear();
    m_contactId.clear();
    m_contactName.clear();
    m_urgent = false;
    m_error.clear();
    if (open() && !m_taskId.isEmpty()) {
        readGuarded("TaskEditor", [&] {
            const auto task = TaskRepo(*office()->store()).byId(m_taskId);
            if (!task)
                return;
            m_found = true;
            m_title = task->title;
            m_notes = task->notes;
            m_storedTitle = task->title;
            m_storedNotes = task->notes;
            // A task for a paper or an action whose record keeps quiet about its item.
            if (task->source == TaskSource::Meeting) {
                if (const auto words = meetingTaskWords(*office()->store(), m_taskId)) {
                    m_title = words->title;
                    m_notes = words->notes;
                }
            }
            m_assigneeId = task->assignee;
            m_contactId = task->contactId;
            if (const auto contact = ContactRepo(*office()->store()).byId(task->contactId))
                m_contactName = contact->name;
            m_urgent = task->urgent;
            const QTimeZone here = office()->localZone();
            m_dueText = task->dueUtc < 0
                            ? QString()
                            : display::dueWithHome(task->dueUtc, office()->clock().nowMs(), here,
                                                   people()->homeZone(here));
        });
    }
    Q_EMIT changed();
}

bool TaskEditor::save(const QString &title, const QString &notes, const QString &assigneeId,
                      TaskDue due, bool urgent)
{
    if (!office() || !people())
        return false;
    if (title.trimmed().isEmpty()) {
        m_error = tr("What is the task?");
        Q_EMIT changed();
        return false;
    }
    TaskChange change{.urgent = urgent};
    // Words shown but not stored go back to the record only when the user changed them:
    // saving the due time must not write an item's title where those it is closed to read.
    if (title.trimmed() != m_title || m_title == m_storedTitle)
        change.title = title.trimmed();
    if (notes != m_notes || m_notes == m_storedNotes)
        change.notes = notes;
    change.dueUtc = spil::dueFor(due, office()->clock().nowMs(), office()->localZone(),
                                 people()->me().workEndMin);
    const bool handsOn = !assigneeId.isEmpty() && assigneeId != m_assigneeId;
    const QString error = office()->act([&](Database &db) {
        if (handsOn)
            TaskRepo(db).handTo(m_taskId, assigneeId, people()->me().id, change);
        else
            TaskRepo(db).update(m_taskId, change);
    });
    reload();
    m_error = error;
    Q_EMIT changed();
    return error.isEmpty();
}

bool TaskEditor::remove()
{
    if (!office() || !people())
        return false;
    const QString error = office()->act([&](Database &db) { TaskRepo(db).remove(m_taskId); });
    reload();
    m_error = error;
    Q_EMIT changed();
    return error.isEmpty();
}

} // namespace spil::qml
