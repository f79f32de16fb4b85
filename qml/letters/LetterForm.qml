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
    // The directors the user writes for: one is taken without asking; of several (an
    // assistant of two, the office manager) the first stands chosen.
    PeopleModel { id: directors; scope: PeopleModel.Principals; office: App.office; people: App.people }
    property string directorId

    function openNew() {
        details.letterId = ""
        contactId = ""
        contactName = ""
        subjectField.text = ""
        notesField.text = ""
        confidentialBox.checked = false
        errorLabel.text = ""
        directorId = directors.count > 0 ? directors.idAt(0) : ""
        open()
    }
    onAccepted: {
        if (details.create(contactId, subjectField.text, notesField.text, confidentialBox.checked,
                           directorId)) {
            saved(details.letterId)
        } else {
            errorLabel.text = details.error
            open()   // a refusal keeps what was typed, with the reason
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        Flow {
            objectName: "letterDirectors"
            visible: directors.count > 1
            spacing: Theme.gap
            Layout.fillWidth: true
            Label {
                text: qsTr("From")
                color: Theme.textMuted
                height: Theme.touch
                verticalAlignment: Text.AlignVCenter
            }
            Repeater {
                model: directors
                delegate: Chip {
                    required property string personId
                    required property string name
                    objectName: "letterFrom_" + name.split(" ")[0]
                    text: name
                    checked: dialog.directorId === personId
                    onClicked: dialog.directorId = personId
                }
            }
        }
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
