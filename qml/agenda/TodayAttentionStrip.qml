// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// What waits for the director, at the foot of a phone's Today in one row within reach of
// the thumb: requests to decide, letters to approve, appointments moved this week, a pill
// each and only when something waits. Three cards of a line each took the room of the
// day's appointments and what to read.
Pane {
    id: strip
    objectName: "attentionStrip"
    signal requestsOpened()
    // letterId: the one letter when only one waits.
    signal lettersOpened(string letterId)
    signal movedOpened()
    visible: requests.waitingCount > 0 || letters.count > 0 || bumped.count > 0
    padding: 4
    leftPadding: Theme.margin
    // Clear of the quick-capture button that floats over the page's bottom right corner.
    rightPadding: 88
    background: Rectangle {
        color: Theme.surface
        Rectangle { width: parent.width; height: 1; color: Theme.divider }
    }

    RequestQueueModel {
        id: requests
        view: RequestQueueModel.Decisions
        office: App.office; people: App.people
    }
    LetterListModel { id: letters; waitingOnMe: true; office: App.office; people: App.people }
    BumpedThisWeekModel { id: bumped; office: App.office; people: App.people }

    contentItem: Flow {
        spacing: Theme.gap
        CountPill {
            objectName: "requestsPill"
            visible: requests.waitingCount > 0
            text: qsTr("%n request(s)", "", requests.waitingCount)
            Accessible.name: qsTr("%n request(s) waiting for your decision", "", requests.waitingCount)
            onClicked: strip.requestsOpened()
        }
        CountPill {
            objectName: "lettersPill"
            visible: letters.count > 0
            text: qsTr("%n letter(s)", "", letters.count)
            Accessible.name: qsTr("%n letter(s) waiting for your approval", "", letters.count)
            onClicked: strip.lettersOpened(letters.count === 1 ? letters.idAt(0) : "")
        }
        CountPill {
            objectName: "movedPill"
            visible: bumped.count > 0
            text: qsTr("%n moved", "", bumped.count)
            Accessible.name: qsTr("%n appointment(s) moved this week to make room", "", bumped.count)
            onClicked: strip.movedOpened()
        }
    }
}
