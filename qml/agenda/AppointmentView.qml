import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// An appointment's details: when (local and home), where, who, what to read first.
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
        DetailRow { label: qsTr("When"); value: view.details.dayText + "\n" + view.details.timeText
                    + (view.details.homeTimeText !== "" ? "  (" + view.details.localZoneLabel + ")" : "") }
        DetailRow { label: qsTr("Home time"); value: view.details.homeTimeText + "  (" + view.details.homeZoneLabel + ")"
                    visible: view.details.found && view.details.homeTimeText !== "" }
        DetailRow { label: qsTr("Time left"); value: view.details.timeLeft; visible: view.details.found && value !== "" }
        DetailRow { label: qsTr("Where"); value: view.details.place; visible: view.details.found && value !== "" }
        DetailRow { label: qsTr("With"); value: view.details.attendees.join("\n"); visible: view.details.found && value !== "" }
        DetailRow { label: qsTr("Agenda of"); value: view.details.ownerName; visible: view.details.found && value !== "" }
        DetailRow { label: qsTr("Read first"); value: view.details.readFirst; visible: view.details.found && value !== "" }
    }
}
