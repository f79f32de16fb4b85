// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// The request queue as the assistant (Sanne, serving Maarten) works it on the demo office:
// ranked, one request's triage on a phone, a decline with the drafted message she edits
// and copies; the time booked with one tap on a tablet.
TestCase {
    id: test
    name: "RequestsPage"
    when: windowShown
    visible: true

    Component { id: main; Main { visible: true } }

    function openRequests(window) {
        Navigation.open("requests")
        tryCompare(window, "current", "requests")
        const list = findChild(window, "requestRows")
        verify(list)
        tryVerify(function() { return list.count > 0 })
        tryVerify(function() { return list.itemAtIndex(0) !== null })
        return list
    }

    function test_aDeclineLeavesOnlyWithTheMessageSheEditedAndCopied() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        const list = openRequests(window)
        const before = list.count
        compare(list.itemAtIndex(0).subject, "Vervolg overname")
        list.itemAtIndex(0).clicked()
        tryCompare(window, "stackDepth", 2)
        const page = findChild(window, "request")
        verify(page)
        const details = findChild(page, "details")
        tryCompare(details, "exists", true)
        verify(details.slots.length > 0)
        findChild(page, "declineButton").clicked()
        const dialog = findChild(page, "draftDialog")
        tryCompare(dialog, "opened", true)
        const body = findChild(dialog, "draftBody")
        verify(body.text.startsWith("Geachte Erik Hofstede,"))
        // Nothing changed yet: the decline is taken only when the message leaves.
        compare(details.state, Request.State.Proposed)
        body.text = body.text + "\nPS"
        findChild(dialog, "draftCopy").clicked()
        tryCompare(dialog, "opened", false)
        tryCompare(details, "state", Request.State.Declined)
        Navigation.open("requests")
        tryCompare(window, "stackDepth", 1)
        const again = findChild(window, "requestRows")
        tryCompare(again, "count", before - 1)
    }

    function test_aTabletBooksAnOfferedTimeWithOneTap() {
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        const list = openRequests(window)
        const before = list.count
        list.itemAtIndex(0).clicked()     // the first of the queue: free times offered
        compare(window.stackDepth, 1)
        const page = findChild(window, "requests")
        const slot = findChild(page, "slot0")
        tryVerify(function() { return slot !== null && slot.visible })
        slot.clicked()
        tryCompare(list, "count", before - 1)
        // The drafted confirmation is offered, to send or copy.
        const dialog = findChild(page, "draftDialog")
        tryCompare(dialog, "opened", true)
        verify(findChild(dialog, "draftBody").text.indexOf("Graag bevestigen wij") >= 0)
        findChild(dialog, "draftCancel").clicked()
        tryCompare(dialog, "opened", false)
    }

    // The director's Today says what waits for his decision; one tap there and one on a
    // request decide it. The demo goes back to the assistant's afterwards.
    function test_theDirectorDecidesFromToday() {
        App.startDemo(Person.Director)
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "today")
        const card = findChild(window, "requestsWaiting")
        verify(card)
        tryCompare(card, "visible", true)
        mouseClick(card)
        tryCompare(window, "stackDepth", 2)
        const page = findChild(window, "decisions")
        verify(page)
        const list = findChild(page, "decisionRows")
        tryVerify(function() { return list.itemAtIndex(1) !== null })
        // The one he accepted earlier, then the one waiting, with its two buttons.
        compare(list.itemAtIndex(1).subject, "Q1 investor update")
        const model = findChild(page, "decisionsModel")
        compare(model.waitingCount, 1)
        findChild(list.itemAtIndex(1), "accept").clicked()
        tryCompare(model, "waitingCount", 0)
        Navigation.back()
        tryCompare(window, "stackDepth", 1)
        tryCompare(card, "visible", false)
        App.startDemo(Person.Assistant)
    }
}
