// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// A new supply item, or one of the stock: its name and unit, the stock counted, the level
// to reorder at, the supplier and the price. Remove sits apart, and the page offers undo.
Dialog {
    id: dialog
    signal saved(string name)
    signal removed(string itemId, string name)
    title: editor.found ? qsTr("Edit supply item") : qsTr("New supply item")
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 520)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Save | Dialog.Cancel

    SupplyItemEditor { id: editor; objectName: "itemEditor"; office: App.office; people: App.people }

    function restore(itemId) { return editor.restore(itemId) }
    function openFor(itemId) {
        editor.itemId = ""   // read again even when it is the same item
        editor.itemId = itemId
        nameField.text = editor.name
        nameField.cursorPosition = 0
        unitField.text = editor.unit
        stockBox.value = editor.stock
        reorderBox.value = editor.found ? editor.reorderLevel : 5
        supplierField.text = editor.supplier
        priceField.text = editor.price
        errorLabel.text = ""
        open()
    }
    onAccepted: {
        const error = editor.save(nameField.text, unitField.text, stockBox.value,
                                  reorderBox.value, supplierField.text, priceField.text)
        errorLabel.text = error
        if (error === "")
            saved(nameField.text.trim())
        else
            open()   // a refusal keeps what was typed, with the reason
    }
    Component.onCompleted: standardButton(Dialog.Save).objectName = "saveItem"

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        TextField {
            id: nameField
            objectName: "itemName"
            placeholderText: qsTr("What (printer paper A4)")
            Layout.fillWidth: true
        }
        GridLayout {
            columns: 2
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap
            Layout.fillWidth: true
            Label { text: qsTr("In stock"); color: Theme.textMuted }
            Label { text: qsTr("Reorder at"); color: Theme.textMuted }
            SpinBox {
                id: stockBox
                objectName: "itemStock"
                from: 0; to: 999999999
                editable: true
                Layout.fillWidth: true
                Accessible.name: qsTr("In stock")
            }
            SpinBox {
                id: reorderBox
                objectName: "itemReorder"
                from: 0; to: 999999999
                editable: true
                Layout.fillWidth: true
                Accessible.name: qsTr("Reorder at")
            }
            Label { text: qsTr("Unit"); color: Theme.textMuted }
            Label { text: qsTr("Price per unit (€)"); color: Theme.textMuted }
            TextField {
                id: unitField
                objectName: "itemUnit"
                placeholderText: qsTr("box, pack")
                Layout.fillWidth: true
            }
            TextField {
                id: priceField
                objectName: "itemPrice"
                placeholderText: "0,00"
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Layout.fillWidth: true
            }
        }
        Label { text: qsTr("Supplier"); color: Theme.textMuted }
        TextField {
            id: supplierField
            objectName: "itemSupplier"
            Layout.fillWidth: true
        }
        Label {
            id: errorLabel
            objectName: "itemError"
            visible: text !== ""
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "removeItem"
            visible: editor.found
            text: qsTr("Remove item")
            flat: true
            leftPadding: 0
            Material.foreground: Theme.warning
            Layout.preferredHeight: Theme.touch
            onClicked: {
                const id = editor.itemId, name = editor.name
                if (editor.remove()) {
                    dialog.close()
                    dialog.removed(id, name)
                }
            }
        }
    }
}
