// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// The office's contacts: people inside (whom to ask for what) and outside, found by the
// start of any word of their name, organisation, department or what to ask them for, also
// offline. On a tablet the chosen contact stands beside the list.
Page {
    id: page
    objectName: "contacts"
    readonly property bool wide: width >= Theme.wideBreakpoint
    property string selectedContact
    readonly property string shownContact: selectedContact !== "" ? selectedContact
                                           : contacts.count > 0 ? contacts.idAt(0) : ""
    background: Rectangle { color: Theme.background }

    ContactListModel { id: contacts; objectName: "contactList"; office: App.office; people: App.people }
    ContactDetails {
        id: shown
        office: App.office; people: App.people
        contactId: page.wide ? page.shownContact : ""
    }
    header: PageHeader {
        title: qsTr("Contacts")
        subtitle: contacts.query === "" ? qsTr("%n contact(s)", "", contacts.count)
                                        : qsTr("%n found", "", contacts.count)
        ToolButton {
            objectName: "addContact"
            visible: contacts.canEdit
            text: qsTr("New")
            font.weight: Font.DemiBold
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("New contact")
            onClicked: form.openFor("")
        }
    }
    function open(contactId) {
        if (page.wide)
            page.selectedContact = contactId
        else
            Navigation.open("contact", { contactId: contactId })
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        ColumnLayout {
            spacing: 0
            Layout.fillHeight: true
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? 360 : page.width
            TextField {
                id: search
                objectName: "search"
                placeholderText: qsTr("Search name, organisation, department …")
                inputMethodHints: Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                Layout.margins: Theme.gap
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                onTextChanged: contacts.query = text
            }
            ListView {
                id: list
                objectName: "contactRows"
                bottomMargin: Theme.floatingRoom
                onContentYChanged: FloatingButton.listMoved(list)
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: contacts
                delegate: ContactDelegate {
                    highlighted: page.wide && page.shownContact === contactId
                    onClicked: page.open(contactId)
                }
                PullToRefresh { target: list }
                footer: Item { width: 1; height: 96 } // room for the floating button
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 64
                    visible: contacts.count === 0
                    title: contacts.query === "" ? qsTr("No contacts yet") : qsTr("Nobody found")
                    text: contacts.query === "" ? qsTr("Add one with New at the top.")
                                                : qsTr("Try the start of a name, an organisation or a department.")
                }
            }
        }
        Rectangle { visible: page.wide; width: 1; Layout.fillHeight: true; color: Theme.divider }
        ContactView {
            visible: page.wide
            details: shown
            Layout.fillWidth: true
            Layout.fillHeight: true
            onEditRequested: form.openFor(shown.contactId)
            onRemoved: function(name) {
                const id = shown.contactId
                page.selectedContact = ""
                undoBar.show(qsTr("Removed: %1").arg(name), qsTr("Undo"),
                             function() { contacts.restore(id) })
            }
        }
    }
    ContactForm {
        id: form
        objectName: "contactForm"
        parent: Overlay.overlay
        onSaved: function(contactId) {
            if (page.wide) {
                page.selectedContact = contactId
                shown.reload()
            }
        }
    }
    Snackbar { id: undoBar; objectName: "removeUndo" }
}
