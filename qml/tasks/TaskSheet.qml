// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// A task opened with a tap on its text, on a phone: its form in a dialog.
Dialog {
    id: sheet
    signal deleted(string taskId, string title)
    signal handed(string taskId, string title, string toId, string fromId)
    property alias taskId: form.taskId
    title: qsTr("Task")
    modal: true
    width: Math.min(parent ? parent.width - 32 : 400, 560)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    padding: Theme.margin

    onAboutToShow: form.load()

    TaskForm {
        id: form
        width: parent.width
        onDone: sheet.close()
        onDeleted: function(taskId, title) { sheet.deleted(taskId, title) }
        onHanded: function(taskId, title, toId, fromId) { sheet.handed(taskId, title, toId, fromId) }
    }
}
