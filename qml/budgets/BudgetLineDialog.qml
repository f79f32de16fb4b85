// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// A new budget line for the year the page shows, or a line's name and amount changed.
// Remove sits apart, and the page offers undo.
Dialog {
    id: dialog
    signal saved(string name)
    signal removed(string lineId, string name)
    title: editor.found ? qsTr("Edit budget line") : qsTr("New budget line %1").arg(editor.year)
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 480)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Save | Dialog.Cancel

    BudgetLineEditor { id: editor; objectName: "lineEditor"; office: App.office; people: App.people }
    readonly property bool canEdit: editor.canEdit

    function restore(lineId) { return editor.restore(lineId) }
    function openFor(lineId, year) {
        editor.lineId = ""   // read again even when it is the same line
        editor.year = year
        editor.lineId = lineId
        nameField.text = editor.name
        nameField.cursorPosition = 0
        amountField.text = editor.amount
        errorLabel.text = ""
        open()
    }
    onAccepted: {
        const error = editor.save(nameField.text, amountField.text)
        errorLabel.text = error
        if (error === "")
            saved(nameField.text.trim())
        else
            open()   // a refusal keeps what was typed, with the reason
    }
    Component.onCompleted: standardButton(Dialog.Save).objectName = "saveLine"

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        TextField {
            id: nameField
            objectName: "lineName"
            placeholderText: qsTr("What for (office supplies, the outing)")
            Layout.fillWidth: true
        }
        TextField {
            id: amountField
            objectName: "lineAmount"
            placeholderText: qsTr("Amount for the year (€)")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Layout.fillWidth: true
        }
        Label {
            id: errorLabel
            objectName: "lineError"
            visible: text !== ""
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "removeLine"
            visible: editor.found
            text: qsTr("Remove line")
            flat: true
            leftPadding: 0
            Material.foreground: Theme.warning
            Layout.preferredHeight: Theme.touch
            onClicked: {
                const id = editor.lineId, name = editor.name
                if (editor.remove()) {
                    dialog.close()
                    dialog.removed(id, name)
                }
            }
        }
    }
}
