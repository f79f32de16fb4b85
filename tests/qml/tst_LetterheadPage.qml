// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// The letterhead on the demo office: the office manager edits the name, an address line and
// the place, sees the top of a letter follow as she types, saves it into the office's record
// and takes it back with Undo. A director reads it and has no Save. The demo goes back to
// the assistant's afterwards.
TestCase {
    id: test
    name: "LetterheadPage"
    when: windowShown
    visible: true

    Component { id: letterheadPage; LetterheadPage {} }
    Component {
        id: freshRead
        LetterheadDetails { office: App.office; people: App.people }
    }

    function type(field, text) {
        field.forceActiveFocus()
        field.selectAll()
        keyClick(Qt.Key_Delete)
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function test_theOfficeManagerEditsSavesAndUndoes() {
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(letterheadPage, test, { width: 1280, height: 800 })
        const details = findChild(page, "letterheadDetails")
        tryCompare(details, "officeName", "Spil BV")
        verify(details.canEdit)
        const name = findChild(page, "nameField")
        const address = findChild(page, "addressField")
        const place = findChild(page, "placeField")
        const save = findChild(page, "saveButton")
        compare(name.text, "Spil BV")
        compare(address.text, "Maliebaan 40\n3581 CS Utrecht")
        verify(save.visible)
        verify(!save.enabled, "nothing to save yet")

        type(name, "Spil Holding")
        compare(findChild(page, "previewName").text, "Spil Holding")
        address.forceActiveFocus()
        address.cursorPosition = address.length
        keyClick(Qt.Key_Return)
        for (const c of "030 123 45 67")
            keyClick(c)
        compare(findChild(page, "previewAddress").text,
                "Maliebaan 40 · 3581 CS Utrecht · 030 123 45 67")
        type(place, "Zeist")
        verify(findChild(page, "previewPlaceAndDate").text.indexOf("Zeist, ") === 0,
               findChild(page, "previewPlaceAndDate").text)
        const personal = findChild(page, "personalButton")
        personal.toggle()
        personal.toggled()
        verify(save.enabled)
        save.clicked()

        // The office's record holds it: a fresh read from the store says so.
        const stored = createTemporaryObject(freshRead, test)
        tryCompare(stored, "officeName", "Spil Holding")
        compare(stored.addressText, "Maliebaan 40\n3581 CS Utrecht\n030 123 45 67")
        compare(stored.place, "Zeist")
        verify(stored.personal)
        verify(stored.officeSet)
        verify(!save.enabled, "saved")

        const undo = findChild(page, "letterheadUndo")
        tryVerify(function() { return undo.opened && undo.actionText !== "" })
        undo.action()
        tryCompare(stored, "officeName", "Spil BV")
        compare(stored.place, "Utrecht")
        verify(!stored.personal)
        compare(name.text, "Spil BV")
        compare(place.text, "Utrecht")
        App.startDemo(Person.Assistant)
    }

    function test_aDirectorReadsItWithoutSave() {
        App.startDemo(Person.Director)
        const page = createTemporaryObject(letterheadPage, test, { width: 400, height: 800 })
        const details = findChild(page, "letterheadDetails")
        tryCompare(details, "officeName", "Spil BV")
        verify(!details.canEdit)
        verify(!findChild(page, "saveButton").visible)
        verify(findChild(page, "nameField").readOnly)
        verify(!findChild(page, "personalButton").enabled)
        verify(!details.save("Kantoor", "", "", false), "a save is refused")
        verify(details.error !== "")
        const stored = createTemporaryObject(freshRead, test)
        tryCompare(stored, "officeName", "Spil BV")
        App.startDemo(Person.Assistant)
    }
}
