// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// A request forwarded to the director: what and who, and his one tap, yes or no. Once he
// decided it says what he said.
ItemDelegate {
    id: row
    required property string requestId
    required property string subject
    required property string who
    required property int importance
    required property string importanceText
    required property string waitingText
    required property string detail
    required property string decisionText
    required property int decision
    required property bool waitsForDecision
    signal decided(string requestId, bool accept)
    width: ListView.view ? ListView.view.width : implicitWidth
    contentItem: ColumnLayout {
        spacing: 4
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            ImportanceBadge { importance: row.importance; text: row.importanceText }
            Label {
                text: row.subject
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            text: row.who + " · " + row.detail + " · " + row.waitingText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: row.waitsForDecision
            spacing: Theme.gap
            Layout.fillWidth: true
            Button {
                objectName: "accept"
                text: qsTr("Accept")
                highlighted: true
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                onClicked: row.decided(row.requestId, true)
            }
            Button {
                objectName: "decline"
                text: qsTr("Decline")
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                onClicked: row.decided(row.requestId, false)
            }
        }
        Label {
            visible: !row.waitsForDecision
            text: row.decisionText
            color: row.decision === Request.Decision.Rejected ? Theme.warning : Theme.accent
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
        }
    }
}
