// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

TestCase {
    id: test
    name: "ChecklistRunView"
    when: windowShown
    visible: true  // a hidden TestCase gets no pointer events
    width: 400; height: 800

    ChecklistRunsModel { id: runs; office: App.office; people: App.people }
    Component { id: view; ChecklistRunView { width: 400; height: 800 } }

    function test_aTapOnAnItemTicksItAndMovesTheProgress() {
        const v = createTemporaryObject(view, test, { runId: runs.idAt(0) })
        verify(v.run.total > 0)
        const before = v.run.doneCount
        v.run.filter = ChecklistRunModel.Open
        waitForRendering(v)
        const first = v.itemAtIndex(0)
        verify(first !== null)
        const second = v.itemAtIndex(1)
        mouseClick(first, first.width / 2, first.height / 2)
        compare(v.run.doneCount, before + 1)
        // What was just ticked stays in its place, marked done: the next row has not moved
        // up under the thumb.
        compare(v.count, v.run.total - before)
        verify(v.itemAtIndex(0).done)
        compare(v.itemAtIndex(1), second)
        // The filter chosen again holds only what is open.
        const chip = findChild(v, "filterChip")
        verify(chip !== null)
        let open = null
        const chips = chip.parent.children
        for (let i = 0; i < chips.length; ++i)
            if (chips[i].objectName === "filterChip" && chips[i].text === "Open")
                open = chips[i]
        verify(open !== null)
        open.clicked()
        tryCompare(v, "count", v.run.total - v.run.doneCount)
    }

    function test_aTapOnADoneItemKeepsItDoneAndOffersUndo() {
        const v = createTemporaryObject(view, test, { runId: runs.idAt(0) })
        v.run.filter = ChecklistRunModel.All
        waitForRendering(v)
        let row = -1
        for (let i = 0; i < v.count && row < 0; ++i) {
            const item = v.itemAtIndex(i)
            if (item && !item.done)
                row = i
        }
        verify(row >= 0)
        const item = v.itemAtIndex(row)
        const before = v.run.doneCount
        mouseClick(item, item.width / 2, item.height / 2)
        compare(v.run.doneCount, before + 1)
        // A second tap (or a tap on an item someone else just ticked) leaves it done...
        mouseClick(item, item.width / 2, item.height / 2)
        compare(v.run.doneCount, before + 1)
        verify(item.done)
        // ...and undoing is the snackbar's own action.
        const bar = findChild(v, "undoBar")
        verify(bar !== null)
        tryCompare(bar, "opened", true)
        bar.action()
        compare(v.run.doneCount, before)
    }

    // The demo's colleague off sick has move day's network items: each says so with its
    // "Hand on", one tap on a name hands it, and Undo hands it back.
    function test_anItemOfSomeoneOffSickIsHandedOnAndBack() {
        const v = createTemporaryObject(view, test, { runId: runs.idAt(0) })
        v.run.filter = ChecklistRunModel.Open
        let row = null
        for (let i = 0; i < v.count && row === null; ++i) {
            v.positionViewAtIndex(i, ListView.Contain)
            const item = v.itemAtIndex(i)
            if (item && item.absent)
                row = item
        }
        verify(row !== null, "no item of someone absent")
        const title = row.title
        verify(findChild(row, "itemLine").text.indexOf("Noor Jansen is absent") === 0,
               findChild(row, "itemLine").text)
        const handOn = findChild(row, "handOn")
        verify(handOn.visible)
        mouseClick(handOn)
        const dialog = findChild(v, "handItem")
        tryCompare(dialog, "opened", true)
        compare(dialog.itemTitle, title)
        const pieter = findChild(dialog.contentItem, "hand_Pieter")
        verify(pieter)
        mouseClick(pieter)
        tryCompare(dialog, "visible", false)
        const rowOf = function() {
            for (let i = 0; i < v.count; ++i) {
                v.positionViewAtIndex(i, ListView.Contain)
                const item = v.itemAtIndex(i)
                if (item && item.title === title)
                    return item
            }
            return null
        }
        const handed = function(who) {
            const item = rowOf()
            return item !== null && item.responsible === who && item.absent === (who === "Noor Jansen")
        }
        tryVerify(function() { return handed("Pieter de Boer") })
        const bar = findChild(v, "undoBar")
        tryCompare(bar, "opened", true)
        compare(bar.text, "Handed to Pieter")
        bar.action()
        tryVerify(function() { return handed("Noor Jansen") })
        // Opened again, only whoever has the item now is the chosen chip.
        bar.close()
        tryCompare(bar, "visible", false)
        mouseClick(findChild(rowOf(), "handOn"))
        tryCompare(dialog, "opened", true)
        verify(!findChild(dialog.contentItem, "hand_Pieter").checked)
        verify(findChild(dialog.contentItem, "hand_Noor").checked)
        dialog.close()
    }

    // Handing on an item of someone present is on screen too (its ⋮), not only a long
    // press nobody finds; a done item has nothing to hand on.
    function test_everyOpenItemShowsHowToHandItOn() {
        const v = createTemporaryObject(view, test, { runId: runs.idAt(0) })
        v.run.filter = ChecklistRunModel.All
        waitForRendering(v)
        let open = null, done = null
        for (let i = 0; i < v.count && (open === null || done === null); ++i) {
            v.positionViewAtIndex(i, ListView.Contain)
            const item = v.itemAtIndex(i)
            if (!item)
                continue
            if (!item.done && !item.absent && open === null)
                open = item
            if (item.done && done === null)
                done = item
        }
        verify(open !== null && done !== null)
        verify(!findChild(done, "more").visible)
        const more = findChild(open, "more")
        verify(more.visible)
        verify(more.width >= 44 && more.height >= 44, "a thumb's target")
        const before = v.run.doneCount
        mouseClick(more)
        const dialog = findChild(v, "handItem")
        tryCompare(dialog, "opened", true)
        compare(dialog.itemTitle, open.title)
        compare(v.run.doneCount, before, "the tap hands on, it does not tick")
        dialog.close()
    }

    // Each item stands under its own phase's heading, whichever filter left it there.
    function headingsMatch(v) {
        const headers = []
        for (let i = 0; i < v.contentItem.children.length; ++i) {
            const child = v.contentItem.children[i]
            if (child.objectName === "sectionHeader" && child.visible)
                headers.push(child)
        }
        for (let row = 0; row < v.count; ++row) {
            const item = v.itemAtIndex(row)
            if (!item)
                continue
            let above = null
            for (const h of headers) {
                if (h.y <= item.y && (!above || h.y > above.y))
                    above = h
            }
            if (!above || above.text !== item.phase)
                return "row " + row + " '" + item.title + "' of " + item.phase + " stands under "
                        + (above ? above.text : "no heading")
        }
        return ""
    }

    // Filters and ticks leave rows and bring them back one run at a time: the headings
    // ListView reuses must still name the phase of the items under them.
    function test_theOfficeManagersFiltersAndTicksKeepEachItemUnderItsPhase() {
        App.startDemo(Person.OfficeManager)
        const v = createTemporaryObject(view, test, { runId: runs.idAt(0), width: 1280 })
        for (const filter of [ChecklistRunModel.All, ChecklistRunModel.Mine, ChecklistRunModel.Open,
                              ChecklistRunModel.Mine]) {
            v.run.filter = filter
            tryVerify(function() { return headingsMatch(v) === "" }, 2000, "filter " + filter)
            for (let i = 0; i < 2 && v.count > 1; ++i) {
                const item = v.itemAtIndex(1)
                if (!item.done)
                    v.run.tick(item.itemId)
                tryVerify(function() { return headingsMatch(v) === "" }, 2000, "filter " + filter)
            }
        }
        App.startDemo(Person.Assistant)
    }

    // Another filter tapped while the list is scrolled a little shows the new list from its
    // top; the same filter tapped again tidies the list and keeps the place.
    function test_anotherFilterShowsItsListFromTheTop() {
        App.startDemo(Person.OfficeManager)
        const v = createTemporaryObject(view, test, { runId: runs.idAt(0) })
        v.run.filter = ChecklistRunModel.All
        waitForRendering(v)
        const chips = findChips(v.headerItem)
        let all = null, mine = null
        for (let i = 0; i < chips.length; ++i) {
            if (chips[i].text === "All")
                all = chips[i]
            if (chips[i].text === "Mine")
                mine = chips[i]
        }
        verify(all !== null && mine !== null)
        const above = all.mapToItem(v, 0, 0).y
        verify(above > 0)
        v.movementStarted() // as a finger's scroll begins: the page no longer keeps its top
        const scrolled = v.originY + above / 2
        v.contentY = scrolled
        waitForRendering(v)
        mouseClick(all, all.width / 2, all.height - 4)
        wait(50)
        fuzzyCompare(v.contentY, scrolled, 1)
        mouseClick(mine, mine.width / 2, mine.height - 4)
        compare(v.run.filter, ChecklistRunModel.Mine)
        tryVerify(function() { return v.atYBeginning })
        App.startDemo(Person.Assistant)
    }

    function test_filterChipsAreBigEnoughForAThumb() {
        const v = createTemporaryObject(view, test, { runId: runs.idAt(0) })
        waitForRendering(v)
        const chips = findChips(v.headerItem)
        verify(chips.length === 3)
        for (let i = 0; i < chips.length; ++i)
            verify(chips[i].height >= Theme.touch)
    }

    function findChips(item) {
        let out = []
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.objectName === "filterChip")
                out.push(child)
            out = out.concat(findChips(child))
        }
        return out
    }

    // An incident logged on another device grows the log at the top: a reader scrolled down
    // the items keeps the row she reads where it was.
    function test_anIncidentKeepsTheReadersPlace() {
        const v = createTemporaryObject(view, test, { runId: runs.idAt(0) })
        v.run.filter = ChecklistRunModel.All
        waitForRendering(v)
        verify(v.count > 8)
        // Scrolled as a thumb does it, past the header into the items.
        for (let i = 0; i < 3; ++i) {
            mouseDrag(v, v.width / 2, v.height - 100, 0, -500, Qt.LeftButton, Qt.NoModifier, 200)
            tryCompare(v, "moving", false)
        }
        const row = v.indexAt(v.width / 2, v.contentY + v.height / 2)
        verify(row > 0)
        const item = v.itemAtIndex(row)
        const before = item.y - v.contentY
        const headerBefore = v.headerItem.height
        verify(v.run.addIncident("Lift valt uit"))
        tryVerify(function() { return v.headerItem.height > headerBefore })
        waitForRendering(v)
        compare(v.itemAtIndex(row).y - v.contentY, before)
        // At the top, the new incident shows.
        v.positionViewAtBeginning()
        verify(v.contentY <= v.originY)
    }
}
