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
    // An office document's id (empty for a board pack): opening it records the read.
    property string documentId
    property string mime
    background: Rectangle { color: Theme.surface }
    header: PageHeader { title: page.paperTitle; canGoBack: true }

    PaperOpener { id: reads; office: App.office; people: App.people }
    Component.onCompleted: if (documentId !== "") reads.recordRead(documentId)

    PaperReader {
        objectName: "paperReader"
        anchors.fill: parent
        source: page.source === "" ? "" : "file://" + page.source
        mime: page.mime
        itemStarts: page.itemStarts
    }
}
