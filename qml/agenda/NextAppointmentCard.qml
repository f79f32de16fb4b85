// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The director's first glance: what is next (or running), how long until it, where, with
// whom and what to read first; home time beside local time when they differ.
Card {
    id: card
    required property AppointmentDetails details
    signal opened()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        Label {
            text: !card.details.found ? qsTr("Nothing planned")
                 : card.details.running ? card.details.timeLeft.toUpperCase()
                 : qsTr("NEXT") + " · " + card.details.timeLeft
            color: Theme.accent
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Bold
            font.letterSpacing: 1
        }
        Label {
            visible: !card.details.found
            text: qsTr("No appointments in the coming week.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: card.details.found
            text: card.details.title
            font.pixelSize: Theme.fontHeadline
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: card.details.found
            spacing: Theme.margin
            ColumnLayout {
                spacing: 0
                Label { text: card.details.timeText; font.pixelSize: Theme.fontTitle; color: Theme.text }
                Label {
                    text: card.details.localZoneLabel
                    visible: card.details.homeTimeText !== ""
                    color: Theme.textMuted; font.pixelSize: Theme.fontSmall
                }
            }
            ColumnLayout {
                visible: card.details.homeTimeText !== ""
                spacing: 0
                Label { text: card.details.homeTimeText; font.pixelSize: Theme.fontTitle; color: Theme.textMuted }
                Label {
                    text: qsTr("home · %1").arg(card.details.homeZoneLabel)
                    color: Theme.textMuted; font.pixelSize: Theme.fontSmall
                }
            }
        }
        Label {
            visible: card.details.found && text !== ""
            text: card.details.place !== "" && card.details.attendees.length > 0
                  ? card.details.place + " · " + card.details.attendees.join(", ")
                  : card.details.place + card.details.attendees.join(", ")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Rectangle {
            visible: card.details.found && card.details.readFirst !== ""
            color: Theme.urgent
            radius: 8
            Layout.fillWidth: true
            implicitHeight: readColumn.implicitHeight + 20
            Column {
                id: readColumn
                anchors.fill: parent
                anchors.margins: 10
                spacing: 2
                Label {
                    text: qsTr("Read first")
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.Bold
                    color: Theme.text
                }
                Label {
                    width: parent.width
                    text: card.details.readFirst
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
            }
        }
        Button {
            visible: card.details.found
            text: qsTr("Details")
            flat: true
            Layout.alignment: Qt.AlignRight
            onClicked: card.opened()
        }
    }
}
