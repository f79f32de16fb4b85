// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// The secretariat on the demo office: a staff member's request form sends only once a
// service is chosen and something is typed, and empties itself; the office manager hands a
// request on with one tap; a task reassigned on the work distribution comes back with Undo.
// Taps are the buttons' clicked signals: a page's lower parts lie outside the test's window.
TestCase {
    id: test
    name: "SecretariatPage"
    when: windowShown
    visible: true

    Component { id: secretariatPage; SecretariatPage {} }
    Component { id: distributionPage; DistributionPage {} }

    function cleanup() { App.startDemo(Person.Assistant) }

    function test_theFormSendsOnlyWhatIsCompleteAndEmptiesItself() {
        App.startDemo(Person.Staff)
        const page = createTemporaryObject(secretariatPage, test, { width: 400, height: 800 })
        const requests = findChild(page, "serviceRequests")
        tryVerify(function() { return requests.count === 2 })
        const send = findChild(page, "sendRequest")
        const what = findChild(page, "requestWhat")
        const chips = findChild(page, "serviceChips")
        verify(send && what && chips)
        tryVerify(function() { return chips.count === 4 })
        verify(!send.enabled)
        chips.itemAt(1).clicked()
        verify(chips.itemAt(1).checked)
        verify(!send.enabled, "a service, but nothing typed")
        what.text = "Trein naar Gent"
        verify(send.enabled)
        chips.itemAt(1).clicked()
        verify(!send.enabled, "the service tapped off again")
        chips.itemAt(1).clicked()
        send.clicked()
        tryCompare(requests, "count", 3)
        compare(what.text, "")
        verify(!chips.itemAt(1).checked)
        verify(!send.enabled)
        tryVerify(function() { return findChild(page, "secretariatSnackbar").opened })
        verify(!findChild(page, "editServices").visible, "staff keep no list of services")
    }

    // The office manager keeps the list from the form: adds a service (it is a chip at
    // once), changes it, stops it (its chip goes) and brings it back with the dialog's Undo.
    function test_theOfficeManagerKeepsTheServices() {
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(secretariatPage, test, { width: 1280, height: 800 })
        const chips = findChild(page, "serviceChips")
        tryVerify(function() { return chips.count === 4 })
        const edit = findChild(page, "editServices")
        verify(edit.visible)
        edit.clicked()
        const dialog = findChild(page, "servicesDialog")
        tryVerify(function() { return dialog.opened })
        const name = findChild(dialog, "serviceName")
        const description = findChild(dialog, "serviceDescription")
        const save = findChild(dialog, "saveService")
        verify(!save.enabled, "a name first")
        name.text = "Bloemen bestellen"
        description.text = "Voor een jarige"
        save.clicked()
        tryCompare(chips, "count", 5)
        compare(name.text, "", "the form is ready for the next one")

        const lines = findChild(dialog, "serviceLines")
        tryVerify(function() { return findChild(lines, "edit_Bloemen bestellen") !== null })
        findChild(lines, "edit_Bloemen bestellen").clicked()
        compare(name.text, "Bloemen bestellen")
        compare(save.text, "Save")
        description.text = "Ook kaarten"
        save.clicked()
        tryVerify(function() { return findChild(lines, "edit_Bloemen bestellen") !== null })
        compare(findChild(lines, "edit_Bloemen bestellen").parent.parent.description,
                "Ook kaarten")

        findChild(lines, "stop_Bloemen bestellen").clicked()
        tryCompare(chips, "count", 4)
        tryVerify(function() { return findChild(lines, "offer_Bloemen bestellen") !== null })
        // Undo stands in the dialog itself: a bar of the page lay under the dialog's Close.
        const undo = findChild(dialog, "undoStop")
        tryVerify(function() { return undo.visible })
        undo.clicked()
        tryCompare(chips, "count", 5)
        verify(dialog.opened, "the dialog stays open")
        dialog.close()
    }

    function test_theOfficeManagerHandsARequestOnWithOneTap() {
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(secretariatPage, test, { width: 1280, height: 800 })
        const list = findChild(page, "serviceRequestRows")
        const requests = findChild(page, "serviceRequests")
        tryVerify(function() { return list.count === 4 && list.itemAtIndex(0) !== null })
        compare(requests.waiting, 2)
        const row = list.itemAtIndex(0)
        const id = row.requestId
        compare(row.assigneeId, "")
        const lotte = findChild(row, "handTo_Lotte")
        verify(lotte && lotte.visible)
        lotte.clicked()
        tryCompare(requests, "waiting", 1)
        let handed = null
        for (let i = 0; i < list.count; ++i) {
            const r = list.itemAtIndex(i)
            if (r && r.requestId === id)
                handed = r
        }
        verify(handed)
        compare(handed.assigneeName, "Lotte de Vries")
        verify(findChild(handed, "handTo_Lotte").checked)
    }

    // On a phone a request's lines wrap: each row grows with them, so its buttons stand
    // below its text and the next row below its buttons.
    function test_aPhonesRowsHoldTheirWrappedLines() {
        App.startDemo(Person.OfficeManager)
        // Made narrower first, as a window is before it takes its size: the rows made then
        // must follow the width they get.
        const page = createTemporaryObject(secretariatPage, test, { width: 250, height: 800 })
        const list = findChild(page, "serviceRequestRows")
        tryVerify(function() { return list.count === 4 && list.itemAtIndex(0) !== null })
        waitForRendering(list)
        page.width = 400
        waitForRendering(list)
        let checked = 0
        for (let i = 0; i < list.count; ++i) {
            const row = list.itemAtIndex(i)
            if (!row)
                continue
            const meta = findChild(row, "requestMeta")
            const actions = findChild(row, "requestActions")
            const metaBottom = meta.mapToItem(row, 0, meta.height).y
            verify(meta.lineCount >= 1)
            if (actions.visible) {
                verify(metaBottom <= actions.mapToItem(row, 0, 0).y,
                       "row " + i + ": its buttons cover its text")
                verify(actions.mapToItem(row, 0, actions.height).y <= row.height,
                       "row " + i + ": its buttons stand out of it")
            } else {
                verify(metaBottom <= row.height, "row " + i + ": its text stands out of it")
            }
            const next = list.itemAtIndex(i + 1)
            if (next)
                verify(row.y + row.height <= next.y + 0.5, "row " + i + " runs into the next")
            ++checked
        }
        verify(checked >= 2)
        verify(findChild(list.itemAtIndex(0), "requestMeta").lineCount === 2,
               "the first request's line wraps on a phone")
    }

    function test_aReassignedTaskComesBackWithUndo() {
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(distributionPage, test, { width: 1280, height: 800 })
        const model = findChild(page, "workDistribution")
        tryVerify(function() { return model.count === 2 })
        const cards = findChild(page, "loadCards")
        tryVerify(function() { return cards.count === 2 })
        let lotte = null
        for (let i = 0; i < cards.count; ++i) {
            if (cards.itemAt(i).name === "Lotte de Vries")
                lotte = cards.itemAt(i)
        }
        verify(lotte)
        const open = lotte.open
        verify(open > 0)
        findChild(lotte, "showTasks").clicked()
        tryVerify(function() { return lotte.tasks.length === open })
        const task = findChild(lotte, "taskToReassign")
        verify(task)
        const toSanne = findChild(task, "reassignTo_Sanne")
        verify(toSanne)
        toSanne.clicked()
        const undo = findChild(page, "reassignUndo")
        tryVerify(function() { return undo.opened })
        compare(undo.text, "Moved to Sanne Bakker")
        tryVerify(function() {
            for (let i = 0; i < cards.count; ++i)
                if (cards.itemAt(i).name === "Lotte de Vries")
                    return cards.itemAt(i).open === open - 1
            return false
        })
        undo.action()
        tryVerify(function() {
            for (let i = 0; i < cards.count; ++i)
                if (cards.itemAt(i).name === "Lotte de Vries")
                    return cards.itemAt(i).open === open
            return false
        })
    }
}
