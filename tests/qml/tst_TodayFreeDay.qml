// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// A day with nothing in the agenda on a phone: "a free day" is said under the next
// appointment and the papers, in the list's flow, and above what to read; it is never drawn
// over them (it once sat in the middle of the list, on top of the cards).
TestCase {
    id: test
    name: "TodayFreeDay"
    when: windowShown
    visible: true

    Component { id: main; Main { visible: true } }
    PeopleModel { id: people; office: App.office; people: App.people }

    function personNamed(name) {
        for (let row = 0; row < people.count; ++row)
            if (people.nameAt(row) === name)
                return people.idAt(row)
        return ""
    }

    function bottomOf(item, within) { return item.mapToItem(within, 0, item.height).y }
    function topOf(item, within) { return item.mapToItem(within, 0, 0).y }

    function test_aFreeDayIsSaidBelowTheCardsNotOverThem() {
        const before = App.agendaPersonId
        // Joris, staff, has nothing in the agenda on the demo's Monday.
        const joris = personNamed("Joris Mulder")
        verify(joris !== "")
        App.agendaPersonId = joris
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        Navigation.open("today")
        tryCompare(window, "current", "today")
        const today = findChild(window, "today")
        const free = findChild(today, "freeDay")
        verify(free)
        tryCompare(free, "visible", true)
        compare(findChild(today, "freeDayWide").visible, false)
        const content = free.parent.parent
        const header = findChild(today, "papersInLine").parent
        verify(topOf(free, content) >= bottomOf(header, content))
        App.agendaPersonId = before
    }
}
