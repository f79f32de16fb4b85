// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// One budget line: the amount, spent and committed as a bar, what is left, the projection
// at 31 December with its chart, until when the line lasts (a warning when it runs out
// before the year is over), and the plan inside it (the outing).
Card {
    id: card
    property BudgetListModel budgets
    property bool canEdit: false
    signal editRequested()
    required property string lineId
    required property string name
    required property string amountText
    required property string spentText
    required property string committedText
    required property string leftText
    required property string projectedText
    required property string lastsUntilText
    required property bool runsOutEarly
    required property bool hasPlan
    required property int planPeople
    required property string perHeadText
    required property string plannedText
    required property bool planFits
    required property real spentShare
    required property real committedShare
    required property var actual
    required property var projected
    required property real amount
    required property int today
    required property int daysInYear

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        RowLayout {
            Layout.fillWidth: true
            Label { text: card.name; font.pixelSize: Theme.fontTitle; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
            Label { text: card.amountText; font.pixelSize: Theme.fontTitle; color: Theme.text }
            ToolButton {
                objectName: "editLine"
                visible: card.canEdit
                text: "✎"
                Layout.preferredWidth: Theme.touch
                Layout.preferredHeight: Theme.touch
                Accessible.name: qsTr("Edit %1").arg(card.name)
                onClicked: card.editRequested()
            }
        }
        Rectangle {
            // Spent, then committed, as parts of the amount.
            Layout.fillWidth: true
            height: 10; radius: 5
            color: Theme.divider
            Rectangle { width: parent.width * card.spentShare; height: parent.height; radius: 5; color: Theme.primary }
            Rectangle {
                x: parent.width * card.spentShare
                width: parent.width * card.committedShare; height: parent.height
                color: Theme.accent; opacity: 0.6
            }
        }
        GridLayout {
            columns: 2
            columnSpacing: Theme.margin
            rowSpacing: 2
            Layout.fillWidth: true
            Label { text: qsTr("Spent"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
            Label { text: card.spentText; font.pixelSize: Theme.fontSmall; Layout.alignment: Qt.AlignRight }
            Label { text: qsTr("Committed (ordered)"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
            Label { text: card.committedText; font.pixelSize: Theme.fontSmall; Layout.alignment: Qt.AlignRight }
            Label { text: qsTr("Left"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
            Label { text: card.leftText; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; Layout.alignment: Qt.AlignRight }
            Label { text: qsTr("Projected on 31 December"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; Layout.fillWidth: true }
            Label { text: card.projectedText; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; Layout.alignment: Qt.AlignRight }
        }
        Rectangle {
            objectName: "lasting"
            Layout.fillWidth: true
            implicitHeight: lasting.implicitHeight + 12
            radius: 6
            color: card.runsOutEarly ? Theme.warningSoft : "transparent"
            Label {
                id: lasting
                anchors.fill: parent
                anchors.margins: 6
                text: card.runsOutEarly ? qsTr("⚠ Runs out on %1, before the year is over").arg(card.lastsUntilText)
                                        : qsTr("Lasts until the end of the year")
                color: card.runsOutEarly ? Theme.warning : Theme.done
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
        }
        BudgetChart {
            Layout.fillWidth: true
            actual: card.actual
            projected: card.projected
            amount: card.amount
            today: card.today
            daysInYear: card.daysInYear
            runsOutEarly: card.runsOutEarly
        }
        OutingPlan {
            visible: card.hasPlan
            budgets: card.budgets
            lineId: card.lineId
            hasPlan: card.hasPlan
            people: card.planPeople
            perHeadText: card.perHeadText
            plannedText: card.plannedText
            fits: card.planFits
            leftText: card.leftText
            Layout.fillWidth: true
        }
    }
}
