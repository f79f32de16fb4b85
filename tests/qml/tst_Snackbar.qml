// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// The message at the foot of a list with its Undo. A tap meant for Undo that comes just
// after the message went must not land on the row beneath it: that ticked an item.
TestCase {
    id: test
    name: "Snackbar"
    when: windowShown
    visible: true
    width: 400
    height: 800

    MouseArea {
        id: row
        property int taps: 0
        anchors.fill: parent
        onClicked: taps++
    }
    // A shield long enough that a slow machine still taps within it.
    Snackbar { id: bar; duration: 300; shieldMs: 3000 }

    // A details view that scrolls, its bar declared inside it as the views declare theirs:
    // a popup takes the Flickable itself as its parent, not the content item that scrolls.
    Flickable {
        id: details
        width: 400; height: 600
        contentHeight: 2000
        contentY: 900
        Snackbar { id: inDetails; duration: 60000 }
    }

    function init() { row.taps = 0 }

    function test_aBarDeclaredInAFlickableStandsAtTheFootOfTheView() {
        compare(inDetails.parent, details, "the bar scrolls with the content")
        inDetails.show("Cancelled", "Undo", function() {})
        tryCompare(inDetails, "opened", true)
        compare(inDetails.width, 400 - 2 * Theme.margin)
        const foot = inDetails.contentItem.mapToItem(details, 0, inDetails.contentItem.height)
        verify(foot.y > 300 && foot.y <= 600, "the bar is not at the view's foot: " + foot.y)
        inDetails.close()
        tryCompare(inDetails, "visible", false, 5000)
    }

    function test_aTapJustAfterTheMessageWentDoesNotReachTheRowBeneath() {
        let undone = 0
        bar.show("Ticked", "Undo", function() { undone++ })
        tryCompare(bar, "opened", true)
        const x = bar.x + bar.width - 40, y = bar.y + bar.height / 2
        tryCompare(bar, "opacity", 0, 5000)
        mouseClick(test, x, y)
        compare(row.taps, 0, "the tap reached the row under the message")
        compare(undone, 0, "a faded Undo acts")
        tryCompare(bar, "visible", false, 5000)
        mouseClick(test, x, y)
        compare(row.taps, 1, "once it is gone the row takes its taps")
    }

    function test_undoWhileTheMessageShowsActs() {
        let undone = 0
        bar.duration = 60000
        bar.show("Ticked", "Undo", function() { undone++ })
        tryCompare(bar, "opacity", 1)
        const undo = findChild(bar.contentItem, "snackbarAction")
        verify(undo && undo.visible)
        mouseClick(undo)
        compare(undone, 1)
        compare(row.taps, 0)
        bar.duration = 300
        tryCompare(bar, "visible", false, 5000)
    }
}
