// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// A birthday, a work anniversary or a new colleague's first day; a start offers its
// onboarding checklist until it runs.
ItemDelegate {
    id: row
    required property string personId
    required property string name
    required property string initials
    required property int event
    required property string dayText
    required property int daysAway
    required property int years
    required property bool onboarding
    signal onboardingRequested()
    width: parent ? parent.width : implicitWidth
    hoverEnabled: false
    down: false
    contentItem: RowLayout {
        spacing: Theme.margin
        Avatar {
            initials: row.initials
            tint: row.event === Personnel.Start ? Theme.accent : Theme.primary
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: row.name
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: row.daysAway === 0 ? Font.Bold : Font.Medium
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: (row.event === Personnel.Birthday ? qsTr("Birthday, %n year(s)", "", row.years)
                       : row.event === Personnel.Anniversary ? qsTr("%n year(s) with us", "", row.years)
                       : qsTr("Starts")) + " · " + row.dayText
                color: row.daysAway <= 1 ? Theme.text : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Button {
            objectName: "onboard"
            visible: row.event === Personnel.Start && !row.onboarding
            text: qsTr("Onboarding")
            highlighted: true
            Layout.preferredHeight: Theme.touch
            onClicked: row.onboardingRequested()
        }
        Label {
            visible: row.event === Personnel.Start && row.onboarding
            text: qsTr("Onboarding ✓")
            color: Theme.done
            font.pixelSize: Theme.fontSmall
        }
    }
}
