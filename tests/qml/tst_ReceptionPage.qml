// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// The reception on the demo office: a visitor found by typing part of the name, checked in
// with one tap and expected again with Undo; a walk-in added through the form and found at
// once, from the one "Add visitor" at the foot of the page where a thumb reaches it on a
// phone. A director sees his own guests without a Check in. The demo goes back to the
// assistant's afterwards.
TestCase {
    id: test
    name: "ReceptionPage"
    when: windowShown
    visible: true

    Component { id: receptionPage; ReceptionPage {} }

    function waitForRow(list, name) {
        tryVerify(function() { return rowNamed(list, name) !== null }, 3000, name)
        return rowNamed(list, name)
    }

    function rowNamed(list, name) {
        for (let i = 0; i < list.count; ++i) {
            const row = list.itemAtIndex(i)
            if (row && row.name === name)
                return row
        }
        return null
    }

    function test_aVisitorIsFoundCheckedInAndExpectedAgain() {
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(receptionPage, test, { width: 1280, height: 800 })
        const list = findChild(page, "visitors")
        const model = findChild(page, "receptionModel")
        tryCompare(model, "count", 4)
        compare(model.arrived, 1)

        const search = findChild(page, "search")
        mouseClick(search)
        keyClick(Qt.Key_K)
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_R)
        tryCompare(model, "count", 1)
        const karin = waitForRow(list, "Karin Hofstede")
        verify(karin)
        verify(findChild(karin, "checkIn").visible)
        mouseClick(findChild(karin, "checkIn"))
        tryCompare(model, "arrived", 2)
        compare(search.text, "", "the search is cleared for the next visitor")
        tryCompare(model, "count", 4)
        const undo = findChild(page, "receptionUndo")
        tryVerify(function() { return undo.opened && undo.actionText !== "" })
        verify(undo.text.indexOf("Karin Hofstede") >= 0)
        const inRow = waitForRow(list, "Karin Hofstede")
        verify(inRow.checkedIn)
        verify(!findChild(inRow, "checkIn").visible)
        undo.action()
        tryCompare(model, "arrived", 1)
        verify(!rowNamed(list, "Karin Hofstede").checkedIn)
        App.startDemo(Person.Assistant)
    }

    function test_aWalkInIsAddedAndFoundAtOnce() {
        App.startDemo(Person.Assistant)
        const page = createTemporaryObject(receptionPage, test, { width: 400, height: 800 })
        const model = findChild(page, "receptionModel")
        tryCompare(model, "count", 4)
        const form = findChild(page, "walkInForm")
        mouseClick(findChild(page, "addVisitor"))
        tryCompare(form, "opened", true)
        findChild(form, "visitorName").text = "Monteur Kopieerservice"
        const host = findChild(form, "host")
        for (let i = 0; i < host.count; ++i) {
            if (host.textAt(i) === "Fatima El Amrani")
                host.currentIndex = i
        }
        verify(host.currentIndex >= 0)
        mouseClick(findChild(form, "save"))
        tryCompare(model, "count", 1)
        const row = waitForRow(findChild(page, "visitors"), "Monteur Kopieerservice")
        verify(row)
        compare(row.hostName, "Fatima El Amrani")
        verify(!row.checkedIn)
    }

    function addButtons(item) {
        let found = []
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            // A button's own label carries its text too: one match, not looked into.
            if (child.visible && (child.text === "Add visitor" || child.text === "+"))
                found.push(child)
            else
                found = found.concat(addButtons(child))
        }
        return found
    }

    function test_aPhoneOffersOneAddVisitorWithinReachOfTheThumb() {
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(receptionPage, test, { width: 400, height: 800 })
        tryCompare(findChild(page, "receptionModel"), "count", 4)
        const add = findChild(page, "addVisitor")
        verify(add.visible)
        compare(addButtons(page).length, 1)
        compare(addButtons(page.header).length, 0)
        // The lower third of the screen, across the width, once the layout has placed it.
        tryVerify(function() { return add.mapToItem(page, 0, 0).y > page.height * 2 / 3 },
                  3000, "at " + add.mapToItem(page, 0, 0).y)
        tryVerify(function() { return add.width > page.width * 0.8 }, 3000, "only " + add.width + " wide")
        App.startDemo(Person.Assistant)
    }

    function test_aDirectorSeesHisGuestsWithoutCheckIn() {
        App.startDemo(Person.Director)
        const page = createTemporaryObject(receptionPage, test, { width: 400, height: 800 })
        const model = findChild(page, "receptionModel")
        tryCompare(model, "count", 2)
        verify(!findChild(page, "addVisitor").visible)
        const row = waitForRow(findChild(page, "visitors"), "Karin Hofstede")
        verify(row)
        verify(!findChild(row, "checkIn").visible)
        verify(!findChild(row, "checkInNarrow").visible)
        App.startDemo(Person.Assistant)
    }
    // The office manager sets how long names are kept from the page's menu; an assistant at
    // the desk is not offered it.
    function test_theOfficeManagerSetsHowLongNamesAreKept() {
        const desk = createTemporaryObject(receptionPage, test, { width: 1280, height: 800 })
        findChild(desk, "printDayList").clicked()
        const theirs = findChild(desk, "keepNames")
        tryVerify(function() { return theirs.parent !== null && theirs.height === 0 })
        verify(!findChild(desk, "receptionModel").canSetRetention,
               "the assistant keeps the desk, not the rule")
        desk.destroy()
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(receptionPage, test, { width: 1280, height: 800 })
        const model = findChild(page, "receptionModel")
        findChild(page, "printDayList").clicked()
        const keep = findChild(page, "keepNames")
        tryVerify(function() { return keep.visible && keep.height > 0 })
        compare(model.retentionDays, 30)
        keep.triggered()
        const dialog = findChild(page, "retentionDialog")
        tryCompare(dialog, "opened", true)
        const days = findChild(dialog.contentItem, "retentionDays")
        compare(days.value, 30)
        days.value = 14
        waitForRendering(dialog.contentItem)
        mouseClick(findChild(dialog, "saveRetention"))
        tryVerify(function() { return !dialog.visible })
        tryCompare(model, "retentionDays", 14)
        tryVerify(function() { return findChild(page, "receptionUndo").opened })
        App.startDemo(Person.Assistant)
    }
}
