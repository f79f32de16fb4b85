// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// The office manager's personnel page on the demo office: opening it makes the reminders
// due into her tasks; a colleague reported sick through the form, back today with one tap;
// a sick leave removed and brought back with Undo. An assistant sees who is absent and not
// why. The demo goes back to the assistant's afterwards.
TestCase {
    id: test
    name: "PersonnelPage"
    when: windowShown
    visible: true

    Component { id: personnelPage; PersonnelPage {} }

    function rowNamed(repeater, name) {
        for (let i = 0; i < repeater.count; ++i) {
            const row = repeater.itemAt(i)
            if (row && row.name === name)
                return row
        }
        return null
    }

    function test_aColleagueIsReportedSickAndBackInAFewTaps() {
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(personnelPage, test, { width: 1280, height: 800 })
        const rows = findChild(page, "absences")
        const model = findChild(page, "absenceList")
        tryCompare(model, "count", 1)
        const undo = findChild(page, "personnelUndo")
        // Sanne's birthday, Joris's anniversary and Noor's week off sick became tasks.
        tryVerify(function() { return undo.opened })
        verify(undo.text.indexOf("3") >= 0)
        const noor = rowNamed(rows, "Noor Jansen")
        verify(noor)
        compare(noor.reason, "Griep met longontsteking")
        verify(findChild(noor, "reason").visible)

        const form = findChild(page, "sickLeaveForm")
        mouseClick(findChild(page, "reportSickButton"))
        tryCompare(form, "opened", true)
        const picker = findChild(form, "person")
        const save = findChild(form, "save")
        // Nobody chosen yet: saving reports nobody.
        for (let i = 0; i < picker.count; ++i) {
            if (picker.textAt(i) === "Joris Mulder")
                picker.currentIndex = i
        }
        verify(picker.currentIndex >= 0)
        mouseClick(findChild(form, "sinceYesterday"))
        findChild(form, "reason").text = "Migraine"
        mouseClick(save)
        tryCompare(model, "count", 2)
        const joris = rowNamed(rows, "Joris Mulder")
        verify(joris)
        compare(joris.reason, "Migraine")
        // Its button lies under the row's text, below the test's window: tapped by its signal.
        findChild(joris, "back").clicked()
        tryCompare(model, "count", 1)

        mouseClick(findChild(rowNamed(rows, "Noor Jansen"), "remove"))
        tryCompare(model, "count", 0)
        tryVerify(function() { return undo.opened && undo.actionText !== "" })
        undo.action()
        tryCompare(model, "count", 1)
        App.startDemo(Person.Assistant)
    }

    // Noor's next visit is next week's; one tomorrow at nine is three taps (the button, the
    // day and time the dialog starts on, Save), and Undo takes it back.
    function test_theCompanyDoctorsVisitIsSetInThreeTapsAndUndone() {
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(personnelPage, test, { width: 400, height: 800 })
        const rows = findChild(page, "absences")
        tryCompare(findChild(page, "absenceList"), "count", 1)
        const noor = rowNamed(rows, "Noor Jansen")
        const before = noor.doctorText
        verify(before.startsWith("Wed 9 Dec"), before)
        // On a phone both actions stand on one line.
        const back = findChild(noor, "back"), visit = findChild(noor, "doctorVisit")
        compare(back.y, visit.y)
        verify(visit.x >= back.x + back.width)
        verify(visit.x + visit.width <= findChild(noor, "absenceActions").width)
        findChild(noor, "doctorVisit").clicked()
        const dialog = findChild(page, "doctorVisitDialog")
        tryCompare(dialog, "opened", true)
        compare(findChild(dialog, "visitDay").currentText, "tomorrow")
        compare(findChild(dialog, "visitTime").displayText, "09:00")
        mouseClick(findChild(dialog, "save"))
        tryCompare(dialog, "opened", false)
        tryCompare(rowNamed(rows, "Noor Jansen"), "doctorText", "Tue 1 Dec 09:00")
        const undo = findChild(page, "personnelUndo")
        tryVerify(function() { return undo.opened && undo.text.indexOf("Noor Jansen") >= 0 },
                  5000, undo.text)
        undo.action()
        tryCompare(rowNamed(rows, "Noor Jansen"), "doctorText", before)
        App.startDemo(Person.Assistant)
    }

    function test_anOnboardingStartsFromTheComingMonth() {
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(personnelPage, test, { width: 400, height: 800 })
        const rows = findChild(page, "personnelDateRows")
        tryVerify(function() { return rows.count === 4 })
        const pieter = rowNamed(rows, "Pieter de Boer")
        verify(pieter)
        compare(pieter.event, Personnel.Start)
        const onboard = findChild(pieter, "onboard")
        verify(onboard.visible)
        verify(onboard.height >= 48)
        mouseClick(onboard)
        const menu = findChild(page, "onboardMenu")
        tryCompare(menu, "opened", true)
        let welcome = null
        for (let i = 0; i < menu.count; ++i) {
            if (menu.itemAt(i).text === "Welkom nieuwe collega")
                welcome = menu.itemAt(i)
        }
        verify(welcome)
        mouseClick(welcome)
        tryVerify(function() { return !findChild(rowNamed(rows, "Pieter de Boer"), "onboard").visible })
        App.startDemo(Person.Assistant)
    }

    function test_anAssistantSeesWhoIsAbsentAndNotWhy() {
        App.startDemo(Person.Assistant)
        const page = createTemporaryObject(personnelPage, test, { width: 400, height: 800 })
        const model = findChild(page, "absenceList")
        tryCompare(model, "count", 1)
        const noor = rowNamed(findChild(page, "absences"), "Noor Jansen")
        verify(noor)
        compare(noor.reason, "")
        verify(!findChild(noor, "reason").visible)
        verify(!findChild(noor, "remove").visible)
        verify(!findChild(noor, "doctorVisit").visible)
        verify(!findChild(page, "reportSickButton").visible)
        compare(findChild(page, "personnelDateRows").count, 0)
    }
    // A new colleague's first day entered on the page: pick her, type the day, save; she
    // comes up as a start with the onboarding button. A day it cannot read keeps the form.
    function test_aNewColleaguesFirstDayIsEnteredAndComesUp() {
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(personnelPage, test, { width: 1280, height: 800 })
        const rows = findChild(page, "personnelDateRows")
        tryVerify(function() { return rows.count === 4 })
        const open = findChild(page, "editDates")
        verify(open.visible)
        open.clicked()
        const dialog = findChild(page, "datesDialog")
        tryCompare(dialog, "opened", true)
        const lotte = findChild(dialog.contentItem, "dates_Lotte")
        verify(lotte)
        lotte.clicked()
        const start = findChild(dialog.contentItem, "startField")
        verify(start.enabled)
        start.text = "morgen"
        waitForRendering(dialog.contentItem)
        mouseClick(findChild(dialog, "saveDates"))
        tryVerify(function() { return findChild(dialog.contentItem, "datesError").visible })
        verify(dialog.visible)
        // Ten days after the fixture's fixed clock (2026-11-30): the machine's own date
        // would leave the page's window some weeks on.
        start.text = "2026-12-10"
        mouseClick(findChild(dialog, "saveDates"))
        tryVerify(function() { return !dialog.visible })
        tryCompare(rows, "count", 5)
        App.startDemo(Person.Assistant)
    }
}
