// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// A colleague's birth date and first working day: a new colleague's start brings the
// onboarding, a birthday the flowers. Picking a colleague shows what is known.
Dialog {
    id: dialog
    required property PersonnelDatesModel dates
    signal saved(string name)
    property string personId
    property string personName
    property string birthWas
    property string startWas
    title: qsTr("Dates of a colleague")
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 560)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Save | Dialog.Cancel

    PeopleModel { id: colleagues; office: App.office; people: App.people }

    function pick(id, name) {
        personId = id
        personName = name
        birthWas = dates.birthDateOf(id)
        startWas = dates.startDateOf(id)
        birthField.text = birthWas
        startField.text = startWas
        errorLabel.text = ""
    }
    function openNew() {
        pick("", "")
        open()
    }
    onAccepted: {
        const why = dates.setDates(personId, birthField.text, startField.text, birthWas, startWas)
        errorLabel.text = why
        if (why === "")
            saved(personName)
        else
            open()   // a refusal keeps what was typed, with the reason
    }
    Component.onCompleted: standardButton(Dialog.Save).objectName = "saveDates"

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        Flow {
            objectName: "datesPeople"
            spacing: Theme.gap
            Layout.fillWidth: true
            Repeater {
                model: colleagues
                delegate: Chip {
                    required property string personId
                    required property string name
                    objectName: "dates_" + name.split(" ")[0]
                    text: name
                    checked: dialog.personId === personId
                    onClicked: dialog.pick(personId, name)
                }
            }
        }
        Label {
            text: qsTr("Born (year-month-day)")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        TextField {
            id: birthField
            objectName: "birthField"
            enabled: dialog.personId !== ""
            placeholderText: qsTr("e.g. 1988-03-14")
            inputMethodHints: Qt.ImhDate
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("First working day (year-month-day)")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        TextField {
            id: startField
            objectName: "startField"
            enabled: dialog.personId !== ""
            placeholderText: qsTr("e.g. 2027-01-04")
            inputMethodHints: Qt.ImhDate
            Layout.fillWidth: true
        }
        Label {
            id: errorLabel
            objectName: "datesError"
            visible: text !== ""
            color: Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
