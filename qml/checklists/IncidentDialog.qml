// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// Logs what went wrong during a run; the time is taken when it is saved.
Dialog {
    id: dialog
    property ChecklistRunModel run
    title: qsTr("Log an incident")
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 520)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 3) : 0
    standardButtons: Dialog.Save | Dialog.Cancel
    onOpened: field.forceActiveFocus()
    onAccepted: {
        if (run && run.addIncident(field.text))
            field.text = ""
    }
    TextArea {
        id: field
        width: parent.width
        placeholderText: qsTr("What happened? (e.g. lift out of order, movers 30 min late)")
        wrapMode: TextEdit.Wrap
    }
}
