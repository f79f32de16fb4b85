// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

TestCase {
    id: test
    name: "Main"
    when: windowShown
    visible: true  // a hidden TestCase gets no pointer events

    Component { id: main; Main { visible: true } }

    function test_theAssistantStartsOnTasksAndNavigatesByName() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        verify(!window.wide)
        Navigation.open("week")
        compare(window.current, "week")
        Navigation.open("checklists")
        compare(window.current, "checklists")
        Navigation.open("nowhere")            // unknown pages are refused, not crashed on
        compare(window.current, "checklists")
    }

    function test_theNewTaskButtonStaysOffTheReception() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        const newTask = findChild(window, "newTask")
        verify(newTask.visible)
        Navigation.open("reception")
        compare(window.current, "reception")
        verify(!newTask.visible)
        Navigation.open("week")
        verify(newTask.visible)
    }

    function test_theShellsMessageKeepsClearOfTheNewTaskButton() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        const newTask = findChild(window, "newTask")
        const bar = findChild(window, "shellSnackbar")
        verify(newTask.visible)
        bar.show("Lotte gave you a task: call the printer's service desk about the tray", "Open",
                 function() {})
        tryCompare(bar, "opened", true)
        const barBottom = bar.parent.mapToItem(null, 0, bar.y + bar.height).y
        const buttonTop = newTask.mapToItem(null, 0, 0).y
        verify(barBottom <= buttonTop, "the bar ends at " + barBottom + ", the button starts at "
               + buttonTop)
        bar.close()
    }

    // Saved from the + on another page, the task is out of sight: the shell's message says
    // it was saved, and its Open shows it.
    function test_aTaskSavedFromAnyPageIsConfirmedAndOpens() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        Navigation.open("week")
        Navigation.open("capture")
        const dialog = findChild(window, "capture")
        tryCompare(dialog, "opened", true)
        keyClick(Qt.Key_B); keyClick(Qt.Key_E); keyClick(Qt.Key_L)
        keyClick(Qt.Key_Return)
        tryCompare(dialog, "opened", false)
        const bar = findChild(window, "shellSnackbar")
        tryCompare(bar, "opened", true)
        compare(bar.text, "Task saved: bel")
        bar.action()
        tryCompare(window, "current", "tasks")
        bar.close()
    }

    // Every entry of the session menu is read whole (in Dutch "Stukken op dit apparaat"
    // was cut at the menu's standard width).
    function test_theSessionMenuIsAsWideAsItsLongestEntry() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        const menu = findChild(window, "sessionMenu")
        menu.open()
        tryCompare(menu, "opened", true)
        let widest = 0
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i)
            if (item.visible)
                widest = Math.max(widest, item.implicitWidth)
        }
        verify(widest > 0)
        verify(menu.width >= widest, menu.width + " for an entry of " + widest)
        verify(menu.width <= window.width)
        menu.close()
    }

    PeopleModel { id: everyone; office: App.office; people: App.people }

    // Staff see their own day and book in it; a director's week they may look at, but
    // the server would refuse a booking there, so the week offers none. Her assistant books.
    function test_onlyThoseWhoWriteTheAgendaShownMayBookInIt() {
        App.startDemo(Person.Staff)
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryVerify(function() { return App.ready && window.current !== "login" })
        compare(App.agendaPersonId, App.personId)
        verify(App.canBook)
        let ingrid = ""
        for (let row = 0; row < everyone.count; ++row)
            if (everyone.nameAt(row) === "Ingrid Smit")
                ingrid = everyone.idAt(row)
        verify(ingrid !== "")
        App.agendaPersonId = ingrid
        Navigation.open("week")
        compare(window.current, "week")
        verify(!App.canBook)
        const book = findChild(window, "bookButton")
        verify(book !== null && !book.visible)
        App.startDemo(Person.Assistant)
        tryVerify(function() { return App.ready })
        verify(App.canBook)
        tryVerify(function() { const b = findChild(window, "bookButton"); return b !== null && b.visible })
    }

    // On a tablet the pane beside the week shows an appointment of the week on view: a week
    // ahead shows one of its own, an empty week none (it kept the one of another week).
    function test_theWeeksPaneShowsOnlyTheWeekOnView() {
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        tryCompare(window, "current", "tasks")
        const own = App.agendaPersonId
        Navigation.open("week")
        tryVerify(function() { return findChild(window, "weekPane") !== null })
        const list = findChild(window, "weekList")
        const pane = findChild(window, "weekPane")
        const shownIsInTheWeek = function() {
            for (let row = 0; row < list.model.count; ++row)
                if (list.model.get(row).appointmentId === pane.details.appointmentId
                        && list.model.get(row).startUtc === pane.details.startUtc)
                    return pane.visible && pane.details.found
            return false
        }
        tryVerify(shownIsInTheWeek)
        const thisWeek = pane.details.startUtc
        findChild(window, "nextWeek").clicked()
        tryVerify(function() { return pane.details.startUtc > thisWeek && shownIsInTheWeek() })

        let ingrid = ""
        for (let row = 0; row < everyone.count; ++row)
            if (everyone.nameAt(row) === "Ingrid Smit")
                ingrid = everyone.idAt(row)
        App.agendaPersonId = ingrid           // the demo gives her a near empty agenda
        let ahead = 1
        for (; ahead < 8 && list.count > 0; ++ahead)
            findChild(window, "nextWeek").clicked()
        compare(list.count, 0)
        verify(!pane.visible)
        compare(pane.details.appointmentId, "")
        App.agendaPersonId = own
        for (; ahead > 0; --ahead)
            findChild(window, "previousWeek").clicked()
        tryVerify(shownIsInTheWeek)
    }

    function test_aTabletGetsTheRail() {
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        verify(window.wide)
        tryCompare(window, "current", "tasks")
    }

    // The office manager's twelve places fit a 1280x800 tablet's rail whole: the last one
    // was cut in half at its foot.
    function test_theOfficeManagersRailFitsATablet() {
        App.startDemo(Person.OfficeManager)
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        const rail = findChild(window, "sideRail")
        tryVerify(function() { return rail && rail.visible && rail.destinations.length >= 12 })
        waitForRendering(rail)
        const placeHeight = rail.placeHeight
        const flick = findChild(rail, "railPlaces")
        const content = flick.contentHeight, height = flick.height
        App.startDemo(Person.Assistant)
        verify(placeHeight >= 56, "a place is a touch target with its label")
        verify(content <= height, "the rail has to scroll: " + content + " in " + height)
    }

    function test_aPageFromTheMenuLightsNoPlace() {
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        tryCompare(window, "current", "tasks")
        compare(window.lit, "tasks")
        Navigation.open("letterhead")
        tryCompare(window, "stackDepth", 2)
        compare(window.lit, "")
        Navigation.back()
        tryCompare(window, "stackDepth", 1)
        compare(window.lit, "tasks")
    }

    function test_leavingTheDemoShowsTheFirstStartPage() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        verify(App.logout())
        tryCompare(window, "current", "login")
        App.startDemo(Person.Assistant)
        tryCompare(window, "current", "tasks")
    }

    function test_detailPagesGoOnTopAndBackReturns() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        Navigation.open("booking")
        compare(window.current, "tasks")      // a destination does not change
        compare(window.stackDepth, 2)
        Navigation.back()
        tryCompare(window, "stackDepth", 1)
        Navigation.open("booking")
        window.close()                        // the back key on a phone
        tryCompare(window, "stackDepth", 1)
        verify(window.visible)
    }

    // A finger that drags a list and lets go where it is: the test's events carry made-up
    // times, so the speed the list would flick on with is not a finger's and is cancelled.
    // A press soon after the last drag would carry that drag on, as a second flick does.
    function drag(list, y, dy) {
        const x = list.width / 2
        wait(600)
        mousePress(list, x, y)
        const steps = Math.abs(dy) / 10
        for (let i = 1; i <= steps; ++i)
            mouseMove(list, x, y + dy * i / steps)
        mouseRelease(list, x, y + dy)
        list.cancelFlick()
    }

    // Mid-list a row's trailing action passes under the New task button: while the list is
    // scrolled on the button makes way, and it is back once the list is scrolled back or
    // another page is shown.
    function test_theNewTaskButtonMakesWayWhileAListIsScrolledOn() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        Navigation.open("week")
        const list = findChild(window, "weekList")
        const newTask = findChild(window, "newTask")
        tryVerify(function() { return list.contentHeight > list.height + 300 })
        verify(newTask.enabled)
        list.positionViewAtBeginning() // the week opens at today
        drag(list, list.height - 150, -300)
        tryCompare(list, "moving", false)
        verify(!list.atYBeginning && !list.atYEnd)
        verify(FloatingButton.stepsAside)
        verify(!newTask.enabled)
        tryCompare(newTask, "scale", 0)
        drag(list, 150, 100)
        tryCompare(list, "moving", false)
        verify(!list.atYBeginning)
        verify(!FloatingButton.stepsAside)
        verify(newTask.enabled)
        tryCompare(newTask, "scale", 1)

        drag(list, list.height - 150, -150)
        tryCompare(list, "moving", false)
        verify(!newTask.enabled)
        // A list out of sight (another tab) or moved to its end by a reload keeps the
        // button aside no longer.
        list.visible = false
        verify(newTask.enabled)
        list.visible = true
        verify(!newTask.enabled)
        list.contentY = list.originY + list.contentHeight + list.bottomMargin - list.height
        verify(list.atYEnd)
        verify(newTask.enabled)
        list.positionViewAtBeginning()
        drag(list, list.height - 150, -150)
        tryCompare(list, "moving", false)
        verify(!newTask.enabled)
        Navigation.open("checklists")
        verify(!FloatingButton.stepsAside)
        verify(newTask.enabled)
    }

    // On a tablet the week's list is the left pane: nothing of it runs under the button.
    function test_aListBesideTheNewTaskButtonLeavesItInPlace() {
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        tryCompare(window, "current", "tasks")
        Navigation.open("week")
        const list = findChild(window, "weekList")
        const newTask = findChild(window, "newTask")
        tryVerify(function() { return list.contentHeight > list.height + 150 })
        // Once the page has slid in.
        tryVerify(function() {
            return list.mapToItem(null, list.width, 0).x < newTask.mapToItem(null, 0, 0).x })
        list.positionViewAtBeginning()
        drag(list, list.height - 150, -150)
        tryCompare(list, "moving", false)
        verify(!list.atYBeginning && !list.atYEnd)
        verify(newTask.enabled)
        compare(newTask.scale, 1)
    }

    // The count of new tasks stands on the Tasks tab and place until Tasks is shown; there
    // the page itself says how many are new.
    Component { id: tabs; BottomTabs { destinations: places.ordered; current: "week"; badge: 3 } }
    Component { id: rail; SideRail { destinations: places.ordered; current: "week"; badge: 3; height: 800 } }
    Destinations { id: places }
    function test_theTasksPlaceCountsNewTasksOnlyElsewhere() {
        for (const kind of [tabs, rail]) {
            const nav = createTemporaryObject(kind, test)
            const place = findChild(nav, "nav_tasks")
            compare(place.badge, 3)
            nav.current = "tasks"
            compare(place.badge, 0)
        }
    }
}
