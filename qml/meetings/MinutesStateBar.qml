// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// Where the minutes stand (version and state) and the next steps they may take, each a
// button that says what it does: to review, back to draft, final; final minutes are
// locked and only "Correct" starts a new version. Beside it the export to PDF.
Rectangle {
    id: bar
    property MinutesModel minutes
    signal exportRequested(string language)
    color: bar.minutes.state === Meeting.Final ? "#ECEFF1" : Theme.now
    implicitHeight: row.implicitHeight + 2 * Theme.gap

    Flow {
        id: row
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap

        Label {
            objectName: "minutesState"
            height: Theme.touch
            verticalAlignment: Text.AlignVCenter
            text: (bar.minutes.state === Meeting.Final ? qsTr("Locked") + " · " : "")
                  + bar.minutes.stateText
            font.weight: Font.DemiBold
            color: bar.minutes.state === Meeting.Final ? Theme.textMuted : Theme.primary
        }
        Button {
            objectName: "toReview"
            visible: bar.minutes.begun && bar.minutes.state === Meeting.Draft
            text: qsTr("Send for review")
            highlighted: true
            onClicked: bar.minutes.setState(Meeting.Review)
        }
        Button {
            objectName: "backToDraft"
            visible: bar.minutes.state === Meeting.Review
            text: qsTr("Back to draft")
            flat: true
            onClicked: bar.minutes.setState(Meeting.Draft)
        }
        Button {
            objectName: "makeFinal"
            visible: bar.minutes.state === Meeting.Review
            text: qsTr("Make final")
            highlighted: true
            onClicked: bar.minutes.setState(Meeting.Final)
        }
        Button {
            objectName: "correct"
            visible: bar.minutes.state === Meeting.Final
            text: qsTr("Correct")
            highlighted: true
            onClicked: bar.minutes.correct()
        }
        Button {
            objectName: "exportPdf"
            visible: bar.minutes.begun
            text: qsTr("Export PDF")
            flat: true
            onClicked: languages.open()
            Menu {
                id: languages
                MenuItem { text: "Nederlands"; onTriggered: bar.exportRequested("nl") }
                MenuItem { text: "English"; onTriggered: bar.exportRequested("en") }
            }
        }
    }
}
