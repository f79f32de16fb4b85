// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// One secretary's share of the work: open, overdue and urgent, the directors she serves,
// her week as a chart; opened, her open tasks, each moved to another secretary in one tap.
Card {
    id: card
    required property string personId
    required property string name
    required property string directorsText
    required property int open
    required property int overdue
    required property int urgent
    required property var week
    required property WorkDistributionModel distribution
    property var secretaries: []
    property bool expanded: false
    property var tasks: []
    signal reassignRequested(string taskId, string toId)

    function refreshTasks() { tasks = expanded ? distribution.openTasksOf(personId) : [] }
    onExpandedChanged: refreshTasks()
    Connections {
        target: card.distribution
        function onLoaded() { card.refreshTasks() }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        Label {
            text: card.name
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: card.directorsText !== "" ? qsTr("Serves %1").arg(card.directorsText) : qsTr("Serves no director")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.margin
            Repeater {
                model: [{ n: card.open, label: qsTr("open"), color: Theme.text },
                        { n: card.overdue, label: qsTr("overdue"), color: card.overdue > 0 ? Theme.warning : Theme.textMuted },
                        { n: card.urgent, label: qsTr("urgent"), color: card.urgent > 0 ? Theme.urgentBorder : Theme.textMuted }]
                delegate: ColumnLayout {
                    required property var modelData
                    spacing: 0
                    Label {
                        text: modelData.n
                        color: modelData.color
                        font.pixelSize: Theme.fontHeadline
                        font.weight: Font.DemiBold
                    }
                    Label {
                        text: modelData.label
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }
        WeekLoadChart {
            objectName: "weekChart"
            week: card.week
            peak: card.distribution.weekPeak
            today: card.distribution.todayIndex
            Layout.fillWidth: true
        }
        Button {
            objectName: "showTasks"
            visible: card.open > 0 && card.distribution.canReassign
            text: card.expanded ? qsTr("Hide tasks") : qsTr("Reassign tasks")
            flat: true
            onClicked: card.expanded = !card.expanded
        }
        Repeater {
            model: card.tasks
            delegate: ColumnLayout {
                id: taskRow
                required property var modelData
                objectName: "taskToReassign"
                spacing: 0
                Layout.fillWidth: true
                Label {
                    text: modelData.title
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Flow {
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    Label {
                        text: [modelData.dueText, modelData.urgent ? qsTr("urgent") : ""]
                              .filter(s => s !== "").join(" · ")
                        color: modelData.overdue ? Theme.warning : Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        height: Theme.touch
                        verticalAlignment: Text.AlignVCenter
                    }
                    Repeater {
                        model: card.secretaries.filter(s => s.personId !== card.personId)
                        delegate: Chip {
                            required property var modelData
                            objectName: "reassignTo_" + modelData.name.split(" ")[0]
                            text: "→ " + modelData.name.split(" ")[0]
                            Accessible.checkable: false  // an action, not a choice
                            onClicked: card.reassignRequested(taskRow.modelData.taskId, modelData.personId)
                        }
                    }
                }
            }
        }
    }
}
