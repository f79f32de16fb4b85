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
}
