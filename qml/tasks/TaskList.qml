// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// A list of one of the task views, with strike-off and (in the review) "not today"; the
// page offers undo for each.
ListView {
    id: list
    bottomMargin: Theme.floatingRoom
    onContentYChanged: FloatingButton.listMoved(list)
    property alias view: tasks.view
    property alias tasks: tasks
    property string emptyTitle
    property string emptyText
    property string selectedId   // the task open beside the list
    signal struck(string taskId, string title)
    signal reopenAsked(string taskId, string title)
    signal postponed(string taskId, string title, real previousDue)
    signal opened(string taskId)
    clip: true
    model: TaskListModel { id: tasks; office: App.office; people: App.people }

    delegate: TaskDelegate {
        canStrike: list.view !== TaskListModel.Waiting
        canPostpone: list.view === TaskListModel.Review
        selected: list.selectedId !== "" && list.selectedId === taskId
        onStruck: {
            // Striking can take the row out of the review and release this delegate: read
            // what the message needs first.
            const id = taskId
            const name = title
            list.struck(id, name)
            tasks.strike(id)
        }
        onReopenAsked: list.reopenAsked(taskId, title)
        onOpened: list.opened(taskId)
        onPostponed: {
            const id = taskId
            const name = title
            list.postponed(id, name, tasks.postpone(id))
        }
    }
    // The review keeps what it struck off or moved in place while it shows; shown afresh or
    // hidden (another tab, another page) it lets them go, also what changed elsewhere while
    // it was hidden (it reloads hidden too).
    onVisibleChanged: tasks.settle()
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
