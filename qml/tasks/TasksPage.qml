import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// The assistant's tasks: the inbox (new delegated tasks marked, urgent ones yellow), what
// she waits for from others, and the end-of-day review. On a tablet the capture form sits
// beside the list.
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
            subtitle: inbox.tasks.newCount > 0 ? qsTr("%n new", "", inbox.tasks.newCount)
                      : qsTr("%n open", "", inbox.tasks.openCount)
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
                view: "inbox"
                onOpened: function(taskId) { page.openTask(taskId) }
                emptyTitle: qsTr("All done")
                emptyText: qsTr("Nothing waits for you. New tasks appear here the moment they are handed over.")
                onStruck: function(taskId, title) {
                    snackbar.show(qsTr("Struck off: %1").arg(title), qsTr("Undo"), function() { inbox.tasks.undo(taskId) })
                }
                onReopenAsked: function(taskId, title) { page.offerReopen(inbox.tasks, taskId, title) }
            }
            TaskList {
                view: "waiting"
                onOpened: function(taskId) { page.openTask(taskId) }
                emptyTitle: qsTr("Nothing outstanding")
                emptyText: qsTr("Tasks you hand over to others show here until they are done.")
            }
            TaskList {
                id: review
                view: "review"
                onOpened: function(taskId) { page.openTask(taskId) }
                header: Label {
                    width: review.width
                    padding: Theme.margin
                    visible: review.count > 0
                    text: qsTr("%n still open at the end of the day. Strike off what is done; move the rest to the next working day.", "", review.count)
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
        Pane {
            visible: page.wide
            Layout.preferredWidth: 420
            Layout.fillHeight: true
            padding: Theme.margin * 1.5
            background: Rectangle { color: Theme.surface }
            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.gap
                Label { text: qsTr("New task"); font.pixelSize: Theme.fontTitle; font.weight: Font.DemiBold; color: Theme.text }
                QuickCaptureForm {
                    Layout.fillWidth: true
                    onSaved: snackbar.show(qsTr("Task saved"))
                }
                Item { Layout.fillHeight: true }
            }
        }
    }

    function openTask(taskId) {
        sheet.taskId = taskId
        sheet.open()
    }
    function offerReopen(tasks, taskId, title) {
        snackbar.show(qsTr("Done already: %1").arg(title), qsTr("Reopen"), function() { tasks.undo(taskId) })
    }

    Snackbar { id: snackbar }
    TaskSheet {
        id: sheet
        parent: Overlay.overlay
        onDeleted: function(taskId, title) {
            snackbar.show(qsTr("Deleted: %1").arg(title), qsTr("Undo"), function() { inbox.tasks.restore(taskId) })
        }
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
