// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// One contact on a phone, on top of the list.
Page {
    id: page
    objectName: "contact"
    property string contactId
    background: Rectangle { color: Theme.surface }

    ContactDetails {
        id: details
        objectName: "details"
        office: App.office; people: App.people
        contactId: page.contactId
    }
    header: PageHeader { title: qsTr("Contact"); canGoBack: true }
    ContactView {
        anchors.fill: parent
        details: details
        onEditRequested: form.openFor(details.contactId)
        // The page stays, saying the contact is gone, until the undo has had its time.
        onRemoved: function(name) {
            undoBar.show(qsTr("Removed: %1").arg(name), qsTr("Undo"), function() { details.restore() })
        }
    }
    ContactForm { id: form; parent: Overlay.overlay; onSaved: details.reload() }
    Snackbar { id: undoBar; objectName: "removeUndo" }
}
