import QtQuick

// The four top-level places, in the order the user's role puts first: the director starts
// on Today, the assistant on Tasks, the office manager on Checklists.
QtObject {
    property string role
    readonly property var all: ({
        today: { page: "today", label: qsTr("Today"), symbol: "◷" },
        week: { page: "week", label: role === "director" ? qsTr("Week") : qsTr("Agenda"), symbol: "▦" },
        tasks: { page: "tasks", label: qsTr("Tasks"), symbol: "✓" },
        checklists: { page: "checklists", label: qsTr("Checklists"), symbol: "☰" }
    })
    readonly property var ordered: role === "director" ? [all.today, all.week, all.tasks, all.checklists]
                                 : role === "office-manager" ? [all.checklists, all.tasks, all.week, all.today]
                                 : [all.tasks, all.week, all.today, all.checklists]
}
