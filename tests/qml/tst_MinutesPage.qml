// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// Taking minutes on the demo's past board meeting: a decision and an action in two taps
// each, a line removed and brought back, a swipe to the next item, and the next steps of
// the minutes up to final (locked) and a correction.
TestCase {
    id: test
    name: "MinutesPage"
    when: windowShown
    visible: true
    width: 400; height: 800

    Component { id: page; MinutesPage { width: 400; height: 800 } }

    function openPage() {
        const p = createTemporaryObject(page, test, { appointmentId: minutesMeetingId })
        verify(p !== null)
        waitForRendering(p)
        return p
    }
    function model(p) { return findChild(p, "minutesLines").model }
    function tap(p, name) {
        const button = findChild(p, name)
        verify(button !== null, name)
        verify(button.visible, name + " is shown")
        mouseClick(button)
    }

    function lineWith(lines, text) {
        for (let i = 0; i < lines.count; ++i) {
            lines.positionViewAtIndex(i, ListView.Contain)
            const line = lines.itemAtIndex(i)
            if (line && line.lineText === text)
                return line
        }
        return null
    }

    function test_1_aDecisionAndAnActionInTwoTapsEach() {
        const p = openPage()
        const lines = findChild(p, "minutesLines")
        tap(p, "nextItem")
        compare(findChild(p, "itemTitle").text, "Kwartaalcijfers Q3")
        const before = lines.count

        tap(p, "addDecision")                                   // tap one
        const field = findChild(p, "minutesText")
        tryVerify(function() { return field.visible && field.activeFocus })
        keyClick("B"); keyClick("e"); keyClick("g")             // type
        keySequence("Return")                                   // done
        tryCompare(lines, "count", before + 1)
        verify(lineWith(lines, "Beg") !== null)
        verify(!field.visible)

        tap(p, "addAction")                                     // tap one
        verify(!field.visible, "the owner comes first")
        const owners = findChild(p, "owners")
        verify(owners.visible)
        let maarten = null
        for (let i = 0; i < owners.children.length; ++i) {
            if (owners.children[i].text === "Maarten Verhoeven")
                maarten = owners.children[i]
        }
        verify(maarten !== null)
        mouseClick(maarten)                                     // tap two: the owner
        tryVerify(function() { return field.visible && field.activeFocus })
        keyClick("X")
        keySequence("Return")
        tryCompare(lines, "count", before + 2)
        const action = lineWith(lines, "X")
        verify(action !== null)
        compare(action.kind, Meeting.Action)
        compare(action.statusText, "Open")
        verify(action.aboutText.indexOf("Maarten Verhoeven") === 0)

        // With a due date too: owner and date in full, not cut short.
        tap(p, "addAction")
        mouseClick(maarten)
        tryVerify(function() { return field.visible && field.activeFocus })
        keyClick("Y")
        tap(p, "due1")
        tap(p, "minutesDone")
        tryCompare(lines, "count", before + 3)
        const dated = lineWith(lines, "Y")
        verify(dated !== null)
        verify(dated.aboutText.indexOf(" · ") > 0, dated.aboutText)
        const about = findChild(dated, "lineAbout")
        waitForRendering(about)
        verify(!about.truncated, about.text + " is cut short")
        // Owner and date each whole: at most one line each (three lines split the name).
        verify(about.lineCount <= 2, about.lineCount + " lines for " + about.text)
    }

    function test_2_aRemovedLineComesBackWithUndo() {
        const p = openPage()
        const lines = findChild(p, "minutesLines")
        tryVerify(function() { return lines.count > 0 && lines.itemAtIndex(0) !== null })
        const before = lines.count
        const text = lines.itemAtIndex(0).lineText
        const remove = findChild(lines.itemAtIndex(0), "removeLine")
        mouseClick(remove)
        tryCompare(lines, "count", before - 1)
        const bar = findChild(p, "minutesUndo")
        tryCompare(bar, "opened", true)
        bar.action()
        tryCompare(lines, "count", before)
        tryVerify(function() {
            const line = lines.itemAtIndex(0)
            return line !== null && line.lineText === text
        })
    }

    function test_2b_aCommentIsTakenBackOnlyByItsAuthorAndComesBackWithUndo() {
        const p = openPage()
        const lines = findChild(p, "minutesLines")
        const before = lines.count
        tap(p, "addComment")
        const field = findChild(p, "minutesText")
        tryVerify(function() { return field.visible && field.activeFocus })
        keyClick("O"); keyClick("k")
        keySequence("Return")
        tryCompare(lines, "count", before + 1)
        const mine = lineWith(lines, "Ok")
        verify(mine !== null && mine.comment)
        const remove = findChild(mine, "removeLine")
        verify(remove.visible, "her own comment has its ✕")
        mouseClick(remove)
        tryCompare(lines, "count", before)
        const bar = findChild(p, "minutesUndo")
        tryCompare(bar, "opened", true)
        bar.action()
        tryCompare(lines, "count", before + 1)
        verify(lineWith(lines, "Ok") !== null)

        // Ingrid's comment on the decision of the next item is hers to take back, not ours.
        tap(p, "nextItem")
        const decision = lineWith(lines, "De kwartaalcijfers Q3 zijn goedgekeurd.")
        verify(decision !== null)
        compare(decision.comments.length, 1)
        verify(!findChild(decision, "removeComment").visible)
    }

    function test_3_aSwipeGoesToTheNextItem() {
        const p = openPage()
        const lines = findChild(p, "minutesLines")
        compare(findChild(p, "itemText").text.indexOf("Item 1 of 3"), 0)
        mouseDrag(lines, lines.width - 40, 120, -lines.width + 80, 0)
        tryVerify(function() { return findChild(p, "itemText").text.indexOf("Item 2 of 3") === 0 })
        mouseDrag(lines, 40, 120, lines.width - 80, 0)
        tryVerify(function() { return findChild(p, "itemText").text.indexOf("Item 1 of 3") === 0 })
    }

    function test_4_theNextStepsLeadToFinalWhichIsLockedUntilCorrected() {
        const p = openPage()
        const state = findChild(p, "minutesState")
        verify(state.text.indexOf("In review") > 0)
        verify(findChild(p, "addComment").visible, "attendees comment while in review")
        verify(!findChild(p, "toReview").visible)
        tap(p, "backToDraft")
        tryVerify(function() { return state.text.indexOf("Draft") > 0 })
        verify(!findChild(p, "addComment").visible)
        tap(p, "toReview")
        tap(p, "makeFinal")
        tryVerify(function() { return state.text.indexOf("Locked") === 0 })
        verify(!findChild(p, "addDecision").visible)
        const lines = findChild(p, "minutesLines")
        verify(lines.count > 0)
        verify(!findChild(lines.itemAtIndex(0), "removeLine").visible)
        tap(p, "correct")
        tryVerify(function() { return state.text.indexOf("Version 2") === 0 })
        verify(findChild(p, "addDecision").visible)
    }
}
