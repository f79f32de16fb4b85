// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Spil

TestCase {
    id: test
    name: "AppointmentPage"
    when: windowShown
    visible: true

    Component { id: main; Main { visible: true } }

    // Today's rows of the agenda the user reads, to find an appointment's id by its title.
    TimelineModel { id: today; office: App.office; people: App.people }
    Repeater {
        id: todayRows
        model: today
        delegate: Item {
            required property string appointmentId
            required property string title
        }
    }
    PeopleModel { id: everyone; office: App.office; people: App.people }
    function personNamed(name) {
        for (let i = 0; i < everyone.count; ++i)
            if (everyone.nameAt(i) === name)
                return everyone.idAt(i)
        return ""
    }
    function idOf(title) {
        for (let i = 0; i < todayRows.count; ++i)
            if (todayRows.itemAt(i).title === title)
                return todayRows.itemAt(i).appointmentId
        return ""
    }
    function openAppointment(window, args) {
        Navigation.open("appointment", args)
        tryCompare(window, "stackDepth", 2)
        const page = findChild(window, "appointment")
        tryCompare(page.StackView, "status", StackView.Active)
        tryCompare(findChild(page, "details"), "found", true)
        return page
    }
    function cleanup() {
        today.personId = ""
        if (App.role !== Person.Assistant)
            App.startDemo(Person.Assistant)
    }

    function findByText(item, text) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.text === text && child.clicked !== undefined && child.visible)
                return child
            const found = findByText(child, text)
            if (found)
                return found
        }
        return null
    }

    // The running meeting, moved to tomorrow from its page, and back with Undo.
    function test_moveFromThePageAndUndo() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        Navigation.open("appointment", { followNext: true })
        tryCompare(window, "stackDepth", 2)
        const page = findChild(window, "appointment")
        tryCompare(page.StackView, "status", StackView.Active)
        const move = findChild(page, "moveAppointment")
        verify(move.visible)
        compare(move.text, "Move this one")
        waitForRendering(move)
        mouseClick(move)
        tryCompare(window, "stackDepth", 3)
        const booking = findChild(window, "booking")
        tryCompare(booking.StackView, "status", StackView.Active)
        verify(booking.isMove)
        compare(booking.header.title, "Move appointment")
        tryVerify(function() { return findByText(booking, "Tomorrow") !== null })
        const tomorrow = findByText(booking, "Tomorrow")
        waitForRendering(tomorrow)
        mouseClick(tomorrow)
        verify(tomorrow.checked)
        const here = findChild(booking, "bookButton")
        compare(here.text, "Move here")
        mouseClick(here)
        tryCompare(window, "stackDepth", 2)

        const bar = findChild(page, "cancelUndo")
        tryCompare(bar, "opened", true)
        verify(bar.text.startsWith("Moved to Tue 1 Dec 09:00"), bar.text)
        const details = findChild(page, "details")
        verify(details.dayText.startsWith("tomorrow"), details.dayText)   // the page follows it
        bar.action()
        verify(details.dayText.startsWith("today"), details.dayText)
        bar.close()
    }

    function test_editOpensWithTheAppointmentsValues() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        Navigation.open("edit", { followNext: true })
        tryCompare(window, "stackDepth", 2)
        const dialog = findChild(window, "editDialog")
        tryCompare(dialog, "opened", true)
        compare(findChild(dialog.contentItem, "editTitle").text, "Managementteam-overleg")
        // One of a series: no notes or confidentiality of its own.
        verify(!findChild(dialog.contentItem, "editNotes").visible)
        verify(!findChild(dialog.contentItem, "editConfidential").visible)
        dialog.close()
    }

    // Onto tomorrow's lunch: the page says with what it overlaps and moves it only when asked.
    function test_aMoveOntoAnotherAppointmentSaysWhyAndMovesAnyway() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        Navigation.open("move", { followNext: true })
        tryCompare(window, "stackDepth", 3)
        const booking = findChild(window, "booking")
        tryCompare(booking.StackView, "status", StackView.Active)
        tryVerify(function() { return findByText(booking, "Tomorrow") !== null })
        mouseClick(findByText(booking, "Tomorrow"))
        findChild(booking, "startBox").activated(10)   // 12:00
        mouseClick(findChild(booking, "bookButton"))
        const problem = findChild(booking, "bookingProblem")
        tryCompare(problem, "visible", true)
        verify(booking.refusal.indexOf("Lunch met wethouder Van Dijk") >= 0, booking.refusal)
        compare(window.stackDepth, 3)
        const anyway = findChild(booking, "bookAnyway")
        compare(anyway.text, "Move anyway")
        mouseClick(anyway)
        tryCompare(window, "stackDepth", 2)
        const page = findChild(window, "appointment")
        const bar = findChild(page, "cancelUndo")
        tryCompare(bar, "opened", true)
        verify(bar.text.startsWith("Moved to Tue 1 Dec 12:00"), bar.text)
        bar.action()
        bar.close()
        verify(findChild(page, "details").dayText.startsWith("today"))
    }

    // Something more important wants the client meeting's time: "Make room here" opens the
    // bump proposals for that director, that length and that start.
    function test_makeRoomHereOpensTheBumpAtThisTime() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        tryVerify(function() { return idOf("Klantgesprek Hofstede Groep") !== "" })
        const page = openAppointment(window, { appointmentId: idOf("Klantgesprek Hofstede Groep") })
        const details = findChild(page, "details")
        const makeRoom = findChild(page, "makeRoomHere")
        verify(makeRoom.visible)
        compare(makeRoom.text, "Make room here")
        makeRoom.clicked()
        tryCompare(window, "stackDepth", 3)
        const bump = findChild(window, "bump")
        tryCompare(bump.StackView, "status", StackView.Active)
        compare(bump.ownerId, details.ownerId)
        compare(bump.ownerId, App.agendaPersonId)
        compare(bump.minutes, details.minutes)
        compare(bump.startUtc, Date.UTC(2026, 10, 30, 10, 0))   // 11:00 in Amsterdam
        // The proposals are for that time: something else must move, never the meeting
        // whose page it came from being booked over silently.
        tryVerify(function() { return findChild(bump, "proposal0") !== null })
    }

    // Not for one of a series (the management meeting), nor for whom may not change it.
    function test_makeRoomHereOnlyWhereTheUserMayMoveItsAppointment() {
        let window = createTemporaryObject(main, null, { width: 400, height: 800 })
        tryCompare(window, "current", "tasks")
        let page = openAppointment(window, { followNext: true })
        verify(findChild(page, "details").recurring)
        verify(!findChild(page, "makeRoomHere").visible)
        window.destroy()

        // Joris (staff) reads Maarten's client meeting but may not move it.
        App.startDemo(Person.Staff)
        tryVerify(function() { return personNamed("Maarten Verhoeven") !== "" })
        today.personId = personNamed("Maarten Verhoeven")
        tryVerify(function() { return idOf("Klantgesprek Hofstede Groep") !== "" })
        window = createTemporaryObject(main, null, { width: 400, height: 800 })
        page = openAppointment(window, { appointmentId: idOf("Klantgesprek Hofstede Groep") })
        verify(!findChild(page, "details").canEdit)
        verify(!findChild(page, "makeRoomHere").visible)
    }
}
