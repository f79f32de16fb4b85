// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// The director's Today on a tablet, on the demo's Monday: what waits for his decision comes
// after the day's timeline, in the list's flow. A band fixed at the page's foot once
// covered the reading list in the right column.
TestCase {
    id: test
    name: "TodayAttention"
    when: windowShown
    visible: true

    Component { id: main; Main { visible: true } }

    function topIn(item, within) { return item.mapToItem(within, 0, 0).y }

    function cardsAfterTheDay(width) {
        App.startDemo(Person.Director)
        const window = createTemporaryObject(main, null, { width: width, height: 800 })
        Navigation.open("today")
        tryCompare(window, "current", "today")
        const today = findChild(window, "today")
        const waiting = findChild(today, "requestsWaiting")
        verify(waiting)
        tryCompare(waiting, "visible", true)
        const list = findChild(today, "timelineRows")
        verify(list)
        tryVerify(function() { return list.count === 4 })
        waitForRendering(today)
        // Every row of the day stands above the cards.
        for (let i = 0; i < list.count; ++i) {
            const row = list.itemAtIndex(i)
            verify(row)
            verify(topIn(row, list.contentItem) + row.height <= topIn(waiting, list.contentItem),
                   "row " + i + " runs under the cards")
        }
        return { today: today, waiting: waiting, list: list }
    }

    function test_aTabletKeepsWhatToReadClearOfTheCards() {
        const t = cardsAfterTheDay(1280)
        const reading = findChild(t.today, "readingCard")
        verify(reading && reading.visible)
        const wTop = topIn(t.waiting, t.today), wLeft = t.waiting.mapToItem(t.today, 0, 0).x
        const rLeft = reading.mapToItem(t.today, 0, 0).x
        verify(wLeft + t.waiting.width <= rLeft || wTop >= topIn(reading, t.today) + reading.height,
               "the cards cover what to read")
        App.startDemo(Person.Assistant)
    }

    // On a phone what waits stands at the page's foot in one row of pills, in reach of the
    // thumb and clear of the capture button: the day above keeps the room for its
    // appointments and what to read.
    function test_aPhoneKeepsWhatWaitsToOneRowOfPills() {
        App.startDemo(Person.Director)
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        Navigation.open("today")
        tryCompare(window, "current", "today")
        const today = findChild(window, "today")
        const strip = findChild(today, "attentionStrip")
        verify(strip)
        const pills = ["requestsPill", "lettersPill", "movedPill"].map(function(n) { return findChild(strip, n) })
        tryVerify(function() { return pills.every(function(p) { return p && p.visible }) })
        compare(pills[0].text, "1 request")
        compare(pills[1].text, "1 letter")
        compare(pills[2].text, "1 moved")
        waitForRendering(today)
        verify(strip.height <= 1.5 * Theme.touch, "one row: " + strip.height)
        const fab = findChild(window, "newTask")
        verify(fab && fab.visible)
        const fabLeft = fab.mapToItem(null, 0, 0).x
        for (const p of pills) {
            compare(p.mapToItem(null, 0, 0).y, pills[0].mapToItem(null, 0, 0).y, p.objectName + " in the row")
            verify(p.mapToItem(null, 0, 0).x + p.width <= fabLeft, p.objectName + " under the capture button")
        }
        compare(findChild(today, "requestsWaiting"), null, "no cards on a phone")
        // "1 moved" shows what was moved, and its row opens the appointment.
        mouseClick(pills[2])
        const sheet = findChild(today, "movedSheet")
        tryCompare(sheet, "opened", true)
        const row = findChild(sheet.contentItem, "movedRow")
        verify(row && row.visible)
        waitForRendering(row)
        verify(row.mapToItem(null, 0, 0).y + row.height <= window.height, "the row is on the screen")
        // Its move and what it made room for are there in full, not cut short.
        const when = findChild(row, "movedWhen")
        verify(when && !when.truncated && when.text.indexOf("HR") > 0, when ? when.text : "none")
        mouseClick(row)
        tryCompare(sheet, "visible", false)
        tryVerify(function() { return findChild(window, "appointment") !== null })
        App.startDemo(Person.Assistant)
    }
}
