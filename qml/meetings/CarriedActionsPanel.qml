// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// "Actions carried over": the open actions of the series' earlier meetings, each with its
// owner and its task's status as it is now.
ColumnLayout {
    id: panel
    objectName: "carriedActions"
    property string appointmentId
    property double occurrenceUtc: -1
    readonly property alias model: carried
    visible: carried.count > 0
    spacing: 2

    CarriedActionsModel {
        id: carried
        office: App.office; people: App.people
        appointmentId: panel.appointmentId
        occurrenceUtc: panel.occurrenceUtc
    }

    SectionLabel { text: qsTr("Actions carried over") }
    Repeater {
        model: carried
        delegate: ColumnLayout {
            id: action
            required property string text
            required property string owner
            required property string detailText
            required property string statusText
            required property bool overdue
            spacing: 0
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.gap
            Label {
                text: action.text
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: action.owner + " · " + action.statusText
                color: action.overdue ? Theme.warning : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: action.detailText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
