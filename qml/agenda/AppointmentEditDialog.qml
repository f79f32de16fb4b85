// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// Editing one appointment: title, place, length, notes and confidential (the last two for
// the whole appointment only, not for one of a series). A length that double-books or
// runs into prep time says why and offers to save anyway.
Dialog {
    id: dialog
    required property AppointmentDetails details
    property int minutes: 60
    property bool confidential: false
    property bool tried: false   // the refusal shown belongs to the last Save
    title: qsTr("Edit appointment")
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 560)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    padding: Theme.margin

    onAboutToShow: {
        titleField.text = details.title
        placeField.text = details.place
        notesField.text = details.readFirst
        minutes = details.minutes
        confidential = details.confidential
        tried = false
    }

    function save(force) {
        tried = true
        if (details.edit(titleField.text, placeField.text, minutes, notesField.text, confidential, force))
            close()
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        TextField {
            id: titleField
            objectName: "editTitle"
            placeholderText: qsTr("What")
            font.pixelSize: Theme.fontBody + 2
            onTextEdited: dialog.tried = false
            Layout.fillWidth: true
        }
        TextField {
            id: placeField
            objectName: "editPlace"
            placeholderText: qsTr("Where")
            onTextEdited: dialog.tried = false
            Layout.fillWidth: true
        }
        SectionLabel { text: qsTr("Length") }
        Flow {
            spacing: Theme.gap
            Layout.fillWidth: true
            Repeater {
                // The length it has stays among the choices.
                model: [15, 30, 45, 60, 90, 120].concat(
                           [15, 30, 45, 60, 90, 120].indexOf(dialog.details.minutes) < 0 ? [dialog.details.minutes] : [])
                           .sort(function(a, b) { return a - b })
                delegate: Chip {
                    required property int modelData
                    text: qsTr("%1 min").arg(modelData)
                    checked: dialog.minutes === modelData
                    onClicked: { dialog.minutes = modelData; dialog.tried = false }
                }
            }
        }
        TextArea {
            id: notesField
            objectName: "editNotes"
            visible: !dialog.details.recurring
            placeholderText: qsTr("Read first (notes)")
            wrapMode: TextEdit.Wrap
            onTextChanged: dialog.tried = false
            Layout.fillWidth: true
        }
        Switch {
            objectName: "editConfidential"
            visible: dialog.details.canSetConfidential
            text: qsTr("Confidential")
            checked: dialog.confidential
            onToggled: dialog.confidential = checked
            Layout.preferredHeight: Theme.touch
        }
        Label {
            visible: dialog.details.recurring
            text: qsTr("Changes apply to this one only. Notes and confidentiality belong to the whole series.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Rectangle {
            objectName: "editRefusal"
            visible: dialog.tried && dialog.details.refusal !== ""
            color: Theme.warningSoft
            radius: 8
            Layout.fillWidth: true
            implicitHeight: refusalLabel.implicitHeight + 20
            Label {
                id: refusalLabel
                anchors.fill: parent
                anchors.margins: 10
                text: dialog.details.refusal
                color: Theme.warning
                wrapMode: Text.Wrap
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: dialog.close()
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "saveAnyway"
                visible: dialog.tried && dialog.details.refusal !== ""
                text: qsTr("Save anyway")
                flat: true
                Material.foreground: Theme.warning
                onClicked: dialog.save(true)
            }
            Button {
                objectName: "editSave"
                text: qsTr("Save")
                highlighted: true
                Material.accent: Theme.primary
                Layout.preferredHeight: 56
                Layout.preferredWidth: 120
                onClicked: dialog.save(false)
            }
        }
    }
}
