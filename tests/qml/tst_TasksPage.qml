// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

TestCase {
    id: test
    name: "TasksPage"
    when: windowShown
    visible: true

    Component { id: main; Main { visible: true } }

    // The first task of the inbox, opened as a tap on its text does it.
    function openFirstTask(window) {
        tryCompare(window, "current", "tasks")
        const list = findChild(window, "inboxList")
        verify(list)
        tryVerify(function() { return list.count > 0 && list.itemAtIndex(0) !== null })
        const row = list.itemAtIndex(0)
        row.opened()
        return row
    }

    function test_aTabletOpensATaskInTheSidePaneBesideTheList() {
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        const row = openFirstTask(window)
        const pane = findChild(window, "paneTask")
        verify(pane.visible)
        compare(pane.taskId, row.taskId)
        compare(findChild(pane, "taskTitle").text, row.title)
        compare(findChild(pane, "taskTitle").cursorPosition, 0)  // its beginning in sight
        verify(row.selected)
        verify(!findChild(window, "taskSheet").opened)
        verify(!findChild(window, "taskSheet").visible)
        // Closed, the pane offers a new task again.
        const close = findChild(window, "closeTask")
        waitForRendering(close)
        mouseClick(close)
        tryVerify(function() { return !pane.visible })
        verify(!row.selected)
    }

    function test_aPhoneOpensATaskInADialog() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        const row = openFirstTask(window)
        const sheet = findChild(window, "taskSheet")
        tryCompare(sheet, "opened", true)
        compare(sheet.taskId, row.taskId)
        verify(!findChild(window, "paneTask").visible)
        // The day review asked for next: the task's sheet does not stay over it.
        Navigation.open("review")
        tryCompare(sheet, "visible", false)
        compare(findChild(window, "tasks").tab, 2)
    }

    TaskEditor { id: probe; office: App.office; people: App.people }

    // Handed on from the phone's dialog: the message says to whom, and Undo gives it back.
    function test_aTaskHandedOnSaysToWhomAndUndoGivesItBack() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        const row = openFirstTask(window)
        const id = row.taskId
        const title = row.title
        probe.taskId = id
        const mine = probe.assigneeId
        const sheet = findChild(window, "taskSheet")
        tryCompare(sheet, "opened", true)
        const joris = findChild(sheet.contentItem, "assignee_Joris")
        verify(joris)
        mouseClick(joris)
        mouseClick(findChild(sheet.contentItem, "saveTask"))
        tryCompare(sheet, "visible", false)
        probe.reload()
        verify(probe.assigneeId !== mine)
        const bar = findChild(window, "tasksBar")
        tryCompare(bar, "visible", true)
        compare(bar.text, "Handed to Joris: " + title)
        const undo = findChild(bar.contentItem, "snackbarAction")
        tryVerify(function() { return bar.opacity > 0.9 })
        mouseClick(undo)
        probe.reload()
        compare(probe.assigneeId, mine)
        App.startDemo(Person.Assistant)
    }

    // A quick second tap on the same spot of the day review: the struck task stays in its
    // place, crossed out, so the tap cannot strike off the task that would have slid up.
    function test_aSecondTapInTheReviewDoesNotStrikeTheNextTask() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        Navigation.open("review")
        const list = findChild(window, "reviewList")
        tryVerify(function() { return list.count >= 2 && list.itemAtIndex(1) !== null })
        waitForRendering(list)
        const first = list.itemAtIndex(0).title
        const second = list.itemAtIndex(1).title
        const tick = findChild(list.itemAtIndex(0), "strike")
        mouseClick(tick)
        tryVerify(function() { return list.itemAtIndex(0).done })
        mouseClick(tick)
        compare(list.itemAtIndex(0).title, first)
        compare(list.itemAtIndex(1).title, second)
        verify(!list.itemAtIndex(1).done, "the second tap struck off " + second)
        compare(list.tasks.openCount, list.count - 1)
        // Left and come back to, the review holds only what is still open.
        findChild(window, "tasks").tab = 0
        findChild(window, "tasks").tab = 2
        tryVerify(function() { return list.itemAtIndex(0) !== null && list.itemAtIndex(0).title === second })
        App.startDemo(Person.Assistant)
    }

    // With everything struck off the sentence over the review gets shorter: the rows stay
    // where they were.
    function test_theRowsStayPutWhenTheLastOneIsStruckOff() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        Navigation.open("review")
        const list = findChild(window, "reviewList")
        tryVerify(function() { return list.count >= 2 && list.itemAtIndex(list.count - 1) !== null })
        waitForRendering(list)
        const last = list.itemAtIndex(list.count - 1)
        const y = last.mapToItem(list, 0, 0).y
        for (let i = 0; i < list.count; ++i)
            mouseClick(findChild(list.itemAtIndex(i), "strike"))
        tryCompare(list.tasks, "openCount", 0)
        waitForRendering(list)
        compare(list.itemAtIndex(list.count - 1).mapToItem(list, 0, 0).y, y)
        App.startDemo(Person.Assistant)
    }

    // The same for "Not today": moved, the row stays and says so, and a second tap on it
    // neither opens the task nor moves the one below.
    function test_aSecondTapOnNotTodayDoesNothing() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        Navigation.open("review")
        const list = findChild(window, "reviewList")
        tryVerify(function() { return list.count >= 2 && list.itemAtIndex(1) !== null })
        waitForRendering(list)
        const first = list.itemAtIndex(0).title
        const button = findChild(list.itemAtIndex(0), "notToday")
        mouseClick(button)
        tryVerify(function() { return list.itemAtIndex(0).moved })
        compare(button.text, "Moved")
        mouseClick(button)
        compare(list.itemAtIndex(0).title, first)
        verify(!list.itemAtIndex(1).moved)
        verify(!findChild(window, "taskSheet").visible)
        App.startDemo(Person.Assistant)
    }
}
