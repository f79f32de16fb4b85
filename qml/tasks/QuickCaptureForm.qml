// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// Capture a task handed over in passing: type it, and one tap saves it. Who does it
// (oneself unless chosen), when and whether it is urgent are chips, never a form.
ColumnLayout {
    id: form
    property string assigneeId: App.personId
    property int due: Task.Today
    property bool dueTapped: false
    // Until a "when" chip is tapped, a day the title names ("morgen", "tomorrow") decides.
    readonly property int dueMeant: dueTapped ? due : capture.dueInTitle(titleField.text, due)
    property bool urgent: false
    readonly property alias titleField: titleField
    // What was saved, said where it is shown: a task for someone else leaves one's own
    // lists, so the message is the only sign it went.
    signal saved(string taskId, string message)
    spacing: Theme.gap

    // Each capture starts from oneself, today, not urgent: a chip tapped once must not send
    // the next task to the same colleague.
    function reset() {
        titleField.text = ""
        clearedTitle = ""
        assigneeId = Qt.binding(function() { return App.personId })
        due = Task.Today
        dueTapped = false
        urgent = false
        capture.clearError()
    }

    QuickCapture {
        id: capture
        office: App.office; people: App.people
        onCaptured: function(taskId, message) {
            form.reset()
            form.saved(taskId, message)
        }
    }
    PeopleModel { id: people; office: App.office; people: App.people }

    // A draft kept from before is cleared in one tap, and brought back with Undo until
    // something new is typed: a stray tap loses nothing.
    property string clearedTitle: ""
    RowLayout {
        Layout.fillWidth: true
        spacing: 0
        TextField {
            id: titleField
            placeholderText: qsTr("What needs doing?")
            font.pixelSize: Theme.fontBody + 2
            Layout.fillWidth: true
            onAccepted: capture.capture(text, form.assigneeId, form.dueMeant, form.urgent)
            // displayText: a word the keyboard is still composing counts as typed.
            onDisplayTextChanged: if (displayText !== "") form.clearedTitle = ""
        }
        ToolButton {
            objectName: "clearTitle"
            visible: titleField.displayText !== ""
            focusPolicy: Qt.NoFocus // the keyboard stays up
            text: "✕"
            Accessible.name: qsTr("Clear")
            ToolTip.text: qsTr("Clear")
            ToolTip.visible: hovered
            Layout.preferredWidth: Theme.touch
            Layout.preferredHeight: Theme.touch
            onClicked: {
                Qt.inputMethod.commit()
                const title = titleField.text
                titleField.text = ""
                form.clearedTitle = title
                titleField.forceActiveFocus()
            }
        }
        ToolButton {
            objectName: "restoreTitle"
            visible: titleField.displayText === "" && form.clearedTitle !== ""
            focusPolicy: Qt.NoFocus
            text: qsTr("Undo")
            Accessible.name: qsTr("Bring back “%1”").arg(form.clearedTitle)
            ToolTip.text: Accessible.name
            ToolTip.visible: hovered
            Layout.minimumWidth: Theme.touch
            Layout.preferredHeight: Theme.touch
            onClicked: {
                titleField.text = form.clearedTitle
                titleField.forceActiveFocus()
            }
        }
    }
    // A time in the title sets the time the task is due, said here so that it is no surprise.
    // Its line is there while it is empty: the chips below stay put as the title is typed.
    Label {
        objectName: "titleTime"
        text: capture.titleTimeText(titleField.text, form.dueMeant)
        color: capture.titleTimeGone(titleField.text, form.dueMeant) ? Theme.warning : Theme.accent
        font.pixelSize: Theme.fontSmall
        font.weight: Font.Medium
    }
    Label {
        visible: capture.error !== ""
        text: capture.error
        color: Theme.warning
    }
    SectionLabel { text: qsTr("Who") }
    // Everyone reachable without scrolling sideways, the likeliest first.
    Flow {
        spacing: Theme.gap
        Layout.fillWidth: true
        Repeater {
            model: people
            delegate: PersonChip {
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
            model: [{ key: Task.Today, label: qsTr("Today") }, { key: Task.Tomorrow, label: qsTr("Tomorrow") },
                    { key: Task.ThisWeek, label: qsTr("This week") }, { key: Task.None, label: qsTr("No date") }]
            delegate: Chip {
                required property var modelData
                text: modelData.label
                checked: form.dueMeant === modelData.key
                onClicked: {
                    form.due = modelData.key
                    form.dueTapped = true
                }
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
    Button {
        text: qsTr("Save task")
        highlighted: true
        Material.accent: Theme.primary
        Layout.fillWidth: true
        Layout.preferredHeight: 56
        Layout.topMargin: Theme.gap
        onClicked: capture.capture(titleField.text, form.assigneeId, form.dueMeant, form.urgent)
    }
}
