// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// The contacts as the assistant (Sanne, serving Maarten) finds and keeps them on the demo
// office: search, a contact's page with its gate, the gate changed with one tap.
TestCase {
    id: test
    name: "ContactsPage"
    when: windowShown
    visible: true

    Component { id: main; Main { visible: true } }
    Component {
        id: chooser
        GateChooser {
            gate: ({ directorId: "d", directorName: "Maarten Verhoeven", rule: Contact.Gate.ViaAssistant,
                     text: "Via the assistant", isDefault: true })
        }
    }
    SignalSpy { id: chosen; signalName: "chosen" }

    function openContacts(window) {
        Navigation.open("contacts")
        tryCompare(window, "current", "contacts")
        const list = findChild(window, "contactRows")
        verify(list)
        tryVerify(function() { return list.count === 12 })
        return list
    }

    function test_theSearchFindsByTheStartOfAWordAndAPhoneOpensTheContactsPage() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        const list = openContacts(window)
        const search = findChild(window, "search")
        search.text = "verb"
        tryCompare(list, "count", 1)
        tryVerify(function() { return list.itemAtIndex(0) !== null })
        compare(list.itemAtIndex(0).name, "Bas Verbeek")
        list.itemAtIndex(0).clicked()   // as a tap on the row
        tryCompare(window, "stackDepth", 2)
        const page = findChild(window, "contact")
        verify(page)
        tryCompare(findChild(page, "contactName"), "text", "Bas Verbeek")
        verify(findChild(page, "call").visible)
        verify(findChild(page, "mail").visible)
        // Maarten's gate, as Sanne keeps it: never; one tap lets him straight through.
        verify(findChild(page, "gateSection").visible)
        const never = findChild(page, "gate" + Contact.Gate.Never)
        const straight = findChild(page, "gate" + Contact.Gate.Straight)
        tryVerify(function() { return never.checked && !straight.checked })
        straight.clicked()
        const details = findChild(page, "details")
        tryCompare(details.gates[0], "rule", Contact.Gate.Straight)
        // The gates were read again: their choosers are new.
        tryVerify(function() {
            return findChild(page, "gate" + Contact.Gate.Straight).checked
                   && !findChild(page, "gate" + Contact.Gate.Never).checked
        })
    }

    function test_aTabletShowsTheChosenContactBesideTheList() {
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        const list = openContacts(window)
        tryVerify(function() { return list.itemAtIndex(2) !== null })
        const row = list.itemAtIndex(2)
        row.clicked()
        compare(window.stackDepth, 1)
        verify(row.highlighted)
        const names = findChild(window, "contacts")
        tryCompare(findChild(names, "contactName"), "text", row.name)
    }

    // What a letter needs of a contact: the envelope's lines and how to address them.
    function test_theFormSavesTheAddressAndFormOfAddressAndTheViewShowsThem() {
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        const list = openContacts(window)
        findChild(window, "search").text = "hofstede"
        tryCompare(list, "count", 1)
        tryVerify(function() { return list.itemAtIndex(0) !== null })
        list.itemAtIndex(0).clicked()
        const formRow = findChild(window, "formRow")
        tryCompare(formRow, "value", "Mr")
        findChild(window, "editContact").clicked()
        const form = findChild(window, "contactForm")
        tryCompare(form, "opened", true)
        const address = findChild(form, "addressField")
        compare(address.text, "Keizersgracht 220\n1016 DZ Amsterdam")
        verify(findChild(form, "formMr").checked)
        address.text = "Herengracht 12\n\n1015 BR Amsterdam "
        findChild(form, "formMs").clicked()
        verify(findChild(form, "formMs").checked && !findChild(form, "formMr").checked)
        form.accept()
        tryCompare(form, "opened", false)
        tryCompare(formRow, "value", "Ms")
        tryCompare(findChild(window, "addressRow"), "value", "Herengracht 12\n1015 BR Amsterdam")

        // Opened again, the form shows what was saved; "by their full name" is a choice too.
        findChild(window, "editContact").clicked()
        tryCompare(form, "opened", true)
        compare(address.text, "Herengracht 12\n1015 BR Amsterdam")
        verify(findChild(form, "formMs").checked)
        findChild(form, "formNone").clicked()
        form.accept()
        tryCompare(formRow, "value", "By their full name")
    }

    function test_aContactRemovedComesBackWithUndo() {
        const window = createTemporaryObject(main, null, { width: 1280, height: 800 })
        const list = openContacts(window)
        tryVerify(function() { return list.itemAtIndex(0) !== null })
        list.itemAtIndex(0).clicked()
        const remove = findChild(window, "removeContact")
        tryVerify(function() { return remove.visible })
        remove.clicked()
        tryCompare(list, "count", 11)
        const undo = findChild(window, "removeUndo")
        tryCompare(undo, "opened", true)
        undo.action()
        tryCompare(list, "count", 12)
    }

    function test_theGateChooserOffersTheOtherRulesOnly() {
        const c = createTemporaryObject(chooser, test, { width: 380 })
        chosen.target = c
        chosen.clear()
        const via = findChild(c, "gate" + Contact.Gate.ViaAssistant)
        const never = findChild(c, "gate" + Contact.Gate.Never)
        verify(via.checked)
        waitForRendering(c)
        mouseClick(via)
        compare(chosen.count, 0)   // the rule that holds is no choice
        verify(via.checked)
        mouseClick(never)
        compare(chosen.count, 1)
        compare(chosen.signalArguments[0][0], Contact.Gate.Never)
        // Until the model says otherwise, the rule that holds stays marked.
        verify(!never.checked)
        verify(via.checked)
    }
}
