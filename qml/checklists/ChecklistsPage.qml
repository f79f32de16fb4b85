// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// The office manager's checklists: runs with their progress, a new run from a template; on
// a tablet the selected run is worked through beside the list.
Page {
    id: page
    objectName: "checklists"
    readonly property bool wide: width >= Theme.wideBreakpoint
    property string selectedRun
    // The nearest run until another is chosen.
    readonly property string shownRun: selectedRun !== "" ? selectedRun : runs.count > 0 ? runs.idAt(0) : ""
    background: Rectangle { color: Theme.background }

    ChecklistRunsModel { id: runs; office: App.office; people: App.people }
    header: PageHeader {
        title: qsTr("Checklists")
        subtitle: qsTr("%n checklist(s)", "", runs.count)
        ToolButton {
            objectName: "startButton"
            text: qsTr("New")
            font.weight: Font.DemiBold
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("Start a checklist")
            onClicked: startDialog.open()
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        ListView {
            id: list
            bottomMargin: Theme.floatingRoom
            onContentYChanged: FloatingButton.listMoved(list)
            Layout.fillHeight: true
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? 360 : page.width
            clip: true
            model: runs
            delegate: ItemDelegate {
                id: runRow
                required property string runId
                required property string title
                required property string dateText
                required property int percent
                required property string progressText
                width: ListView.view.width
                highlighted: page.wide && page.shownRun === runId
                onClicked: page.wide ? page.selectedRun = runId : Navigation.open("checklist", { runId: runId })
                contentItem: ColumnLayout {
                    spacing: 4
                    Label { text: runRow.title; font.pixelSize: Theme.fontBody; font.weight: Font.Medium; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Label { text: runRow.dateText + " · " + runRow.progressText; color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                    ProgressBar { from: 0; to: 100; value: runRow.percent; Layout.fillWidth: true }
                }
            }
            PullToRefresh { target: list }
            footer: Item { width: 1; height: 96 } // room for the floating button
            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 64
                visible: runs.count === 0
                title: qsTr("No checklists yet")
                text: qsTr("Start one from a template with New at the top.")
            }
        }
        Rectangle { visible: page.wide; width: 1; Layout.fillHeight: true; color: Theme.divider }
        ChecklistRunView {
            id: runView
            visible: page.wide
            runId: page.wide ? page.shownRun : ""
            Layout.fillWidth: true
            Layout.fillHeight: true
            onIncidentRequested: incident.open()
        }
    }

    StartRunDialog {
        id: startDialog
        runs: runs
        onStarted: function(runId) { page.wide ? page.selectedRun = runId : Navigation.open("checklist", { runId: runId }) }
    }
    IncidentDialog { id: incident; run: runView.run }
}
