// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// One order: supplier, total, its lines, the budget line it is charged to and its state;
// an ordered one is received with one tap, a draft placed.
ItemDelegate {
    id: row
    required property string orderId
    required property string supplier
    required property int state
    required property string totalText
    required property string summary
    required property string budgetName
    required property string dayText
    signal receiveRequested()
    signal placeRequested()
    width: ListView.view ? ListView.view.width : implicitWidth
    contentItem: RowLayout {
        spacing: Theme.margin
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: row.supplier
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Medium
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label { text: row.totalText; color: Theme.text; font.pixelSize: Theme.fontBody }
            }
            Label {
                text: row.summary
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: (row.state === Order.Received ? qsTr("Received %1")
                       : row.state === Order.Ordered ? qsTr("Ordered %1") : qsTr("Draft since %1"))
                      .arg(row.dayText) + " · " + row.budgetName
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Button {
            objectName: "receive"
            visible: row.state === Order.Ordered
            text: qsTr("Receive")
            highlighted: true
            Layout.preferredHeight: Theme.touch
            onClicked: row.receiveRequested()
        }
        Button {
            objectName: "place"
            visible: row.state === Order.Draft
            text: qsTr("Place")
            flat: true
            Layout.preferredHeight: Theme.touch
            onClicked: row.placeRequested()
        }
        Label {
            visible: row.state === Order.Received
            text: "✓"
            color: Theme.done
            font.pixelSize: Theme.fontTitle
        }
    }
}
