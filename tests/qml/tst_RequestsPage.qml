// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
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

    function rowOf(list, subject) {
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const item = list.itemAtIndex(i)
            if (item && item.subject === subject)
                return item
        }
        fail("no request " + subject)
    }

    // On a phone a row's wait and gate are shown whole beside a long state ("Maarten said
    // yes: book it" cut the gate to "Gate: Di…"): the gate goes under the wait instead.
    function test_aRowsGateIsShownWholeBesideItsState() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        const list = openRequests(window)
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const row = list.itemAtIndex(i)
            const gate = findChild(row, "waitingAndGate")
            const state = findChild(row, "state")
            waitForRendering(gate)
            const shown = gate.text.replace(/\u00a0/g, " ")
            if (row.gateText !== "")
                verify(shown.indexOf(row.gateText) > 0, shown)
            verify(gate.contentWidth <= gate.width + 1, shown + " runs past its room")
            verify(gate.x + gate.width <= state.x, shown + " runs under " + state.text)
        }
    }

    function test_aDeclineLeavesOnlyWithTheMessageSheEditedAndCopied() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        const list = openRequests(window)
        const before = list.count
        // Both urgent: first the banker's, asked two days ago, then the client's, from yesterday.
        compare(list.itemAtIndex(0).subject, "Acquisition financing: term sheet")
        compare(list.itemAtIndex(1).subject, "Vervolg overname")
        rowOf(list, "Vervolg overname").clicked()
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
        compare(findChild(dialog, "draftSubject").cursorPosition, 0)
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
        // The alderman's request, high and waiting a week: free times offered.
        rowOf(list, "Bedrijventerrein Lage Weide").clicked()
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
        const pill = findChild(window, "requestsPill")
        verify(pill)
        tryCompare(pill, "visible", true)
        mouseClick(pill)
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
        // A tap on the wrong button is taken back with Undo, and decided anew.
        const undo = findChild(page, "decidedBar")
        tryCompare(undo, "opened", true)
        compare(undo.text, "Accepted: Q1 investor update")
        undo.action()
        tryCompare(model, "waitingCount", 1)
        verify(list.itemAtIndex(1).waitsForDecision)
        findChild(list.itemAtIndex(1), "decline").clicked()
        tryCompare(model, "waitingCount", 0)
        compare(undo.text, "Declined: Q1 investor update")
        Navigation.back()
        tryCompare(window, "stackDepth", 1)
        tryCompare(pill, "visible", false)
        App.startDemo(Person.Assistant)
    }

    // On the request's own page his word, with a note, is taken back as well.
    function test_theDirectorTakesHisWordBackOnTheRequestsPage() {
        App.startDemo(Person.Director)
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "today")
        Navigation.open("decisions")
        const decisions = findChild(window, "decisionsModel")
        tryVerify(function() { return decisions && decisions.waitingCount === 1 })
        // The one he accepted earlier, then the one waiting.
        const waiting = decisions.idAt(1)
        verify(waiting !== "")
        Navigation.open("request", { requestId: waiting })
        tryVerify(function() { return findChild(window, "acceptButton") !== null })
        const accept = findChild(window, "acceptButton")
        tryCompare(accept, "visible", true)
        findChild(window, "decisionNote").text = "Graag in januari"
        accept.clicked()
        tryCompare(accept, "visible", false)
        const undo = findChild(window, "requestDecidedBar")
        tryCompare(undo, "opened", true)
        compare(undo.text, "Accepted: Q1 investor update")
        undo.action()
        tryCompare(accept, "visible", true)
        tryCompare(decisions, "waitingCount", 1)
        App.startDemo(Person.Assistant)
    }

    // Once the message with Undo has gone, his word is his to change until it is acted on;
    // a no reads as a no.
    function test_theDirectorChangesHisAnswerLater() {
        App.startDemo(Person.Director)
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "today")
        Navigation.open("decisions")
        const decisions = findChild(window, "decisionsModel")
        tryVerify(function() { return decisions && decisions.waitingCount === 1 })
        const accepted = decisions.idAt(0)
        Navigation.open("request", { requestId: accepted })
        tryVerify(function() { return findChild(window, "changeDecision") !== null })
        const change = findChild(window, "changeDecision")
        tryCompare(change, "visible", true)
        compare(findChild(window, "decisionText").text.indexOf("You said yes"), 0)
        verify(!findChild(window, "acceptButton").visible)
        change.clicked()
        tryCompare(findChild(window, "acceptButton"), "visible", true)
        verify(!change.visible)
        findChild(window, "rejectButton").clicked()
        tryCompare(change, "visible", true)
        compare(findChild(window, "decisionText").text, "You said no")
        compare(String(findChild(window, "decisionText").color), String(Theme.warning))
        App.startDemo(Person.Assistant)
    }

    // Forwarded by mistake: Undo takes it back to where it was, out of his sight.
    function test_aForwardIsTakenBack() {
        App.startDemo(Person.Assistant)
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        const list = openRequests(window)
        rowOf(list, "Vervolg overname").clicked()
        tryCompare(window, "stackDepth", 2)
        const page = findChild(window, "request")
        const details = findChild(page, "details")
        tryCompare(details, "exists", true)
        compare(details.state, Request.State.Proposed)
        const forward = findChild(page, "forwardButton")
        forward.clicked()
        tryCompare(details, "state", Request.State.Forwarded)
        // The page's own message (a tablet's list has a request view of its own).
        const bar = findChild(page, "requestDecidedBar")
        tryCompare(bar, "opened", true)
        compare(bar.text, "Forwarded to " + details.directorName)
        bar.action()
        tryCompare(details, "state", Request.State.Proposed)
        tryCompare(forward, "visible", true)
        App.startDemo(Person.Assistant)
    }

    // The director's own Requests counts only what still waits for his word.
    function test_theDirectorsRequestsCountOnlyWhatWaitsForHim() {
        App.startDemo(Person.Director)
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "today")
        Navigation.open("requests")
        tryCompare(window, "current", "requests")
        const page = findChild(window, "requests")
        const queue = findChild(page, "queue")
        tryCompare(queue, "count", 2)              // one decided, one waiting
        compare(page.header.subtitle, "1 open, most important first")
        App.startDemo(Person.Assistant)
    }

    // A request for Tuesday, when Maarten has no free hour: its page offers no time but
    // Make room, which books it together with the moves; Undo takes all of it back.
    function test_aBookedWindowOffersMakeRoomThatBooksItWithTheMoves_data() {
        return [{ tag: "400x800", width: 400 }, { tag: "1280x800", width: 1280 }]
    }
    function test_aBookedWindowOffersMakeRoomThatBooksItWithTheMoves(data) {
        const id = requestFixture.addRequestInABookedDay()
        const window = createTemporaryObject(main, null, { width: data.width, height: 800 })
        Navigation.open("request", { requestId: id })
        tryCompare(window, "stackDepth", 2)
        const page = findChild(window, "request")
        tryCompare(page.StackView, "status", StackView.Active)
        const details = findChild(page, "details")
        tryCompare(details, "exists", true)
        compare(details.slots.length, 0)
        compare(findChild(page, "slot0"), null)
        const makeRoom = findChild(page, "makeRoom")
        verify(makeRoom.visible)
        compare(makeRoom.text, "Make room")
        if (screenshotDir !== "") {
            waitForRendering(page)
            grabImage(window.contentItem).save(screenshotDir + "/request-make-room-" + data.tag + ".png")
        }
        makeRoom.clicked()
        tryCompare(window, "stackDepth", 3)
        const bump = findChild(window, "bump")
        tryCompare(bump.StackView, "status", StackView.Active)
        compare(bump.requestId, id)
        // The request's need, not a time picked on the page: no time or importance chips.
        verify(!findChild(bump, "bumpWholeDay").visible)
        compare(findChild(bump, "bumpTitle").text, "Tweede gesprek overname")
        tryVerify(function() { return findChild(bump, "proposal0") !== null })
        verify(findChild(bump, "proposal0").movesText.startsWith("Moves: Werkoverleg"))
        verify(bump.header.subtitle.indexOf("Tue 1 Dec") >= 0, bump.header.subtitle)
        // The confirmation's subject shows its beginning ("Uw verzoek: ..."), not its end.
        const subject = findChild(findChild(bump, "message0"), "subject")
        verify(subject.text.startsWith("Uw verzoek: "), subject.text)
        compare(subject.cursorPosition, 0)
        if (screenshotDir !== "") {
            waitForRendering(bump)
            grabImage(window.contentItem).save(screenshotDir + "/request-bump-" + data.tag + ".png")
        }
        const confirm = findChild(bump, "confirmBump")
        verify(confirm.text.startsWith("Confirm: move "), confirm.text)
        confirm.clicked()
        const bar = findChild(bump, "bumpUndo")
        tryCompare(bar, "opened", true)
        tryCompare(details, "state", Request.State.Scheduled)
        verify(details.scheduledText.startsWith("Tue 1 Dec"), details.scheduledText)
        verify(!details.canMakeRoom)
        bar.action()
        tryCompare(details, "state", Request.State.New)
        tryCompare(details, "canMakeRoom", true)
        bar.close()
        // Tuesday's agenda as the demo has it, for the tests after this one.
        App.startDemo(Person.Assistant)
    }
}
