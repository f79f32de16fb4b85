// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// One letter on a phone, on top of the list (or of the director's Today).
Page {
    id: page
    objectName: "letter"
    property string letterId
    background: Rectangle { color: Theme.surface }

    LetterDetails {
        id: details
        objectName: "details"
        office: App.office; people: App.people
        letterId: page.letterId
    }
    header: PageHeader { title: qsTr("Letter"); canGoBack: true }
    LetterView {
        anchors.fill: parent
        details: details
        onSent: function(subject) {
            undoBar.show(qsTr("Sent and filed: %1").arg(subject), qsTr("Undo"), function() { details.unsend() })
        }
        onApproved: function(subject) {
            undoBar.show(qsTr("Approved: %1").arg(subject), qsTr("Undo"), function() { details.withdrawApproval() })
        }
        // The page stays, saying the letter is gone, until the undo has had its time.
        onRemoved: function(subject) {
            undoBar.show(qsTr("Removed: %1").arg(subject), qsTr("Undo"), function() { details.restore() })
        }
    }
    Snackbar { id: undoBar; objectName: "letterUndo" }
}
