import QtQuick
import QtQuick.Controls
import Spil

// Pull a list down past its top and let go: sync now (or reload, offline).
Label {
    id: pull
    required property Flickable target
    readonly property bool armed: target.verticalOvershoot < -72
    parent: target
    anchors.horizontalCenter: parent.horizontalCenter
    y: Math.max(4, -target.verticalOvershoot / 2 - height / 2)
    visible: target.verticalOvershoot < -16
    text: armed ? qsTr("Release to refresh") : qsTr("Pull to refresh")
    color: Theme.textMuted
    font.pixelSize: Theme.fontSmall

    Connections {
        target: pull.target
        function onDraggingChanged() {
            if (!pull.target.dragging && pull.armed)
                App.refresh()
        }
    }
}
