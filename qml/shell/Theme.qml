// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Design tokens: the one place for colours, spacing and type sizes.
QtObject {
    readonly property color primary: "#1F3A5F"
    readonly property color accent: "#00897B"
    readonly property color background: "#F5F6F8"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1B1F24"
    readonly property color textMuted: "#5F6B7A"
    readonly property color divider: "#E3E6EA"
    readonly property color urgent: "#FFF1A8"
    readonly property color urgentBorder: "#E8C100"
    readonly property color warning: "#B3261E"
    readonly property color warningSoft: "#FDECEA"
    readonly property color fresh: "#00897B"
    readonly property color done: "#2E7D32"
    readonly property color now: "#E3F2FD"

    readonly property int touch: 48        // the smallest touch target
    readonly property int gap: 8
    readonly property int margin: 16
    readonly property int radius: 12
    readonly property int railWidth: 96
    readonly property int wideBreakpoint: 800
    // Room under a page's list so that its last row scrolls clear of the New task button.
    readonly property int floatingRoom: 96

    readonly property int fontSmall: 13
    readonly property int fontBody: 16
    readonly property int fontTitle: 20
    readonly property int fontHeadline: 26
}
