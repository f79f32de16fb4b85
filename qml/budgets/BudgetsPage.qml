// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The office manager's budget lines for a year: each with spent, committed, what is left,
// the year-end projection drawn as a chart, until when it lasts and a warning when it runs
// out before December is over. Two columns on a tablet, one on a phone.
Page {
    id: page
    objectName: "budgets"
    readonly property bool wide: width >= Theme.wideBreakpoint
    background: Rectangle { color: Theme.background }

    BudgetListModel { id: budgets; objectName: "budgetList"; office: App.office; people: App.people }

    header: PageHeader {
        title: qsTr("Budgets %1").arg(budgets.year)
        subtitle: budgets.warnings > 0 ? qsTr("%n line(s) run out early", "", budgets.warnings)
                                       : qsTr("Every line lasts the year")
        ToolButton {
            text: "‹"
            font.pixelSize: 24
            Layout.preferredWidth: Theme.touch
            Accessible.name: qsTr("Previous year")
            onClicked: budgets.year = budgets.year - 1
        }
        ToolButton {
            text: "›"
            font.pixelSize: 24
            Layout.preferredWidth: Theme.touch
            Accessible.name: qsTr("Next year")
            onClicked: budgets.year = budgets.year + 1
        }
    }

    GridView {
        id: grid
        objectName: "budgetCards"
        anchors.fill: parent
        anchors.margins: Theme.gap
        clip: true
        model: budgets
        cellWidth: page.wide ? width / 2 : width
        cellHeight: 560
        delegate: Item {
            id: cell
            required property int index
            width: grid.cellWidth
            height: grid.cellHeight
            BudgetCard {
                anchors.fill: parent
                anchors.margins: Theme.gap
                budgets: budgets
                lineId: budgets.idAt(cell.index)
                name: model.name
                amountText: model.amountText
                spentText: model.spentText
                committedText: model.committedText
                leftText: model.leftText
                projectedText: model.projectedText
                lastsUntilText: model.lastsUntilText
                runsOutEarly: model.runsOutEarly
                hasPlan: model.hasPlan
                planPeople: model.planPeople
                perHeadText: model.perHeadText
                plannedText: model.plannedText
                planFits: model.planFits
                spentShare: model.spentShare
                committedShare: model.committedShare
                actual: model.actual
                projected: model.projected
                amount: model.amount
                today: model.today
                daysInYear: model.daysInYear
            }
            required property var model
        }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width - 64
            visible: budgets.count === 0
            title: qsTr("No budget lines for %1").arg(budgets.year)
            text: qsTr("Add them with spilctl budget add.")
        }
    }
}
