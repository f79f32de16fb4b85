// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// A short message at the bottom with at most one action (Undo), gone after a few seconds.
// As it goes it fades, and for a moment after it still takes the taps on its place: a tap
// meant for Undo that comes just too late must not land on the row beneath it and tick it.
Popup {
    id: bar
    property string text
    property string actionText
    property var action: null
    // How long it stays, and how long its place still takes taps once it has faded.
    property int duration: 6000
    property int shieldMs: 600
    closePolicy: Popup.NoAutoClose
    modal: false
    focus: false
    x: (parent.width - width) / 2
    y: parent.height - height - 88
    width: Math.min(parent.width - 2 * Theme.margin, 560)
    padding: 4
    leftPadding: Theme.margin
    background: Rectangle { color: "#323232"; radius: 8 }

    function show(message, actionLabel, callback) {
        text = message
        actionText = actionLabel === undefined ? "" : actionLabel
        action = callback === undefined ? null : callback
        timer.restart()
        open()
    }

    Timer { id: timer; interval: bar.duration; onTriggered: bar.close() }

    enter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 120 } }
    exit: Transition {
        SequentialAnimation {
            NumberAnimation { property: "opacity"; to: 0; duration: 200 }
            // Faded but still there: opacity does not change who takes a tap.
            PauseAnimation { duration: Math.max(0, bar.shieldMs - 200) }
        }
    }

    contentItem: RowLayout {
        Label {
            text: bar.text
            color: "white"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.topMargin: 10
            Layout.bottomMargin: 10
        }
        Button {
            objectName: "snackbarAction"
            visible: bar.actionText !== ""
            // Only while it can be seen: the faded bar takes taps, it does not act on them.
            enabled: bar.opacity > 0.5
            text: bar.actionText
            flat: true
            Material.foreground: "#80CBC4"
            onClicked: {
                if (bar.action)
                    bar.action()
                bar.close()
            }
        }
    }
}
