// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Whether the New task button steps aside. Mid-list a row's trailing action ("Hand on")
// passes under the button; while a list is scrolled on toward its end the button makes
// way, and it comes back as soon as the list is scrolled back, or reaches either end
// (where the list keeps its rows clear of it). Lists under the button report each move.
QtObject {
    property bool tucked: false
    property Item list: null
    property real lastY: 0
    // Judged on the list as it is now: one hidden (another tab), gone (its page or loader
    // replaced) or moved to an end by a reload no longer keeps the button aside.
    readonly property bool stepsAside: tucked && list !== null && list.visible
                                       && !list.atYBeginning && !list.atYEnd

    function listMoved(flickable) {
        const y = flickable.contentY
        if (flickable !== list) {
            list = flickable
            lastY = y
            tucked = false
            return
        }
        if (flickable.atYBeginning || flickable.atYEnd)
            tucked = false
        else if (flickable.moving && y > lastY)
            tucked = reachesRightEdge(flickable)
        else if (flickable.moving && y < lastY)
            tucked = false
        lastY = y
    }
    // Only a list that runs under the button, at the window's right: a tablet's left pane
    // (the week, the checklists) has nothing there.
    function reachesRightEdge(flickable) {
        let window = flickable
        while (window.parent)
            window = window.parent
        return flickable.mapToItem(window, flickable.width, 0).x >= window.width - 2 * Theme.margin
    }
    // Another page, or the same one shown anew: the button is back.
    function reset() {
        tucked = false
        list = null
    }
}
