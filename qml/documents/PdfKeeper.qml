// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Holds the readers' PDF documents apart from the readers. Qt PDF 6.4 renders a page on a
// thread of its own that reads the document's file; a document destroyed while a page is
// on its way takes the app down. A reader's document therefore lives here and goes a while
// after its reader has closed, once any page on its way has arrived.
QtObject {
    id: keeper
    // Longer than the slowest page takes to render on a phone.
    readonly property int linger: 5000

    // A plain counter, not a property of its own: a reader's binding that makes its
    // document must not depend on it.
    readonly property var count: ({ openings: 0 })

    // A document made from a reader's component (with a property `opening`), held here.
    function hold(component) {
        count.openings += 1
        return component.createObject(keeper, { opening: count.openings })
    }

    function release(document) {
        if (document)
            document.destroy(linger)
    }
}
