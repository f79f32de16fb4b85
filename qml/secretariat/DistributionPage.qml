// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The office manager's work distribution: a card per secretary with her open, overdue and
// urgent tasks, the directors she serves and this week's load as a chart; a task moves to
// another secretary in one tap, with Undo. Two columns on a tablet, one on a phone.
Page {
    id: page
    objectName: "distribution"
    readonly property bool wide: width >= Theme.wideBreakpoint
    background: Rectangle { color: Theme.background }

    WorkDistributionModel { id: workload; objectName: "workDistribution"; office: App.office; people: App.people }
    ServiceRequestListModel { id: requests; office: App.office; people: App.people }

    header: PageHeader { title: qsTr("Work distribution"); subtitle: qsTr("This week"); canGoBack: true }

    Flickable {
        id: flick
        anchors.fill: parent
        clip: true
        contentHeight: cards.implicitHeight + Theme.margin + Theme.floatingRoom
        onContentYChanged: FloatingButton.listMoved(flick)
        GridLayout {
            id: cards
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin
            Repeater {
                objectName: "loadCards"
                model: workload
                delegate: SecretaryLoadCard {
                    distribution: workload
                    secretaries: requests.secretaries
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    onReassignRequested: function(taskId, toId) {
                        if (workload.reassign(taskId, toId))
                            undoBar.show(workload.undoText, qsTr("Undo"),
                                         function() { workload.undoReassign() })
                    }
                }
            }
        }
        EmptyState {
            y: 96
            x: 32
            width: flick.width - 64
            visible: workload.count === 0
            title: qsTr("No secretaries")
            text: qsTr("Assistants appear here with their work.")
        }
    }
    Snackbar { id: undoBar; objectName: "reassignUndo" }
}
