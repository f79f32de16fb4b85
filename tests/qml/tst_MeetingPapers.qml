// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Spil

// Today's "3 of 5 papers in" opens the board meeting, whose page lists its papers, who of
// its attendees has not opened which (for the secretary), and opens a paper that is in.
TestCase {
    id: test
    name: "MeetingPapers"
    when: windowShown
    visible: true

    Component { id: main; Main { visible: true } }

    function findText(item, text) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.text === text && child.visible)
                return child
            const found = findText(child, text)
            if (found)
                return found
        }
        return null
    }

    function test_todaysPapersInLineOpensTheMeetingWithWhoHasNotReadWhat() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        Navigation.open("today")
        tryCompare(window, "current", "today")
        const today = findChild(window, "today")
        tryVerify(function() { const l = findChild(today, "papersInLine"); return l && l.visible })
        const line = findChild(today, "papersInLine")
        compare(findChild(line, "papersInText").text, "3 of 5 papers in · 1 late")
        line.clicked()
        tryCompare(window, "stackDepth", 2)
        const page = findChild(window, "meeting")
        tryCompare(page.StackView, "status", StackView.Active)

        const unread = findChild(page, "unreadPapers")
        verify(unread.visible)
        compare(unread.model.count, 2)
        verify(findText(unread, "Maarten Verhoeven") !== null)
        verify(findText(unread, "Voorstel beloning 2027") !== null)
        verify(findText(unread, "Marktanalyse 2027") !== null)
        const papers = findChild(page, "meetingPapers")
        verify(papers.visible)
        compare(papers.model.count, 5)
        // The management meeting is no later occurrence of a series: nothing carried over.
        verify(!findChild(page, "carriedActions").visible)
    }

    // A paper that is in opens in the reader with one tap, from the device's own copy.
    function test_aPaperThatIsInOpensInTheReaderFromTheDevice() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        Navigation.open("today")
        const today = findChild(window, "today")
        tryVerify(function() { const l = findChild(today, "papersInLine"); return l && l.visible })
        const line = findChild(today, "papersInLine")
        Navigation.open("meeting", { appointmentId: line.source.appointmentId,
                                     occurrenceUtc: line.source.occurrenceUtc })
        tryCompare(window, "stackDepth", 2)
        const page = findChild(window, "meeting")
        tryCompare(page.StackView, "status", StackView.Active)
        const papers = findChild(page, "meetingPapers")
        let first = null
        for (let i = 0; i < papers.children.length && first === null; ++i) {
            const c = papers.children[i]
            if (c.clicked !== undefined && c.enabled && c.visible)
                first = c
        }
        verify(first !== null)
        waitForRendering(first)
        mouseClick(first)
        tryCompare(window, "stackDepth", 3)
        const reader = findChild(window, "paper")
        tryCompare(reader.StackView, "status", StackView.Active)
        const view = findChild(reader, "paperReader")
        tryVerify(function() { return view.pageShown }, 5000)
        verify(findText(papers, "This paper is not on this device.") === null)
    }

    // A paper tapped and shown in the reader is recorded as read: its row on the meeting
    // page says so once back.
    function test_readingAPaperInTheReaderMarksItRead() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        Navigation.open("today")
        const today = findChild(window, "today")
        tryVerify(function() { const l = findChild(today, "papersInLine"); return l && l.visible })
        const line = findChild(today, "papersInLine")
        Navigation.open("meeting", { appointmentId: line.source.appointmentId,
                                     occurrenceUtc: line.source.occurrenceUtc })
        tryCompare(window, "stackDepth", 2)
        const page = findChild(window, "meeting")
        tryCompare(page.StackView, "status", StackView.Active)
        const papers = findChild(page, "meetingPapers")
        let unread = null
        for (let i = 0; i < papers.children.length && unread === null; ++i) {
            const c = papers.children[i]
            if (c.documentId !== undefined && c.documentId !== "" && !c.read)
                unread = c
        }
        verify(unread !== null)
        const documentId = unread.documentId
        waitForRendering(unread)
        mouseClick(unread)
        tryCompare(window, "stackDepth", 3)
        const reader = findChild(window, "paper")
        tryCompare(reader.StackView, "status", StackView.Active)
        const view = findChild(reader, "paperReader")
        verify(view !== null)
        tryVerify(function() { return view.pageShown }, 5000)
        Navigation.back()
        tryCompare(window, "stackDepth", 2)
        let marked = false
        for (let i = 0; i < papers.children.length; ++i) {
            const c = papers.children[i]
            if (c.documentId === documentId)
                marked = c.read
        }
        verify(marked)
    }
}
