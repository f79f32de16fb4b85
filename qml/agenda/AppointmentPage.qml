// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

Page {
    id: page
    objectName: "appointment"
    property string appointmentId
    property double startUtc: 0
    property bool followNext: false
    readonly property bool wide: width >= Theme.wideBreakpoint
    background: Rectangle { color: Theme.surface }

    AppointmentDetails {
        id: details
        objectName: "details"
        appointmentId: page.appointmentId
        startUtc: page.startUtc
        followNext: page.followNext
    }
    header: PageHeader { title: qsTr("Appointment"); canGoBack: true }
    TimelineModel {
        id: ownerDay
        days: 1
        withConflicts: true
        personId: details.ownerId
        offset: details.dayOffset
    }
    // On a tablet the owner's day stands beside the appointment, its warnings with it.
    RowLayout {
        anchors.fill: parent
        spacing: 0
        AppointmentView {
            id: view
            details: details
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        Rectangle { visible: page.wide; width: 1; Layout.fillHeight: true; color: Theme.divider }
        ListView {
            objectName: "appointmentDay"
            visible: page.wide && details.found
            Layout.preferredWidth: Math.min(480, page.width / 2)
            Layout.fillHeight: true
            clip: true
            // Only laid out on a tablet: a hidden list of zero width would lay its rows out
            // for nothing.
            model: visible ? ownerDay : null
            header: Label {
                width: ListView.view.width
                padding: Theme.margin
                text: ownerDay.title + " · " + details.ownerName
                font.weight: Font.DemiBold
                color: Theme.text
            }
            delegate: TimelineDelegate {
                selected: startUtc === details.occurrenceStartUtc && title === details.title
            }
        }
    }

    // what: "move" or "edit", as the page's own buttons do it.
    function change(what) {
        if (what === "move")
            view.move()
        else if (what === "edit")
            view.edit()
    }
}
