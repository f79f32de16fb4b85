// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// The office's letters by state: notes, drafts, waiting for the director's approval,
// ready, sent. The director may show only those waiting for him. A letter opens on its
// notes and text; on a tablet it stands beside the list.
Page {
    id: page
    objectName: "letters"
    readonly property bool wide: width >= Theme.wideBreakpoint
    property bool waitingOnMe: false
    property string selectedLetter
    readonly property string shownLetter: selectedLetter !== "" ? selectedLetter
                                          : letters.count > 0 ? letters.idAt(0) : ""
    background: Rectangle { color: Theme.background }

    LetterListModel {
        id: letters
        objectName: "letterList"
        office: App.office; people: App.people
        waitingOnMe: page.waitingOnMe
    }
    LetterDetails {
        id: shown
        office: App.office; people: App.people
        letterId: page.wide ? page.shownLetter : ""
    }
    header: PageHeader {
        title: qsTr("Letters")
        subtitle: qsTr("%n letter(s)", "", letters.count)
        ToolButton {
            objectName: "newLetter"
            visible: letters.canEdit
            text: qsTr("New")
            font.weight: Font.DemiBold
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("New letter")
            onClicked: form.openNew()
        }
    }
    function open(letterId) {
        if (page.wide)
            page.selectedLetter = letterId
        else
            Navigation.open("letter", { letterId: letterId })
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        ColumnLayout {
            spacing: 0
            Layout.fillHeight: true
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? 400 : page.width
            Row {
                visible: App.role === Person.Director
                spacing: Theme.gap
                Layout.margins: Theme.gap
                Layout.leftMargin: Theme.margin
                Chip {
                    objectName: "allLetters"
                    text: qsTr("All")
                    checked: !page.waitingOnMe
                    onClicked: page.waitingOnMe = false
                }
                Chip {
                    objectName: "waitingOnMe"
                    text: qsTr("Waiting for me")
                    checked: page.waitingOnMe
                    onClicked: page.waitingOnMe = true
                }
            }
            ListView {
                id: list
                objectName: "letterRows"
                bottomMargin: Theme.floatingRoom
                onContentYChanged: FloatingButton.listMoved(list)
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: letters
                section.property: "stateText"
                section.delegate: ListSectionHeading { text: section }
                delegate: LetterDelegate {
                    highlighted: page.wide && page.shownLetter === letterId
                    onClicked: page.open(letterId)
                }
                PullToRefresh { target: list }
                footer: Item { width: 1; height: 96 }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 64
                    visible: letters.count === 0
                    title: page.waitingOnMe ? qsTr("Nothing waits for you") : qsTr("No letters")
                    text: page.waitingOnMe ? qsTr("Letters to approve appear here.")
                                           : qsTr("Start one with New at the top.")
                }
            }
        }
        Rectangle { visible: page.wide; width: 1; Layout.fillHeight: true; color: Theme.divider }
        LetterView {
            visible: page.wide
            details: shown
            Layout.fillWidth: true
            Layout.fillHeight: true
            onSent: function(subject) {
                const id = shown.letterId
                undoBar.show(qsTr("Sent and filed: %1").arg(subject), qsTr("Undo"),
                             function() { shown.letterId = id; shown.unsend() })
            }
            onApproved: function(subject) {
                const id = shown.letterId
                undoBar.show(qsTr("Approved: %1").arg(subject), qsTr("Undo"),
                             function() { shown.letterId = id; shown.withdrawApproval() })
            }
            onRemoved: function(subject) {
                const id = shown.letterId
                page.selectedLetter = ""
                undoBar.show(qsTr("Removed: %1").arg(subject), qsTr("Undo"),
                             function() { shown.letterId = id; shown.restore() })
            }
        }
    }
    LetterForm {
        id: form
        objectName: "letterForm"
        parent: Overlay.overlay
        onSaved: function(letterId) { page.open(letterId) }
    }
    Snackbar { id: undoBar; objectName: "letterUndo" }
}
