// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// One request to the secretariat: the service, what is wanted, from whom, by when, and
// where it stands. For the office manager, one button per secretary hands it on in one tap
// (the one it is with stands out); whoever asked can take an open request back.
ItemDelegate {
    id: row
    required property string requestId
    required property string serviceName
    required property string what
    required property string requesterName
    required property string neededText
    required property string assigneeId
    required property string assigneeName
    required property int requestState
    required property bool mine
    property bool handsOn: false
    property var secretaries: []
    property bool showRequester: true
    signal handRequested(string secretaryId, string name)
    signal cancelRequested()
    width: ListView.view ? ListView.view.width : implicitWidth
    readonly property bool isOpen: requestState === Service.Open

    function stateText() {
        if (requestState === Service.Done)
            return assigneeName !== "" ? qsTr("Done by %1").arg(assigneeName) : qsTr("Done")
        if (requestState === Service.Cancelled)
            return qsTr("Cancelled")
        return assigneeName !== "" ? qsTr("With %1").arg(assigneeName) : qsTr("Waiting for the secretariat")
    }

    // Positioners, not layouts: a row made while the list was still narrow kept its first
    // height in a layout, and the next row covered its wrapped lines.
    contentItem: Column {
        spacing: 4
        Row {
            id: line
            width: parent.width
            spacing: Theme.gap
            Rectangle {
                width: 8; height: 36; radius: 4
                color: !row.isOpen ? Theme.divider : row.assigneeId === "" ? Theme.warning : Theme.accent
            }
            Column {
                spacing: 2
                width: line.width - 8 - stateLabel.width - 2 * line.spacing
                Label {
                    width: parent.width
                    text: row.what
                    color: row.isOpen ? Theme.text : Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Medium
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "requestMeta"
                    width: parent.width
                    text: [row.serviceName, row.showRequester ? row.requesterName : "",
                           row.neededText !== "" ? qsTr("needed %1").arg(row.neededText) : ""]
                          .filter(s => s !== "").join(" · ")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }
            Label {
                id: stateLabel
                objectName: "requestState"
                width: Math.min(implicitWidth, row.width * 0.35)
                text: row.stateText()
                color: row.requestState === Service.Done ? Theme.done
                       : row.isOpen && row.assigneeId === "" ? Theme.warning : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                horizontalAlignment: Text.AlignRight
                wrapMode: Text.Wrap
            }
        }
        Flow {
            objectName: "requestActions"
            visible: row.isOpen && (row.handsOn || row.mine)
            spacing: Theme.gap
            leftPadding: 16
            width: parent.width
            Label {
                visible: row.handsOn
                text: qsTr("Hand to")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                height: Theme.touch
                verticalAlignment: Text.AlignVCenter
            }
            Repeater {
                model: row.handsOn ? row.secretaries : []
                delegate: Chip {
                    required property var modelData
                    objectName: "handTo_" + modelData.name.split(" ")[0]
                    text: modelData.name.split(" ")[0]
                    checked: row.assigneeId === modelData.personId
                    onClicked: if (!checked) row.handRequested(modelData.personId, modelData.name)
                }
            }
            Button {
                visible: row.mine
                objectName: "cancelRequest"
                text: qsTr("Take back")
                flat: true
                onClicked: row.cancelRequested()
            }
        }
    }
}
