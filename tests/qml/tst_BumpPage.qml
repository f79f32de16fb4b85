// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Spil

// "Make room" on the demo office (the assistant, Monday 30 November 2026, 09:15): a more
// important appointment at the time of the client meeting at 11:00. Buttons below the fold
// of a phone-sized window are pressed through their clicked signal.
TestCase {
    id: test
    name: "BumpPage"
    when: windowShown
    visible: true

    Component { id: main; Main { visible: true } }

    function openBump(window) {
        // 11:00 in Amsterdam.
        Navigation.open("bump", { ownerId: App.agendaPersonId, needTitle: "Bank: overname",
                                  minutes: 60, startUtc: Date.UTC(2026, 10, 30, 10, 0) })
        tryCompare(window, "stackDepth", 2)
        const page = findChild(window, "bump")
        tryCompare(page.StackView, "status", StackView.Active)
        return page
    }

    function test_proposesMovesWithMessagesAndConfirmsAllAtOnceWithUndo() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        const page = openBump(window)
        const first = findChild(page, "proposal0")
        verify(first !== null)
        verify(first.highlighted)
        compare(first.movesText, "Moves: Klantgesprek Hofstede Groep")

        // The drafted message: Dutch and formal to Lotte, edited, and out through mail.
        const message = findChild(page, "message0")
        verify(message !== null)
        const body = findChild(message, "body")
        verify(body.text.startsWith("Geachte Lotte de Vries,"), body.text)
        body.forceActiveFocus()
        body.text = body.text + "\nP.S. Excuses!"
        findChild(message, "mailButton").clicked()
        tryVerify(function() { return String(systemOpener.lastOpened).startsWith("mailto:") })
        verify(String(systemOpener.lastOpened).indexOf("P.S.") >= 0, systemOpener.lastOpened)

        // One Confirm moves it and books the new one; Undo puts both back.
        const confirm = findChild(page, "confirmBump")
        compare(confirm.text, "Confirm: move 1 and book")
        confirm.clicked()
        const bar = findChild(page, "bumpUndo")
        tryCompare(bar, "opened", true)
        compare(bar.text, "Room made: 1 moved.")
        compare(confirm.text, "Done")
        // What is shown stays what was done, and the proposals can no longer be changed.
        compare(first.movesText, "Moves: Klantgesprek Hofstede Groep")
        bar.action()
        compare(confirm.text, "Confirm: move 1 and book")
        bar.close()
    }

    function test_importanceAndTheWholeDayChangeTheProposals() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        const page = openBump(window)
        // Normal: the client meeting is as important, so nothing moves for it.
        findChild(page, "bumpNormal").clicked()
        tryVerify(function() { return findChild(page, "noRoom").visible })
        verify(!findChild(page, "confirmBump").visible)
        findChild(page, "bumpHigh").clicked()
        tryVerify(function() { return !findChild(page, "noRoom").visible })
        // Any time that day: more ways, each moving something else.
        findChild(page, "bumpWholeDay").clicked()
        tryVerify(function() { return findChild(page, "proposal1") !== null })
        findChild(page, "proposal1").clicked()
        tryVerify(function() { return findChild(page, "proposal1").highlighted })
    }
}
