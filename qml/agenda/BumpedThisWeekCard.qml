// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// What was moved this week to make room for something more important, latest first: the
// director sees at a glance whom his agenda kept waiting. Shown only when something was.
// It sits at the foot of Today on a phone and a tablet alike; a row opens the appointment.
Pane {
    id: card
    objectName: "bumpedThisWeek"
    // Rows shown before "and n more".
    property int shown: 2
    // At a phone's foot: the latest one on one line ("Moved: title · now"), the day above
    // keeps the room.
    property bool compact: false
    visible: bumped.count > 0
    padding: Theme.gap
    leftPadding: Theme.margin
    // Clear of the quick-capture button that floats over the page's bottom right corner.
    rightPadding: 88
    background: Rectangle {
        color: Theme.surface
        Rectangle { width: parent.width; height: 1; color: Theme.divider }
    }

    BumpedThisWeekModel { id: bumped; office: App.office; people: App.people }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Label {
            visible: !card.compact
            text: qsTr("MOVED THIS WEEK TO MAKE ROOM")
            color: Theme.accent
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Bold
            font.letterSpacing: 1
        }
        Repeater {
            model: bumped
            delegate: ItemDelegate {
                id: entry
                required property int index
                required property string appointmentId
                required property double startUtc
                required property string title
                required property string wasText
                required property string nowText
                required property string forText
                visible: index < (card.compact ? 1 : card.shown)
                Layout.fillWidth: true
                padding: 4
                onClicked: Navigation.open("appointment", { appointmentId: appointmentId, startUtc: startUtc })
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        text: card.compact ? qsTr("Moved: %1 · %2").arg(entry.title).arg(entry.nowText)
                                           : entry.title
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: !card.compact
                        text: (entry.wasText !== "" ? entry.wasText + " → " : "") + entry.nowText
                              + (entry.forText !== "" ? " · " + entry.forText : "")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
        }
        Label {
            visible: bumped.count > (card.compact ? 1 : card.shown)
            text: qsTr("and %1 more").arg(bumped.count - (card.compact ? 1 : card.shown))
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            leftPadding: 4
        }
    }
}
