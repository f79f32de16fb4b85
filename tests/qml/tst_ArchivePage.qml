// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// The archive as the assistant (Sanne, serving Maarten) finds and keeps it on the demo
// office: results as she types, a result opening on where the paper is and its file, a name
// spelt nearly, an item added through the form, and one removed and brought back.
TestCase {
    id: test
    name: "ArchivePage"
    when: windowShown
    visible: true

    Component { id: main; Main { visible: true } }

    // Each test on the demo office as it starts: a file one test adds is searched by the next.
    function cleanup() { App.startDemo(Person.Assistant) }

    function openArchive(window) {
        Navigation.open("archive")
        tryCompare(window, "current", "archive")
        const list = findChild(window, "archiveRows")
        verify(list)
        // Six in the demo; a test before may have added one.
        tryVerify(function() { return list.count >= 6 })
        return list
    }

    function test_resultsAsTypedAndAPhoneOpensThePaperLocationAndTheFile() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        const list = openArchive(window)
        const search = findChild(window, "search")
        search.text = "huur"
        tryCompare(list, "count", 1)
        tryVerify(function() { return list.itemAtIndex(0) !== null })
        compare(list.itemAtIndex(0).subject, "Huurcontract kantoor Maliebaan")
        list.itemAtIndex(0).clicked()
        tryCompare(window, "stackDepth", 2)
        const page = findChild(window, "archiveitem")
        verify(page)
        tryCompare(findChild(page, "itemSubject"), "text", "Huurcontract kantoor Maliebaan")
        compare(findChild(page, "locationText").text, "Cabinet C · Binder Contracten · Shelf 1")
        const open = findChild(page, "openFile")
        verify(open && open.visible)
        verify(open.height >= Theme.touch)
        verify(findChild(page, "noticeRow").visible)
    }

    function test_aNameSpeltNearlyIsFoundAndSaidSo() {
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        const list = openArchive(window)
        const hint = findChild(window, "nearNames")
        findChild(window, "search").text = "rijswjik"
        tryCompare(list, "count", 1)
        tryCompare(hint, "visible", true)
        // On a tablet the first result stands beside the list at once.
        const page = findChild(window, "archive")
        tryCompare(findChild(page, "itemSubject"), "text", "Geheimhoudingsovereenkomst overname")
        findChild(window, "search").text = ""
        tryVerify(function() { return list.count >= 6 })
        compare(hint.visible, false)
    }

    function test_anItemAddedThroughTheFormAndOneRemovedComesBackWithUndo() {
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        const list = openArchive(window)
        const before = list.count
        findChild(window, "addItem").clicked()
        const subject = findChild(window, "subjectField")
        tryVerify(function() { return subject.visible })
        compare(findChild(window, "kindBox").currentText, "Letter in", "the kind shows")
        // Dated today by the app's clock (the fixture's 30 November), not the machine's.
        compare(findChild(window, "dateField").text, "2026-11-30")
        compare(App.office.today(), "2026-11-30")
        subject.text = "Offerte schoonmaak"
        findChild(window, "partiesField").text = "CleanCo"
        findChild(window, "cabinetField").text = "A"
        // The director's office only: he, his assistants and the office manager.
        const chips = findChild(window, "reachChips")
        let office = null
        for (let i = 0; i < chips.children.length; ++i) {
            if (chips.children[i].objectName === "reach_1")
                office = chips.children[i]
        }
        office.clicked()
        const form = findChild(window, "archiveForm")
        compare(form.reach, 1)
        form.accept()
        tryCompare(list, "count", before + 1)
        tryVerify(function() { return list.itemAtIndex(0) !== null })
        const shown = findChild(window, "shownItem")
        tryVerify(function() { return shown.subject === "Offerte schoonmaak" })
        verify(shown.restricted && !shown.confidential)
        verify(findChild(window, "reachText").visible)
        const remove = findChild(window, "removeItem")
        tryVerify(function() { return remove.visible })
        remove.clicked()
        tryCompare(list, "count", before)
        const undo = findChild(window, "removeUndo")
        tryCompare(undo, "opened", true)
        undo.action()
        tryCompare(list, "count", before + 1)
    }
    // A file from the device joins the item through the system's file picker; taken off
    // again, it comes back with Undo.
    function test_aFileIsAddedFromTheDeviceAndTakenOffWithUndo() {
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        const list = openArchive(window)
        findChild(window, "search").text = "huur"
        tryCompare(list, "count", 1)
        const page = findChild(window, "archive")
        tryCompare(findChild(page, "itemSubject"), "text", "Huurcontract kantoor Maliebaan")
        const details = findChild(page, "shownItem")
        compare(details.files.length, 1)
        const attach = findChild(page, "attachFile")
        verify(attach.visible)
        attach.clicked()
        const picker = findChild(page, "filePicker")
        tryCompare(picker, "visible", true)
        picker.close()
        // What a person picks there, as the picker hands it over: a file of this device.
        findChild(page, "archiveView").addFile(Qt.resolvedUrl("tst_ArchivePage.qml"))
        tryCompare(details.files, "length", 2)
        compare(details.error, "")
        const undo = findChild(window, "removeUndo")
        tryCompare(undo, "opened", true)
        const takeOff = findChild(page, "takeOffFile")
        verify(takeOff && takeOff.visible)
        takeOff.clicked()
        tryCompare(details.files, "length", 1)
        tryCompare(undo, "opened", true)
        undo.action()
        tryCompare(details.files, "length", 2)
    }
    // The office manager serves no director: the form asks whose archive the item joins.
    function test_theOfficeManagerChoosesWhoseArchiveANewItemJoins() {
        App.startDemo(Person.OfficeManager)
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        const list = openArchive(window)
        const before = list.count
        findChild(window, "addItem").clicked()
        const form = findChild(window, "archiveForm")
        tryCompare(form, "opened", true)
        const of = findChild(form.contentItem, "archiveDirectors")
        verify(of.visible)
        const ingrid = findChild(of, "archiveOf_Ingrid")
        ingrid.clicked()
        verify(ingrid.checked && !findChild(of, "archiveOf_Maarten").checked)
        findChild(window, "subjectField").text = "Verhuisplan"
        form.accept()
        tryCompare(list, "count", before + 1)
        compare(findChild(form, "formDetails").subject, "Verhuisplan")
        App.startDemo(Person.Assistant)
    }
}
