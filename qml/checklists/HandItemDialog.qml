// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// "Hand to Pieter": whom an open checklist item goes to, one tap on a name. Who is off sick
// today says so. chosen: the item is to go to personId (the page hands it and offers Undo).
Dialog {
    id: dialog
    objectName: "handItem"
    property string itemId
    property string itemTitle
    property string currentId
    signal chosen(string itemId, string personId, string firstName)
    title: qsTr("Hand to")
    modal: true
    width: Math.min(parent ? parent.width - 32 : 400, 520)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 3) : 0
    padding: Theme.margin
    standardButtons: Dialog.Cancel

    function openFor(id, title, responsibleId) {
        itemId = id
        itemTitle = title
        currentId = responsibleId
        open()
    }

    PeopleModel { id: people; office: App.office; people: App.people }

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        Label {
            text: dialog.itemTitle
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Flow {
            spacing: Theme.gap
            Layout.fillWidth: true
            Repeater {
                model: people
                delegate: PersonChip {
                    objectName: "hand_" + firstName
                    checked: dialog.currentId === personId
                    onClicked: {
                        dialog.close()
                        if (personId !== dialog.currentId)
                            dialog.chosen(dialog.itemId, personId, firstName)
                    }
                }
            }
        }
    }
}
