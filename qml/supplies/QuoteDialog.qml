// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// A supplier's quote for a purchase: who, the price in euros and notes (delivery, service).
Dialog {
    id: dialog
    required property PurchaseListModel purchases
    signal saved(string supplier)
    property string purchaseId
    property string purchaseTitle
    title: qsTr("Quote for %1").arg(purchaseTitle)
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 520)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Save | Dialog.Cancel

    function openFor(id, title) {
        purchaseId = id
        purchaseTitle = title
        supplierField.text = ""
        priceField.text = ""
        notesField.text = ""
        errorLabel.text = ""
        open()
    }
    onAccepted: {
        if (purchases.addQuote(purchaseId, supplierField.text, priceField.text, notesField.text)) {
            saved(supplierField.text.trim())
        } else {
            errorLabel.text = purchases.error
            open()   // a refusal keeps what was typed, with the reason
        }
    }
    Component.onCompleted: standardButton(Dialog.Save).objectName = "saveQuote"

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        TextField {
            id: supplierField
            objectName: "quoteSupplier"
            placeholderText: qsTr("Supplier")
            Layout.fillWidth: true
        }
        TextField {
            id: priceField
            objectName: "quotePrice"
            placeholderText: qsTr("Price in euros")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Layout.fillWidth: true
        }
        TextField {
            id: notesField
            objectName: "quoteNotes"
            placeholderText: qsTr("Notes (delivery, service)")
            Layout.fillWidth: true
        }
        Label {
            id: errorLabel
            objectName: "quoteError"
            visible: text !== ""
            color: Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
