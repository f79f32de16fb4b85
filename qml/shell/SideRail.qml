// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The tablet's navigation: a rail on the left, the same destinations as the phone's tabs.
Rectangle {
    id: rail
    required property var destinations
    required property string current
    property int badge: 0
    signal chosen(string page)
    color: Theme.surface
    implicitWidth: Theme.railWidth

    // A place is 72 high where the rail has room; on a short screen with many places (the
    // office manager's) less, never under 56 (a touch target and its label), first without
    // the gaps between places (with them the last place of a 1280x800 tablet was cut in
    // half), and only then does the rail scroll.
    readonly property real perPlace: (height - title.implicitHeight - 4 * Theme.margin)
                                     / Math.max(1, destinations.length)
    readonly property real placeGap: perPlace - Theme.gap >= 56 ? Theme.gap : 0
    readonly property real placeHeight: Math.max(56, Math.min(72, perPlace - placeGap))

    Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.divider }
    Flickable {
        objectName: "railPlaces"
        anchors.fill: parent
        contentHeight: places.implicitHeight + 2 * Theme.margin
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        // A place cut off at the foot is easy to miss: the indicator says the rail scrolls.
        ScrollIndicator.vertical: ScrollIndicator { active: true }
        ColumnLayout {
            id: places
            y: Theme.margin
            width: rail.width
            spacing: rail.placeGap
            Label {
                id: title
                text: "Spil"
                color: Theme.primary
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                Layout.alignment: Qt.AlignHCenter
                Layout.bottomMargin: Theme.margin
            }
            Repeater {
                model: rail.destinations
                delegate: NavButton {
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.preferredHeight: rail.placeHeight
                    symbol: modelData.symbol
                    label: modelData.label
                    active: rail.current === modelData.page
                    objectName: "nav_" + modelData.page
                    // On Tasks the page itself says how many are new.
                    badge: modelData.page === "tasks" && !active ? rail.badge : 0
                    onClicked: rail.chosen(modelData.page)
                }
            }
        }
    }
}
