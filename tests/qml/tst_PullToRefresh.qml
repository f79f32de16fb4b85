// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

TestCase {
    id: test
    name: "PullToRefresh"
    when: windowShown
    visible: true  // a hidden TestCase gets no pointer events
    width: 400; height: 600

    // What a refresh does on the demo office: the views read the store again.
    SignalSpy { id: reloads; target: App.office; signalName: "storeChanged" }

    Component {
        id: list
        ListView {
            id: view
            width: 400; height: 600
            model: 30
            property alias pull: pull
            delegate: Rectangle { width: 400; height: 60 }
            PullToRefresh { id: pull; target: view }
        }
    }

    function test_pullingTheListDownRefreshes() {
        const view = createTemporaryObject(list, test)
        waitForRendering(view)
        const before = reloads.count
        mousePress(view, 200, 50)
        for (let y = 60; y <= 350; y += 10)
            mouseMove(view, 200, y, 10)
        mouseRelease(view, 200, 350)
        tryVerify(function() { return reloads.count > before })
    }

    function test_aShortPullDoesNot() {
        const view = createTemporaryObject(list, test)
        waitForRendering(view)
        const before = reloads.count
        mousePress(view, 200, 50)
        for (let y = 60; y <= 90; y += 10)
            mouseMove(view, 200, y, 10)
        // Pulled past the top, not far enough to refresh.
        verify(view.verticalOvershoot < 0, "overshoot " + view.verticalOvershoot)
        verify(!view.pull.armed)
        mouseRelease(view, 200, 90)
        // A refresh would start as the drag ends; by the time the list is back at rest
        // it would have.
        tryVerify(function() {
            return !view.dragging && !view.moving && view.verticalOvershoot === 0
        }, 5000, "the list came back to rest")
        compare(reloads.count, before)
    }
}
