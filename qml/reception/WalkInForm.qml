// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// A visitor nobody announced: a name, where they are from, and whom they come for;
// expected now, so the list shows them at once to check in.
Dialog {
    id: dialog
    property ReceptionModel reception
    signal added(string name)
    title: qsTr("Add visitor")
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 520)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Save | Dialog.Cancel

    PeopleModel { id: people; office: App.office; people: App.people }

    onAboutToShow: {
        nameField.text = ""
        organisationField.text = ""
        host.currentIndex = -1
        nameField.forceActiveFocus()
    }
    onAccepted: {
        if (!reception || host.currentIndex < 0 || nameField.text.trim() === "")
            return
        if (reception.add(nameField.text, organisationField.text, people.idAt(host.currentIndex)))
            added(nameField.text.trim())
    }
    Component.onCompleted: standardButton(Dialog.Save).objectName = "save"

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        TextField {
            id: nameField
            objectName: "visitorName"
            placeholderText: qsTr("Name")
            Layout.fillWidth: true
        }
        TextField {
            id: organisationField
            objectName: "organisation"
            placeholderText: qsTr("Organisation (optional)")
            Layout.fillWidth: true
        }
        ComboBox {
            id: host
            objectName: "host"
            model: people
            textRole: "name"
            displayText: currentIndex < 0 ? qsTr("For whom?") : currentText
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
        }
    }
}
