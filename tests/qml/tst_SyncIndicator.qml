// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

TestCase {
    id: test
    name: "SyncIndicator"
    when: windowShown
    visible: true  // a hidden TestCase gets no pointer events

    Component { id: indicator; SyncIndicator {} }

    function test_theDemoSaysItIsOffline() {
        const i = createTemporaryObject(indicator, test)
        compare(App.sync.state, SyncStatus.Demo)
        compare(i.contentItem.children[1].text, App.sync.text)
        i.compact = true
        compare(i.contentItem.children[1].text, App.sync.shortText)
        verify(i.height >= Theme.touch)
    }

    // A tap says what the state means for what the user did, not only the word.
    function test_aTapSaysWhatTheStateMeans() {
        const i = createTemporaryObject(indicator, test, { x: 40, y: 10 })
        const about = findChild(i, "syncAbout")
        verify(about && !about.opened)
        mouseClick(i)
        tryCompare(about, "opened", true)
        compare(findChild(about.contentItem, "syncExplanation").text, App.sync.explanation)
        verify(App.sync.explanation.indexOf("stays on this device") > 0, App.sync.explanation)
        about.close()
    }
}
