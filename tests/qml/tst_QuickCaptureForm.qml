// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

TestCase {
    id: test
    name: "QuickCaptureForm"
    when: windowShown
    visible: true  // a hidden TestCase gets no pointer events
    width: 400; height: 700

    Component { id: form; QuickCaptureForm { width: 400 } }
    TaskListModel { id: inbox; view: TaskListModel.Inbox; office: App.office; people: App.people }
    SignalSpy { id: saved; signalName: "saved" }

    function init() { saved.clear() }

    function test_typeAndOneTapSaves() {
        const f = createTemporaryObject(form, test)
        saved.target = f
        const before = inbox.count
        f.titleField.forceActiveFocus()
        keyClick(Qt.Key_B); keyClick(Qt.Key_E); keyClick(Qt.Key_L)
        keyClick(Qt.Key_Return)
        compare(saved.count, 1)
        compare(inbox.count, before + 1)
        compare(f.titleField.text, "")   // ready for the next one
    }

    // A draft kept from before is cleared with one tap, and that tap undone with Undo until
    // something new is typed.
    function test_aDraftIsClearedInOneTapAndCanBeBroughtBack() {
        const f = createTemporaryObject(form, test)
        const clear = findChild(f, "clearTitle")
        const restore = findChild(f, "restoreTitle")
        verify(!clear.visible)
        verify(!restore.visible)
        f.titleField.text = "Bel Jan"
        verify(clear.visible)
        mouseClick(clear)
        compare(f.titleField.text, "")
        verify(f.titleField.activeFocus)
        verify(restore.visible)
        mouseClick(restore)
        compare(f.titleField.text, "Bel Jan")
        mouseClick(clear)
        keyClick(Qt.Key_X)
        compare(f.titleField.text, "x")
        verify(!restore.visible)
        f.titleField.text = ""
        verify(!restore.visible, "what was typed since replaced the draft")
    }

    // A time typed in the title is said under it as the time the task is due, for today
    // or tomorrow; "this week" leaves it unsaid (and unused).
    function test_aTimeInTheTitleIsSaidBeforeItIsSaved() {
        const f = createTemporaryObject(form, test)
        const line = findChild(f, "titleTime")
        compare(line.text, "")
        // Its line is kept while empty: the chips under it must not move under a thumb as
        // the title is typed.
        waitForRendering(f)
        const chipsAt = chipCalled(f, "Today").mapToItem(f, 0, 0).y
        f.titleField.text = "Bel Jan om 14:00"
        tryCompare(line, "text", "Due today at 14:00")
        waitForRendering(f)
        compare(chipCalled(f, "Today").mapToItem(f, 0, 0).y, chipsAt)
        compare(line.text, "Due today at 14:00")
        f.due = Task.Tomorrow
        compare(line.text, "Due tomorrow at 14:00")
        f.due = Task.ThisWeek
        compare(line.text, "")
        f.due = Task.Today
        f.titleField.text = "Tafel voor 4 personen"
        compare(line.text, "")
    }

    // "Lunch morgen om 12 uur" is tomorrow at 12:00 without a tap; a chip tapped wins.
    function test_aDayInTheTitleChoosesWhenUntilAChipIsTapped() {
        const f = createTemporaryObject(form, test)
        const line = findChild(f, "titleTime")
        f.titleField.text = "Lunch morgen om 12 uur"
        compare(f.dueMeant, Task.Tomorrow)
        tryCompare(line, "text", "Due tomorrow at 12:00")
        const today = chipCalled(f, "Today")
        verify(today !== null)
        verify(!today.checked)
        mouseClick(today)
        compare(f.dueMeant, Task.Today)
        verify(today.checked)
        f.reset()
        f.titleField.text = "Taxi 00:00"   // gone already, unless it is midnight this minute
        compare(f.dueMeant, Task.Today)
        tryVerify(function() { return line.text.indexOf("already past") > 0 })
        compare(line.color, Theme.warning)
    }

    // A weekday past tomorrow is when the task is due, said under the title; no chip stands
    // for it, so none is lit until one is tapped.
    function test_aWeekdayInTheTitleIsSaidAndNoChipLit() {
        const f = createTemporaryObject(form, test)
        const line = findChild(f, "titleTime")
        // The app's clock in these tests: Monday 30 November 2026.
        f.titleField.text = "Call Jan on Thursday at 10:00"
        compare(f.dueMeant, Task.TitleDay)
        tryCompare(line, "text", "Due Thursday 3 December at 10:00")
        for (const label of ["Today", "Tomorrow", "This week", "No date"])
            verify(!chipCalled(f, label).checked, label)
        mouseClick(chipCalled(f, "Tomorrow"))
        compare(f.dueMeant, Task.Tomorrow)
        compare(line.text, "Due tomorrow at 10:00")
    }

    function test_anEmptyTaskIsNotSaved() {
        const f = createTemporaryObject(form, test)
        saved.target = f
        saved.clear()
        const before = inbox.count
        f.titleField.text = "   "
        f.titleField.accepted()
        compare(saved.count, 0)
        compare(inbox.count, before)
    }

    function chipsUnder(item) {
        let out = []
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.text !== undefined && child.personId !== undefined)
                out.push(child)
            out = out.concat(chipsUnder(child))
        }
        return out
    }

    function chipCalled(item, text) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.text === text && child.checked !== undefined && child.personId === undefined)
                return child
            const found = chipCalled(child, text)
            if (found !== null)
                return found
        }
        return null
    }

    function test_everyoneCanBePickedWithoutScrollingAndTheLikeliestComeFirst() {
        const f = createTemporaryObject(form, test)
        waitForRendering(f)
        const chips = chipsUnder(f)
        verify(chips.length >= 6)
        // The assistant (Sanne) sees herself first, then her director.
        compare(chips[0].text, "Me")
        compare(chips[1].text, "Maarten")
        for (let i = 0; i < chips.length; ++i) {
            const p = chips[i].mapToItem(f, 0, 0)
            verify(p.x >= 0 && p.x + chips[i].width <= f.width, chips[i].text + " is outside the form")
        }
    }

    // A tap on the person already chosen keeps them chosen, on the screen as in the form:
    // a chip that toggled itself showed nobody chosen while the form kept its choice.
    function test_aTapOnTheChosenPersonKeepsThemChosen() {
        const f = createTemporaryObject(form, test)
        waitForRendering(f)
        const chips = chipsUnder(f)
        mouseClick(chips[1])
        compare(f.assigneeId, chips[1].personId)
        verify(chips[1].checked)
        mouseClick(chips[1])
        compare(f.assigneeId, chips[1].personId)
        verify(chips[1].checked)
        mouseClick(chips[0])
        verify(chips[0].checked)
        verify(!chips[1].checked)
    }

    function test_urgentIsASwitchApartFromWhen() {
        const f = createTemporaryObject(form, test)
        const urgent = findChild(f, "urgentSwitch")
        verify(urgent !== null)
        verify(!f.urgent)
        mouseClick(urgent)
        verify(f.urgent)
        compare(f.due, Task.Today)   // the time chosen is untouched
    }

    // A task for someone else leaves one's own lists: the message says where it went.
    function test_theSaveSaysForWhom() {
        const f = createTemporaryObject(form, test)
        saved.target = f
        saved.clear()
        waitForRendering(f)
        f.titleField.text = "Taxi bestellen"
        f.titleField.accepted()
        compare(saved.count, 1)
        compare(saved.signalArguments[0][1], "Task saved: Taxi bestellen")
        verify(saved.signalArguments[0][0] !== "")
        const chips = chipsUnder(f)
        mouseClick(chips[1])   // Maarten
        f.titleField.text = "Hotel boeken"
        f.titleField.accepted()
        compare(saved.count, 2)
        compare(saved.signalArguments[1][1], "Task saved for Maarten: Hotel boeken")
    }
}
