// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// What was moved this week to make room for something more important, latest first: the
// director sees at a glance whom his agenda kept waiting. Shown only when something was:
// under the day on a tablet's Today, in the sheet a phone's "moved" pill opens. A row asks
// for its appointment (opened).
Pane {
    id: card
    objectName: "bumpedThisWeek"
    // Rows shown before "and n more".
    property int shown: 2
    signal opened(string appointmentId, double startUtc)
    visible: bumped.count > 0
    padding: Theme.gap
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    background: Rectangle {
        color: Theme.surface
        Rectangle { width: parent.width; height: 1; color: Theme.divider }
    }

    BumpedThisWeekModel { id: bumped; office: App.office; people: App.people }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Label {
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
                objectName: "movedRow"
                required property int index
                required property string appointmentId
                required property double startUtc
                required property string title
                required property string wasText
                required property string nowText
                required property string forText
                visible: index < card.shown
                Layout.fillWidth: true
                padding: 4
                onClicked: card.opened(appointmentId, startUtc)
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        text: entry.title
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    // On a phone the reason goes under the move, whole, instead of being cut.
                    PartsLabel {
                        objectName: "movedWhen"
                        parts: [(entry.wasText !== "" ? entry.wasText + " → " : "") + entry.nowText,
                                entry.forText]
                        Layout.fillWidth: true
                    }
                }
            }
        }
        Label {
            visible: bumped.count > card.shown
            text: qsTr("and %1 more").arg(bumped.count - card.shown)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            leftPadding: 4
        }
    }
}
