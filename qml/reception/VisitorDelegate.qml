// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// One expected visitor: the time, the name, the organisation and whom they come for, and
// one big "Check in" (or when they came in).
ItemDelegate {
    id: row
    required property string visitorId
    required property string name
    required property string organisation
    required property string timeText
    required property string hostName
    required property string appointmentTitle
    required property bool checkedIn
    required property string arrivedText
    property bool canKeep: true
    // A phone's row keeps the name whole: the button goes under the text.
    readonly property bool narrow: width < 560
    signal checkInRequested()
    width: parent ? parent.width : implicitWidth
    hoverEnabled: false
    down: false
    contentItem: RowLayout {
        spacing: Theme.margin
        Label {
            text: row.timeText
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 2
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: row.name
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Medium
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: row.organisation !== "" ? qsTr("%1 · for %2").arg(row.organisation).arg(row.hostName)
                                              : qsTr("for %1").arg(row.hostName)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: row.appointmentTitle !== ""
                text: row.appointmentTitle
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Button {
                objectName: "checkInNarrow"
                visible: row.canKeep && !row.checkedIn && row.narrow
                text: qsTr("Check in")
                highlighted: true
                font.pixelSize: Theme.fontBody
                Layout.preferredHeight: Theme.touch + 8
                Layout.fillWidth: true
                onClicked: row.checkInRequested()
            }
            Label {
                visible: row.checkedIn && row.narrow
                text: "✓ " + row.arrivedText
                color: Theme.done
                font.pixelSize: Theme.fontBody
            }
        }
        Button {
            objectName: "checkIn"
            visible: row.canKeep && !row.checkedIn && !row.narrow
            text: qsTr("Check in")
            highlighted: true
            font.pixelSize: Theme.fontBody
            Layout.preferredHeight: Theme.touch + 8
            Layout.minimumWidth: 120
            onClicked: row.checkInRequested()
        }
        Label {
            objectName: "arrived"
            visible: row.checkedIn && !row.narrow
            text: "✓ " + row.arrivedText
            color: Theme.done
            font.pixelSize: Theme.fontBody
            Layout.minimumWidth: 120
            horizontalAlignment: Text.AlignRight
        }
    }
}
