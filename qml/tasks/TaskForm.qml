// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// A task's own form: what it says, notes, who does it, when, urgent; save or delete (the
// page offers undo). The phone shows it in a dialog, the tablet in the side pane.
ColumnLayout {
    id: form
    signal deleted(string taskId, string title)
    // Saved with another person doing it: the page says to whom and offers to hand it back.
    signal handed(string taskId, string title, string toId, string fromId)
    signal done()
    property alias taskId: editor.taskId
    property string assigneeId
    property int due: Task.Keep
    property bool urgent
    spacing: Theme.gap

    // Takes the task's current values into the fields.
    function load() {
        editor.reload()
        titleField.text = editor.title
        titleField.cursorPosition = 0  // a long title shows its beginning
        notesField.text = editor.notes
        assigneeId = editor.assigneeId
        due = editor.dueText !== "" ? Task.Keep : Task.None
        urgent = editor.urgent
    }

    TaskEditor { id: editor; office: App.office; people: App.people }
    PeopleModel { id: people; office: App.office; people: App.people }

    TextField {
        id: titleField
        objectName: "taskTitle"
        font.pixelSize: Theme.fontBody + 2
        Layout.fillWidth: true
    }
    TextArea {
        id: notesField
        placeholderText: qsTr("Notes")
        wrapMode: TextEdit.Wrap
        Layout.fillWidth: true
    }
    Button {
        objectName: "taskContact"
        visible: editor.contactName !== ""
        text: qsTr("About %1").arg(editor.contactName) + " ›"
        flat: true
        onClicked: Navigation.open("contact", { contactId: editor.contactId })
    }
    SectionLabel { text: qsTr("Who") }
    // Everyone reachable without scrolling sideways, the likeliest first.
    Flow {
        spacing: Theme.gap
        Layout.fillWidth: true
        Repeater {
            model: people
            delegate: PersonChip {
                objectName: "assignee_" + firstName
                checked: form.assigneeId === personId
                onClicked: form.assigneeId = personId
            }
        }
    }
    SectionLabel { text: qsTr("When") }
    Flow {
        spacing: Theme.gap
        Layout.fillWidth: true
        Repeater {
            // The due time it has stays the first choice; without one, "No date" is it.
            model: (editor.dueText !== "" ? [{ key: Task.Keep, label: editor.dueText }] : []).concat(
                    [{ key: Task.Today, label: qsTr("Today") }, { key: Task.Tomorrow, label: qsTr("Tomorrow") },
                     { key: Task.ThisWeek, label: qsTr("This week") }, { key: Task.None, label: qsTr("No date") }])
            delegate: Chip {
                required property var modelData
                text: modelData.label
                checked: form.due === modelData.key
                onClicked: form.due = modelData.key
            }
        }
    }
    // Urgent is not a time: a switch of its own, apart from the "when" choices.
    Switch {
        objectName: "urgentSwitch"
        text: qsTr("Urgent")
        checked: form.urgent
        onToggled: form.urgent = checked
        Layout.preferredHeight: Theme.touch
    }
    Label {
        visible: editor.error !== ""
        text: editor.error
        color: Theme.warning
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        Button {
            text: qsTr("Delete")
            flat: true
            Material.foreground: Theme.warning
            onClicked: {
                const id = form.taskId
                const name = editor.title
                if (editor.remove()) {
                    form.done()
                    form.deleted(id, name)
                }
            }
        }
        Item { Layout.fillWidth: true }
        Button {
            objectName: "saveTask"
            text: qsTr("Save")
            highlighted: true
            Material.accent: Theme.primary
            Layout.preferredHeight: 56
            Layout.preferredWidth: 140
            onClicked: {
                const id = form.taskId
                const from = editor.assigneeId
                const to = form.assigneeId
                if (!editor.save(titleField.text, notesField.text, to, form.due, form.urgent))
                    return
                const title = editor.title
                form.done()
                // Taken back by oneself is no hand-over to speak of.
                if (to !== "" && to !== from && to !== App.personId)
                    form.handed(id, title, to, from)
            }
        }
    }
}
