// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// One request in the ranked queue: its importance, what and who, how long it has waited,
// how the contact gets through, and where it stands.
ItemDelegate {
    id: row
    required property string requestId
    required property string subject
    required property string who
    required property string directorName
    required property int importance
    required property string importanceText
    required property string stateText
    required property string waitingText
    required property string gateText
    required property string detail
    required property string decisionText
    required property int decision
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
            text: row.who + " · " + row.detail
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            // Each part kept whole: when both do not fit beside the state, the gate goes to
            // the next line instead of being cut ("Toegang: Di…").
            PartsLabel {
                objectName: "waitingAndGate"
                parts: [row.waitingText, row.gateText !== "" ? qsTr("Gate: %1").arg(row.gateText) : ""]
                Layout.fillWidth: true
            }
            Label {
                objectName: "state"
                Layout.alignment: Qt.AlignTop
                text: row.decisionText !== "" ? row.decisionText : row.stateText
                color: row.decisionText === "" ? Theme.primary
                       : row.decision === Request.Decision.Rejected ? Theme.warning : Theme.accent
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
            }
        }
    }
}
