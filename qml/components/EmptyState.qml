// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// What a list shows when it has nothing: a short line that says why, not a blank page.
ColumnLayout {
    property alias title: titleLabel.text
    property alias text: textLabel.text
    spacing: Theme.gap
    Label {
        id: titleLabel
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        id: textLabel
        color: Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
