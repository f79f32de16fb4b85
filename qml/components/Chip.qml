// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Spil

// A choice chip: a tappable pill that is on or off (a due choice, an attendee, a filter).
// It shows what its user binds `checked` to and never toggles itself: a tap states an
// intent through onClicked, and a chip that flipped on its own tap broke its binding and
// showed nothing chosen (a second tap on the chosen one) while the form kept its choice.
AbstractButton {
    id: chip
    checkable: false
    Accessible.checkable: true
    Accessible.checked: chip.checked
    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch, label.implicitWidth + 26)
    Accessible.name: text
    background: Rectangle {
        anchors.fill: parent
        anchors.topMargin: 6
        anchors.bottomMargin: 6
        radius: height / 2
        color: chip.checked ? Theme.primary : Theme.surface
        border.color: chip.checked ? Theme.primary : "#C5CCD6"
    }
    contentItem: Label {
        id: label
        text: chip.text
        color: chip.checked ? "white" : Theme.text
        font.pixelSize: Theme.fontBody - 1
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
