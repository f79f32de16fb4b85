// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The + button on every page opens this; typing the task and "Save task" are the two taps.
// A tap outside closes it but keeps the draft: the next + shows it again. The form starts
// afresh only after a save.
Dialog {
    id: dialog
    objectName: "capture"
    signal saved(string taskId, string message)
    title: qsTr("New task")
    modal: true
    width: Math.min(parent ? parent.width - 32 : 400, 520)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 3) : 0
    padding: Theme.margin

    onOpened: captureForm.titleField.forceActiveFocus()

    QuickCaptureForm {
        id: captureForm
        width: parent.width
        onSaved: function(taskId, message) {
            dialog.close()
            dialog.saved(taskId, message)
        }
    }
}
