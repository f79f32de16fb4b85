// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Spil

// The top-level places (four in the phone's tabs), in one order and under one name for every role, so that a
// director and his assistant find things in the same place; each role starts on its own
// page: the director on Today, the assistant on Tasks, the office manager on Checklists.
QtObject {
    property int role: Person.Unknown
    readonly property var all: ({
        today: { page: "today", label: qsTr("Today"), symbol: "◷" },
        week: { page: "week", label: qsTr("Agenda"), symbol: "▦" },
        tasks: { page: "tasks", label: qsTr("Tasks"), symbol: "✓" },
        checklists: { page: "checklists", label: qsTr("Checklists"), symbol: "☰" },
        contacts: { page: "contacts", label: qsTr("Contacts"), symbol: "☏" },
        archive: { page: "archive", label: qsTr("Archive"), symbol: "▥" },
        letters: { page: "letters", label: qsTr("Letters"), symbol: "✎" },
        requests: { page: "requests", label: qsTr("Requests"), symbol: "⚑" },
        supplies: { page: "supplies", label: qsTr("Supplies"), symbol: "▤" },
        budgets: { page: "budgets", label: qsTr("Budgets"), symbol: "€" },
        personnel: { page: "personnel", label: qsTr("Personnel"), symbol: "☺" },
        secretariat: { page: "secretariat", label: qsTr("Secretariat"), symbol: "✉" },
        reception: { page: "reception", label: qsTr("Reception"), symbol: "⌂" }
    })
    readonly property var ordered: [all.today, all.week, all.tasks, all.checklists]
    // The tablet's rail has room for more places than the phone's tab bar; on a phone these
    // are in the account menu.
    readonly property var more: [all.contacts].concat(role === Person.Staff ? [] : [all.requests])
                                .concat(role === Person.Director || role === Person.Assistant
                                        ? [all.archive] : [])
                                .concat(role === Person.Director || role === Person.Assistant
                                        || role === Person.OfficeManager ? [all.letters] : [])
                                .concat(role === Person.OfficeManager || role === Person.Admin
                                        ? [all.supplies, all.budgets, all.personnel] : [])
                                .concat([all.secretariat])
                                .concat(role === Person.OfficeManager || role === Person.Assistant
                                        || role === Person.Admin ? [all.reception] : [])
    readonly property var rail: ordered.concat(more)
    readonly property string start: role === Person.OfficeManager ? "checklists"
                                  : role === Person.Director ? "today" : "tasks"
}
