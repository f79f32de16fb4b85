// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// The bar on top of every page: back (when stacked), title and subtitle, the sync
// indicator and room for the page's own actions.
ToolBar {
    id: header
    property string title
    property string subtitle
    property bool canGoBack: false
    default property alias actions: actionRow.data

    Material.background: Theme.primary
    Material.foreground: "white"
    implicitHeight: Math.max(64, column.implicitHeight + (subtitle.visible ? 6 : 0))

    // The subtitle has the bar's whole width under the title row, so that what it says
    // (whose day, the time here and at home) is not squeezed beside the sync indicator.
    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.leftMargin: header.canGoBack ? 0 : Theme.margin
        anchors.rightMargin: Theme.gap
        anchors.bottomMargin: subtitle.visible ? 6 : 0
        spacing: 0

        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            ToolButton {
                visible: header.canGoBack
                text: "‹"
                font.pixelSize: 30
                Layout.preferredWidth: Theme.touch
                Layout.preferredHeight: Theme.touch
                Accessible.name: qsTr("Back")
                onClicked: Navigation.back()
            }
            Label {
                text: header.title
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            RowLayout { id: actionRow; spacing: 0 }
            SyncIndicator { compact: header.width < 600; Layout.alignment: Qt.AlignVCenter }
            SessionMenu { visible: !header.canGoBack; Layout.preferredWidth: 40 }
        }
        // Two lines rather than a cut: the subtitle says whose page and what matters.
        Label {
            id: subtitle
            visible: text !== ""
            text: header.subtitle
            opacity: 0.85
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.leftMargin: header.canGoBack ? Theme.touch + Theme.gap : 0
            Layout.topMargin: -10
        }
    }
}
