// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The office manager's personnel calendar: who is absent (with the reason, for her only),
// reporting someone sick in a few taps, back today, removing with undo; the birthdays, work
// anniversaries and new colleagues of the coming month, a start's onboarding checklist in
// one tap. Opening the page makes the reminders due into her tasks, once. Two columns on a
// tablet, one on a phone.
Page {
    id: page
    objectName: "personnel"
    readonly property bool wide: width >= Theme.wideBreakpoint
    background: Rectangle { color: Theme.background }

    AbsenceListModel {
        id: absenceModel
        objectName: "absenceList"
        view: AbsenceListModel.Current
        office: App.office
        people: App.people
    }
    PersonnelDatesModel { id: dateModel; objectName: "personnelDates"; office: App.office; people: App.people }
    ChecklistRunsModel { id: runs; office: App.office; people: App.people }

    // On the page, not in the row: removing the leave destroys its row.
    function removeAbsence(id, who) {
        if (absenceModel.remove(id))
            undoBar.show(qsTr("Sick leave of %1 removed").arg(who), qsTr("Undo"),
                         function() { absenceModel.restore(id) })
    }

    Component.onCompleted: {
        const made = dateModel.makeReminders()
        if (made > 0)
            undoBar.show(qsTr("%n reminder(s) added to your tasks", "", made))
    }

    header: PageHeader {
        title: qsTr("Personnel")
        subtitle: absenceModel.count === 0 ? qsTr("Nobody is absent")
                                           : qsTr("%n colleague(s) absent", "", absenceModel.count)
        ToolButton {
            objectName: "reportSick"
            visible: absenceModel.canEdit
            text: "+"
            font.pixelSize: 26
            Layout.preferredWidth: Theme.touch
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("Report sick")
            onClicked: form.open()
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        clip: true
        contentHeight: columns.implicitHeight + Theme.margin + Theme.floatingRoom
        onContentYChanged: FloatingButton.listMoved(flick)
        GridLayout {
            id: columns
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin

            Card {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                ColumnLayout {
                    width: parent.width
                    spacing: 0
                    SectionLabel { text: qsTr("Absent"); Layout.topMargin: 0 }
                    Repeater {
                        objectName: "absences"
                        model: absenceModel
                        delegate: AbsenceDelegate {
                            canEdit: absenceModel.canEdit
                            Layout.fillWidth: true
                            onBackRequested: absenceModel.end(absenceId)
                            onVisitRequested: visitDialog.openFor(absenceId, name)
                            onRemoveRequested: page.removeAbsence(absenceId, name)
                        }
                    }
                    Label {
                        visible: absenceModel.count === 0
                        text: qsTr("Everyone is in.")
                        color: Theme.textMuted
                        Layout.topMargin: Theme.gap
                    }
                    Button {
                        objectName: "reportSickButton"
                        visible: absenceModel.canEdit
                        text: qsTr("Report sick")
                        highlighted: true
                        Layout.topMargin: Theme.gap
                        Layout.preferredHeight: Theme.touch
                        onClicked: form.open()
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                ColumnLayout {
                    width: parent.width
                    spacing: 0
                    SectionLabel { text: qsTr("Coming up"); Layout.topMargin: 0 }
                    Repeater {
                        objectName: "personnelDateRows"
                        model: dateModel
                        delegate: PersonnelDateDelegate {
                            Layout.fillWidth: true
                            onOnboardingRequested: {
                                onboardMenu.personId = personId
                                onboardMenu.popup()
                            }
                        }
                    }
                    Label {
                        visible: dateModel.count === 0
                        text: qsTr("No birthdays, anniversaries or new colleagues in the next %n day(s).",
                                   "", dateModel.days)
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.gap
                    }
                    Button {
                        objectName: "editDates"
                        visible: absenceModel.canEdit
                        text: qsTr("Dates of a colleague…")
                        flat: true
                        Layout.topMargin: Theme.gap
                        onClicked: datesDialog.openNew()
                    }
                }
            }
        }
    }

    // The onboarding starts from a checklist template the user picks.
    Menu {
        id: onboardMenu
        objectName: "onboardMenu"
        property string personId
        Instantiator {
            model: runs.templates
            delegate: MenuItem {
                required property var modelData
                text: modelData.name
                height: Theme.touch
                onTriggered: {
                    if (dateModel.startOnboarding(onboardMenu.personId, modelData.id))
                        undoBar.show(qsTr("Onboarding checklist started"))
                }
            }
            onObjectAdded: (index, object) => onboardMenu.insertItem(index, object)
            onObjectRemoved: (index, object) => onboardMenu.removeItem(object)
        }
    }

    SickLeaveForm { id: form; objectName: "sickLeaveForm"; absences: absenceModel }
    PersonnelDatesDialog {
        id: datesDialog
        objectName: "datesDialog"
        dates: dateModel
        onSaved: function(name) { undoBar.show(qsTr("Dates of %1 saved").arg(name)) }
    }
    DoctorVisitDialog {
        id: visitDialog
        objectName: "doctorVisitDialog"
        absences: absenceModel
        onAdded: function(visit) {
            const id = visitDialog.absenceId
            undoBar.show(qsTr("Company doctor %1 for %2").arg(absenceModel.visitText(visit))
                         .arg(visitDialog.name), qsTr("Undo"),
                         function() { absenceModel.removeDoctorVisit(id, visit) })
        }
    }
    Snackbar { id: undoBar; objectName: "personnelUndo" }
}
