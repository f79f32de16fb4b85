// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// One contact in the list: initials, name, and where they are from or what to ask them for.
ItemDelegate {
    id: row
    required property string contactId
    required property string name
    required property string initials
    required property int kind
    required property string subtitle
    width: ListView.view ? ListView.view.width : implicitWidth
    contentItem: RowLayout {
        spacing: Theme.margin
        Rectangle {
            width: 40; height: 40; radius: 20
            color: row.kind === Contact.Inside ? Theme.accent : Theme.primary
            Label {
                anchors.centerIn: parent
                text: row.initials
                color: "white"
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: row.name
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: text !== ""
                text: row.subtitle
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            text: row.kind === Contact.Inside ? qsTr("Inside") : ""
            color: Theme.accent
            font.pixelSize: Theme.fontSmall
        }
    }
}
