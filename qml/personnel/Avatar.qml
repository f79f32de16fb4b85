// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// A colleague's initials in a circle, the mark the personnel lists start their rows with.
Rectangle {
    property string initials
    property color tint: Theme.primary
    implicitWidth: 40
    implicitHeight: 40
    radius: width / 2
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.14)
    Label {
        anchors.centerIn: parent
        text: parent.initials
        color: parent.tint
        font.pixelSize: Theme.fontSmall
        font.weight: Font.Bold
    }
}
