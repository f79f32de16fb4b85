// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// On the director's Today: the requests waiting for his decision, a count and their
// subjects; a tap opens them. Hidden when nothing waits.
Card {
    id: card
    objectName: "requestsWaiting"
    signal opened()
    visible: waiting.waitingCount > 0
    RequestQueueModel {
        id: waiting
        view: RequestQueueModel.Decisions
        office: App.office; people: App.people
    }
    contentItem: ColumnLayout {
        spacing: 4
        Label {
            text: qsTr("%n request(s) waiting for your decision", "", waiting.waitingCount)
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            objectName: "waitingLines"
            model: waiting
            delegate: Label {
                required property string subject
                required property string who
                required property bool waitsForDecision
                visible: waitsForDecision
                text: "• " + subject + " — " + who
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }
    TapHandler { onTapped: card.opened() }
}
