// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// One letter in the list: its subject, to whom, and what is to know of its state (how and
// when it was sent, the director's comment, the language).
ItemDelegate {
    id: row
    required property string letterId
    required property string subject
    required property string recipient
    required property string director
    required property string detail
    required property bool confidential
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: Math.max(Theme.touch, content.implicitHeight + 2 * Theme.gap)
    contentItem: ColumnLayout {
        id: content
        spacing: 2
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Label {
                text: row.subject
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "confidentialMark"
                visible: row.confidential
                text: qsTr("Confidential")
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
            }
        }
        Label {
            text: qsTr("To %1").arg(row.recipient)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: row.director + " · " + row.detail
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
