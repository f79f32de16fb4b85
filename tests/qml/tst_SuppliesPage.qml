// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// The office manager's supplies and budgets on the demo office: an order received with one
// tap and taken back with Undo, the low stock ordered through the composer, a quote chosen,
// and the outing's plan changed until it no longer fits its line.
TestCase {
    id: test
    name: "SuppliesPage"
    when: windowShown
    visible: true

    Component { id: suppliesPage; SuppliesPage {} }
    Component { id: budgetsPage; BudgetsPage {} }

    function orderedRow(list) {
        for (let i = 0; i < list.count; ++i) {
            const row = list.itemAtIndex(i)
            if (row && row.state === Order.Ordered)
                return row
        }
        return null
    }

    function test_anOrderIsReceivedWithOneTapAndUndoTakesItBack() {
        const page = createTemporaryObject(suppliesPage, test, { width: 1280, height: 800 })
        const list = findChild(page, "orderRows")
        verify(list)
        tryVerify(function() { return list.count >= 8 && orderedRow(list) !== null })
        const row = orderedRow(list)
        const id = row.orderId
        const receive = findChild(row, "receive")
        verify(receive.visible)
        mouseClick(receive)
        const undo = findChild(page, "receiveUndo")
        tryVerify(function() { return undo.opened })
        const received = function() {
            for (let i = 0; i < list.count; ++i) {
                const r = list.itemAtIndex(i)
                if (r && r.orderId === id)
                    return r.state === Order.Received
            }
            return false
        }
        tryVerify(received)
        undo.action()
        tryVerify(function() { return !received() })
    }

    function test_theComposerOrdersTheLowStockInOneTap() {
        const page = createTemporaryObject(suppliesPage, test, { width: 400, height: 800 })
        const stock = findChild(page, "stockList")
        const orders = findChild(page, "orderList")
        tryVerify(function() { return stock.lowCount === 1 })
        const before = orders.count
        const composer = findChild(page, "orderComposer")
        verify(composer)
        composer.open()
        tryVerify(function() { return composer.opened })
        const place = findChild(composer, "placeOrders")
        tryVerify(function() { return place.enabled })
        compare(composer.quantities[stock.idAt(0)], 8)
        mouseClick(place)
        tryCompare(orders, "count", before + 1)
        tryVerify(function() { return !composer.visible })
    }

    // What is not low yet is ordered too: "All items" lists the whole stock at zero; only
    // what is given a quantity is ordered.
    function test_theComposerOrdersAnItemThatIsNotLow() {
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(suppliesPage, test, { width: 1280, height: 800 })
        const orders = findChild(page, "orderList")
        const stock = findChild(page, "stockList")
        tryVerify(function() { return stock.lowCount === 1 })
        const before = orders.count
        const composer = findChild(page, "orderComposer")
        composer.open()
        tryVerify(function() { return composer.opened })
        const items = findChild(composer, "composerItems")
        compare(items.count, 1)
        const all = findChild(composer, "allItems")
        all.toggle()
        tryVerify(function() { return items.count === stock.count && items.count > 1 })
        // Only the low item has a quantity; an item in stock is given two.
        let inStock = ""
        for (let i = 0; i < items.count && inStock === ""; ++i) {
            if (items.suggestedAt(i) === 0)
                inStock = items.idAt(i)
        }
        verify(inStock !== "")
        compare(composer.quantities[inStock] || 0, 0)
        const q = composer.quantities
        q[inStock] = 2
        composer.quantities = q
        const place = findChild(composer, "placeOrders")
        tryVerify(function() { return place.enabled })
        mouseClick(place)
        tryVerify(function() { return orders.count > before })
        tryVerify(function() { return !composer.visible })
        App.startDemo(Person.Assistant)
    }

    function test_choosingAQuoteOrdersIt() {
        // An assistant reads the stock but neither chooses nor adds a quote.
        const looking = createTemporaryObject(suppliesPage, test, { width: 1280, height: 800, tab: 2 })
        const theirs = findChild(looking, "purchaseRows")
        tryVerify(function() { return theirs.count === 1 && theirs.itemAtIndex(0) !== null })
        verify(!findChild(theirs.itemAtIndex(0), "choose").visible)
        verify(!findChild(theirs.itemAtIndex(0), "addQuote").visible)
        looking.destroy()

        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(suppliesPage, test, { width: 1280, height: 800, tab: 2 })
        const list = findChild(page, "purchaseRows")
        verify(list)
        tryVerify(function() { return list.count === 1 && list.itemAtIndex(0) !== null })
        const card = list.itemAtIndex(0)
        compare(card.quotes.length, 3)
        verify(card.quotes[0].cheapest)
        const choose = findChild(card, "choose")
        verify(choose.visible)
        waitForRendering(choose)
        mouseClick(choose)
        tryVerify(function() { return list.itemAtIndex(0) && list.itemAtIndex(0).ordered })
        verify(!findChild(list.itemAtIndex(0), "addQuote").visible, "no quote after the choice")
        App.startDemo(Person.Assistant)
    }

    // The office manager starts a purchase for a line and adds two quotes on its card; a
    // quote without a price is refused with the reason and keeps what was typed.
    function test_aNewPurchaseGetsItsQuotesOnItsCard() {
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(suppliesPage, test, { width: 400, height: 800, tab: 2 })
        const list = findChild(page, "purchaseRows")
        tryVerify(function() { return list.count === 1 })
        const purchases = findChild(page, "purchaseList")
        const dialog = findChild(page, "purchaseDialog")
        dialog.openNew()
        tryCompare(dialog, "opened", true)
        findChild(dialog.contentItem, "purchaseTitle").text = "Koffiemachine"
        waitForRendering(dialog.contentItem)
        mouseClick(findChild(dialog, "savePurchase"))
        // No line chosen: the form stays with the reason and what was typed.
        tryVerify(function() { return findChild(dialog.contentItem, "purchaseError").visible })
        verify(dialog.visible)
        compare(findChild(dialog.contentItem, "purchaseTitle").text, "Koffiemachine")
        const lines = findChild(dialog.contentItem, "purchaseLines")
        let office = null
        tryVerify(function() { office = findChild(lines, "line_Kantoorartikelen"); return office !== null })
        office.clicked()
        mouseClick(findChild(dialog, "savePurchase"))
        tryCompare(purchases, "count", 2)
        tryVerify(function() { return !dialog.visible })

        let card = null
        tryVerify(function() {
            for (let i = 0; i < list.count; ++i) {
                const c = list.itemAtIndex(i)
                if (c && c.title === "Koffiemachine")
                    card = c
            }
            return card !== null
        })
        compare(card.quotes.length, 0)
        const add = findChild(card, "addQuote")
        verify(add.visible)
        add.clicked()
        const quote = findChild(page, "quoteDialog")
        tryCompare(quote, "opened", true)
        findChild(quote.contentItem, "quoteSupplier").text = "Koffie Direct"
        waitForRendering(quote.contentItem)
        mouseClick(findChild(quote, "saveQuote"))
        tryVerify(function() { return findChild(quote.contentItem, "quoteError").visible })
        verify(quote.visible)
        compare(findChild(quote.contentItem, "quoteSupplier").text, "Koffie Direct")
        findChild(quote.contentItem, "quotePrice").text = "899"
        mouseClick(findChild(quote, "saveQuote"))
        tryVerify(function() { return !quote.visible })
        add.clicked()
        tryCompare(quote, "opened", true)
        findChild(quote.contentItem, "quoteSupplier").text = "Bonen BV"
        findChild(quote.contentItem, "quotePrice").text = "749,50"
        waitForRendering(quote.contentItem)
        mouseClick(findChild(quote, "saveQuote"))
        tryVerify(function() { return !quote.visible })
        tryVerify(function() {
            for (let i = 0; i < list.count; ++i) {
                const c = list.itemAtIndex(i)
                if (c && c.title === "Koffiemachine")
                    return c.quotes.length === 2 && c.quotes[0].supplier === "Bonen BV"
                           && c.quotes[0].cheapest
            }
            return false
        })
        App.startDemo(Person.Assistant)
    }

    function test_theOutingPlanIsCheckedAgainstWhatIsLeft() {
        const page = createTemporaryObject(budgetsPage, test, { width: 1280, height: 800 })
        const cards = findChild(page, "budgetCards")
        tryVerify(function() { return cards.count === 2 && cards.itemAt(1) !== null })
        const outing = cards.itemAt(1)
        const fit = findChild(outing, "planFit")
        tryVerify(function() { return fit.visible && fit.text.indexOf("Fits") === 0 })
        findChild(outing, "planPeople").value = 60
        findChild(outing, "planPerHead").text = "95"
        mouseClick(findChild(outing, "savePlan"))
        tryVerify(function() {
            const f = findChild(cards.itemAt(1), "planFit")
            return f && f.text.indexOf("Does not fit") === 0
        })
        const office = findChild(cards.itemAt(0), "lasting")
        verify(office)
        verify(cards.itemAt(0).runsOutEarly)
    }

    function rowNamed(list, name) {
        for (let i = 0; i < list.count; ++i) {
            const row = list.itemAtIndex(i)
            if (row && row.name === name)
                return row
        }
        return null
    }

    // On a phone: + opens the form, Save adds the item (low at once), a tap on its row
    // opens it again for a count, and Remove takes it away until Undo.
    function test_aSupplyItemIsAddedCountedAndRemovedWithUndo() {
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(suppliesPage, test, { width: 400, height: 800 })
        const stock = findChild(page, "stockList")
        const list = findChild(page, "stockRows")
        tryVerify(function() { return stock.count === 4 })
        verify(!findChild(page, "newItem").visible)   // the phone's header has no room
        const add = findChild(page, "newItemRow")
        verify(add.visible)
        mouseClick(add)
        const dialog = findChild(page, "itemDialog")
        tryCompare(dialog, "opened", true)
        findChild(dialog, "itemName").text = "Nietjes 24/6"
        // A stray tap beside the form keeps it open with what was typed.
        mouseClick(page, 5, page.height - 5)
        wait(50)
        verify(dialog.opened)
        compare(findChild(dialog, "itemName").text, "Nietjes 24/6")
        findChild(dialog, "itemStock").value = 3
        findChild(dialog, "itemReorder").value = 5
        findChild(dialog, "itemUnit").text = "doos"
        findChild(dialog, "itemPrice").text = "4,5x"
        mouseClick(findChild(dialog, "saveItem"))
        // A price it cannot read keeps the form open with the reason.
        tryVerify(function() { return findChild(dialog, "itemError").visible })
        verify(dialog.visible)
        findChild(dialog, "itemPrice").text = "4,50"
        mouseClick(findChild(dialog, "saveItem"))
        tryVerify(function() { return !dialog.visible })
        tryCompare(stock, "count", 5)
        compare(stock.lowCount, 2)

        let row = null
        tryVerify(function() { row = rowNamed(list, "Nietjes 24/6"); return row !== null })
        verify(row.low)
        mouseClick(row)
        tryCompare(dialog, "opened", true)
        compare(findChild(dialog, "itemStock").value, 3)
        compare(findChild(dialog, "itemPrice").text.replace(",", "."), "4.50")
        findChild(dialog, "itemStock").value = 12
        mouseClick(findChild(dialog, "saveItem"))
        tryVerify(function() { return !dialog.visible })
        tryCompare(stock, "lowCount", 1)

        tryVerify(function() { row = rowNamed(list, "Nietjes 24/6"); return row !== null })
        mouseClick(row)
        tryCompare(dialog, "opened", true)
        const remove = findChild(dialog, "removeItem")
        verify(remove.visible)
        mouseClick(remove)
        tryCompare(stock, "count", 4)
        const undo = findChild(page, "receiveUndo")
        tryVerify(function() { return undo.opened && undo.actionText !== "" })
        undo.action()
        tryCompare(stock, "count", 5)
        App.startDemo(Person.Assistant)
    }

    function test_anAssistantSeesTheStockWithoutItsForms() {
        const page = createTemporaryObject(suppliesPage, test, { width: 400, height: 800 })
        const stock = findChild(page, "stockList")
        const list = findChild(page, "stockRows")
        tryVerify(function() { return stock.count === 4 && list.itemAtIndex(0) !== null })
        verify(!findChild(page, "newItem").visible)
        verify(!findChild(page, "newItemRow").visible)
        mouseClick(list.itemAtIndex(0))
        wait(50)
        verify(!findChild(page, "itemDialog").visible)
    }

    // A new line for the year shown, from + in the header; the pencil on its card changes
    // its amount; Remove takes it away until Undo.
    function test_aBudgetLineIsAddedChangedAndRemovedWithUndo() {
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(budgetsPage, test, { width: 1280, height: 800 })
        const cards = findChild(page, "budgetCards")
        tryVerify(function() { return cards.count === 2 })
        mouseClick(findChild(page, "newLine"))
        const dialog = findChild(page, "lineDialog")
        tryCompare(dialog, "opened", true)
        findChild(dialog, "lineName").text = "Bloemen"
        findChild(dialog, "lineAmount").text = "600"
        mouseClick(findChild(dialog, "saveLine"))
        tryVerify(function() { return !dialog.visible })
        tryCompare(cards, "count", 3)
        let card = null
        const cardNamed = function() {
            for (let i = 0; i < cards.count; ++i) {
                if (cards.itemAt(i) && cards.itemAt(i).name === "Bloemen")
                    return cards.itemAt(i)
            }
            return null
        }
        tryVerify(function() { card = cardNamed(); return card !== null })
        mouseClick(findChild(card, "editLine"))
        tryCompare(dialog, "opened", true)
        findChild(dialog, "lineAmount").text = "750"
        mouseClick(findChild(dialog, "saveLine"))
        tryVerify(function() { return !dialog.visible })
        tryVerify(function() { card = cardNamed(); return card && card.amountText.indexOf("750") >= 0 },
                  5000, card ? card.amountText : "")
        mouseClick(findChild(card, "editLine"))
        tryCompare(dialog, "opened", true)
        mouseClick(findChild(dialog, "removeLine"))
        tryCompare(cards, "count", 2)
        const undo = findChild(page, "budgetUndo")
        tryVerify(function() { return undo.opened && undo.actionText !== "" })
        undo.action()
        tryCompare(cards, "count", 3)
        App.startDemo(Person.Assistant)
    }

    // A phone's header keeps the year in sight: the new line starts at the top of the list.
    function test_aPhoneStartsANewBudgetLineFromTheList() {
        App.startDemo(Person.OfficeManager)
        const page = createTemporaryObject(budgetsPage, test, { width: 400, height: 800 })
        const add = findChild(page, "newLineRow")
        tryVerify(function() { return add.visible })
        verify(!findChild(page, "newLine").visible)
        waitForRendering(add)
        mouseClick(add)
        tryCompare(findChild(page, "lineDialog"), "opened", true)
        findChild(page, "lineDialog").close()
        App.startDemo(Person.Assistant)
    }
}
