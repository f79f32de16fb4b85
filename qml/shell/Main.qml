// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// The window: navigation (tabs on a phone, a rail on a tablet), the page stack, quick
// capture on every page and the messages that come from sync. Only this file turns
// Navigation's requests into pages.
ApplicationWindow {
    id: window
    width: 400
    height: 800
    visible: true
    title: "Spil"
    color: Theme.background

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    readonly property bool wide: width >= Theme.wideBreakpoint
    property string current: ""
    property int startedAs: Person.Unknown
    readonly property int stackDepth: stack.depth
    // Pages from the account menu that belong to no place: while one is open, no place is
    // lit, or the letterhead would read as part of the page it was opened over.
    readonly property var menuPages: ["letterhead", "principals"]
    readonly property string lit: stack.currentItem
                                  && menuPages.indexOf(stack.currentItem.objectName) >= 0
                                  ? "" : current

    Destinations { id: destinations; role: App.role }
    TaskListModel { id: inboxCount; view: TaskListModel.Inbox; office: App.office; people: App.people }

    readonly property var pages: ({
        today: todayPage, week: weekPage, tasks: tasksPage, checklists: checklistsPage,
        appointment: appointmentPage, booking: bookingPage, checklist: checklistPage,
        principals: principalsPage, meeting: meetingPage, paper: paperPage,
        contacts: contactsPage, contact: contactPage,
        archive: archivePage, archiveitem: archiveItemPage,
        letters: lettersPage, letter: letterPage,
        requests: requestsPage, request: requestPage, decisions: decisionsPage,
        supplies: suppliesPage, budgets: budgetsPage, personnel: personnelPage,
        secretariat: secretariatPage, distribution: distributionPage, reception: receptionPage,
        minutes: minutesPage, bump: bumpPage, letterhead: letterheadPage
    })

    // Opens a page by name: the destinations replace the stack, the others go on top of it.
    function show(page, params) {
        if (!App.ready) {
            stack.replace(null, loginPage)
            current = "login"
            return
        }
        if (page === "capture") {
            capture.open()
            return
        }
        if (page === "calendar") {
            // A file the app was opened with comes along to be imported.
            calendarLink.file = params && params.file ? params.file : ""
            calendarLink.open()
            return
        }
        if (page === "calendarapps") {
            calendarApps.open()
            return
        }
        if (page === "files") {
            fileCache.open()
            return
        }
        if (page === "task") {
            show("tasks", {})
            if (stack.currentItem && params && params.taskId)
                stack.currentItem.openTask(params.taskId)
            return
        }
        if (page === "move" || page === "edit") {
            // An appointment's page, then its move or its edit on top.
            show("appointment", params)
            if (stack.currentItem && stack.currentItem.objectName === "appointment")
                stack.currentItem.change(page)
            return
        }
        if (page === "services") {
            // The secretariat, then its list of services as the office manager keeps it.
            show("secretariat", {})
            if (stack.currentItem && stack.currentItem.objectName === "secretariat")
                stack.currentItem.editServices()
            return
        }
        if (page === "makeroom") {
            // A request's page, then room made for it on top, as its "Make room" does.
            show("request", params)
            show("bump", params)
            return
        }
        if (page === "orders" || page === "quotes") {
            params = { tab: page === "orders" ? 1 : 2 }
            page = "supplies"
        }
        if (page === "waiting" || page === "review") {
            params = { tab: page === "waiting" ? 1 : 2 }
            page = "tasks"
        }
        const component = pages[page]
        if (component === undefined) {
            console.warn("no page named", page)
            return
        }
        capture.close()
        // Going elsewhere closes what the page had open over itself (a task's sheet).
        if (stack.depth === 1 && stack.currentItem && stack.currentItem.closeDetails !== undefined)
            stack.currentItem.closeDetails()
        if (page === current && stack.depth === 1 && stack.currentItem) {
            // Already there: keep the page (and what it has not marked seen yet).
            if (params && params.tab !== undefined)
                stack.currentItem.tab = params.tab
            return
        }
        if (destinations.all[page] !== undefined) {
            current = page
            stack.replace(null, component, params || {})
        } else {
            stack.push(component, params || {})
        }
    }

    function showStart() {
        show(App.ready ? destinations.start : "login", {})
    }

    Connections {
        target: Navigation
        function onOpenRequested(page, params) { window.show(page, params) }
        function onBackRequested() { if (stack.depth > 1) stack.pop() }
    }
    Connections {
        target: App
        function onSessionChanged() {
            // A first sign-in knows the role only after the first pull: start over then.
            const roleArrived = App.ready && App.role !== Person.Unknown
                                && window.startedAs === Person.Unknown && stack.depth === 1
            if (App.ready !== (window.current !== "login") || window.current === "" || roleArrived)
                window.showStart()
            window.startedAs = App.ready ? App.role : Person.Unknown
        }
        // Its Open opens the task itself: a new one is often below the fold of the list.
        function onTaskArrived(taskId, title, from) {
            snackbar.show(qsTr("New task from %1: %2").arg(from).arg(title), qsTr("Open"),
                          function() { window.show("task", { taskId: taskId }) })
        }
        function onVisitorArrived(name, host) {
            snackbar.show(host !== "" ? qsTr("%1 has arrived for %2").arg(name).arg(host)
                                      : qsTr("%1 has arrived").arg(name))
        }
        function onLetterAnswered(letterId, subject, director, approved, comment) {
            snackbar.show(approved ? qsTr("%1 approved: %2").arg(director).arg(subject)
                                   : qsTr("%1 commented on %2: %3").arg(director).arg(subject).arg(comment),
                          qsTr("Open"), function() {
                              window.show("letters", { selectedLetter: letterId })
                              if (!window.wide)
                                  Navigation.open("letter", { letterId: letterId })
                          })
        }
        function onActionFailed(reason) { snackbar.show(reason) }
    }
    Component.onCompleted: {
        startedAs = App.ready ? App.role : Person.Unknown
        showStart()
    }
    // Android's back key (and closing the window) goes back a page before it leaves.
    onClosing: function(close) {
        if (stack.depth > 1) {
            close.accepted = false
            stack.pop()
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        SideRail {
            objectName: "sideRail"
            visible: window.wide && App.ready
            destinations: destinations.rail
            current: window.lit
            badge: inboxCount.newCount
            Layout.fillHeight: true
            onChosen: function(page) { window.show(page, {}) }
        }
        StackView {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }

    footer: BottomTabs {
        visible: !window.wide && App.ready
        destinations: destinations.ordered
        current: window.lit
        badge: inboxCount.newCount
        onChosen: function(page) { window.show(page, {}) }
    }

    // Not at the reception: beside its "Add visitor" a "+" reads as adding a visitor.
    RoundButton {
        id: fab
        objectName: "newTask"
        visible: App.ready && window.current !== "login" && stack.depth === 1
                 && !(window.wide && window.current === "tasks") && window.current !== "reception"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        width: 64; height: 64
        text: "+"
        font.pixelSize: 30
        Material.background: Theme.accent
        Material.foreground: "white"
        Accessible.name: qsTr("New task")
        // Stepped aside while a list is scrolled on: a tap then reaches the row under it.
        scale: FloatingButton.stepsAside ? 0 : 1
        enabled: !FloatingButton.stepsAside
        Behavior on scale { NumberAnimation { duration: 150; easing.type: Easing.OutCubic } }
        onClicked: capture.open()
    }
    Connections {
        target: stack
        function onCurrentItemChanged() { FloatingButton.reset() }
    }

    QuickCaptureDialog {
        id: capture
        parent: Overlay.overlay
        onSaved: function(taskId, message) {
            snackbar.show(message, qsTr("Open"), function() { window.show("task", { taskId: taskId }) })
        }
    }
    CalendarLinkDialog { id: calendarLink; parent: Overlay.overlay }
    CalendarAppsDialog { id: calendarApps; parent: Overlay.overlay }
    FileCacheDialog { id: fileCache; parent: Overlay.overlay; anchors.centerIn: parent }
    // Placed on the pages' area, not the window's, so it keeps clear of the tabs and stays
    // above the New task button: a late tap on Open must not land on "+".
    Snackbar { id: snackbar; objectName: "shellSnackbar"; parent: stack }

    Component { id: loginPage; FirstStartPage {} }
    Component { id: todayPage; TodayPage {} }
    Component { id: weekPage; WeekPage {} }
    Component { id: tasksPage; TasksPage {} }
    Component { id: checklistsPage; ChecklistsPage {} }
    Component { id: appointmentPage; AppointmentPage {} }
    Component { id: bookingPage; BookingPage {} }
    Component { id: checklistPage; ChecklistRunPage {} }
    Component { id: principalsPage; PrincipalsPage {} }
    Component { id: meetingPage; MeetingPage {} }
    Component { id: paperPage; PaperPage {} }
    Component { id: contactsPage; ContactsPage {} }
    Component { id: contactPage; ContactPage {} }
    Component { id: archivePage; ArchivePage {} }
    Component { id: archiveItemPage; ArchiveItemPage {} }
    Component { id: lettersPage; LettersPage {} }
    Component { id: letterPage; LetterPage {} }
    Component { id: suppliesPage; SuppliesPage {} }
    Component { id: budgetsPage; BudgetsPage {} }
    Component { id: personnelPage; PersonnelPage {} }
    Component { id: secretariatPage; SecretariatPage {} }
    Component { id: receptionPage; ReceptionPage {} }
    Component { id: distributionPage; DistributionPage {} }
    Component { id: minutesPage; MinutesPage {} }
    Component { id: requestsPage; RequestsPage {} }
    Component { id: requestPage; RequestPage {} }
    Component { id: decisionsPage; DecisionsPage {} }
    Component { id: bumpPage; BumpPage {} }
    Component { id: letterheadPage; LetterheadPage {} }
}
