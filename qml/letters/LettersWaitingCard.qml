// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// On the director's Today: the letters waiting for his approval, a count and their
// subjects; a tap opens them (letterId: the one letter when only one waits). Hidden when
// nothing waits.
Card {
    id: card
    objectName: "lettersWaiting"
    signal opened(string letterId)
    visible: waiting.count > 0
    LetterListModel {
        id: waiting
        waitingOnMe: true
        office: App.office; people: App.people
    }
    contentItem: ColumnLayout {
        spacing: 4
        Label {
            text: qsTr("%n letter(s) waiting for your approval", "", waiting.count)
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
                required property string recipient
                text: "• " + subject + " — " + recipient
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }
    TapHandler { onTapped: card.opened(waiting.count === 1 ? waiting.idAt(0) : "") }
}
