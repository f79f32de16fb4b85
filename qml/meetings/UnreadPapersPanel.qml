// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// For the secretary: per attendee, which of the papers in they have not opened yet.
ColumnLayout {
    id: panel
    objectName: "unreadPapers"
    property string appointmentId
    property double occurrenceUtc: -1
    readonly property alias model: unread
    visible: unread.shown && unread.count > 0
    spacing: 2

    UnreadPapersModel {
        id: unread
        office: App.office; people: App.people
        appointmentId: panel.appointmentId
        occurrenceUtc: panel.occurrenceUtc
    }

    SectionLabel { text: qsTr("Not opened yet") }
    Repeater {
        model: unread
        delegate: ColumnLayout {
            id: person
            required property string name
            required property int unread
            required property string countText
            required property string unreadTitles
            spacing: 0
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.gap
            RowLayout {
                spacing: Theme.gap
                Layout.fillWidth: true
                Label {
                    text: person.name
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: person.countText
                    color: person.unread > 0 ? Theme.warning : Theme.done
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
            }
            Label {
                visible: person.unreadTitles !== ""
                text: person.unreadTitles
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
