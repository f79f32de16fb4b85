// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// Pull a list down past its top and let go: sync now (or reload, offline).
Label {
    id: pull
    required property Flickable target
    // While a page is torn down its list may already be gone.
    readonly property real overshoot: target ? target.verticalOvershoot : 0
    readonly property bool armed: overshoot < -72
    parent: target
    x: target ? (target.width - width) / 2 : 0
    y: Math.max(4, -overshoot / 2 - height / 2)
    visible: overshoot < -16
    text: armed ? qsTr("Release to refresh") : qsTr("Pull to refresh")
    color: Theme.textMuted
    font.pixelSize: Theme.fontSmall

    Connections {
        target: pull.target
        function onDraggingChanged() {
            if (pull.target && !pull.target.dragging && pull.armed)
                App.refresh()
        }
    }
}
