// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// Today for the director: the next appointment on top, the day's timeline below (beside it
// on a tablet), in local time with home time when the two differ. Works offline.
Page {
    id: page
    objectName: "today"
    readonly property bool wide: width >= Theme.wideBreakpoint
    background: Rectangle { color: Theme.background }
    function openMeeting(appointmentId, occurrenceUtc) {
        Navigation.open("meeting", { appointmentId: appointmentId, occurrenceUtc: occurrenceUtc })
    }

    TimelineModel { id: timeline; days: 1; office: App.office; people: App.people }
    AppointmentDetails { id: next; followNext: true; office: App.office; people: App.people }
    TimelineModel { id: readingList; days: 7; readingOnly: true; office: App.office; people: App.people }
    function openLetters(letterId) {
        // One letter opens at once on a phone, with the way back to Today.
        if (letterId !== "" && !page.wide)
            Navigation.open("letter", { letterId: letterId })
        else
            Navigation.open("letters", { waitingOnMe: true, selectedLetter: letterId })
    }
    function openAppointment(appointmentId, startUtc) {
        Navigation.open("appointment", { appointmentId: appointmentId, startUtc: startUtc })
    }

    // What waits for the director's decision, and what was moved this week: on a phone a
    // row of pills at the foot, always in reach of the thumb; on a tablet cards in the flow
    // under the day's timeline, which has the room (a band at the foot covered the reading
    // list there).
    footer: Loader {
        active: !page.wide
        sourceComponent: TodayAttentionStrip {
            onRequestsOpened: Navigation.open("decisions")
            onLettersOpened: function(letterId) { page.openLetters(letterId) }
            onMovedOpened: movedSheet.open()
        }
    }
    Popup {
        id: movedSheet
        objectName: "movedSheet"
        parent: Overlay.overlay
        modal: true
        dim: true
        width: parent ? parent.width : 0
        // Set, not left to the popup: it kept the height it opened with, before the rows.
        height: Math.min(implicitHeight, parent ? parent.height * 0.8 : 0)
        y: parent ? parent.height - height : 0
        padding: 0
        topPadding: Theme.gap
        bottomPadding: Theme.margin
        background: Rectangle { color: Theme.surface; radius: Theme.radius }
        // Made when the sheet opens: the strip has counted the bumps already.
        contentItem: Loader {
            active: movedSheet.visible
            sourceComponent: BumpedThisWeekCard {
                shown: 20
                onOpened: function(appointmentId, startUtc) {
                    movedSheet.close()
                    page.openAppointment(appointmentId, startUtc)
                }
            }
        }
    }

    // An assistant reads her principal's day: the header says whose.
    header: PageHeader {
        title: timeline.title
        subtitle: (App.agendaPersonId === App.personId ? "" : App.agendaPersonName + " · ")
                  + timeline.subtitle + (timeline.zonesNowText !== "" ? " · " + timeline.zonesNowText : "")
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: page.wide ? Theme.margin : 0
        spacing: Theme.margin

        ListView {
            id: list
            objectName: "timelineRows"
            bottomMargin: Theme.floatingRoom
            onContentYChanged: FloatingButton.listMoved(list)
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: timeline
            header: Item {
                width: list.width
                height: page.wide ? 0 : phoneCard.implicitHeight + 2 * Theme.margin
                        + (phonePapers.visible ? phonePapers.implicitHeight + Theme.gap : 0)
                visible: !page.wide
                NextAppointmentCard {
                    id: phoneCard
                    details: next
                    x: Theme.margin; y: Theme.margin
                    width: parent.width - 2 * Theme.margin
                    onOpened: Navigation.open("appointment", { followNext: true })
                }
                PapersInLine {
                    id: phonePapers
                    x: Theme.margin; y: phoneCard.y + phoneCard.height + Theme.gap
                    width: parent.width - 2 * Theme.margin
                    onOpened: function(appointmentId, occurrenceUtc) { page.openMeeting(appointmentId, occurrenceUtc) }
                }
            }
            delegate: TimelineDelegate {
                onClicked: page.openAppointment(appointmentId, startUtc)
            }
            // On a phone the free day is said in the flow, under the next appointment and the
            // papers, never drawn over them.
            footer: Item {
                width: list.width
                height: (phoneFreeDay.visible ? phoneFreeDay.implicitHeight + 2 * Theme.margin : 0)
                        + (phoneReading.visible ? phoneReading.implicitHeight + Theme.margin : 0)
                        + (attentionCards.active ? attentionCards.height + Theme.margin : 0) + 96
                Loader {
                    id: attentionCards
                    y: Theme.margin
                    width: parent.width
                    active: page.wide
                    sourceComponent: Column {
                        spacing: Theme.gap
                        RequestsWaitingCard {
                            width: parent.width
                            onOpened: Navigation.open("decisions")
                        }
                        LettersWaitingCard {
                            width: parent.width
                            onOpened: function(letterId) { page.openLetters(letterId) }
                        }
                        BumpedThisWeekCard {
                            width: parent.width
                            onOpened: function(appointmentId, startUtc) { page.openAppointment(appointmentId, startUtc) }
                        }
                    }
                }
                EmptyState {
                    id: phoneFreeDay
                    objectName: "freeDay"
                    visible: !page.wide && timeline.count === 0
                    x: 32; y: Theme.margin
                    width: parent.width - 64
                    title: qsTr("A free day")
                    text: qsTr("Nothing in the agenda today.")
                }
                ReadingCard {
                    id: phoneReading
                    visible: !page.wide && readingList.count > 0
                    reading: readingList
                    x: Theme.margin
                    y: phoneFreeDay.visible ? phoneFreeDay.y + phoneFreeDay.implicitHeight + Theme.margin
                                            : Theme.margin
                    width: parent.width - 2 * Theme.margin
                    onOpened: function(appointmentId, startUtc) { page.openAppointment(appointmentId, startUtc) }
                }
            }
            PullToRefresh { target: list }
            StartAtTop { target: list }
            EmptyState {
                objectName: "freeDayWide"
                anchors.centerIn: parent
                width: parent.width - 64
                visible: page.wide && timeline.count === 0
                title: qsTr("A free day")
                text: qsTr("Nothing in the agenda today.")
            }
        }
        ColumnLayout {
            visible: page.wide
            spacing: Theme.margin
            Layout.preferredWidth: 420
            Layout.maximumWidth: 420
            Layout.alignment: Qt.AlignTop
            NextAppointmentCard {
                details: next
                Layout.fillWidth: true
                onOpened: Navigation.open("appointment", { followNext: true })
            }
            PapersInLine {
                Layout.fillWidth: true
                onOpened: function(appointmentId, occurrenceUtc) { page.openMeeting(appointmentId, occurrenceUtc) }
            }
            ReadingCard {
                objectName: "readingCard"
                reading: readingList
                Layout.fillWidth: true
                onOpened: function(appointmentId, startUtc) { page.openAppointment(appointmentId, startUtc) }
            }
        }
    }
}
