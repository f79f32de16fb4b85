import QtQuick
import QtTest
import Spil

TestCase {
    id: test
    name: "PullToRefresh"
    when: windowShown
    visible: true  // a hidden TestCase gets no pointer events
    width: 400; height: 600

    Component {
        id: list
        ListView {
            id: view
            width: 400; height: 600
            model: 30
            delegate: Rectangle { width: 400; height: 60 }
            PullToRefresh { target: view }
        }
    }

    function test_pullingTheListDownRefreshes() {
        const view = createTemporaryObject(list, test)
        waitForRendering(view)
        const before = App.revision
        mousePress(view, 200, 50)
        for (let y = 60; y <= 350; y += 10)
            mouseMove(view, 200, y, 10)
        mouseRelease(view, 200, 350)
        tryVerify(function() { return App.revision > before })
    }

    function test_aShortPullDoesNot() {
        const view = createTemporaryObject(list, test)
        waitForRendering(view)
        const before = App.revision
        mousePress(view, 200, 50)
        for (let y = 60; y <= 90; y += 10)
            mouseMove(view, 200, y, 10)
        mouseRelease(view, 200, 90)
        wait(100)
        compare(App.revision, before)
    }
}
