// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// One checklist item with a big tick target: who is responsible, when it is due, and
// who ticked it when. A tap says "done"; on an item done already it asks the view whether
// to undo, so a tap never means the opposite of what it meant a moment ago. An open item
// is handed to someone else with its ⋮ (or a long press), or with "Hand on" under it when
// whoever has it is off sick that day.
ItemDelegate {
    id: row
    required property string itemId
    required property string phase
    required property string title
    required property string responsible
    required property string dueText
    required property bool overdue
    required property bool done
    required property string doneText
    required property bool mine
    required property bool absent
    signal tapped()
    signal handOn()

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: 0
    Accessible.name: title
    onClicked: tapped()
    onPressAndHold: if (!done) handOn()
    background: Rectangle {
        color: row.down ? "#EEF1F5" : Theme.surface
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
    }

    contentItem: RowLayout {
        spacing: Theme.gap
        Item {
            Layout.preferredWidth: 64
            Layout.preferredHeight: 64
            Rectangle {
                anchors.centerIn: parent
                width: 36; height: 36; radius: 8
                color: row.done ? Theme.done : "transparent"
                border.width: 2
                border.color: row.done ? Theme.done : "#8A94A3"
                Label {
                    anchors.centerIn: parent
                    visible: row.done
                    text: "✓"
                    color: "white"
                    font.pixelSize: 22
                    font.bold: true
                }
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Layout.topMargin: 10
            Layout.bottomMargin: 10
            Layout.rightMargin: more.visible ? 0 : Theme.margin
            Label {
                text: row.title
                font.pixelSize: Theme.fontBody
                color: row.done ? Theme.textMuted : Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "itemLine"
                // Someone off sick that day is said with the name: the item needs another hand.
                text: row.done ? qsTr("done by %1").arg(row.doneText)
                      : [row.absent ? qsTr("%1 is absent").arg(row.responsible) : row.responsible,
                         row.dueText !== "" ? (row.overdue ? qsTr("overdue · %1") : qsTr("due %1")).arg(row.dueText) : ""]
                          .filter(function(s) { return s !== "" }).join(" · ")
                visible: text !== ""
                color: row.overdue || row.absent ? Theme.warning : row.done ? Theme.done : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.weight: row.mine && !row.done ? Font.Bold : Font.Normal
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            // Under the line, not beside it: beside, it cut the name and the due time.
            Button {
                objectName: "handOn"
                visible: row.absent
                text: qsTr("Hand on")
                flat: true
                leftPadding: 0
                Layout.preferredHeight: Theme.touch
                Layout.topMargin: -6
                Layout.bottomMargin: -10
                onClicked: row.handOn()
            }
        }
        // A long press alone is found by nobody: the way to hand an item on is on screen,
        // in words where the row has room (a tablet), as ⋮ on a phone.
        ToolButton {
            id: more
            objectName: "more"
            readonly property bool roomy: row.width >= 600
            visible: !row.done && !row.absent
            text: roomy ? qsTr("Hand on") : "⋮"
            font.pixelSize: roomy ? Theme.fontSmall + 1 : 20
            Accessible.name: qsTr("Hand on")
            Layout.preferredWidth: roomy ? implicitWidth : Theme.touch
            Layout.preferredHeight: Theme.touch
            Layout.rightMargin: 4
            onClicked: row.handOn()
        }
    }
}
