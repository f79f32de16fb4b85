// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The office manager's budget lines for a year: each with spent, committed, what is left,
// the year-end projection drawn as a chart, until when it lasts and a warning when it runs
// out before December is over. Two columns on a tablet, one on a phone.
Page {
    id: page
    objectName: "budgets"
    readonly property bool wide: width >= Theme.wideBreakpoint
    background: Rectangle { color: Theme.background }

    BudgetListModel { id: lineModel; objectName: "budgetList"; office: App.office; people: App.people }

    header: PageHeader {
        title: qsTr("Budgets %1").arg(lineModel.year)
        subtitle: lineModel.warnings > 0 ? qsTr("%n line(s) run out early", "", lineModel.warnings)
                                       : qsTr("Every line lasts the year")
        ToolButton {
            text: "‹"
            font.pixelSize: 24
            Layout.preferredWidth: Theme.touch
            Accessible.name: qsTr("Previous year")
            onClicked: lineModel.year = lineModel.year - 1
        }
        ToolButton {
            text: "›"
            font.pixelSize: 24
            Layout.preferredWidth: Theme.touch
            Accessible.name: qsTr("Next year")
            onClicked: lineModel.year = lineModel.year + 1
        }
        ToolButton {
            objectName: "newLine"
            visible: lineDialog.canEdit && page.wide
            text: qsTr("New line")
            font.weight: Font.DemiBold
            Layout.preferredHeight: Theme.touch
            onClicked: lineDialog.openFor("", lineModel.year)
        }
    }

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
            // A phone's header has no room left beside the year: a new line starts here.
            Button {
                objectName: "newLineRow"
                visible: lineDialog.canEdit && !page.wide
                text: "+ " + qsTr("New line")
                flat: true
                Layout.columnSpan: cards.columns
                onClicked: lineDialog.openFor("", lineModel.year)
            }
            Repeater {
                id: lines
                objectName: "budgetCards"
                model: lineModel
                delegate: BudgetCard {
                    budgets: lineModel
                    canEdit: lineDialog.canEdit
                    onEditRequested: lineDialog.openFor(lineId, lineModel.year)
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.maximumWidth: (cards.width - (cards.columns - 1) * cards.columnSpacing) / cards.columns
                    Layout.alignment: Qt.AlignTop
                }
            }
        }
        EmptyState {
            y: 96
            x: 32
            width: flick.width - 64
            visible: lineModel.count === 0
            title: qsTr("No budget lines for %1").arg(lineModel.year)
            text: lineDialog.canEdit ? qsTr("Add one with New line.")
                                     : qsTr("The office manager keeps them.")
        }
    }
    BudgetLineDialog {
        id: lineDialog
        objectName: "lineDialog"
        parent: Overlay.overlay
        onSaved: function(name) { undoBar.show(qsTr("Saved: %1").arg(name), "", null) }
        onRemoved: function(lineId, name) {
            undoBar.show(qsTr("Removed: %1").arg(name), qsTr("Undo"),
                         function() { lineDialog.restore(lineId) })
        }
    }
    Snackbar { id: undoBar; objectName: "budgetUndo" }
}
