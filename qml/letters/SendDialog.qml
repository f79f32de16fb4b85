// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// "Sent": by post or by e-mail, and on which day (today unless told otherwise).
Dialog {
    id: dialog
    signal chosen(int via, string day)
    property int via: Letter.Post
    title: qsTr("Letter sent")
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 420)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Ok | Dialog.Cancel

    function openFor(today) {
        via = Letter.Post
        dayField.text = today
        open()
    }
    onAccepted: chosen(via, dayField.text)

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        RadioButton {
            objectName: "byPost"
            text: qsTr("By post")
            checked: dialog.via === Letter.Post
            onClicked: dialog.via = Letter.Post
        }
        RadioButton {
            objectName: "byEmail"
            text: qsTr("By e-mail")
            checked: dialog.via === Letter.Email
            onClicked: dialog.via = Letter.Email
        }
        TextField {
            id: dayField
            objectName: "dayField"
            placeholderText: qsTr("Day (year-month-day)")
            inputMethodHints: Qt.ImhDate
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("The letter is filed in the archive with its PDF and the notes.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
