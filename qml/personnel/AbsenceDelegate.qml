// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// One sick leave: who, since when, and for the office manager the reason and the next
// company doctor's visit; back today, a doctor's visit and remove with one tap each.
ItemDelegate {
    id: row
    required property string absenceId
    required property string name
    required property string initials
    required property string spanText
    required property int days
    required property bool today
    required property string reason
    required property string doctorText
    property bool canEdit: false
    signal backRequested()
    signal visitRequested()
    signal removeRequested()
    width: parent ? parent.width : implicitWidth
    hoverEnabled: false
    down: false
    // The actions sit on a line of their own under the text and the remove button, so a
    // phone's narrow row keeps the name and reason whole and both actions side by side.
    contentItem: ColumnLayout {
        spacing: 0
        RowLayout {
            spacing: Theme.margin
            Layout.fillWidth: true
            Avatar { id: avatar; initials: row.initials; tint: Theme.warning; Layout.alignment: Qt.AlignTop }
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
                    text: row.today && row.days > 1 ? qsTr("%1 · day %2").arg(row.spanText).arg(row.days)
                                                    : row.spanText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "reason"
                    visible: row.reason !== ""
                    text: row.reason
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    font.italic: true
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    visible: row.doctorText !== ""
                    text: qsTr("Company doctor %1").arg(row.doctorText)
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            ToolButton {
                objectName: "remove"
                visible: row.canEdit
                text: "✕"
                Layout.preferredWidth: Theme.touch
                Layout.preferredHeight: Theme.touch
                Layout.alignment: Qt.AlignTop
                Accessible.name: qsTr("Remove")
                onClicked: row.removeRequested()
            }
        }
        // In a Flow, so on a very narrow screen the second action wraps instead of pushing
        // past the card.
        Flow {
            objectName: "absenceActions"
            visible: row.canEdit
            spacing: Theme.gap
            Layout.fillWidth: true
            Layout.leftMargin: avatar.width + Theme.margin
            Button {
                objectName: "back"
                visible: row.today
                text: qsTr("Back today")
                flat: true
                leftPadding: 0
                rightPadding: Theme.gap
                height: Theme.touch
                onClicked: row.backRequested()
            }
            Button {
                objectName: "doctorVisit"
                text: qsTr("Company doctor…")
                flat: true
                leftPadding: 0
                rightPadding: Theme.gap
                height: Theme.touch
                onClicked: row.visitRequested()
            }
        }
    }
}
