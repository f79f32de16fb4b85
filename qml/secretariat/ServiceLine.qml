// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// One service as its keeper edits it: its name and description, Edit, and Stop (or Offer
// again for a stopped one). Built from Row and Column: wrapped text in a ColumnLayout row
// of a list lays out wrong in Qt 6.4 (see docs/architecture.md).
Item {
    id: line
    required property string serviceId
    required property string name
    required property string description
    required property bool offered
    signal editRequested()
    signal stopRequested()
    signal offerRequested()
    implicitHeight: Math.max(texts.implicitHeight, Theme.touch) + 2 * Theme.gap

    Column {
        id: texts
        anchors.left: parent.left
        anchors.right: buttons.left
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        spacing: 2
        Label {
            width: parent.width
            text: line.name
            color: line.offered ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Label {
            width: parent.width
            visible: text !== ""
            text: line.offered ? line.description
                  : line.description === "" ? qsTr("Stopped: takes no new requests")
                  : qsTr("Stopped · %1").arg(line.description)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
    Row {
        id: buttons
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        Button {
            objectName: "edit_" + line.name
            text: qsTr("Edit")
            flat: true
            height: Theme.touch
            onClicked: line.editRequested()
        }
        Button {
            objectName: (line.offered ? "stop_" : "offer_") + line.name
            text: line.offered ? qsTr("Stop") : qsTr("Offer again")
            flat: true
            height: Theme.touch
            onClicked: line.offered ? line.stopRequested() : line.offerRequested()
        }
    }
}
