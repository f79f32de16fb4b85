// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// Reporting a colleague sick in a few taps: who, since today or yesterday, and a reason
// that only the office manager and admins will see (it may stay empty).
Dialog {
    id: dialog
    property AbsenceListModel absences
    signal reported(string absenceId)
    title: qsTr("Report sick")
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 520)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Save | Dialog.Cancel

    PeopleModel { id: people; office: App.office; people: App.people }

    onAboutToShow: {
        picker.currentIndex = -1
        today.checked = true
        reasonField.text = ""
    }
    onAccepted: {
        if (!absences || picker.currentIndex < 0)
            return
        const id = absences.report(people.idAt(picker.currentIndex), yesterday.checked,
                                   reasonField.text, "")
        if (id !== "")
            reported(id)
    }
    Component.onCompleted: standardButton(Dialog.Save).objectName = "save"

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        ComboBox {
            id: picker
            objectName: "person"
            model: people
            textRole: "name"
            displayText: currentIndex < 0 ? qsTr("Who?") : currentText
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
        }
        RowLayout {
            spacing: Theme.gap
            RadioButton { id: today; objectName: "sinceToday"; text: qsTr("Since today"); checked: true }
            RadioButton { id: yesterday; objectName: "sinceYesterday"; text: qsTr("Since yesterday") }
        }
        TextField {
            id: reasonField
            objectName: "reason"
            placeholderText: qsTr("Reason (optional)")
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Colleagues see only that they are absent; the reason stays with you.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
