// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Spil

// Who is signed in where, sync now, and signing out (or leaving the demo). Signing out is
// refused while changes still wait to go up, so nothing done offline is lost.
ToolButton {
    id: button
    text: "⋮"
    font.pixelSize: 22
    Accessible.name: qsTr("Account")
    onClicked: menu.open()

    Menu {
        id: menu
        objectName: "sessionMenu"
        y: button.height
        // As wide as its longest entry ("Stukken op dit apparaat"), within the window.
        width: {
            let widest = 200
            for (let i = 0; i < count; ++i) {
                const item = itemAt(i)
                if (item && item.visible && item.implicitWidth > widest)
                    widest = item.implicitWidth
            }
            const room = button.Window.window ? button.Window.window.width - 2 * Theme.gap : widest
            return Math.min(widest, room)
        }
        MenuItem {
            enabled: false
            text: App.personName + (App.demo ? " · " + qsTr("demo office") : "")
        }
        MenuItem {
            visible: !App.demo
            height: visible ? implicitHeight : 0
            enabled: false
            text: App.serverUrl
        }
        MenuSeparator {}
        MenuItem {
            // An admin's only page: whom each assistant serves.
            visible: App.admin
            height: visible ? implicitHeight : 0
            text: qsTr("Assistants and directors")
            onTriggered: Navigation.open("principals")
        }
        MenuItem {
            objectName: "contactsItem"
            text: qsTr("Contacts")
            onTriggered: Navigation.open("contacts")
        }
        MenuItem {
            objectName: "requestsItem"
            // Staff never see the request queue.
            visible: App.role !== Person.Staff
            height: visible ? implicitHeight : 0
            text: qsTr("Requests")
            onTriggered: Navigation.open("requests")
        }
        MenuItem {
            objectName: "archiveItem"
            // The director's archive, kept by him and his assistants.
            visible: App.role === Person.Director || App.role === Person.Assistant
            height: visible ? implicitHeight : 0
            text: qsTr("Archive")
            onTriggered: Navigation.open("archive")
        }
        MenuItem {
            objectName: "lettersItem"
            // The director's letters, kept by his side; staff write none.
            visible: App.role === Person.Director || App.role === Person.Assistant
                     || App.role === Person.OfficeManager
            height: visible ? implicitHeight : 0
            text: qsTr("Letters")
            onTriggered: Navigation.open("letters")
        }
        MenuItem {
            // The office manager's back office; on a tablet these are in the rail.
            objectName: "suppliesItem"
            visible: App.role === Person.OfficeManager || App.role === Person.Admin
            height: visible ? implicitHeight : 0
            text: qsTr("Supplies")
            onTriggered: Navigation.open("supplies")
        }
        MenuItem {
            objectName: "budgetsItem"
            visible: App.role === Person.OfficeManager || App.role === Person.Admin
            height: visible ? implicitHeight : 0
            text: qsTr("Budgets")
            onTriggered: Navigation.open("budgets")
        }
        MenuItem {
            objectName: "personnelItem"
            visible: App.role === Person.OfficeManager || App.role === Person.Admin
            height: visible ? implicitHeight : 0
            text: qsTr("Personnel")
            onTriggered: Navigation.open("personnel")
        }
        MenuItem {
            objectName: "receptionItem"
            visible: App.role === Person.OfficeManager || App.role === Person.Assistant
                     || App.role === Person.Admin
            height: visible ? implicitHeight : 0
            text: qsTr("Reception")
            onTriggered: Navigation.open("reception")
        }
        MenuItem {
            // The office's letterhead, set for every device by whom the server lets write
            // it; the others never change it, so it is not in their way.
            objectName: "letterheadItem"
            visible: App.role === Person.OfficeManager || App.role === Person.Admin
            height: visible ? implicitHeight : 0
            text: qsTr("Letterhead")
            onTriggered: Navigation.open("letterhead")
        }
        MenuItem {
            // Everyone asks the secretariat; its queue is for the secretariat.
            objectName: "secretariatItem"
            text: qsTr("Secretariat")
            onTriggered: Navigation.open("secretariat")
        }
        MenuItem {
            text: qsTr("Calendar link and export")
            onTriggered: Navigation.open("calendar")
        }
        MenuItem {
            text: qsTr("Calendar apps")
            onTriggered: Navigation.open("calendarapps")
        }
        MenuItem {
            text: qsTr("Papers on this device")
            onTriggered: Navigation.open("files")
        }
        MenuItem {
            text: qsTr("Sync now")
            onTriggered: App.refresh()
        }
        MenuItem {
            text: App.demo ? qsTr("Leave the demo") : qsTr("Sign out")
            onTriggered: {
                if (!App.logout())
                    refused.open()
            }
        }
    }
    Dialog {
        id: refused
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Not signed out")
        standardButtons: Dialog.Ok
        // Fixed, so the popup's width does not follow the wrapped label's (a binding loop).
        contentWidth: 280
        Label {
            width: 280
            wrapMode: Text.Wrap
            text: qsTr("%n change(s) made on this device have not reached the server yet. Sign out once they are synced.", "", App.sync.pending)
        }
    }
}
