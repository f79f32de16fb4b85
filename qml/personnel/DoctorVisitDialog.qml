// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The company doctor's visit for a colleague on sick leave, in three taps: the day (today
// and the next three weeks, starting on the next working day), the time, Save. Only the office manager and admins keep it.
Dialog {
    id: dialog
    property AbsenceListModel absences
    property string absenceId
    property string name
    signal added(string visit)
    title: qsTr("Company doctor for %1").arg(name)
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 520)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Save | Dialog.Cancel

    // Half hours from 07:00 to 19:00.
    readonly property int firstMinute: 7 * 60
    function openFor(id, who) {
        absenceId = id
        name = who
        days.model = absences ? absences.visitDays() : []
        days.currentIndex = absences ? Math.min(absences.firstVisitDay(), days.count - 1) : 0
        times.currentIndex = 4  // 09:00
        open()
    }
    onAccepted: {
        if (!absences || absenceId === "")
            return
        const visit = absences.addDoctorVisit(absenceId, days.currentIndex,
                                              firstMinute + 30 * times.currentIndex)
        if (visit !== "")
            added(visit)
    }
    Component.onCompleted: standardButton(Dialog.Save).objectName = "save"

    RowLayout {
        width: parent.width
        spacing: Theme.gap
        ComboBox {
            id: days
            objectName: "visitDay"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
        }
        ComboBox {
            id: times
            objectName: "visitTime"
            model: 25
            displayText: Qt.formatTime(new Date(2000, 0, 1, 7 + Math.floor(currentIndex / 2),
                                                (currentIndex % 2) * 30), "HH:mm")
            delegate: ItemDelegate {
                required property int index
                width: ListView.view ? ListView.view.width : implicitWidth
                text: Qt.formatTime(new Date(2000, 0, 1, 7 + Math.floor(index / 2),
                                             (index % 2) * 30), "HH:mm")
            }
            Layout.preferredWidth: 120
            Layout.preferredHeight: Theme.touch
        }
    }
}
