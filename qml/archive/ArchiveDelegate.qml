// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// One archived item in the list: kind and date, subject, parties, and where the paper is.
ItemDelegate {
    id: row
    required property string itemId
    required property string subject
    required property string kindText
    required property string dateText
    required property string parties
    required property string location
    required property bool confidential
    required property bool restricted
    required property bool nearName
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: Math.max(Theme.touch, content.implicitHeight + 2 * Theme.gap)
    contentItem: ColumnLayout {
        id: content
        spacing: 2
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Label {
                text: row.kindText + " · " + row.dateText
                color: Theme.accent
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Label {
                objectName: "confidentialMark"
                visible: row.confidential || row.restricted
                text: row.confidential ? qsTr("Confidential") : qsTr("Director's office")
                color: row.confidential ? Theme.warning : Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
        Label {
            text: row.subject
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.Medium
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            visible: text !== ""
            text: row.parties
            color: row.nearName ? Theme.accent : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: "▤ " + row.location
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
