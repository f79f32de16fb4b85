// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// A contact's details: who and where from, what to ask them for, call and mail (handed to
// the phone's own apps), and per director the user keeps how they get through.
Flickable {
    id: view
    required property ContactDetails details
    signal editRequested()
    signal removed(string name)
    contentHeight: column.implicitHeight + 2 * Theme.margin
    clip: true

    ColumnLayout {
        id: column
        x: Theme.margin; y: Theme.margin
        width: view.width - 2 * Theme.margin
        spacing: Theme.margin

        EmptyState {
            visible: !view.details.exists
            title: view.details.contactId === "" ? qsTr("No contact chosen") : qsTr("Not found")
            text: view.details.contactId === "" ? qsTr("Choose a contact from the list.")
                                                : qsTr("This contact is no longer in the office.")
            Layout.fillWidth: true
        }
        RowLayout {
            visible: view.details.exists
            spacing: Theme.margin
            Layout.fillWidth: true
            Rectangle {
                width: 56; height: 56; radius: 28
                color: view.details.kind === Contact.Inside ? Theme.accent : Theme.primary
                Label {
                    anchors.centerIn: parent
                    text: view.details.initials
                    color: "white"
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                }
            }
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Label {
                    objectName: "contactName"
                    text: view.details.name
                    font.pixelSize: Theme.fontHeadline
                    font.weight: Font.DemiBold
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: view.details.kind === Contact.Inside ? qsTr("Inside the organisation")
                                                               : qsTr("Outside the organisation")
                    color: Theme.accent
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.Bold
                }
            }
        }
        Flow {
            visible: view.details.exists && (view.details.phoneUrl !== "" || view.details.mailUrl !== "")
            spacing: Theme.gap
            Layout.fillWidth: true
            Button {
                objectName: "call"
                visible: view.details.phoneUrl !== ""
                text: "☎ " + qsTr("Call")
                highlighted: true
                onClicked: Qt.openUrlExternally(view.details.phoneUrl)
            }
            Button {
                objectName: "mail"
                visible: view.details.mailUrl !== ""
                text: "✉ " + qsTr("E-mail")
                onClicked: Qt.openUrlExternally(view.details.mailUrl)
            }
        }
        DetailRow { label: qsTr("Department"); value: view.details.department; visible: view.details.exists && value !== "" }
        DetailRow { label: qsTr("Ask them for"); value: view.details.askFor; visible: view.details.exists && value !== "" }
        DetailRow { label: qsTr("Organisation"); value: view.details.organisation; visible: view.details.exists && value !== "" }
        DetailRow { label: qsTr("Job title"); value: view.details.jobTitle; visible: view.details.exists && value !== "" }
        DetailRow { label: qsTr("Phone"); value: view.details.phone; visible: view.details.exists && value !== "" }
        DetailRow { label: qsTr("E-mail"); value: view.details.email; visible: view.details.exists && value !== "" }
        DetailRow { label: qsTr("Write in"); value: view.details.languageText; visible: view.details.exists }
        DetailRow { objectName: "addressRow"; label: qsTr("Postal address"); value: view.details.address; visible: view.details.exists && value !== "" }
        DetailRow { objectName: "formRow"; label: qsTr("Address them as"); value: view.details.formText; visible: view.details.exists }
        DetailRow { label: qsTr("Notes"); value: view.details.notes; visible: view.details.exists && value !== "" }

        SectionLabel {
            objectName: "gateSection"
            visible: view.details.exists && view.details.gates.length > 0
            text: qsTr("Gets through to")
        }
        Repeater {
            model: view.details.exists ? view.details.gates : []
            delegate: GateChooser {
                required property var modelData
                gate: modelData
                onChosen: function(rule) { view.details.setGate(modelData.directorId, rule) }
            }
        }
        Flow {
            visible: view.details.exists && view.details.canEdit
            spacing: Theme.gap
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            Button {
                objectName: "editContact"
                text: qsTr("Edit")
                onClicked: view.editRequested()
            }
            Button {
                objectName: "removeContact"
                text: qsTr("Remove")
                flat: true
                Material.foreground: Theme.warning
                onClicked: {
                    const name = view.details.name
                    if (view.details.remove())
                        view.removed(name)
                }
            }
        }
    }
}
