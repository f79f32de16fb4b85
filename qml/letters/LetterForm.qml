// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// A new letter: to whom (a contact, whose language it takes), its subject and the
// director's notes, typed or dictated with the keyboard's microphone.
Dialog {
    id: dialog
    signal saved(string letterId)
    property string contactId
    property string contactName
    title: qsTr("New letter")
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 560)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Save | Dialog.Cancel

    LetterDetails { id: details; objectName: "formDetails"; office: App.office; people: App.people }

    function openNew() {
        details.letterId = ""
        contactId = ""
        contactName = ""
        subjectField.text = ""
        notesField.text = ""
        confidentialBox.checked = false
        errorLabel.text = ""
        open()
    }
    onAccepted: {
        if (details.create(contactId, subjectField.text, notesField.text, confidentialBox.checked)) {
            saved(details.letterId)
        } else {
            errorLabel.text = details.error
            open()   // a refusal keeps what was typed, with the reason
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        Button {
            objectName: "chooseContact"
            text: dialog.contactName === "" ? qsTr("To whom?") : qsTr("To %1").arg(dialog.contactName)
            font.capitalization: Font.MixedCase
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onClicked: picker.open()
        }
        TextField {
            id: subjectField
            objectName: "subjectField"
            placeholderText: qsTr("Subject")
            Layout.fillWidth: true
        }
        TextArea {
            id: notesField
            objectName: "notesField"
            placeholderText: qsTr("The director's notes (type or dictate)")
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
            Layout.preferredHeight: 140
        }
        Switch {
            id: confidentialBox
            objectName: "confidentialBox"
            text: qsTr("Confidential")
        }
        Label {
            id: errorLabel
            objectName: "formError"
            visible: text !== ""
            color: Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    ContactPicker {
        id: picker
        parent: Overlay.overlay
        onPicked: function(contactId, name) {
            dialog.contactId = contactId
            dialog.contactName = name
        }
    }
}
