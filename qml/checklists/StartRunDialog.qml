import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// A new run: pick a template, a day, optionally a name.
Dialog {
    id: dialog
    property ChecklistRunsModel runs
    property int templateIndex: 0
    property int dayOffset: 0
    signal started(string runId)
    title: qsTr("Start a checklist")
    modal: true
    width: Math.min(parent ? parent.width - 32 : 400, 520)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Ok | Dialog.Cancel
    onAccepted: {
        const templates = runs ? runs.templates : []
        if (templateIndex < templates.length) {
            const id = runs.startRun(templates[templateIndex].id, nameField.text, dayOffset)
            if (id !== "")
                started(id)
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        SectionLabel { text: qsTr("Template") }
        Repeater {
            model: dialog.runs ? dialog.runs.templates : []
            delegate: RadioDelegate {
                required property int index
                required property var modelData
                text: qsTr("%1 (%n item(s))", "", modelData.items).arg(modelData.name)
                checked: dialog.templateIndex === index
                onClicked: dialog.templateIndex = index
                Layout.fillWidth: true
            }
        }
        SectionLabel { text: qsTr("Day") }
        Flow {
            spacing: Theme.gap
            Layout.fillWidth: true
            Repeater {
                model: [{ offset: 0, label: qsTr("Today") }, { offset: 1, label: qsTr("Tomorrow") },
                        { offset: 7, label: qsTr("In a week") }, { offset: 14, label: qsTr("In two weeks") }]
                delegate: Chip {
                    required property var modelData
                    text: modelData.label
                    checked: dialog.dayOffset === modelData.offset
                    onClicked: dialog.dayOffset = modelData.offset
                }
            }
        }
        TextField {
            id: nameField
            placeholderText: qsTr("Name (optional)")
            Layout.fillWidth: true
        }
    }
}
