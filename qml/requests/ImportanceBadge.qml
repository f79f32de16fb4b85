// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// How important a request is, as a small coloured badge: urgent stands out in the
// warning colour, high in the primary colour, normal and low quietly.
Rectangle {
    id: badge
    property int importance: Request.Normal
    property string text
    readonly property bool strong: importance === Request.Urgent || importance === Request.High
    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 6
    radius: height / 2
    color: importance === Request.Urgent ? Theme.warning
         : importance === Request.High ? Theme.primary : Theme.background
    border.color: strong ? color : Theme.divider
    Label {
        id: label
        anchors.centerIn: parent
        text: badge.text
        color: badge.strong ? "white" : Theme.textMuted
        font.pixelSize: Theme.fontSmall - 1
        font.weight: Font.DemiBold
    }
}
