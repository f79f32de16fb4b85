// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A list whose header fills in after the page opened (the next appointment's card, a
// checklist's title and progress) would stay scrolled past its top: until the user scrolls
// it, keep it at its beginning.
QtObject {
    id: keeper
    required property ListView target
    property bool userScrolled: false

    readonly property Connections watch: Connections {
        target: keeper.target
        function onMovementStarted() { keeper.userScrolled = true }
        function onOriginYChanged() { keeper.toTop() }
        function onContentHeightChanged() { keeper.toTop() }
    }
    function toTop() {
        if (!userScrolled && target)
            target.positionViewAtBeginning()
    }
}
