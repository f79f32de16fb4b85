// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// A short message at the bottom with at most one action (Undo), gone after a few seconds.
Popup {
    id: bar
    property string text
    property string actionText
    property var action: null
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

    Timer { id: timer; interval: 5000; onTriggered: bar.close() }

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
            visible: bar.actionText !== ""
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
