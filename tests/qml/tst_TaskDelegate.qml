// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

TestCase {
    id: test
    name: "TaskDelegate"
    when: windowShown
    visible: true  // a hidden TestCase gets no pointer events
    width: 400; height: 200

    Component {
        id: delegate
        TaskDelegate {
            width: 400
            taskId: "t1"; title: "Hotel boeken"; dueText: "16:00"; homeDueText: ""; overdue: false
            urgent: true; isNew: true; done: false; moved: false; whoText: "from Maarten"; sourceText: ""
        }
    }
    SignalSpy { id: struck; signalName: "struck" }
    SignalSpy { id: reopened; signalName: "reopenAsked" }

    function init() { struck.clear(); reopened.clear() }

    function test_urgentIsYellowAndNewStandsOut() {
        const row = createTemporaryObject(delegate, test)
        compare(row.background.color, Theme.urgent)
        row.urgent = false
        compare(row.background.color, Theme.surface)
    }

    function test_oneTapOnTheTargetStrikesOff() {
        const row = createTemporaryObject(delegate, test)
        struck.target = row
        waitForRendering(row)
        mouseClick(row, 30, row.height / 2)   // the round target on the left
        compare(struck.count, 1)
        // Struck off (here or on another device a moment ago): the same tap only asks
        // whether to reopen; it never strikes or reopens by itself.
        row.done = true
        reopened.target = row
        mouseClick(row, 30, row.height / 2)
        compare(reopened.count, 1)
        compare(struck.count, 1)
    }

    function test_aSwipeToTheRightStrikesOff() {
        const row = createTemporaryObject(delegate, test)
        struck.target = row
        mouseDrag(row, 80, row.height / 2, row.width - 90, 0, Qt.LeftButton, Qt.NoModifier, 5)
        tryCompare(struck, "count", 1)
        tryCompare(row.swipe, "position", 0)  // the struck row shows again, crossed out
    }

    function test_aTapOnTheTextOpensTheTask() {
        const row = createTemporaryObject(delegate, test)
        const opened = createTemporaryObject(spy, test, { target: row, signalName: "opened" })
        struck.target = row
        waitForRendering(row)
        mouseClick(row, row.width / 2, row.height / 2)
        compare(opened.count, 1)
        compare(struck.count, 0)
    }

    Component { id: spy; SignalSpy {} }

    function test_doneTasksCannotBeSwipedAgain() {
        const row = createTemporaryObject(delegate, test, { done: true })
        verify(!row.swipe.enabled)
    }

    function metaOf(row) { return findChild(row.contentItem, "meta") }

    // Abroad the time at home comes last on the line; a narrow phone row drops it whole
    // rather than cutting it to "home 2…", and a wide one shows it.
    function test_theTimeAtHomeIsShownWholeOrNotAtAll() {
        const props = { dueText: "tomorrow 09:00", homeDueText: "tomorrow 15:00", urgent: true,
                        whoText: "from Maarten Dekker", sourceText: "handed over in passing" }
        const narrow = createTemporaryObject(delegate, test, props)
        waitForRendering(narrow)
        const line = metaOf(narrow)
        verify(line.text.indexOf("home") < 0, line.text)
        verify(line.text.indexOf("due tomorrow 09:00") >= 0, line.text)

        const wide = createTemporaryObject(delegate, test, Object.assign({ width: 1000 }, props))
        waitForRendering(wide)
        const wideLine = metaOf(wide)
        verify(wideLine.text.endsWith("home tomorrow 15:00"), wideLine.text)
        verify(!wideLine.truncated)

        // A short line keeps its home time on the phone too.
        const plain = createTemporaryObject(delegate, test,
            { dueText: "09:00", homeDueText: "15:00", urgent: false, whoText: "", sourceText: "" })
        waitForRendering(plain)
        compare(metaOf(plain).text, "due 09:00 · home 15:00")
    }

    // A title on two lines pushes the line under it down, also in a list whose rows are
    // laid out as they come; they never overlap.
    Component {
        id: list
        ListView {
            width: 400; height: 400
            model: ListModel {
                ListElement { title: "Agenda volgende week doorsturen"; done: true }
                ListElement { title: "Iets bestellen: Lunch voor de teamdag (14 personen) en de borrel"; done: true }
                ListElement { title: "Stukken Raad van Bestuur printen en bundelen voor donderdag"; done: false }
            }
            delegate: TaskDelegate {
                taskId: "t" + index; dueText: "tomorrow 06:00"; homeDueText: "12:00"; overdue: false
                urgent: false; isNew: false; moved: false; whoText: "from Fatima"; sourceText: "request"
            }
        }
    }

    function test_aWrappedTitleKeepsItsLineBelowIt() {
        const view = createTemporaryObject(list, test)
        waitForRendering(view)
        for (let i = 1; i < 3; ++i) {
            const row = view.itemAtIndex(i)
            const title = findChild(row.contentItem, "title")
            verify(title.lineCount > 1)
            const titleBottom = title.mapToItem(row, 0, title.height).y
            verify(metaOf(row).mapToItem(row, 0, 0).y >= titleBottom, "row " + i)
            verify(row.height >= titleBottom + metaOf(row).height, "row " + i)
        }
    }
}
