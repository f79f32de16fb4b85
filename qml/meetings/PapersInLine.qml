// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// "3 of 5 papers in · 1 late · 1 to read" for the next meeting that asks for papers, on
// the director's Today; tapping it opens that meeting, where the unread papers say so.
ItemDelegate {
    id: line
    objectName: "papersInLine"
    property alias source: next
    signal opened(string appointmentId, double occurrenceUtc)
    visible: next.present
    padding: Theme.margin
    background: Rectangle {
        color: line.down ? Theme.now : Theme.surface
        radius: Theme.radius
        border.color: next.late > 0 ? Theme.warning : Theme.divider
    }
    onClicked: opened(next.appointmentId, next.occurrenceUtc)

    NextPapers { id: next; office: App.office; people: App.people }

    contentItem: RowLayout {
        spacing: Theme.margin
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                objectName: "papersInText"
                text: next.text + (next.late > 0 ? " · " + qsTr("%n late", "", next.late) : "")
                      + (next.unread > 0 ? " · " + qsTr("%n to read", "", next.unread) : "")
                color: next.late > 0 ? Theme.warning : Theme.accent
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: next.title
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            text: "›"
            color: Theme.textMuted
            font.pixelSize: Theme.fontTitle
        }
    }
}
