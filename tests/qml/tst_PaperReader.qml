// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// The reader on a board pack made by writeBoardPack: agenda on page 1, the budget's three
// pages, then the housing plan's two ("Housing page 1" on page 5, "Housing page 2" on 6).
TestCase {
    id: test
    name: "PaperReader"
    when: windowShown
    visible: true
    width: 1280; height: 800

    Component {
        id: readerComponent
        PaperReader {
            width: 400; height: 800
            source: boardPackUrl
            itemStarts: boardPackItems
        }
    }

    function openPack() {
        const reader = createTemporaryObject(readerComponent, test)
        tryCompare(reader, "pageCount", 6)
        return reader
    }

    // Qt PDF 6.4 renders a page on a thread of its own: a reader closed while its first page
    // is on its way (the back button tapped at once) must leave the app standing, and so
    // must the pages those readers had asked for once they arrive.
    function test_closingWhileAPageIsOnItsWayLeavesTheAppStanding() {
        for (let i = 0; i < 25; ++i) {
            const reader = readerComponent.createObject(test)
            tryCompare(reader, "pageCount", 6)
            reader.destroy()
            wait(0)
        }
        const last = openPack()
        tryVerify(function() { return last.pageShown }, 5000)
        // The closed readers' documents go now.
        wait(PdfKeeper.linger + 500)
        compare(last.pageCount, 6)
    }

    function test_showsTheFirstPageOfAll() {
        const reader = openPack()
        compare(reader.currentPage, 0)
    }

    function test_searchLandsOnThePageOfTheMatch() {
        const reader = openPack()
        reader.searchText = "Housing page 2"
        tryCompare(reader, "resultCount", 1)
        reader.nextResult()
        tryCompare(reader, "currentPage", 5)
        reader.searchText = "Budget page"
        tryCompare(reader, "resultCount", 3)
        reader.previousResult()
        reader.nextResult()
        tryVerify(function() { return reader.currentPage >= 1 && reader.currentPage <= 3 })
    }

    // A match is shown at the reader's own scale, the page still on the screen: Qt 6.4's
    // view jumped to it at another zoom and pushed the page off to the right.
    function test_aMatchKeepsThePageFittedAndInSight() {
        const reader = openPack()
        tryVerify(function() { return Math.abs(reader.pageScale - 400 / 595) < 0.01 })
        const fitted = reader.pageScale
        reader.searchText = "Housing page 2"
        tryCompare(reader, "resultCount", 1)
        reader.nextResult()
        tryCompare(reader, "currentPage", 5)
        wait(50)
        compare(reader.pageScale, fitted)
        const view = findChild(reader, "pageView")
        compare(view.contentX, 0)
        compare(view.x, 0)
        settle(reader)
    }

    // Qt PDF 6.4 renders on a thread: a test ends with no page on its way, as a reader
    // closes in the app (PdfKeeper), or the process's exit can meet a render in flight.
    function settle(reader) {
        waitForRendering(reader, 3000)
        tryVerify(function() { return reader.pageShown }, 5000)
        wait(PdfKeeper.linger + 200)
    }

    // + and − zoom the page from its fit, within limits; a match found keeps that zoom.
    function test_zoomsInAndOut() {
        const reader = openPack()
        tryVerify(function() { return Math.abs(reader.pageScale - 400 / 595) < 0.01 })
        const fitted = reader.pageScale
        const zoomIn = findChild(reader, "zoomIn")
        const zoomOut = findChild(reader, "zoomOut")
        verify(!zoomOut.enabled)
        mouseClick(zoomIn)
        fuzzyCompare(reader.pageScale, fitted * 1.5, 1e-9)
        verify(zoomOut.enabled)
        reader.searchText = "Budget page"
        tryCompare(reader, "resultCount", 3)
        reader.nextResult()
        tryVerify(function() { return reader.currentPage >= 1 })
        wait(50)
        fuzzyCompare(reader.pageScale, fitted * 1.5, 1e-9)
        for (let i = 0; i < 6; ++i)
            if (zoomIn.enabled)
                mouseClick(zoomIn)
        fuzzyCompare(reader.pageScale, fitted * 4, 1e-9)
        verify(!zoomIn.enabled)
        // A pinch (the view's own scale) is where − goes on from.
        findChild(reader, "pageView").renderScale = fitted * 2
        tryCompare(reader, "zoom", 2)
        mouseClick(zoomOut)
        fuzzyCompare(reader.pageScale, fitted * 2 / 1.5, 1e-9)
        while (zoomOut.enabled)
            mouseClick(zoomOut)
        verify(Math.abs(reader.pageScale - fitted) < 1e-9)
        compare(findChild(reader, "pageLabel").text, reader.currentPage + 1 + " / 6")
        settle(reader)
    }

    function test_aWordThatIsNotThereFindsNothingAndStays() {
        const reader = openPack()
        reader.searchText = "Budget page"
        tryCompare(reader, "resultCount", 3)
        reader.searchText = "elephant"
        tryCompare(reader, "resultCount", 0)
        reader.nextResult()
        compare(reader.currentPage, 0)
    }

    function test_jumpsToAnItemsPapers() {
        const reader = openPack()
        compare(boardPackItems.length, 2)
        compare(boardPackItems[1].title, "Housing plan")
        compare(boardPackItems[1].page, 4)
        reader.goToPage(boardPackItems[1].page)
        tryCompare(reader, "currentPage", 4)
        reader.goToPage(99)
        tryCompare(reader, "currentPage", 5)
    }

    function test_theItemsListJumpsToAnItemsPapers() {
        const reader = openPack()
        const button = findChild(reader, "itemsButton")
        verify(button.visible)
        mouseClick(button)
        const list = findChild(reader, "itemList")
        tryCompare(list, "opened", true)
        const entries = findChild(reader, "itemEntries")
        tryCompare(entries, "count", 2)
        const housing = entries.itemAtIndex(1)
        compare(housing.text, "Housing plan · page 5")
        mouseClick(housing)
        tryCompare(reader, "currentPage", 4)
        tryCompare(list, "opened", false)
    }

    function test_aFileThatIsNotAPdfGoesToTheSystem() {
        const url = String(boardPackUrl).replace("pack.pdf", "notes.docx")
        const reader = createTemporaryObject(readerComponent, test, { source: url })
        tryCompare(systemOpener, "lastOpened", url)
        compare(reader.pageCount, 0)
    }

    function test_drawsAtPhoneAndTabletSize_data() {
        // A4 is 595 x 842 points: as wide as a phone, as high as a tablet's page area (the
        // window less the two bars).
        return [{ tag: "phone", w: 400, h: 800, scale: 400 / 595 },
                { tag: "tablet", w: 1280, h: 800, scale: (800 - 2 * 48) / 842 }]
    }

    function test_drawsAtPhoneAndTabletSize(data) {
        const reader = openPack()
        reader.width = data.w
        reader.height = data.h
        tryVerify(function() { return Math.abs(reader.pageScale - data.scale) < 0.01 })
        waitForRendering(reader, 3000)
        reader.searchText = "Budget page"
        tryCompare(reader, "resultCount", 3)
        reader.goToPage(1)
        tryCompare(reader, "currentPage", 1)
        waitForRendering(reader, 3000)
        tryVerify(function() { return reader.pageShown }, 5000)
        if (screenshotDir === "")
            return
        // The window's own frame, as the screen shows it.
        grabImage(reader).save(screenshotDir + "/paper-reader-" + data.tag + ".png")
    }
}
