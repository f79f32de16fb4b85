// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// One paper in a window of its own: what `spil --open-paper FILE` shows.
ApplicationWindow {
    id: window
    property url source
    width: 400
    height: 800
    visible: true
    title: qsTr("Spil: %1").arg(source.toString().split("/").pop())
    color: Theme.background

    PaperReader {
        anchors.fill: parent
        source: window.source
    }
}
