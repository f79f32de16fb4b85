// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// The phone's navigation: one tab per destination, under the thumb.
ToolBar {
    id: bar
    required property var destinations
    required property string current
    property int badge: 0
    signal chosen(string page)
    Material.background: Theme.surface
    implicitHeight: 64

    Rectangle { width: parent.width; height: 1; color: Theme.divider }
    RowLayout {
        anchors.fill: parent
        spacing: 0
        Repeater {
            model: bar.destinations
            delegate: NavButton {
                required property var modelData
                Layout.fillWidth: true
                Layout.fillHeight: true
                symbol: modelData.symbol
                label: modelData.label
                active: bar.current === modelData.page
                objectName: "nav_" + modelData.page
                // On Tasks the page itself says how many are new.
                badge: modelData.page === "tasks" && !active ? bar.badge : 0
                onClicked: bar.chosen(modelData.page)
            }
        }
    }
}
