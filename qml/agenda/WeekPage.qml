// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// The week of the agenda person (one's own, or a principal's for an assistant), by day,
// with double bookings and prep-time intrusions spelled out. On a tablet the selected
// appointment's details sit beside the list.
Page {
    id: page
    objectName: "week"
    readonly property bool wide: width >= Theme.wideBreakpoint
    background: Rectangle { color: Theme.background }

    // The pane beside the list shows a row of the week on view: the one tapped while it is
    // there (at its new time once moved in the pane: the details follow it themselves),
    // else the week's first still to come; nothing for an empty week.
    function show(id, start) {
        paneDetails.appointmentId = id
        paneDetails.startUtc = start
    }
    function rowOf(id, start) {
        for (let i = 0; i < week.count; ++i) {
            const r = week.get(i)
            if (r.appointmentId === id && r.startUtc === start)
                return i
        }
        return -1
    }
    function follow() {
        if (!wide || rowOf(paneDetails.appointmentId, paneDetails.startUtc) >= 0)
            return
        const first = week.get(week.firstCurrentRow)
        show(first.appointmentId || "", first.startUtc || 0)
    }
    onWideChanged: follow()

    TimelineModel {
        id: week; days: 7; withConflicts: true; office: App.office; people: App.people
        onLoaded: page.follow()
    }
    AppointmentDetails { id: paneDetails; office: App.office; people: App.people }
    PeopleModel { id: principals; scope: PeopleModel.Principals; office: App.office; people: App.people }

    header: PageHeader {
        title: week.title
        subtitle: App.agendaPersonId === App.personId ? "" : App.agendaPersonName
        ToolButton {
            objectName: "bookButton"
            visible: App.canBook
            text: qsTr("Book")
            font.weight: Font.DemiBold
            Layout.preferredHeight: Theme.touch
            onClicked: Navigation.open("booking", {})
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Which week, with what needs a look, and the way to the weeks around it: under the
        // header, where a phone has the room to say it whole.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            color: Theme.surface
            RowLayout {
                anchors.fill: parent
                spacing: 0
                ToolButton {
                    objectName: "previousWeek"
                    text: "‹"; font.pixelSize: 26
                    Layout.preferredWidth: Theme.touch
                    Accessible.name: qsTr("Previous week")
                    onClicked: week.offset = week.offset - 1
                }
                Label {
                    objectName: "weekRange"
                    text: week.subtitle
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.Medium
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: week.warningCount > 0
                    text: "⚠ " + qsTr("%n warning(s)", "", week.warningCount)
                    color: Theme.warning
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
                ToolButton {
                    objectName: "nextWeek"
                    text: "›"; font.pixelSize: 26
                    Layout.preferredWidth: Theme.touch
                    Accessible.name: qsTr("Next week")
                    onClicked: week.offset = week.offset + 1
                }
            }
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
        }

        // Abroad each row gives two times; this says which is which.
        Label {
            objectName: "weekZones"
            visible: week.showHomeTime
            text: qsTr("Times in %1; below them in grey, at home in %2")
                      .arg(week.localZoneLabel).arg(week.homeZoneLabel)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: Theme.gap
        }

        // Whose agenda: only when the user serves more than one person.
        Flow {
            visible: principals.count > 1
            Layout.fillWidth: true
            Layout.margins: Theme.gap
            spacing: Theme.gap
            Repeater {
                model: principals
                delegate: Chip {
                    required property string personId
                    required property string name
                    text: name
                    checked: App.agendaPersonId === personId
                    onClicked: App.agendaPersonId = personId
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ListView {
                id: list
                objectName: "weekList"
                bottomMargin: Theme.floatingRoom
                onContentYChanged: FloatingButton.listMoved(list)
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.maximumWidth: page.wide ? page.width * 0.55 : page.width
                clip: true
                model: week
                section.property: "dayText"
                section.delegate: ListSectionHeading { text: section; height: 36 }
                delegate: TimelineDelegate {
                    selected: page.wide && appointmentId === paneDetails.appointmentId && startUtc === paneDetails.startUtc
                    onClicked: {
                        if (page.wide) {
                            page.show(appointmentId, startUtc)
                        } else {
                            Navigation.open("appointment", { appointmentId: appointmentId, startUtc: startUtc })
                        }
                    }
                }
                PullToRefresh { target: list }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 64
                    visible: week.count === 0
                    title: qsTr("An empty week")
                    text: qsTr("Nothing in the agenda this week.")
                }
            }
            Rectangle { visible: page.wide; width: 1; Layout.fillHeight: true; color: Theme.divider }
            Item { visible: page.wide && week.count === 0; Layout.fillWidth: true; Layout.fillHeight: true }
            AppointmentView {
                objectName: "weekPane"
                visible: page.wide && week.count > 0
                details: paneDetails
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }
}
