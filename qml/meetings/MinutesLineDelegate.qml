// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// One line of the minutes: its kind, its text (tapped: edited in place while the minutes
// are not final), an action's owner, due date and its task's status, and the attendees'
// comments on it (the user's own with ✕ to take it back); or an attendee's comment on the
// item as a whole.
ItemDelegate {
    id: line
    property string lineId
    property int kind: Meeting.Note
    property bool comment: false
    property string kindText
    property string lineText
    property string aboutText
    property string statusText
    property bool done: false
    property var comments: [] // {commentId, text, mine}
    property bool mine: false  // a comment row written by the device's user
    property bool editable: false
    property bool commentable: false
    property bool editing: false
    signal edited(string lineId, string text)
    signal removeRequested(string lineId)
    signal commentRequested(string lineId)
    signal commentRemoveRequested(string commentId)

    readonly property color kindColor: line.comment ? Theme.textMuted
                                       : line.kind === Meeting.Decision ? Theme.primary
                                       : line.kind === Meeting.Action ? Theme.accent
                                       : Theme.textMuted
    width: ListView.view ? ListView.view.width : implicitWidth
    onClicked: {
        if (line.editable && !line.comment && !line.editing) {
            line.editing = true
            editor.text = line.lineText
            editor.forceActiveFocus()
        }
    }

    contentItem: RowLayout {
        spacing: Theme.margin
        Rectangle {
            width: 4
            radius: 2
            color: line.kindColor
            Layout.fillHeight: true
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Layout.preferredWidth: 0 // takes what the buttons leave, however long the texts
            Label {
                text: line.kindText.toUpperCase()
                color: line.kindColor
                font.pixelSize: Theme.fontSmall - 1
                font.weight: Font.DemiBold
                font.letterSpacing: 0.6
            }
            Label {
                visible: !line.editing
                text: line.lineText
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.italic: line.comment
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: editor
                objectName: "lineEditor"
                visible: line.editing
                Layout.fillWidth: true
                onAccepted: {
                    line.edited(line.lineId, text)
                    line.editing = false
                }
                onActiveFocusChanged: if (!activeFocus) line.editing = false
            }
            // Who and when in full, not cut short: on a phone the date goes under the owner
            // whole ("Maarten Verhoeven ·" over "ma 16 nov. 16:00", not split mid-name), and
            // the task's status after them, or under them when there is no room.
            Flow {
                visible: line.aboutText !== "" || line.statusText !== ""
                spacing: Theme.gap
                Layout.fillWidth: true
                PartsLabel {
                    objectName: "lineAbout"
                    visible: line.aboutText !== ""
                    parts: line.aboutText.split(" · ")
                    width: Math.min(implicitWidth, parent.width)
                }
                Rectangle {
                    objectName: "taskStatus"
                    visible: line.statusText !== ""
                    radius: height / 2
                    color: line.done ? "#E8F5E9" : Theme.warningSoft
                    implicitWidth: status.implicitWidth + 16
                    implicitHeight: status.implicitHeight + 4
                    Label {
                        id: status
                        anchors.centerIn: parent
                        text: line.statusText
                        color: line.done ? Theme.done : Theme.warning
                        font.pixelSize: Theme.fontSmall - 1
                        font.weight: Font.DemiBold
                    }
                }
            }
            Repeater {
                model: line.comments
                RowLayout {
                    required property var modelData
                    spacing: 0
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.gap
                    Label {
                        text: "“" + modelData.text + "”"
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        font.italic: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    ToolButton {
                        objectName: "removeComment"
                        visible: modelData.mine && line.editable
                        text: "✕"
                        font.pixelSize: 14
                        Material.foreground: Theme.textMuted
                        Layout.preferredWidth: Theme.touch
                        Accessible.name: qsTr("Take this comment back")
                        onClicked: line.commentRemoveRequested(modelData.commentId)
                    }
                }
            }
        }
        ToolButton {
            objectName: "commentOnLine"
            visible: line.commentable && !line.comment
            text: qsTr("Comment")
            font.pixelSize: Theme.fontSmall
            Material.foreground: Theme.accent
            Accessible.name: qsTr("Comment on this line")
            onClicked: line.commentRequested(line.lineId)
        }
        ToolButton {
            objectName: "removeLine"
            visible: line.editable && (!line.comment || line.mine)
            text: "✕"
            font.pixelSize: 16
            Material.foreground: Theme.textMuted
            Accessible.name: line.comment ? qsTr("Take this comment back") : qsTr("Remove this line")
            onClicked: line.comment ? line.commentRemoveRequested(line.lineId)
                                    : line.removeRequested(line.lineId)
        }
    }
}
