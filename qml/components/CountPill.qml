// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// A count of what waits, as a pill the thumb can tap ("2 requests"); the tap opens it.
AbstractButton {
    id: pill
    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch, label.implicitWidth + 28)
    background: Rectangle {
        anchors.fill: parent
        anchors.topMargin: 6
        anchors.bottomMargin: 6
        radius: height / 2
        color: pill.pressed ? "#CDEBE7" : "#E6F4F2"
        border.color: "#A7D8D2"
    }
    contentItem: Label {
        id: label
        text: pill.text
        color: Theme.text
        font.pixelSize: Theme.fontBody - 1
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
