// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// What people can come to the secretariat for, as its keeper (the office manager) keeps
// it: add a service, change its name or description, stop one (it takes no new requests,
// its old ones stay; Undo stands in the dialog, where the thumb is, for a few seconds) or
// offer it again.
Dialog {
    id: dialog
    property string editingId: ""
    // The service stopped last, while its Undo stands.
    property string stoppedId: ""
    property string stoppedName: ""
    property string nameWas: ""
    property string descriptionWas: ""
    title: qsTr("Services of the secretariat")
    modal: true
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 560)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Close

    ServiceListModel {
        id: all
        objectName: "allServices"
        office: App.office
        people: App.people
        withStopped: true
    }

    function openNow() {
        startNew()
        stoppedId = ""
        open()
    }
    Timer { id: undoTime; interval: 6000; onTriggered: dialog.stoppedId = "" }
    function startNew() {
        editingId = ""
        nameField.text = ""
        descriptionField.text = ""
    }
    function startEdit(serviceId, name, description) {
        editingId = serviceId
        nameWas = name
        descriptionWas = description
        nameField.text = name
        descriptionField.text = description
        nameField.forceActiveFocus()
    }
    function save() {
        const done = editingId === ""
                ? all.add(nameField.text, descriptionField.text)
                : all.change(editingId, nameField.text, descriptionField.text, nameWas,
                             descriptionWas)
        if (done) {
            startNew()
            nameField.forceActiveFocus() // ready for the next one
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        Label {
            text: qsTr("What people can ask the secretariat for. A stopped service takes no new requests; the ones it has stay.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            id: lines
            objectName: "serviceLines"
            model: all
            clip: true
            interactive: contentHeight > height
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 300)
            delegate: ServiceLine {
                width: lines.width
                onEditRequested: dialog.startEdit(serviceId, name, description)
                onStopRequested: {
                    // Stopping moves the line to the end of the list, which may take this
                    // delegate (and the ids it sees) away before the line after it runs.
                    const owner = dialog
                    const timer = undoTime
                    const id = serviceId
                    const text = name
                    if (all.stopOffering(id)) {
                        owner.stoppedName = text
                        owner.stoppedId = id
                        timer.restart()
                    }
                }
                onOfferRequested: all.offerAgain(serviceId)
            }
        }
        RowLayout {
            objectName: "stoppedBar"
            visible: dialog.stoppedId !== ""
            spacing: Theme.gap
            Layout.fillWidth: true
            Label {
                text: qsTr("No longer offered: %1").arg(dialog.stoppedName)
                color: Theme.textMuted
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Button {
                objectName: "undoStop"
                text: qsTr("Undo")
                flat: true
                Layout.preferredHeight: Theme.touch
                onClicked: {
                    all.offerAgain(dialog.stoppedId)
                    dialog.stoppedId = ""
                }
            }
        }
        SectionLabel {
            text: dialog.editingId === "" ? qsTr("New service") : qsTr("Change service")
        }
        TextField {
            id: nameField
            objectName: "serviceName"
            placeholderText: qsTr("Name (book a room)")
            Layout.fillWidth: true
            onAccepted: if (saveButton.enabled) dialog.save()
        }
        TextField {
            id: descriptionField
            objectName: "serviceDescription"
            placeholderText: qsTr("What it covers (optional)")
            Layout.fillWidth: true
            onAccepted: if (saveButton.enabled) dialog.save()
        }
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                objectName: "cancelServiceEdit"
                visible: dialog.editingId !== ""
                text: qsTr("Cancel")
                flat: true
                Layout.preferredHeight: Theme.touch
                onClicked: dialog.startNew()
            }
            Button {
                id: saveButton
                objectName: "saveService"
                text: dialog.editingId === "" ? qsTr("Add") : qsTr("Save")
                highlighted: true
                enabled: nameField.text.trim() !== ""
                Layout.preferredHeight: Theme.touch
                onClicked: dialog.save()
            }
        }
    }
}
