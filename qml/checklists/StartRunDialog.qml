// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// A new checklist: pick a template, the day it is for (a quick choice, or the real move day
// on the calendar), optionally a name.
Dialog {
    id: dialog
    property ChecklistRunsModel runs
    property int templateIndex: 0
    property string day: ""           // yyyy-MM-dd
    signal started(string runId)
    title: qsTr("Start a checklist")
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 520)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Ok | Dialog.Cancel

    function isoOf(date) {
        return Qt.formatDate(date, "yyyy-MM-dd")
    }
    function addDays(iso, days) {
        const parts = iso.split("-")
        return isoOf(new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]) + days))
    }

    onAboutToShow: {
        day = runs ? runs.today() : ""
        const parts = day.split("-")
        calendar.year = Number(parts[0])
        calendar.month = Number(parts[1]) - 1
        nameField.text = ""
    }
    onAccepted: {
        const templates = runs ? runs.templates : []
        if (templateIndex < templates.length) {
            const id = runs.startRunOn(templates[templateIndex].id, nameField.text, day)
            if (id !== "")
                started(id)
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight
        implicitHeight: column.implicitHeight
        clip: true
        // What does not fit (the calendar's last weeks on a short screen) is shown to be there.
        ScrollBar.vertical: ScrollBar {
            id: bar
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
        }
        ColumnLayout {
            id: column
            // Beside the bar, not under it: it covered the calendar's Sundays.
            width: parent.width - (bar.policy === ScrollBar.AlwaysOn ? bar.width + 4 : 0)
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
            // Above the calendar: a short window must not hide it below the fold.
            TextField {
                id: nameField
                placeholderText: qsTr("Name (optional)")
                Layout.fillWidth: true
            }
            SectionLabel { text: qsTr("Day") }
            Label {
                objectName: "chosenDay"
                text: dialog.runs ? dialog.runs.dayText(dialog.day) : ""
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
            }
            // Said before it starts, not found out after: a run for a day close by begins
            // with its earlier items late.
            Label {
                objectName: "startsOverdue"
                readonly property var templates: dialog.runs ? dialog.runs.templates : []
                readonly property int count: dialog.runs && dialog.templateIndex < templates.length
                    ? dialog.runs.startsOverdue(templates[dialog.templateIndex].id, dialog.day) : 0
                visible: count > 0
                text: qsTr("%n item(s) will start overdue: their time has already passed.", "", count)
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Flow {
                spacing: Theme.gap
                Layout.fillWidth: true
                Repeater {
                    model: [{ offset: 0, label: qsTr("Today") }, { offset: 1, label: qsTr("Tomorrow") },
                            { offset: 7, label: qsTr("In a week") }]
                    delegate: Chip {
                        required property var modelData
                        text: modelData.label
                        checked: dialog.runs !== null && dialog.day === dialog.addDays(dialog.runs.today(), modelData.offset)
                        onClicked: dialog.day = dialog.addDays(dialog.runs.today(), modelData.offset)
                    }
                }
            }
            // Any other day: the month on a calendar, a tap on the day.
            RowLayout {
                Layout.fillWidth: true
                ToolButton {
                    text: "‹"; font.pixelSize: 24
                    Accessible.name: qsTr("Previous month")
                    onClicked: {
                        if (calendar.month === 0) { calendar.month = 11; calendar.year -= 1 }
                        else calendar.month -= 1
                    }
                }
                Label {
                    text: calendar.title
                    horizontalAlignment: Text.AlignHCenter
                    font.weight: Font.Medium
                    color: Theme.text
                    Layout.fillWidth: true
                }
                ToolButton {
                    text: "›"; font.pixelSize: 24
                    Accessible.name: qsTr("Next month")
                    onClicked: {
                        if (calendar.month === 11) { calendar.month = 0; calendar.year += 1 }
                        else calendar.month += 1
                    }
                }
            }
            DayOfWeekRow {
                locale: calendar.locale
                Layout.fillWidth: true
            }
            MonthGrid {
                id: calendar
                objectName: "calendar"
                Layout.fillWidth: true
                delegate: Label {
                    required property var model
                    readonly property string iso: dialog.isoOf(model.date)
                    readonly property bool chosen: iso === dialog.day
                    text: model.day
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    height: 40
                    opacity: model.month === calendar.month ? 1 : 0.35
                    color: chosen ? "white" : Theme.text
                    font.weight: chosen ? Font.Bold : Font.Normal
                    background: Rectangle {
                        visible: parent.chosen
                        radius: height / 2
                        color: Theme.primary
                    }
                }
                onClicked: function(date) {
                    const iso = dialog.isoOf(date)
                    if (dialog.runs && iso >= dialog.runs.today())
                        dialog.day = iso
                }
            }
        }
    }
}
