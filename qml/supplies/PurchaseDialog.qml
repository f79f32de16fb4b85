// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// A bigger purchase (the new copier): what it is, the budget line of this year it is
// charged to, and notes. Its quotes are added on its card.
Dialog {
    id: dialog
    required property PurchaseListModel purchases
    signal saved(string title)
    property string lineId
    title: qsTr("New purchase")
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 520)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Save | Dialog.Cancel

    BudgetListModel { id: lines; office: App.office; people: App.people }

    function openNew() {
        titleField.text = ""
        notesField.text = ""
        lineId = ""
        errorLabel.text = ""
        open()
    }
    onAccepted: {
        if (purchases.add(titleField.text, lineId, notesField.text) !== "") {
            saved(titleField.text.trim())
        } else {
            errorLabel.text = purchases.error
            open()   // a refusal keeps what was typed, with the reason
        }
    }
    Component.onCompleted: standardButton(Dialog.Save).objectName = "savePurchase"

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        TextField {
            id: titleField
            objectName: "purchaseTitle"
            placeholderText: qsTr("What (a new copier)")
            Layout.fillWidth: true
        }
        SectionLabel { text: qsTr("Charged to") }
        Flow {
            objectName: "purchaseLines"
            spacing: Theme.gap
            Layout.fillWidth: true
            Repeater {
                model: lines
                delegate: Chip {
                    required property string lineId
                    required property string name
                    objectName: "line_" + name
                    text: name
                    checked: dialog.lineId === lineId
                    onClicked: dialog.lineId = lineId
                }
            }
        }
        TextField {
            id: notesField
            objectName: "purchaseNotes"
            placeholderText: qsTr("Notes (what it must do)")
            Layout.fillWidth: true
        }
        Label {
            id: errorLabel
            objectName: "purchaseError"
            visible: text !== ""
            color: Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
