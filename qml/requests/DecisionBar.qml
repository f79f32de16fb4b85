// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The director's word on a request forwarded to him: an optional note, then accept (back
// to the assistant to schedule) or decline (she answers who asked). decided: the word was
// written, for the page to offer its Undo.
ColumnLayout {
    id: bar
    property RequestDetails details
    signal decided(bool accept)
    function decide(accept) {
        if (bar.details.decide(accept, note.text))
            bar.decided(accept)
    }
    spacing: Theme.gap
    SectionLabel { text: qsTr("Your decision") }
    TextField {
        id: note
        objectName: "decisionNote"
        placeholderText: qsTr("A note for the assistant (optional)")
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
        Button {
            objectName: "acceptButton"
            text: qsTr("Accept")
            highlighted: true
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onClicked: bar.decide(true)
        }
        Button {
            objectName: "rejectButton"
            text: qsTr("Decline")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onClicked: bar.decide(false)
        }
    }
}
