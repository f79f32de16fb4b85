// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// One supply item: its stock against its reorder level; a low one says what to order, or
// that enough is on its way.
ItemDelegate {
    id: row
    required property string itemId
    required property string name
    required property string unit
    required property var stock
    required property var reorderLevel
    required property string supplier
    required property string priceText
    required property bool low
    required property var onOrder
    required property var suggested
    width: ListView.view ? ListView.view.width : implicitWidth
    contentItem: RowLayout {
        spacing: Theme.margin
        Rectangle {
            width: 8; height: 40; radius: 4
            color: row.low ? Theme.warning : Theme.done
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: row.name
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                // An item added without unit or supplier leaves no gap where they would be.
                text: [(row.stock + " " + row.unit).trim(),
                       qsTr("reorder at %1").arg(row.reorderLevel),
                       (row.supplier + " " + row.priceText).trim()].join(" · ")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "lowNote"
            visible: row.low
            text: row.suggested > 0 ? qsTr("Order %1").arg(row.suggested)
                                    : qsTr("%1 on order").arg(row.onOrder)
            color: row.suggested > 0 ? Theme.warning : Theme.accent
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
        }
    }
}
