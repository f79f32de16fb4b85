// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// Letters on the demo office: the secretary opens the director's notes on her phone, adds
// to them as the keyboard's dictation types, makes the draft from the template and asks
// for approval; the director finds it waiting on his Today and approves it on his phone.
TestCase {
    id: test
    name: "LetterPage"
    when: windowShown
    visible: true

    Component { id: main; Main { visible: true } }

    function openLetter(window, subject) {
        Navigation.open("letters")
        tryCompare(window, "current", "letters")
        const list = findChild(window, "letterRows")
        verify(list)
        tryVerify(function() { return list.count >= 3 })
        for (let i = 0; i < list.count; ++i) {
            tryVerify(function() { return list.itemAtIndex(i) !== null })
            if (list.itemAtIndex(i).subject === subject) {
                list.itemAtIndex(i).clicked()
                break
            }
        }
        tryCompare(window, "stackDepth", 2)
        const page = findChild(window, "letter")
        verify(page)
        tryCompare(findChild(page, "letterSubject"), "text", subject)
        return page
    }

    function test_theSecretaryMakesTheDraftFromTheNotesAndAsksForApproval() {
        App.startDemo(Person.Assistant)
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        const page = openLetter(window, "Standplaats markt Lage Weide")
        verify(!findChild(page, "textField").visible, "notes only: no letter yet")
        const notes = findChild(page, "notesField")
        verify(!notes.readOnly)
        // Dictation reaches the field as typed text.
        notes.forceActiveFocus()
        notes.cursorPosition = notes.length
        keyClick(Qt.Key_Return)
        keyClick(Qt.Key_O); keyClick(Qt.Key_K)
        const draft = findChild(page, "makeDraft")
        verify(draft.visible)
        verify(!findChild(page, "askApproval").visible)
        draft.clicked()
        const text = findChild(page, "textField")
        tryCompare(text, "visible", true)
        verify(text.text.indexOf("Geachte mevrouw Van Dijk,") === 0, text.text)
        // The dictated line is a paragraph of its own, before the closing.
        verify(text.text.indexOf("\n\nok\n\nMet vriendelijke groet,") > 0, text.text)
        verify(!findChild(page, "approve").visible, "the assistant does not approve")
        findChild(page, "askApproval").clicked()
        tryCompare(findChild(page, "stateText"), "text", "Waiting for approval")
        verify(text.readOnly === false, "she may still correct it")
        verify(findChild(page, "pdf").visible)
    }

    function test_theDirectorApprovesFromHisToday() {
        App.startDemo(Person.Director)
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "today")
        const pill = findChild(window, "lettersPill")
        verify(pill)
        tryCompare(pill, "visible", true)
        // The one letter waiting opens at once from the pill at Today's foot, over Today.
        mouseClick(pill)
        tryCompare(window, "stackDepth", 2)
        compare(window.current, "today")
        const page = findChild(window, "letter")
        const approve = findChild(page, "approve")
        tryCompare(approve, "visible", true)
        verify(findChild(page, "comment").visible)
        verify(!findChild(page, "markSent").visible)
        approve.clicked()
        tryCompare(findChild(page, "stateText"), "text", "Ready to send")
        compare(approve.visible, false)
        // A stray tap on Approve is taken back from the snackbar.
        const undo = findChild(page, "letterUndo")
        tryVerify(function() { return undo.opened })
        compare(undo.text, "Approved: Annual results 2026")
        undo.action()
        tryCompare(findChild(page, "stateText"), "text", "Waiting for approval")
        tryCompare(approve, "visible", true)
        approve.clicked()
        tryCompare(findChild(page, "stateText"), "text", "Ready to send")
        Navigation.back()
        tryCompare(window, "stackDepth", 1)
        tryCompare(pill, "visible", false)
        App.startDemo(Person.Assistant)
    }

    function test_theDirectorsCommentSendsItBackToTheSecretary() {
        App.startDemo(Person.Director)
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        Navigation.open("letters", { waitingOnMe: true })
        tryCompare(window, "current", "letters")
        const page = findChild(window, "letters")
        // On a tablet the first letter stands beside the list at once.
        tryCompare(findChild(page, "letterSubject"), "text", "Annual results 2026")
        findChild(page, "comment").clicked()
        const dialog = findChild(page, "commentDialog")
        tryCompare(dialog, "opened", true)
        findChild(dialog, "commentField").text = "Mention the dividend."
        dialog.accept()
        tryCompare(findChild(page, "letterRows"), "count", 0)
        findChild(page, "allLetters").clicked()
        tryCompare(findChild(page, "letterSubject"), "text", "Standplaats markt Lage Weide")
        App.startDemo(Person.Assistant)
    }
    // The office manager writes for either director: the form shows both, the first
    // chosen; the letter is from the one she taps. Sanne serves one and is not asked.
    function test_theOfficeManagerChoosesWhichDirectorTheLetterIsFrom() {
        App.startDemo(Person.OfficeManager)
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        Navigation.open("letters")
        tryCompare(window, "current", "letters")
        const list = findChild(window, "letterRows")
        const before = list.count
        const newLetter = findChild(window, "newLetter")
        tryVerify(function() { return newLetter.visible })
        newLetter.clicked()
        const form = findChild(window, "letterForm")
        tryCompare(form, "opened", true)
        const from = findChild(form.contentItem, "letterDirectors")
        verify(from.visible)
        const ingrid = findChild(from, "letterFrom_Ingrid")
        const maarten = findChild(from, "letterFrom_Maarten")
        verify(ingrid && maarten)
        verify(maarten.checked !== ingrid.checked, "one director stands chosen")
        ingrid.clicked()
        verify(ingrid.checked && !maarten.checked)
        findChild(form.contentItem, "chooseContact").clicked()
        const search = findChild(window, "pickerSearch")
        tryVerify(function() { return search && search.visible })
        search.text = "Anouk"
        const rows = findChild(window, "pickerRows")
        tryVerify(function() { return rows.count === 1 && rows.itemAtIndex(0) !== null })
        rows.itemAtIndex(0).clicked()
        compare(form.contactName, "Anouk van Dijk")
        findChild(form.contentItem, "subjectField").text = "Verhuizing"
        form.accept()
        tryCompare(list, "count", before + 1)
        tryCompare(form, "opened", false)
        // On a tablet the new letter opens beside the list.
        const letters = findChild(window, "letters")
        tryVerify(function() { return letters.selectedLetter !== "" })
        const details = findChild(form, "formDetails")
        compare(details.letterId, letters.selectedLetter)
        compare(details.subject, "Verhuizing")
        compare(details.director, "Ingrid Smit")
        App.startDemo(Person.Assistant)
        newLetter.clicked()
        tryCompare(form, "opened", true)
        verify(!findChild(form.contentItem, "letterDirectors").visible, "Sanne serves one")
        form.reject()
    }
}
