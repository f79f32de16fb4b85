// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// A run being worked through: total and per-phase progress on top, filter chips, the items
// by phase with big tick targets, and the incident log. Ticks from other devices show as
// they arrive.
ListView {
    id: view
    bottomMargin: Theme.floatingRoom
    onContentYChanged: FloatingButton.listMoved(view)
    property alias runId: run.runId
    readonly property alias run: run
    signal incidentRequested()
    clip: true
    model: ChecklistRunModel { id: run; office: App.office; people: App.people }
    section.property: "phase"
    section.delegate: ListSectionHeading { objectName: "sectionHeader"; text: section }
    header: ColumnLayout {
        width: view.width
        spacing: Theme.gap
        Item { Layout.preferredHeight: Theme.gap }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            spacing: Theme.margin
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label { text: run.title; font.pixelSize: Theme.fontTitle; font.weight: Font.DemiBold; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                Label { text: run.dateText; color: Theme.textMuted }
            }
            ColumnLayout {
                spacing: 0
                Label { text: run.percent + "%"; font.pixelSize: Theme.fontHeadline; font.weight: Font.Bold; color: Theme.accent; Layout.alignment: Qt.AlignRight }
                Label { text: qsTr("%1 of %2").arg(run.doneCount).arg(run.total); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; Layout.alignment: Qt.AlignRight }
            }
        }
        GridLayout {
            columns: view.width > 600 ? run.phases.length : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.gap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Repeater {
                model: run.phases
                delegate: PhaseProgress {
                    required property var modelData
                    name: modelData.name
                    done: modelData.done
                    total: modelData.total
                    percent: modelData.percent
                    Layout.fillWidth: true
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.gap
            spacing: Theme.gap
            Repeater {
                model: [{ key: ChecklistRunModel.All, label: qsTr("All") }, { key: ChecklistRunModel.Mine, label: qsTr("Mine") },
                        { key: ChecklistRunModel.Open, label: qsTr("Open") }]
                delegate: Chip {
                    required property var modelData
                    objectName: "filterChip"
                    text: modelData.label
                    checked: run.filter === modelData.key
                    // Another filter is another list: it is read from its top, not from
                    // wherever the last one was scrolled to. The same chip again only tidies
                    // the list, and the place is kept.
                    onClicked: {
                        const another = run.filter !== modelData.key
                        run.filter = modelData.key
                        if (another)
                            Qt.callLater(view.positionViewAtBeginning)
                    }
                }
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Incident")
                flat: true
                Material.foreground: Theme.warning
                onClicked: view.incidentRequested()
            }
        }
        Repeater {
            model: run.incidents
            delegate: Label {
                required property var modelData
                text: modelData.time + " · " + modelData.text + " (" + modelData.by + ")"
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
            }
        }
        Item { Layout.preferredHeight: Theme.gap }
    }
    delegate: ChecklistItemDelegate {
        onTapped: {
            if (!done) {
                run.tick(itemId)
                return
            }
            const id = itemId
            undoBar.show(qsTr("Done by %1").arg(doneText), qsTr("Not done"), function() { run.untick(id) })
        }
        onHandOn: handDialog.openFor(itemId, title, run.responsibleIdOf(itemId))
    }
    Snackbar { id: undoBar; objectName: "undoBar" }
    HandItemDialog {
        id: handDialog
        parent: Overlay.overlay
        onChosen: function(itemId, personId, firstName) {
            const before = run.responsibleIdOf(itemId)
            if (run.handTo(itemId, personId))
                undoBar.show(qsTr("Handed to %1").arg(firstName), qsTr("Undo"),
                             function() { run.handTo(itemId, before) })
        }
    }
    PullToRefresh { target: view }
    StartAtTop { target: view }
    footer: Item { width: 1; height: 96 } // room for the floating buttons
    EmptyState {
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 96
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 64
        visible: view.count === 0 && run.total > 0
        title: qsTr("Nothing here")
        text: qsTr("No items match this filter.")
    }
}
