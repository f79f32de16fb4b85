// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// The assistant's tasks: the inbox (new delegated tasks marked, urgent ones yellow), what
// she waits for from others, and the end-of-day review. On a tablet a task opens beside the
// list, and the capture form sits there while none is open.
Page {
    id: page
    objectName: "tasks"
    property int tab: 0
    readonly property bool wide: width >= Theme.wideBreakpoint
    background: Rectangle { color: Theme.background }

    header: ColumnLayout {
        spacing: 0
        PageHeader {
            title: qsTr("Tasks")
            // Both counts at once: a new task arriving must not hide how many are open.
            subtitle: qsTr("%n open", "", inbox.tasks.openCount)
                      + (inbox.tasks.newCount > 0 ? " · " + qsTr("%n new", "", inbox.tasks.newCount) : "")
            Layout.fillWidth: true
        }
        TabBar {
            id: tabs
            currentIndex: page.tab
            onCurrentIndexChanged: page.tab = currentIndex
            Layout.fillWidth: true
            TabButton { text: qsTr("Inbox"); height: Theme.touch }
            TabButton { text: qsTr("Waiting for"); height: Theme.touch }
            TabButton { text: qsTr("Day review"); height: Theme.touch }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        StackLayout {
            currentIndex: page.tab
            Layout.fillWidth: true
            Layout.fillHeight: true
            TaskList {
                id: inbox
                objectName: "inboxList"
                view: TaskListModel.Inbox
                selectedId: page.openTaskId
                onOpened: function(taskId) { page.openTask(taskId) }
                emptyTitle: qsTr("All done")
                emptyText: qsTr("Nothing waits for you. New tasks appear here the moment they are handed over.")
                onStruck: function(taskId, title) {
                    snackbar.show(qsTr("Struck off: %1").arg(title), qsTr("Undo"), function() { inbox.tasks.undo(taskId) })
                }
                onReopenAsked: function(taskId, title) { page.offerReopen(inbox.tasks, taskId, title) }
            }
            TaskList {
                view: TaskListModel.Waiting
                selectedId: page.openTaskId
                onOpened: function(taskId) { page.openTask(taskId) }
                emptyTitle: qsTr("Nothing outstanding")
                emptyText: qsTr("Tasks you hand over to others show here until they are done.")
            }
            TaskList {
                id: review
                objectName: "reviewList"
                view: TaskListModel.Review
                selectedId: page.openTaskId
                onOpened: function(taskId) { page.openTask(taskId) }
                header: Label {
                    // Never shorter while the review shows: a shorter sentence would move
                    // every row up under the thumb.
                    property real tallest: 0
                    Component.onCompleted: tallest = implicitHeight
                    onImplicitHeightChanged: tallest = review.visible ? Math.max(tallest, implicitHeight) : implicitHeight
                    height: visible ? Math.max(implicitHeight, tallest) : 0
                    width: review.width
                    padding: Theme.margin
                    visible: review.count > 0
                    text: review.tasks.openCount > 0
                          ? qsTr("%n still open at the end of the day. Strike off what is done; move the rest to the next working day.", "", review.tasks.openCount)
                          : qsTr("Everything is struck off or moved on. See you tomorrow.")
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                }
                emptyTitle: qsTr("A clean slate")
                emptyText: qsTr("Everything is done. See you tomorrow.")
                onStruck: function(taskId, title) {
                    snackbar.show(qsTr("Struck off: %1").arg(title), qsTr("Undo"), function() { review.tasks.undo(taskId) })
                }
                onReopenAsked: function(taskId, title) { page.offerReopen(review.tasks, taskId, title) }
                onPostponed: function(taskId, title, previousDue) {
                    snackbar.show(qsTr("Moved to the next working day: %1").arg(title), qsTr("Undo"),
                                  function() { review.tasks.setDue(taskId, previousDue) })
                }
            }
        }
        Rectangle { visible: page.wide; width: 1; Layout.fillHeight: true; color: Theme.divider }
        // The tablet's side pane: the task opened from the list, else a new task.
        Pane {
            objectName: "taskPane"
            visible: page.wide
            Layout.preferredWidth: 420
            Layout.fillHeight: true
            padding: Theme.margin * 1.5
            background: Rectangle { color: Theme.surface }
            Flickable {
                anchors.fill: parent
                contentHeight: paneColumn.implicitHeight
                clip: true
                ColumnLayout {
                    id: paneColumn
                    width: parent.width
                    spacing: Theme.gap
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: page.openTaskId !== "" ? qsTr("Task") : qsTr("New task")
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.DemiBold
                            color: Theme.text
                            Layout.fillWidth: true
                        }
                        ToolButton {
                            objectName: "closeTask"
                            visible: page.openTaskId !== ""
                            text: "✕"
                            Accessible.name: qsTr("Close")
                            onClicked: page.openTaskId = ""
                        }
                    }
                    TaskForm {
                        id: paneTask
                        objectName: "paneTask"
                        visible: page.openTaskId !== ""
                        taskId: page.openTaskId
                        Layout.fillWidth: true
                        onDone: page.openTaskId = ""
                        onDeleted: function(taskId, title) { page.offerRestore(taskId, title) }
                        onHanded: function(taskId, title, toId, fromId) { page.offerHandBack(taskId, title, toId, fromId) }
                    }
                    QuickCaptureForm {
                        visible: page.openTaskId === ""
                        Layout.fillWidth: true
                        onSaved: function(taskId, message) {
                            snackbar.show(message, qsTr("Open"), function() { page.openTask(taskId) })
                        }
                    }
                }
            }
        }
    }

    // The task opened in the side pane on a tablet ("": none, the pane offers a new task).
    property string openTaskId
    onWideChanged: if (!wide) openTaskId = ""

    // A tablet opens a task beside the list; a phone in a dialog over it.
    function openTask(taskId) {
        if (wide) {
            openTaskId = taskId
            paneTask.load()
            return
        }
        sheet.taskId = taskId
        sheet.open()
    }
    // Navigation elsewhere (another tab of this page included) closes the open task.
    function closeDetails() {
        sheet.close()
        openTaskId = ""
    }
    function offerRestore(taskId, title) {
        snackbar.show(qsTr("Deleted: %1").arg(title), qsTr("Undo"), function() { inbox.tasks.restore(taskId) })
    }
    // The task left this person's hands: say whose it is now; Undo gives it back to whoever
    // had it (a hand of this user, as the server requires, not an erasure of the first).
    function offerHandBack(taskId, title, toId, fromId) {
        if (fromId === "") {
            snackbar.show(qsTr("Handed to %1: %2").arg(App.people.firstNameOf(toId)).arg(title))
            return
        }
        snackbar.show(qsTr("Handed to %1: %2").arg(App.people.firstNameOf(toId)).arg(title), qsTr("Undo"),
                      function() { inbox.tasks.handTo(taskId, fromId) })
    }
    function offerReopen(tasks, taskId, title) {
        snackbar.show(qsTr("Done already: %1").arg(title), qsTr("Reopen"), function() { tasks.undo(taskId) })
    }

    Snackbar { id: snackbar; objectName: "tasksBar" }
    TaskSheet {
        id: sheet
        objectName: "taskSheet"
        parent: Overlay.overlay
        onDeleted: function(taskId, title) { page.offerRestore(taskId, title) }
        onHanded: function(taskId, title, toId, fromId) { page.offerHandBack(taskId, title, toId, fromId) }
    }

    // New tasks stand out until the inbox has been looked at and left.
    property bool inboxShown: false
    function leaveInbox() {
        if (inboxShown)
            inbox.tasks.markSeen()
        inboxShown = false
    }
    onTabChanged: if (tab !== 0) leaveInbox(); else if (visible) inboxShown = true
    onVisibleChanged: if (!visible) leaveInbox(); else if (tab === 0) inboxShown = true
    Component.onCompleted: inboxShown = visible && tab === 0
    Component.onDestruction: leaveInbox()
}
