// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// Adding to the item on screen in two taps: "Decision" (or "Note") and type, Enter; or
// "Action", its owner from the meeting's attendees, and type, Enter; a due date if wanted.
// While the minutes are in review it takes the attendees' comments instead.
Rectangle {
    id: composer
    property MinutesModel minutes
    // "", "note", "decision", "action" or "comment"
    property string mode: ""
    property string ownerId: ""
    property string lineId: "" // a comment's line, empty: on the item
    property int dueChoice: 0
    color: Theme.surface
    implicitHeight: column.implicitHeight + 2 * Theme.gap

    function start(newMode, onLine) {
        mode = newMode
        ownerId = ""
        dueChoice = 0
        lineId = onLine === undefined ? "" : onLine
        field.text = ""
        if (newMode !== "action")
            field.forceActiveFocus()
    }
    function finish() {
        let ok = false
        if (mode === "note")
            ok = minutes.add(Meeting.Note, field.text)
        else if (mode === "decision")
            ok = minutes.add(Meeting.Decision, field.text)
        else if (mode === "action")
            ok = minutes.addAction(field.text, ownerId, dueChoice)
        else if (mode === "comment")
            ok = minutes.comment(lineId, field.text)
        if (ok) {
            field.text = ""
            mode = ""
        }
    }

    Rectangle { width: parent.width; height: 1; color: Theme.divider }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap

        RowLayout {
            visible: composer.mode === ""
            spacing: Theme.gap
            Layout.fillWidth: true
            Button {
                objectName: "addDecision"
                visible: composer.minutes.editable
                text: qsTr("Decision")
                highlighted: true
                Layout.fillWidth: true
                onClicked: composer.start("decision")
            }
            Button {
                objectName: "addAction"
                visible: composer.minutes.editable
                text: qsTr("Action")
                highlighted: true
                Material.accent: Theme.accent
                Layout.fillWidth: true
                onClicked: composer.start("action")
            }
            Button {
                objectName: "addNote"
                visible: composer.minutes.editable
                text: qsTr("Note")
                Layout.fillWidth: true
                onClicked: composer.start("note")
            }
            Button {
                objectName: "addComment"
                visible: composer.minutes.commentable
                text: qsTr("Comment")
                Layout.fillWidth: true
                onClicked: composer.start("comment")
            }
        }

        Label {
            visible: composer.mode !== ""
            text: composer.mode === "decision" ? qsTr("New decision")
                  : composer.mode === "note" ? qsTr("New note")
                  : composer.mode === "comment" ? qsTr("Your comment")
                  : composer.ownerId === "" ? qsTr("New action: who does it?")
                  : qsTr("New action for %1").arg(App.nameOf(composer.ownerId))
            font.weight: Font.DemiBold
            color: Theme.primary
        }
        Flow {
            objectName: "owners"
            visible: composer.mode === "action" && composer.ownerId === ""
            spacing: Theme.gap
            Layout.fillWidth: true
            Repeater {
                model: composer.minutes.attendees
                Chip {
                    required property var modelData
                    objectName: "owner_" + modelData.personId
                    text: modelData.name
                    Accessible.checkable: false  // an action, not a choice
                    onClicked: {
                        composer.ownerId = modelData.personId
                        field.forceActiveFocus()
                    }
                }
            }
        }
        TextField {
            id: field
            objectName: "minutesText"
            visible: composer.mode !== "" && (composer.mode !== "action" || composer.ownerId !== "")
            placeholderText: composer.mode === "action" ? qsTr("What is to be done")
                             : composer.mode === "comment" ? qsTr("Your comment on this item")
                             : qsTr("Type, then Enter")
            Layout.fillWidth: true
            onAccepted: composer.finish()
        }
        Flow {
            visible: composer.mode === "action" && composer.ownerId !== ""
            spacing: Theme.gap
            Layout.fillWidth: true
            Repeater {
                model: composer.minutes.dueChoices
                Chip {
                    required property string modelData
                    required property int index
                    objectName: "due" + index
                    text: modelData
                    checked: composer.dueChoice === index
                    onClicked: composer.dueChoice = index
                }
            }
        }
        RowLayout {
            visible: composer.mode !== ""
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: composer.mode = ""
            }
            Button {
                objectName: "minutesDone"
                text: qsTr("Done")
                highlighted: true
                enabled: field.visible && field.text.trim() !== ""
                onClicked: composer.finish()
            }
        }
    }
}
