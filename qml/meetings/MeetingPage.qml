// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// A meeting's agenda: each item with its presenter, its time, its papers in and late, and
// whom it is closed to; above it how many of the meeting's papers are in.
Page {
    id: page
    objectName: "meeting"
    property string appointmentId
    property double occurrenceUtc: -1
    background: Rectangle { color: Theme.surface }
    header: PageHeader { title: qsTr("Meeting"); canGoBack: true }

    MeetingAgendaModel {
        id: agenda
        office: App.office; people: App.people
        appointmentId: page.appointmentId
        occurrenceUtc: page.occurrenceUtc
    }

    ListView {
        id: list
        objectName: "agendaItems"
        anchors.fill: parent
        clip: true
        model: agenda
        header: ColumnLayout {
            width: list.width
            spacing: Theme.gap
            Item { implicitHeight: Theme.gap }
            Label {
                text: agenda.title
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
            }
            // The time at home goes to the next line whole when both do not fit on one.
            Flow {
                objectName: "meetingWhen"
                spacing: 4 // a space's width: a trailing space is not part of a text's width
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Label {
                    objectName: "localWhen"
                    text: agenda.whenText + (agenda.homeWhenText !== "" ? " ·" : "")
                    color: Theme.textMuted
                    width: Math.min(implicitWidth, parent.width)
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "homeWhen"
                    visible: text !== ""
                    text: agenda.homeWhenText
                    color: Theme.textMuted
                    width: Math.min(implicitWidth, parent.width)
                    wrapMode: Text.Wrap
                }
            }
            Label {
                objectName: "papersIn"
                visible: agenda.papersText !== ""
                text: agenda.papersText
                      + (agenda.late > 0 ? " · " + qsTr("%n late", "", agenda.late) : "")
                color: agenda.late > 0 ? Theme.warning : Theme.accent
                font.weight: Font.DemiBold
                Layout.leftMargin: Theme.margin
            }
            BoardPackButton {
                appointmentId: page.appointmentId; occurrenceUtc: page.occurrenceUtc
                Layout.leftMargin: Theme.margin; Layout.rightMargin: Theme.margin
                Layout.fillWidth: true
            }
            // Papers to open, who has not opened them, actions carried over.
            MeetingPapersPanel {
                appointmentId: page.appointmentId; occurrenceUtc: page.occurrenceUtc
                Layout.leftMargin: Theme.margin; Layout.rightMargin: Theme.margin
                Layout.fillWidth: true
            }
            UnreadPapersPanel {
                appointmentId: page.appointmentId; occurrenceUtc: page.occurrenceUtc
                Layout.leftMargin: Theme.margin; Layout.rightMargin: Theme.margin
                Layout.fillWidth: true
            }
            CarriedActionsPanel {
                appointmentId: page.appointmentId; occurrenceUtc: page.occurrenceUtc
                Layout.leftMargin: Theme.margin; Layout.rightMargin: Theme.margin
                Layout.fillWidth: true
            }
            Button {
                objectName: "openMinutes"
                text: qsTr("Minutes")
                flat: true
                Layout.leftMargin: Theme.margin
                onClicked: Navigation.open("minutes", { appointmentId: page.appointmentId,
                                                        occurrenceUtc: page.occurrenceUtc })
            }
            SectionLabel { text: qsTr("Agenda"); Layout.leftMargin: Theme.margin }
        }
        delegate: ItemDelegate {
            width: ListView.view.width
            contentItem: RowLayout {
                spacing: Theme.margin
                Label {
                    text: model.number + "."
                    font.pixelSize: Theme.fontTitle
                    color: Theme.textMuted
                    Layout.alignment: Qt.AlignTop
                }
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        text: model.title
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: text !== ""
                        text: [model.presenter, model.minutesText]
                              .filter(function(s) { return s !== "" }).join(" · ")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                    Label {
                        visible: model.papersText !== ""
                        text: model.papersText
                              + (model.late > 0 ? " · " + qsTr("%n late", "", model.late) : "")
                        color: model.late > 0 ? Theme.warning : Theme.accent
                        font.pixelSize: Theme.fontSmall
                    }
                    Label {
                        visible: model.closedText !== ""
                        text: model.closedText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        font.italic: true
                    }
                }
            }
        }
        StartAtTop { target: list }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            visible: list.count === 0
            title: qsTr("No agenda yet")
            text: qsTr("Items added to this meeting's agenda show here, with their papers.")
        }
    }
}
