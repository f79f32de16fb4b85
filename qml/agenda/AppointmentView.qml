// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// An appointment's details: when (local and home), where, who, what to read first; a
// double booking or prep-time intrusion spelled out; moving, editing and cancelling it,
// each with undo.
Flickable {
    id: view
    required property AppointmentDetails details
    contentHeight: column.implicitHeight + 2 * Theme.margin
    clip: true

    ColumnLayout {
        id: column
        x: Theme.margin; y: Theme.margin
        width: view.width - 2 * Theme.margin
        spacing: Theme.margin

        EmptyState {
            visible: !view.details.found
            title: qsTr("Not found")
            text: qsTr("This appointment is no longer in the agenda.")
            Layout.fillWidth: true
        }
        Label {
            visible: view.details.found
            text: view.details.kindText + (view.details.statusText !== "" ? " · " + view.details.statusText : "")
                  + (view.details.confidential ? " · " + qsTr("Confidential") : "")
                  + (view.details.recurring ? " · " + qsTr("Recurring") : "")
            color: Theme.accent
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Bold
        }
        Label {
            visible: view.details.found
            text: view.details.title
            font.pixelSize: Theme.fontHeadline
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Rectangle {
            objectName: "conflicts"
            visible: view.details.found && view.details.warnings !== ""
            color: Theme.warningSoft
            radius: 8
            Layout.fillWidth: true
            implicitHeight: warningLabel.implicitHeight + 20
            Label {
                id: warningLabel
                anchors.fill: parent
                anchors.margins: 10
                text: "⚠ " + view.details.warnings.split("\n").join("\n⚠ ")
                color: Theme.warning
                wrapMode: Text.Wrap
            }
        }
        DetailRow { label: qsTr("When"); value: view.details.dayText + "\n" + view.details.timeText
                    + (view.details.homeTimeText !== "" ? "  (" + view.details.localZoneLabel + ")" : "") }
        DetailRow { label: qsTr("Home time"); value: view.details.homeTimeText + "  (" + view.details.homeZoneLabel + ")"
                    visible: view.details.found && view.details.homeTimeText !== "" }
        // "Starts in 3 days" beside the day and time above, not the same day and time again.
        DetailRow {
            label: view.details.running ? qsTr("Time left") : qsTr("Starts")
            value: view.details.running ? view.details.timeLeft : view.details.startsIn
            visible: view.details.found && value !== ""
        }
        DetailRow { label: qsTr("Where"); value: view.details.place; visible: view.details.found && value !== "" }
        DetailRow { label: qsTr("With"); value: view.details.attendees.join("\n"); visible: view.details.found && value !== "" }
        DetailRow { label: qsTr("Agenda of"); value: view.details.ownerName; visible: view.details.found && value !== "" }
        ItemDelegate {
            objectName: "appointmentContact"
            visible: view.details.found && view.details.contactName !== ""
            Layout.fillWidth: true
            leftPadding: 0
            onClicked: Navigation.open("contact", { contactId: view.details.contactId })
            contentItem: DetailRow {
                label: qsTr("Contact")
                value: view.details.contactName + " ›"
                      + (view.details.gateText !== "" ? "\n" + view.details.gateText : "")
            }
        }
        DetailRow { label: qsTr("Read first"); value: view.details.readFirst; visible: view.details.found && value !== "" }
        Button {
            objectName: "openAgenda"
            visible: view.details.found
            text: qsTr("Agenda and papers")
            flat: true
            onClicked: Navigation.open("meeting", { appointmentId: view.details.shownId,
                                                    occurrenceUtc: view.details.recurrenceIdUtc })
        }
        // Move, edit and cancel: for one of a series, only this one.
        Flow {
            visible: view.details.found && (view.details.canEdit || view.details.canCancel)
            spacing: Theme.gap
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            Button {
                objectName: "moveAppointment"
                visible: view.details.canEdit
                text: view.details.recurring ? qsTr("Move this one") : qsTr("Move")
                onClicked: view.move()
            }
            Button {
                objectName: "editAppointment"
                visible: view.details.canEdit
                text: view.details.recurring ? qsTr("Edit this one") : qsTr("Edit")
                onClicked: view.edit()
            }
            // Something more important wants this time: the page proposes what to move.
            Button {
                objectName: "makeRoomHere"
                visible: view.details.canEdit && !view.details.recurring
                text: qsTr("Make room here")
                flat: true
                onClicked: Navigation.open("bump", { ownerId: view.details.ownerId, minutes: view.details.minutes,
                                                     startUtc: view.details.occurrenceStartUtc })
            }
            Button {
                objectName: "cancelAppointment"
                visible: view.details.canCancel
                text: view.details.recurring ? qsTr("Cancel this one") : qsTr("Cancel appointment")
                flat: true
                Material.foreground: Theme.warning
                onClicked: {
                    const title = view.details.title
                    if (view.details.cancel())
                        undoBar.show(qsTr("Cancelled: %1").arg(title), qsTr("Undo"), function() { view.details.undoCancel() })
                }
            }
        }
    }
    function move() { Navigation.open("booking", { moving: view.details }) }
    function edit() { editDialog.open() }
    Connections {
        target: view.details
        function onChangeDone(message) {
            undoBar.show(message, qsTr("Undo"), function() { view.details.undoChange() })
        }
    }
    AppointmentEditDialog { id: editDialog; objectName: "editDialog"; details: view.details; parent: Overlay.overlay }
    Snackbar { id: undoBar; objectName: "cancelUndo" }
}
