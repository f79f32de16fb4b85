// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// A paper or a board pack read inside the app, on top of the page it was opened from.
Page {
    id: page
    objectName: "paper"
    property string source
    property string paperTitle
    property var itemStarts: []
    background: Rectangle { color: Theme.surface }
    header: PageHeader { title: page.paperTitle; canGoBack: true }

    PaperReader {
        anchors.fill: parent
        source: page.source === "" ? "" : "file://" + page.source
        itemStarts: page.itemStarts
    }
}
