// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// What to read before the coming week's appointments, nearest first: the director reads
// on the way, offline.
Card {
    id: card
    required property TimelineModel reading
    signal opened(string appointmentId, double startUtc)
    visible: reading.count > 0

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        Label {
            text: qsTr("TO READ")
            color: Theme.accent
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Bold
            font.letterSpacing: 1
        }
        Repeater {
            model: card.reading
            delegate: ItemDelegate {
                id: entry
                required property string appointmentId
                required property double startUtc
                required property string title
                required property string dayText
                required property string timeText
                required property string homeTimeText
                required property string readFirst
                Layout.fillWidth: true
                padding: 4
                onClicked: card.opened(appointmentId, startUtc)
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        text: entry.readFirst
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        // Abroad, the time at home beside it, as on the timeline.
                        text: qsTr("for %1 · %2, %3").arg(entry.title).arg(entry.dayText)
                              .arg(entry.homeTimeText === "" ? entry.timeText
                                   : qsTr("%1, home %2").arg(entry.timeText).arg(entry.homeTimeText))
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
