// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// One archived item on a phone, on top of the list.
Page {
    id: page
    objectName: "archiveitem"
    property string itemId
    background: Rectangle { color: Theme.surface }

    ArchiveDetails {
        id: details
        objectName: "details"
        office: App.office; people: App.people
        itemId: page.itemId
    }
    header: PageHeader { title: qsTr("Archive"); canGoBack: true }
    ArchiveView {
        anchors.fill: parent
        details: details
        onEditRequested: form.openFor(details.itemId)
        // The page stays, saying the item is gone, until the undo has had its time.
        onRemoved: function(subject) {
            undoBar.show(qsTr("Removed: %1").arg(subject), qsTr("Undo"), function() { details.restore() })
        }
        onFileAdded: function(title) { undoBar.show(qsTr("Filed: %1").arg(title)) }
        onFileTakenOff: function(documentId, title) {
            undoBar.show(qsTr("File removed: %1").arg(title), qsTr("Undo"),
                         function() { details.restoreFile(documentId) })
        }
    }
    ArchiveForm { id: form; parent: Overlay.overlay; onSaved: details.reload() }
    Snackbar { id: undoBar; objectName: "removeUndo" }
}
