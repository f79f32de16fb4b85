// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The request queue for the assistant and the office manager: the open requests of the
// directors they serve, ranked by importance and by how long they waited. On a tablet the
// chosen request stands beside the list, ready for triage.
Page {
    id: page
    objectName: "requests"
    readonly property bool wide: width >= Theme.wideBreakpoint
    property string selectedRequest
    readonly property string shownRequest: selectedRequest !== "" ? selectedRequest
                                           : queue.count > 0 ? queue.idAt(0) : ""
    background: Rectangle { color: Theme.background }

    // A director's place shows what was forwarded to him.
    RequestQueueModel {
        id: queue
        objectName: "queue"
        view: App.role === Person.Director ? RequestQueueModel.Decisions : RequestQueueModel.Queue
        office: App.office; people: App.people
    }
    RequestDetails {
        id: shown
        office: App.office; people: App.people
        requestId: page.wide ? page.shownRequest : ""
    }
    header: PageHeader {
        title: qsTr("Requests")
        subtitle: qsTr("%n open, most important first", "", queue.openCount)
    }
    function open(requestId) {
        if (page.wide)
            page.selectedRequest = requestId
        else
            Navigation.open("request", { requestId: requestId })
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        ListView {
            id: list
            objectName: "requestRows"
            bottomMargin: Theme.floatingRoom
            onContentYChanged: FloatingButton.listMoved(list)
            Layout.fillHeight: true
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? 420 : page.width
            clip: true
            // Clear of the header, as the other lists' first rows are.
            topMargin: Theme.gap
            model: queue
            delegate: RequestDelegate {
                highlighted: page.wide && page.shownRequest === requestId
                onClicked: page.open(requestId)
            }
            PullToRefresh { target: list }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 64
                visible: queue.count === 0
                title: qsTr("No requests waiting")
                text: qsTr("Requests for a director's time appear here, most important first.")
            }
        }
        Rectangle { visible: page.wide; width: 1; Layout.fillHeight: true; color: Theme.divider }
        RequestView {
            visible: page.wide
            details: shown
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
