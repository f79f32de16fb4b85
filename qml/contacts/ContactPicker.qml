// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// Choosing the contact an appointment is with: search as on the contacts page, or none.
Dialog {
    id: dialog
    signal picked(string contactId, string name)
    title: qsTr("Contact")
    modal: true
    width: Math.min(parent ? parent.width - 32 : 400, 480)
    height: Math.min(560, parent ? parent.height - 48 : 560)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Cancel
    onAboutToShow: search.text = ""

    ContactListModel { id: contacts; office: App.office; people: App.people; query: search.text }
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        TextField {
            id: search
            objectName: "pickerSearch"
            placeholderText: qsTr("Search")
            Layout.fillWidth: true
        }
        ItemDelegate {
            text: qsTr("No contact")
            Layout.fillWidth: true
            onClicked: { dialog.picked("", ""); dialog.close() }
        }
        ListView {
            objectName: "pickerRows"
            clip: true
            model: contacts
            Layout.fillWidth: true
            Layout.fillHeight: true
            delegate: ContactDelegate {
                onClicked: { dialog.picked(contactId, name); dialog.close() }
            }
        }
    }
}
