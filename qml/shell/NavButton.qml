// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// A destination in the tab bar or the rail: a symbol over a label, a pill when active and
// a count badge (new tasks).
AbstractButton {
    id: button
    property string symbol
    property string label
    property bool active
    property int badge: 0
    Accessible.name: label
    implicitHeight: 64

    contentItem: Item {
        Rectangle {
            id: pill
            anchors.horizontalCenter: parent.horizontalCenter
            y: parent.height / 2 - height + 4
            width: 56; height: 30; radius: 15
            color: button.active ? "#D6E4F0" : "transparent"
            Label {
                anchors.centerIn: parent
                text: button.symbol
                font.pixelSize: 18
                color: button.active ? Theme.primary : Theme.textMuted
            }
            Rectangle {
                visible: button.badge > 0
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.topMargin: -4
                width: Math.max(18, badgeLabel.implicitWidth + 8); height: 18; radius: 9
                color: Theme.fresh
                Label { id: badgeLabel; anchors.centerIn: parent; text: button.badge; color: "white"; font.pixelSize: 11; font.bold: true }
            }
        }
        Label {
            anchors.top: pill.bottom
            anchors.topMargin: 4
            anchors.horizontalCenter: parent.horizontalCenter
            text: button.label
            font.pixelSize: 12
            font.weight: button.active ? Font.Bold : Font.Normal
            color: button.active ? Theme.primary : Theme.textMuted
        }
    }
}
