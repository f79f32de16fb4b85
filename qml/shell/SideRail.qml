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

    Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.divider }
    ColumnLayout {
        anchors.top: parent.top
        anchors.topMargin: Theme.margin
        width: parent.width
        spacing: Theme.gap
        Label {
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
                Layout.preferredHeight: 72
                symbol: modelData.symbol
                label: modelData.label
                active: rail.current === modelData.page
                badge: modelData.page === "tasks" ? rail.badge : 0
                onClicked: rail.chosen(modelData.page)
            }
        }
    }
}
