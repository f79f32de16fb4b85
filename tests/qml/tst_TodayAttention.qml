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

    // On a phone the cards stand at the page's foot, in reach of the thumb, each one line:
    // the day above keeps the room for its appointments.
    function test_aPhoneKeepsTheCardsToOneLineEach() {
        App.startDemo(Person.Director)
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        Navigation.open("today")
        tryCompare(window, "current", "today")
        const today = findChild(window, "today")
        const requests = findChild(today, "requestsWaiting")
        const letters = findChild(today, "lettersWaiting")
        tryVerify(function() { return requests.visible && letters.visible })
        verify(requests.compact && letters.compact)
        compare(findChild(requests, "waitingLines").count, 0, "no subjects, the count alone")
        waitForRendering(today)
        verify(requests.height <= 2 * Theme.touch, "a request card of one line")
        verify(letters.height <= 2 * Theme.touch, "a letter card of one line")
        const bumped = findChild(today, "bumpedThisWeek")
        verify(bumped.compact)
        verify(bumped.height <= 1.5 * Theme.touch, "what was moved on one line")
        verify(today.footer.height <= today.height / 4, "the foot takes at most a quarter")
        App.startDemo(Person.Assistant)
    }
}
