import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// A task opened with a tap on its text: what it says, who does it, when, urgent; or delete
// (the page offers undo).
Dialog {
    id: sheet
    signal deleted(string taskId, string title)
    property alias taskId: editor.taskId
    property string assigneeId
    property string due: "keep"
    property bool urgent
    title: qsTr("Task")
    modal: true
    width: Math.min(parent ? parent.width - 32 : 400, 560)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    padding: Theme.margin

    TaskEditor { id: editor }
    PeopleModel { id: people }

    onAboutToShow: {
        editor.reload()
        titleField.text = editor.title
        notesField.text = editor.notes
        assigneeId = editor.assigneeId
        due = editor.dueText !== "" ? "keep" : "none"
        urgent = editor.urgent
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        TextField {
            id: titleField
            font.pixelSize: Theme.fontBody + 2
            Layout.fillWidth: true
        }
        TextArea {
            id: notesField
            placeholderText: qsTr("Notes")
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
        }
        SectionLabel { text: qsTr("Who") }
        // Everyone reachable without scrolling sideways, the likeliest first.
        Flow {
            spacing: Theme.gap
            Layout.fillWidth: true
            Repeater {
                model: people
                delegate: Chip {
                    required property string personId
                    required property string firstName
                    required property bool isMe
                    text: isMe ? qsTr("Me") : firstName
                    checked: sheet.assigneeId === personId
                    onClicked: sheet.assigneeId = personId
                }
            }
        }
        SectionLabel { text: qsTr("When") }
        Flow {
            spacing: Theme.gap
            Layout.fillWidth: true
            Repeater {
                // The due time it has stays the first choice; without one, "No date" is it.
                model: (editor.dueText !== "" ? [{ key: "keep", label: editor.dueText }] : []).concat(
                        [{ key: "today", label: qsTr("Today") }, { key: "tomorrow", label: qsTr("Tomorrow") },
                         { key: "week", label: qsTr("This week") }, { key: "none", label: qsTr("No date") }])
                delegate: Chip {
                    required property var modelData
                    text: modelData.label
                    checked: sheet.due === modelData.key
                    onClicked: sheet.due = modelData.key
                }
            }
        }
        // Urgent is not a time: a switch of its own, apart from the "when" choices.
        Switch {
            objectName: "urgentSwitch"
            text: qsTr("Urgent")
            checked: sheet.urgent
            onToggled: sheet.urgent = checked
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
                    const id = sheet.taskId
                    const name = editor.title
                    if (editor.remove()) {
                        sheet.close()
                        sheet.deleted(id, name)
                    }
                }
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Save")
                highlighted: true
                Material.accent: Theme.primary
                Layout.preferredHeight: 56
                Layout.preferredWidth: 140
                onClicked: if (editor.save(titleField.text, notesField.text, sheet.assigneeId, sheet.due, sheet.urgent)) sheet.close()
            }
        }
    }
}
