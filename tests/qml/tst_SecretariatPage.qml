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
