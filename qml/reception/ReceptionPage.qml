// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The reception on a tablet at the desk (usable on a phone): today's expected visitors in
// time order with their host and organisation, a search that finds one by name as it is
// typed, one big "Check in" per row with Undo, a walk-in added, and the day list to print.
Page {
    id: page
    objectName: "reception"
    readonly property bool wide: width >= Theme.wideBreakpoint
    background: Rectangle { color: Theme.background }

    ReceptionModel {
        id: reception
        objectName: "receptionModel"
        office: App.office
        people: App.people
        query: search.text
    }

    // On the page, not in the row: a checked-in row may leave the search's results.
    function checkIn(id, name) {
        if (reception.checkIn(id)) {
            search.text = ""
            undoBar.show(qsTr("%1 checked in").arg(name), qsTr("Undo"),
                         function() { reception.undoCheckIn(id) })
        }
    }
    function print(language) {
        const path = reception.exportPdf(language)
        if (path !== "")
            undoBar.show(qsTr("Day list ready"), qsTr("Open"), function() {
                Navigation.open("paper", { source: path, paperTitle: qsTr("Visitors") })
            })
    }

    header: PageHeader {
        title: qsTr("Reception")
        subtitle: reception.expected === 0 ? reception.dayText
                  : page.wide ? qsTr("%1 · %2 of %n visitor(s) in", "", reception.expected)
                                    .arg(reception.dayText).arg(reception.arrived)
                  : qsTr("%1 of %n visitor(s) in", "", reception.expected).arg(reception.arrived)
        ToolButton {
            objectName: "printDayList"
            text: "PDF"
            font.pixelSize: 14
            font.bold: true
            Layout.preferredWidth: Theme.touch
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("Print the day list")
            onClicked: printMenu.popup()
            Menu {
                id: printMenu
                MenuItem { text: qsTr("Day list in English"); onTriggered: page.print("en") }
                MenuItem { text: qsTr("Day list in Dutch"); onTriggered: page.print("nl") }
                MenuSeparator { visible: reception.canSetRetention; height: visible ? implicitHeight : 0 }
                MenuItem {
                    objectName: "keepNames"
                    visible: reception.canSetRetention
                    height: visible ? implicitHeight : 0
                    text: qsTr("Keep names %n day(s)…", "", reception.retentionDays)
                    onTriggered: retention.openNow()
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        TextField {
            id: search
            objectName: "search"
            placeholderText: qsTr("Find a visitor by name")
            inputMethodHints: Qt.ImhNoPredictiveText
            font.pixelSize: page.wide ? Theme.fontTitle : Theme.fontBody
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch + 8
        }

        Card {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ListView {
                id: list
                objectName: "visitors"
                anchors.fill: parent
                clip: true
                model: reception
                spacing: 0
                delegate: VisitorDelegate {
                    canKeep: reception.canKeep
                    onCheckInRequested: page.checkIn(visitorId, name)
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 64
                    visible: list.count === 0
                    text: search.text !== "" ? qsTr("Nobody by that name today.")
                                             : qsTr("No visitors expected today.")
                }
            }
        }

        // The one way to add a walk-in, at the foot where a thumb reaches it on a phone
        // (a "+" in the header's corner was out of reach and said the same twice).
        Button {
            objectName: "addVisitor"
            visible: reception.canKeep
            text: qsTr("Add visitor")
            Layout.fillWidth: !page.wide
            Layout.alignment: Qt.AlignRight
            Layout.preferredHeight: Theme.touch
            onClicked: walkIn.open()
        }
    }

    WalkInForm {
        id: walkIn
        objectName: "walkInForm"
        reception: reception
        onAdded: function(name) { search.text = name }
    }
    Snackbar { id: undoBar; objectName: "receptionUndo" }
    RetentionDialog {
        id: retention
        objectName: "retentionDialog"
        reception: reception
        onSaved: function(days) { undoBar.show(qsTr("Visitor names are kept %n day(s)", "", days)) }
    }
}
