// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// A new contact, or the edit of one: inside (department, what to ask them for) or outside
// (organisation, job title), how to reach them, in which language to write, and what a letter
// to them puts on the envelope and in the salutation.
Dialog {
    id: dialog
    property bool adding: true
    property int kind: Contact.Outside
    property int language: Contact.Dutch
    property int form: Contact.Form.None
    signal saved(string contactId)
    title: adding ? qsTr("New contact") : qsTr("Edit contact")
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 520)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Save | Dialog.Cancel

    // The form's own view of the contact it edits, so that a refused save leaves the page's
    // as it was.
    ContactDetails { id: details; objectName: "formDetails"; office: App.office; people: App.people }

    // Opens the form empty for a new contact (no id), or filled with the contact's fields.
    function openFor(contactId) {
        details.contactId = contactId
        dialog.adding = contactId === ""
        const adding = dialog.adding
        const d = details
        nameField.text = adding ? "" : d.name
        kind = adding ? Contact.Outside : d.kind
        language = adding ? Contact.Dutch : d.language
        form = adding ? Contact.Form.None : d.form
        addressField.text = adding ? "" : d.address
        departmentField.text = adding ? "" : d.department
        askForField.text = adding ? "" : d.askFor
        organisationField.text = adding ? "" : d.organisation
        jobTitleField.text = adding ? "" : d.jobTitle
        phoneField.text = adding ? "" : d.phone
        emailField.text = adding ? "" : d.email
        notesField.text = adding ? "" : d.notes
        errorLabel.text = ""
        open()
    }
    function save() {
        const ok = details.save(nameField.text, kind, departmentField.text, askForField.text,
                                organisationField.text, jobTitleField.text, phoneField.text,
                                emailField.text, language, notesField.text, addressField.text,
                                form)
        errorLabel.text = ok ? "" : details.error
        return ok
    }
    onAccepted: {
        if (save())
            saved(details.contactId)
        else
            open()   // a refusal keeps what was typed, with the reason
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight
        implicitHeight: column.implicitHeight
        clip: true
        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.gap
            TextField {
                id: nameField
                objectName: "nameField"
                placeholderText: qsTr("Name")
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                RadioButton {
                    objectName: "outsideChoice"
                    text: qsTr("Outside")
                    checked: dialog.kind === Contact.Outside
                    onClicked: dialog.kind = Contact.Outside
                }
                RadioButton {
                    objectName: "insideChoice"
                    text: qsTr("Inside")
                    checked: dialog.kind === Contact.Inside
                    onClicked: dialog.kind = Contact.Inside
                }
            }
            TextField {
                id: departmentField
                visible: dialog.kind === Contact.Inside
                placeholderText: qsTr("Department")
                Layout.fillWidth: true
            }
            TextField {
                id: askForField
                visible: dialog.kind === Contact.Inside
                placeholderText: qsTr("What to ask them for")
                Layout.fillWidth: true
            }
            TextField {
                id: organisationField
                visible: dialog.kind === Contact.Outside
                placeholderText: qsTr("Organisation")
                Layout.fillWidth: true
            }
            TextField {
                id: jobTitleField
                placeholderText: qsTr("Job title")
                Layout.fillWidth: true
            }
            TextField {
                id: phoneField
                objectName: "phoneField"
                placeholderText: qsTr("Phone")
                inputMethodHints: Qt.ImhDialableCharactersOnly
                Layout.fillWidth: true
            }
            TextField {
                id: emailField
                objectName: "emailField"
                placeholderText: qsTr("E-mail")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Write in"); color: Theme.textMuted }
                RadioButton {
                    text: qsTr("Dutch")
                    checked: dialog.language === Contact.Dutch
                    onClicked: dialog.language = Contact.Dutch
                }
                RadioButton {
                    objectName: "englishChoice"
                    text: qsTr("English")
                    checked: dialog.language === Contact.English
                    onClicked: dialog.language = Contact.English
                }
            }
            TextArea {
                id: addressField
                objectName: "addressField"
                placeholderText: qsTr("Postal address (one line per line of the envelope)")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
            }
            // Never guessed from a first name: unknown, a letter names them in full.
            Label { text: qsTr("Address them as"); color: Theme.textMuted }
            Flow {
                Layout.fillWidth: true
                RadioButton {
                    objectName: "formMr"
                    text: qsTr("Mr")
                    checked: dialog.form === Contact.Form.Mr
                    onClicked: dialog.form = Contact.Form.Mr
                }
                RadioButton {
                    objectName: "formMs"
                    text: qsTr("Ms")
                    checked: dialog.form === Contact.Form.Ms
                    onClicked: dialog.form = Contact.Form.Ms
                }
                RadioButton {
                    objectName: "formNone"
                    text: qsTr("By their full name")
                    checked: dialog.form === Contact.Form.None
                    onClicked: dialog.form = Contact.Form.None
                }
            }
            TextField {
                id: notesField
                placeholderText: qsTr("Notes")
                Layout.fillWidth: true
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
    }
}
