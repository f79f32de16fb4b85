// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// A labelled value on a details page.
ColumnLayout {
    property string label
    property string value
    spacing: 2
    Layout.fillWidth: true
    Label { text: parent.label; color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
    Label {
        text: parent.value
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
