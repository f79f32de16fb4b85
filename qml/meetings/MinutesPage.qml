// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// Taking the minutes during the meeting, offline and fast: one agenda item on the screen
// (previous and next, or a swipe), its notes, decisions and actions, each action with its
// task's status; the composer below adds a line in two taps. Above, where the minutes
// stand and their next step.
Page {
    id: page
    objectName: "minutes"
    property string appointmentId
    property double occurrenceUtc: -1
    property int startItem: 0 // the agenda item shown first
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("Minutes"); subtitle: minutesModel.title; canGoBack: true }

    // Here, not in the line's delegate: the undo outlives the row it removed.
    function removeLine(id) {
        const text = minutesModel.removeLine(id)
        if (text !== "")
            undoBar.show(qsTr("Removed: %1").arg(text), qsTr("Undo"),
                         function() { minutesModel.restoreLine(id) })
    }
    function removeComment(id) {
        const text = minutesModel.removeComment(id)
        if (text !== "")
            undoBar.show(qsTr("Comment taken back: %1").arg(text), qsTr("Undo"),
                         function() { minutesModel.restoreComment(id) })
    }

    MinutesModel {
        id: minutesModel
        office: App.office; people: App.people
        appointmentId: page.appointmentId
        occurrenceUtc: page.occurrenceUtc
        Component.onCompleted: itemIndex = page.startItem
    }

    ColumnLayout {
        width: Math.min(parent.width, 900)
        height: parent.height
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: 0

        MinutesStateBar {
            minutes: minutesModel
            Layout.fillWidth: true
            onExportRequested: function(language) {
                const path = minutesModel.exportPdf(language)
                if (path !== "")
                    undoBar.show(minutesModel.exportText, qsTr("Open"), function() {
                        Navigation.open("paper", { source: path, paperTitle: qsTr("Minutes") })
                    })
            }
        }

        Rectangle {
            visible: minutesModel.aheadText !== ""
            color: Theme.warningSoft
            implicitHeight: ahead.implicitHeight + 2 * Theme.gap
            Layout.fillWidth: true
            Label {
                id: ahead
                objectName: "minutesAhead"
                anchors.fill: parent
                anchors.margins: Theme.gap
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin
                verticalAlignment: Text.AlignVCenter
                text: minutesModel.aheadText
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }

        // The item on screen, with the way to the others.
        Rectangle {
            color: Theme.surface
            implicitHeight: itemRow.implicitHeight + Theme.gap
            Layout.fillWidth: true
            RowLayout {
                id: itemRow
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                spacing: 0
                ToolButton {
                    objectName: "previousItem"
                    text: "‹"
                    font.pixelSize: 30
                    enabled: minutesModel.itemIndex > 0
                    Layout.preferredWidth: Theme.touch
                    Accessible.name: qsTr("Previous item")
                    onClicked: minutesModel.previous()
                }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Label {
                        objectName: "itemText"
                        text: minutesModel.itemText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "itemTitle"
                        text: minutesModel.itemTitle
                        color: Theme.text
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                ToolButton {
                    objectName: "nextItem"
                    text: "›"
                    font.pixelSize: 30
                    enabled: minutesModel.itemIndex < minutesModel.itemCount - 1
                    Layout.preferredWidth: Theme.touch
                    Accessible.name: qsTr("Next item")
                    onClicked: minutesModel.next()
                }
            }
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
        }

        ListView {
            id: lines
            objectName: "minutesLines"
            clip: true
            model: minutesModel
            spacing: 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            delegate: MinutesLineDelegate {
                required property var model
                lineId: model.lineId
                kind: model.kind
                comment: model.comment
                kindText: model.kindText
                lineText: model.text
                aboutText: model.aboutText
                statusText: model.statusText
                done: model.done
                comments: model.comments
                mine: model.mine
                editable: minutesModel.editable
                commentable: minutesModel.commentable
                background: Rectangle { color: Theme.surface }
                onEdited: function(id, text) { minutesModel.editLine(id, text) }
                onRemoveRequested: function(id) { page.removeLine(id) }
                onCommentRemoveRequested: function(id) { page.removeComment(id) }
                onCommentRequested: function(id) { composer.start("comment", id) }
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                visible: lines.count === 0
                title: minutesModel.itemCount === 0 ? qsTr("No agenda yet") : qsTr("Nothing noted yet")
                text: minutesModel.itemCount === 0
                      ? qsTr("Minutes are taken per agenda item; this meeting has none.")
                      : minutesModel.editable ? qsTr("Add a decision or an action below.")
                                         : qsTr("These minutes are final.")
            }
            // A swipe goes to the next or the previous item.
            DragHandler {
                target: null
                xAxis.enabled: true
                yAxis.enabled: false
                onActiveChanged: {
                    if (active)
                        return
                    if (centroid.scenePressPosition.x - centroid.scenePosition.x > 80)
                        minutesModel.next()
                    else if (centroid.scenePosition.x - centroid.scenePressPosition.x > 80)
                        minutesModel.previous()
                }
            }
        }

        MinutesComposer {
            id: composer
            minutes: minutesModel
            visible: minutesModel.itemCount > 0 && (minutesModel.editable || minutesModel.commentable)
            Layout.fillWidth: true
        }
    }

    Snackbar { id: undoBar; objectName: "minutesUndo" }
}
