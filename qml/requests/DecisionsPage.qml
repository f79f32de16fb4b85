// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The director's requests: only those his assistant forwarded to him, the ones waiting for
// his word first, each decided with one tap; then what he decided, until it is done.
Page {
    id: page
    objectName: "decisions"
    background: Rectangle { color: Theme.background }

    RequestQueueModel {
        id: decisions
        objectName: "decisionsModel"
        view: RequestQueueModel.Decisions
        office: App.office; people: App.people
    }
    header: PageHeader {
        title: qsTr("Requests for you")
        subtitle: qsTr("%n waiting for your decision", "", decisions.waitingCount)
        canGoBack: true
    }
    ListView {
        id: list
        objectName: "decisionRows"
        topMargin: Theme.gap
        anchors.fill: parent
        anchors.leftMargin: page.width > Theme.wideBreakpoint ? (page.width - 720) / 2 : 0
        anchors.rightMargin: anchors.leftMargin
        clip: true
        model: decisions
        delegate: DecisionDelegate {
            onClicked: Navigation.open("request", { requestId: requestId })
            // A tap on the wrong button is taken back, as every action is.
            onDecided: function(requestId, accept) {
                if (!decisions.decide(requestId, accept))
                    return
                undoBar.show((accept ? qsTr("Accepted: %1") : qsTr("Declined: %1")).arg(subject),
                             qsTr("Undo"), function() { decisions.undecide(requestId) })
            }
        }
        PullToRefresh { target: list }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width - 64
            visible: decisions.count === 0
            title: qsTr("Nothing to decide")
            text: qsTr("Requests your assistant forwards to you appear here.")
        }
    }
    Snackbar { id: undoBar; objectName: "decidedBar" }
}
