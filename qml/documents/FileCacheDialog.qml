// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The papers kept on this device: how much they take of the budget, and the budget to
// choose. The choice is kept on the device.
Dialog {
    id: dialog
    objectName: "fileCache"
    modal: true
    title: qsTr("Papers on this device")
    standardButtons: Dialog.Close
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 360, 420)

    FileCacheSettings { id: cache; office: App.office; people: App.people }
    onOpened: cache.reload()

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        Label {
            objectName: "cacheUsed"
            text: cache.usedText
            font.weight: Font.DemiBold
            color: Theme.text
        }
        ProgressBar { value: cache.usedFraction; Layout.fillWidth: true }
        Label {
            text: cache.aheadText
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            Layout.fillWidth: true
        }
        SectionLabel { text: qsTr("Keep at most") }
        Flow {
            spacing: Theme.gap
            Layout.fillWidth: true
            Repeater {
                model: cache.choices
                RadioButton {
                    text: modelData.label
                    checked: cache.budgetMb === modelData.mb
                    onClicked: cache.setBudgetMb(modelData.mb)
                }
            }
        }
    }
}
