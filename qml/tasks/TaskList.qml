import QtQuick
import QtQuick.Controls
import Spil

// A list of one of the task views, with strike-off, undo and (in the review) postpone.
ListView {
    id: list
    property alias view: tasks.view
    property alias tasks: tasks
    property string emptyTitle
    property string emptyText
    signal struck(string taskId, string title)
    signal opened(string taskId)
    clip: true
    model: TaskListModel { id: tasks }

    delegate: TaskDelegate {
        canStrike: list.view !== "waiting"
        canPostpone: list.view === "review"
        onStruck: {
            // Striking can take the row out of the review and release this delegate: read
            // what the message needs first.
            const id = taskId
            const name = title
            list.struck(id, name)
            tasks.strike(id)
        }
        onReopened: tasks.undo(taskId)
        onOpened: list.opened(taskId)
        onPostponed: tasks.postpone(taskId)
    }
    PullToRefresh { target: list }
    footer: Item { width: 1; height: 96 } // room for the floating buttons
    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 64
        visible: list.count === 0
        title: list.emptyTitle
        text: list.emptyText
    }
}
