// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// Progress of one phase: its name, done of total, a bar.
ColumnLayout {
    property string name
    property int done
    property int total
    property int percent
    spacing: 2
    RowLayout {
        Layout.fillWidth: true
        Label { text: parent.parent.name; color: Theme.text; font.pixelSize: Theme.fontSmall; Layout.fillWidth: true; elide: Text.ElideRight }
        Label { text: parent.parent.done + "/" + parent.parent.total; color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
    }
    ProgressBar {
        from: 0; to: 100
        value: parent.percent
        Layout.fillWidth: true
    }
}
