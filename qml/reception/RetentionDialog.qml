// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// How long the office keeps visitors' names after their visit; after that the server
// empties them everywhere, and the visit stays counted without a name.
Dialog {
    id: dialog
    required property ReceptionModel reception
    signal saved(int days)
    title: qsTr("Keep visitor names")
    modal: true
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 440)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Save | Dialog.Cancel

    function openNow() {
        daysBox.value = reception.retentionDays
        open()
    }
    onAccepted: {
        if (reception.setRetentionDays(daysBox.value))
            saved(daysBox.value)
    }
    Component.onCompleted: standardButton(Dialog.Save).objectName = "saveRetention"

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        Label {
            text: qsTr("Days after the visit")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        SpinBox {
            id: daysBox
            objectName: "retentionDays"
            from: 0
            to: dialog.reception.maxRetentionDays
            editable: true
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Names and organisations are then removed from every device; when and for whom stay.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
